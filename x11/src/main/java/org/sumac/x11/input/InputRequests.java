package org.sumac.x11.input;

import java.util.Arrays;
import org.sumac.x11.input.keymap.MutableKeymap;
import org.sumac.x11.protocol.ValueList;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.xproto.AllowEvents;
import org.sumac.x11.protocol.xproto.Bell;
import org.sumac.x11.protocol.xproto.ChangeActivePointerGrab;
import org.sumac.x11.protocol.xproto.ChangeKeyboardControl;
import org.sumac.x11.protocol.xproto.ChangeKeyboardMapping;
import org.sumac.x11.protocol.xproto.ChangePointerControl;
import org.sumac.x11.protocol.xproto.GetInputFocus;
import org.sumac.x11.protocol.xproto.GetKeyboardControl;
import org.sumac.x11.protocol.xproto.GetKeyboardMapping;
import org.sumac.x11.protocol.xproto.GetModifierMapping;
import org.sumac.x11.protocol.xproto.GetMotionEvents;
import org.sumac.x11.protocol.xproto.GetPointerControl;
import org.sumac.x11.protocol.xproto.GetPointerMapping;
import org.sumac.x11.protocol.xproto.GrabButton;
import org.sumac.x11.protocol.xproto.GrabKey;
import org.sumac.x11.protocol.xproto.GrabKeyboard;
import org.sumac.x11.protocol.xproto.GrabPointer;
import org.sumac.x11.protocol.xproto.QueryKeymap;
import org.sumac.x11.protocol.xproto.QueryPointer;
import org.sumac.x11.protocol.xproto.SendEvent;
import org.sumac.x11.protocol.xproto.SetInputFocus;
import org.sumac.x11.protocol.xproto.SetModifierMapping;
import org.sumac.x11.protocol.xproto.SetPointerMapping;
import org.sumac.x11.protocol.xproto.UngrabButton;
import org.sumac.x11.protocol.xproto.UngrabKey;
import org.sumac.x11.protocol.xproto.UngrabKeyboard;
import org.sumac.x11.protocol.xproto.UngrabPointer;
import org.sumac.x11.protocol.xproto.WarpPointer;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Cursors;
import org.sumac.x11.server.EventMask;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

import static org.sumac.x11.server.EventMask.E_MAPPING;

/**
 * The core protocol's input requests, parsed and length-checked by the generated xproto records: each checks
 * its request (errors in Xvfb's order), then calls the seat's parts. Device state changes live in those parts, not here.
 */
public final class InputRequests {
    /** MappingNotify's request field. */
    private static final int MAPPING_MODIFIER = 0, MAPPING_KEYBOARD = 1, MAPPING_POINTER = 2;
    /** The reply status of SetModifierMapping and SetPointerMapping. */
    private static final int MAPPING_SUCCESS = 0, MAPPING_BUSY = 1;
    /** ChangeKeyboardControl's value-mask bits, in the order of its values. */
    private static final int KB_KEY_CLICK_PERCENT = 0, KB_BELL_PERCENT = 1, KB_BELL_PITCH = 2, KB_BELL_DURATION = 3,
        KB_LED = 4, KB_LED_MODE = 5, KB_KEY = 6, KB_AUTO_REPEAT_MODE = 7;
    /** The defaults that the value -1 restores. */
    private static final int DEFAULT_BELL_PERCENT = 50, DEFAULT_BELL_PITCH = 400, DEFAULT_BELL_DURATION = 100,
        DEFAULT_ACCEL_NUM = 2, DEFAULT_ACCEL_DEN = 1, DEFAULT_THRESHOLD = 4;
    /** AutoRepeatMode values: Off, On, Default (which is On). */
    private static final int AUTO_REPEAT_ON = 1, AUTO_REPEAT_DEFAULT = 2;
    /** LedMode On. */
    private static final int LED_MODE_ON = 1;

    private final XServer server;
    private final Seat seat;
    private final Pointer pointer;
    private final Keyboard keyboard;

    public InputRequests(XServer server, Seat seat) {
        this.server = server;
        this.seat = seat;
        this.pointer = seat.pointer;
        this.keyboard = seat.keyboard;
    }

    private static void checkModes(int pointerMode, int keyboardMode) {
        if (pointerMode > GrabMode.MAX) throw XError.value(pointerMode);
        if (keyboardMode > GrabMode.MAX) throw XError.value(keyboardMode);
    }

    private static void checkPointerEvents(int mask) {
        if ((mask & ~Modifiers.POINTER_GRAB_EVENTS) != 0) throw XError.value(mask);
    }

    private static void checkModifiers(int modifiers) {
        if (modifiers != Modifiers.ANY_MODIFIER && (modifiers & ~Modifiers.ALL_MODIFIERS) != 0) throw XError.value(modifiers);
    }

    private Cursors.Cursor cursorOrNone(int id) {
        return id == 0 ? null : server.lookup(id, Cursors.Cursor.class, XError.CURSOR);
    }

    private Window windowOrNone(int id) {
        return id == 0 ? null : server.window(id);
    }

    // ---- grabs ----------------------------------------------------------------------------------

    public void grabPointer(Client c, GrabPointer q) {
        boolean ownerEvents = q.ownerEvents() != 0;
        Window w = server.window(q.grabWindow());
        int mask = q.eventMask();
        int pointerMode = q.pointerMode(), keyboardMode = q.keyboardMode();
        int confine = q.confineTo(), cursor = q.cursor(), time = q.time();
        checkPointerEvents(mask);
        checkModes(pointerMode, keyboardMode);
        Window confineTo = windowOrNone(confine);
        Cursors.Cursor grabCursor = cursorOrNone(cursor);
        int status = seat.grabs.grabPointer(c, w, ownerEvents, mask, pointerMode, keyboardMode, confineTo, grabCursor, time);
        c.sendReply(new GrabPointer.Reply(status));
    }

    public void ungrabPointer(Client c, UngrabPointer q) {
        seat.grabs.ungrabPointer(c, q.time());
    }

    public void changeActivePointerGrab(Client c, ChangeActivePointerGrab q) {
        int cursor = q.cursor(), time = q.time(), mask = q.eventMask();
        Cursors.Cursor grabCursor = cursorOrNone(cursor);
        checkPointerEvents(mask);
        seat.grabs.changeActivePointerGrab(c, grabCursor, time, mask);
    }

    public void grabKeyboard(Client c, GrabKeyboard q) {
        boolean ownerEvents = q.ownerEvents() != 0;
        Window w = server.window(q.grabWindow());
        int time = q.time();
        int pointerMode = q.pointerMode(), keyboardMode = q.keyboardMode();
        checkModes(pointerMode, keyboardMode);
        c.sendReply(new GrabKeyboard.Reply(seat.grabs.grabKeyboard(c, w, ownerEvents, pointerMode, keyboardMode, time)));
    }

    public void ungrabKeyboard(Client c, UngrabKeyboard q) {
        seat.grabs.ungrabKeyboard(c, q.time());
    }

    public void grabButton(Client c, GrabButton q) {
        boolean ownerEvents = q.ownerEvents() != 0;
        Window w = server.window(q.grabWindow());
        int mask = q.eventMask();
        int pointerMode = q.pointerMode(), keyboardMode = q.keyboardMode();
        int confine = q.confineTo(), cursor = q.cursor();
        int button = q.button();
        int modifiers = q.modifiers();
        checkPointerEvents(mask);
        checkModes(pointerMode, keyboardMode);
        checkModifiers(modifiers);
        Window confineTo = windowOrNone(confine);
        Cursors.Cursor grabCursor = cursorOrNone(cursor);
        seat.grabs.addPassive(new PassiveGrab(c, w, false, button, modifiers, ownerEvents, mask, pointerMode,
            keyboardMode, confineTo, grabCursor));
    }

    public void ungrabButton(Client c, UngrabButton q) {
        int button = q.button();
        Window w = server.window(q.grabWindow());
        int modifiers = q.modifiers();
        checkModifiers(modifiers);
        seat.grabs.removePassive(c, false, w, button, modifiers);
    }

    public void grabKey(Client c, GrabKey q) {
        boolean ownerEvents = q.ownerEvents() != 0;
        Window w = server.window(q.grabWindow());
        int modifiers = q.modifiers();
        int key = q.key();
        int pointerMode = q.pointerMode(), keyboardMode = q.keyboardMode();
        checkModes(pointerMode, keyboardMode);
        checkModifiers(modifiers);
        if (key != Modifiers.ANY && key < 8) throw XError.value(key);
        seat.grabs.addPassive(new PassiveGrab(c, w, true, key, modifiers, ownerEvents, 0, pointerMode, keyboardMode,
            null, null));
    }

    public void ungrabKey(Client c, UngrabKey q) {
        int key = q.key();
        Window w = server.window(q.grabWindow());
        int modifiers = q.modifiers();
        checkModifiers(modifiers);
        seat.grabs.removePassive(c, true, w, key, modifiers);
    }

    public void allowEvents(Client c, AllowEvents q) {
        int mode = q.mode(), time = q.time();
        if (mode > AllowEventsMode.SYNC_BOTH) throw XError.value(mode);
        seat.grabs.allowEvents(c, mode, time);
    }

    // ---- pointer and focus ----------------------------------------------------------------------

    public void queryPointer(Client c, QueryPointer q) {
        Window w = server.window(q.window());
        Window pw = seat.pointerWindow();
        Window child = w == pw ? null : (w.isAncestorOf(pw) ? Seat.childToward(w, pw) : null);
        int px = pointer.x(), py = pointer.y();
        c.sendReply(new QueryPointer.Reply(true, XServer.ROOT_WINDOW, child == null ? 0 : child.id(), px, py, // one screen
            px - w.absX, py - w.absY, seat.state()));
    }

    public void getMotionEvents(Client c, GetMotionEvents q) {
        server.window(q.window());
        c.sendReply(new GetMotionEvents.Reply(java.util.List.of())); // no motion history is kept
    }

    public void warpPointer(Client c, WarpPointer q) {
        int srcId = q.srcWindow(), dstId = q.dstWindow();
        int sx = q.srcX(), sy = q.srcY(), sw = q.srcWidth(), sh = q.srcHeight(), dx = q.dstX(), dy = q.dstY();
        Window src = windowOrNone(srcId);
        Window dst = windowOrNone(dstId);
        int px = pointer.x(), py = pointer.y();
        if (src != null) {
            int x1 = src.absX + sx, y1 = src.absY + sy;
            int x2 = sw == 0 ? src.absX + src.width : x1 + sw, y2 = sh == 0 ? src.absY + src.height : y1 + sh;
            if (px < x1 || py < y1 || px >= x2 || py >= y2 || !src.viewable) return;
            if (!src.clipList.contains(px, py) && !src.borderClip.contains(px, py)) return;
        }
        int nx = dst == null ? px + dx : dst.absX + dx, ny = dst == null ? py + dy : dst.absY + dy;
        seat.events.motion(nx, ny, pointer.id());
        seat.observer.pointerWarped(pointer.x(), pointer.y());
    }

    public void setInputFocus(Client c, SetInputFocus q) {
        int revertTo = q.revertTo();
        int fid = q.focus(), time = q.time();
        if (revertTo > FocusConstants.REVERT_TO_PARENT) throw XError.value(revertTo);
        Window w = fid <= FocusConstants.FOCUS_POINTER_ROOT ? null : server.window(fid);
        if (w != null && !w.viewable) throw XError.match();
        seat.focus.setInputFocus(w, fid, revertTo, time);
    }

    public void getInputFocus(Client c, GetInputFocus q) {
        c.sendReply(new GetInputFocus.Reply(keyboard.focusRevertTo,
            keyboard.focusWindow != null ? keyboard.focusWindow.id() : keyboard.focusSpecial));
    }

    public void queryKeymap(Client c, QueryKeymap q) {
        byte[] bits = new byte[32];
        for (int k = 0; k < 256; k++) if (keyboard.keysDown[k]) bits[k >> 3] |= (byte) (1 << (k & 7));
        c.sendReply(new QueryKeymap.Reply(bits));
    }

    // ---- keyboard and pointer mappings ----------------------------------------------------------

    public void getKeyboardMapping(Client c, GetKeyboardMapping q) {
        int first = q.firstKeycode(), count = q.count();
        MutableKeymap km = keyboard.keymap;
        if (first < km.minKeycode()) throw XError.value(first);
        if (first + count - 1 > km.maxKeycode()) throw XError.value(count);
        c.sendReply(new GetKeyboardMapping.Reply(km.keysymsPerKeycode(), km.keysyms(first, count)));
    }

    public void changeKeyboardMapping(Client c, ChangeKeyboardMapping q) {
        int count = q.keycodeCount(), first = q.firstKeycode(), per = q.keysymsPerKeycode();
        int[] syms = q.keysyms().toArray();
        MutableKeymap.Result res = keyboard.keymap.changeKeyboardMapping(first, count, per, syms);
        if (res == MutableKeymap.Result.BAD_VALUE) throw XError.value(per == 0 ? 0 : first);
        keyboard.actionModifiers = null; // the core map decides again (Sumac does not turn core changes into XKB actions)
        keyboard.keyActions = null;
        keyboard.lockedGroup = 0;
        keyboard.findScrollLockModifiers();
        seat.observer.locksMayHaveChanged();
        mappingNotify(MAPPING_KEYBOARD, first, count);
    }

    private void mappingNotify(int request, int first, int count) {
        for (Client cl : server.clients()) server.sendEvent(cl, E_MAPPING, 0, e -> e.u8(request).u8(first).u8(count));
    }

    public void getModifierMapping(Client c, GetModifierMapping q) {
        MutableKeymap km = keyboard.keymap;
        int[] mapping = km.modifierMapping();
        byte[] codes = new byte[mapping.length];
        for (int i = 0; i < codes.length; i++) codes[i] = (byte) mapping[i];
        c.sendReply(new GetModifierMapping.Reply(km.keycodesPerModifier(), codes));
    }

    public void setModifierMapping(Client c, SetModifierMapping q) {
        int per = q.keycodesPerModifier();
        int[] codes = new int[8 * per];
        for (int i = 0; i < codes.length; i++) codes[i] = q.keycodes().get(i);
        MutableKeymap.Result res = keyboard.keymap.setModifierMapping(per, codes, keyboard::isKeyDown);
        if (res == MutableKeymap.Result.BAD_VALUE) throw XError.value(0);
        // As Xorg: MappingNotify goes out while the change is applied, so the requesting client reads it first.
        if (res == MutableKeymap.Result.SUCCESS) {
            keyboard.actionModifiers = null;
            keyboard.keyActions = null;
            keyboard.lockedGroup = 0;
            keyboard.findScrollLockModifiers();
            seat.observer.locksMayHaveChanged();
            mappingNotify(MAPPING_MODIFIER, 0, 0);
        }
        c.sendReply(new SetModifierMapping.Reply(res == MutableKeymap.Result.BUSY ? MAPPING_BUSY : MAPPING_SUCCESS));
    }

    public void getPointerMapping(Client c, GetPointerMapping q) {
        int[] mapping = pointer.mapping;
        byte[] map = new byte[mapping.length];
        for (int i = 0; i < map.length; i++) map[i] = (byte) mapping[i];
        c.sendReply(new GetPointerMapping.Reply(map));
    }

    public void setPointerMapping(Client c, SetPointerMapping q) {
        int n = q.mapLen();
        if (n != pointer.mapping.length) throw XError.value(n);
        int[] map = new int[n];
        for (int i = 0; i < n; i++) map[i] = q.map().get(i);
        for (int i = 0; i < n; i++) for (int j = 0; j < i; j++) if (map[i] != 0 && map[i] == map[j]) throw XError.value(map[i]);
        // Busy when a button held down would change meaning.
        boolean busy = false;
        for (int i = 0; i < 5 && i < n; i++) {
            if ((pointer.buttons & Modifiers.buttonMask(i + 1)) != 0 && map[i] != pointer.mapping[i]) busy = true;
        }
        if (!busy) {
            pointer.mapping = map;
            mappingNotify(MAPPING_POINTER, 0, 0); // before the reply, as Xorg
        }
        c.sendReply(new SetPointerMapping.Reply(busy ? MAPPING_BUSY : MAPPING_SUCCESS));
    }

    public void changeKeyboardControl(Client c, ChangeKeyboardControl q) {
        int mask = q.valueMask();
        ValueList values = q.valueList(); // Xorg counts the values first: BadLength before any BadValue
        if ((mask & ~0xFF) != 0) throw XError.value(mask);
        Keyboard kb = keyboard;
        // Everything is checked before anything changes: a request in error has no effect.
        int click = kb.keyClickPercent, percent = kb.bellPercent, pitch = kb.bellPitch, duration = kb.bellDuration;
        int repeat = kb.autoRepeat, led = 0, ledMode = -1;
        for (int bit = 0; bit < 8; bit++) {
            if ((mask & (1 << bit)) == 0) continue;
            int v = values.get(1 << bit);
            switch (bit) {
                case KB_KEY_CLICK_PERCENT -> { if (v < -1 || v > 100) throw XError.value(v); click = v == -1 ? 0 : v; }
                case KB_BELL_PERCENT -> {
                    if (v < -1 || v > 100) throw XError.value(v);
                    percent = v == -1 ? DEFAULT_BELL_PERCENT : v;
                }
                case KB_BELL_PITCH -> { if (v < -1) throw XError.value(v); pitch = v == -1 ? DEFAULT_BELL_PITCH : v; }
                case KB_BELL_DURATION -> { if (v < -1) throw XError.value(v); duration = v == -1 ? DEFAULT_BELL_DURATION : v; }
                case KB_LED -> {
                    v &= 0xff; // the protocol's LED is a CARD8
                    if (v < 1 || v > 32) throw XError.value(v);
                    if ((mask & (1 << KB_LED_MODE)) == 0) throw XError.match();
                    led = v;
                }
                case KB_LED_MODE -> { v &= 0xff; if (v > LED_MODE_ON) throw XError.value(v); ledMode = v; }
                case KB_KEY -> { }
                case KB_AUTO_REPEAT_MODE -> {
                    if (v > AUTO_REPEAT_DEFAULT || v < 0) throw XError.value(v);
                    repeat = v == AUTO_REPEAT_DEFAULT ? AUTO_REPEAT_ON : v;
                }
                default -> { }
            }
        }
        kb.keyClickPercent = click;
        kb.bellPercent = percent;
        kb.bellPitch = pitch;
        kb.bellDuration = duration;
        kb.autoRepeat = repeat;
        if (ledMode >= 0) {
            // No LED named: all of them. Caps and Num Lock ignore this (Xvfb's XKB indicators refuse it).
            int leds = (led == 0 ? ~0 : 1 << (led - 1)) & ~Keyboard.LEDS_NOT_SETTABLE;
            kb.ledMask = ledMode == LED_MODE_ON ? kb.ledMask | leds : kb.ledMask & ~leds;
            seat.observer.locksMayHaveChanged();
        }
    }

    public void getKeyboardControl(Client c, GetKeyboardControl q) {
        Keyboard kb = keyboard;
        byte[] repeats = new byte[32];
        Arrays.fill(repeats, (byte) 0xff); // every key repeats
        c.sendReply(new GetKeyboardControl.Reply(kb.autoRepeat, kb.ledMask(), kb.keyClickPercent, kb.bellPercent,
            kb.bellPitch, kb.bellDuration, repeats));
    }

    public void bell(Client c, Bell q) {
        int percent = q.percent();
        if (percent < -100 || percent > 100) throw XError.value(percent);
    }

    public void changePointerControl(Client c, ChangePointerControl q) {
        int num = q.accelerationNumerator(), den = q.accelerationDenominator(), thr = q.threshold();
        boolean doAccel = q.doAcceleration() != 0, doThr = q.doThreshold() != 0;
        if (doAccel) {
            if (num < -1) throw XError.value(num);
            if (den < -1 || den == 0) throw XError.value(den);
            pointer.accelNum = num == -1 ? DEFAULT_ACCEL_NUM : num;
            pointer.accelDen = den == -1 ? DEFAULT_ACCEL_DEN : den;
        }
        if (doThr) {
            if (thr < -1) throw XError.value(thr);
            pointer.threshold = thr == -1 ? DEFAULT_THRESHOLD : thr;
        }
    }

    public void getPointerControl(Client c, GetPointerControl q) {
        c.sendReply(new GetPointerControl.Reply(pointer.accelNum, pointer.accelDen, pointer.threshold));
    }

    // ---- SendEvent ------------------------------------------------------------------------------

    public void sendEvent(Client c, SendEvent q) {
        boolean propagate = q.propagate() != 0;
        int dest = q.destination();
        int mask = q.eventMask();
        byte[] ev = q.event().copy(); // the event is data for Delivery, not fields
        int code = ev[0] & 0x7f;
        // GenericEvent (35) is refused as in Xorg: its length field would make the receiver read past these 32 bytes.
        if (code < 2 || (code > 34 && code < 64) || code > 127) throw XError.value(ev[0] & 0xff);
        if ((mask & ~EventMask.ALL) != 0) throw XError.value(mask);
        seat.delivery.sendEvent(c, propagate, dest, mask, ev);
    }
}
