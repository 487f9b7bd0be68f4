package org.sumac.x11.input;

import java.util.Arrays;
import org.sumac.x11.input.keymap.MutableKeymap;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Cursors;
import org.sumac.x11.server.EventMask;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

import static org.sumac.x11.server.Dispatcher.atLeast;
import static org.sumac.x11.server.Dispatcher.expect;
import static org.sumac.x11.server.EventMask.E_MAPPING;

/**
 * The core protocol's input requests: each decodes its request at the top, checks it (errors in Xvfb's
 * order), then calls the seat's parts. Device state changes live in those parts, not here.
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

    public void grabPointer(Client c, RequestReader r) {
        boolean ownerEvents = r.byteAt(1) != 0;
        expect(r, 24);
        r.seek(4);
        int windowId = r.i32();
        Window w = server.window(windowId);
        int mask = r.u16();
        int pointerMode = r.u8(), keyboardMode = r.u8();
        int confine = r.i32(), cursor = r.i32(), time = r.i32();
        checkPointerEvents(mask);
        checkModes(pointerMode, keyboardMode);
        Window confineTo = windowOrNone(confine);
        Cursors.Cursor grabCursor = cursorOrNone(cursor);
        int status = seat.grabs.grabPointer(c, w, ownerEvents, mask, pointerMode, keyboardMode, confineTo, grabCursor, time);
        c.sendReply(c.reply(status));
    }

    public void ungrabPointer(Client c, RequestReader r) {
        expect(r, 8);
        r.seek(4);
        int time = r.i32();
        seat.grabs.ungrabPointer(c, time);
    }

    public void changeActivePointerGrab(Client c, RequestReader r) {
        expect(r, 16);
        r.seek(4);
        int cursor = r.i32(), time = r.i32(), mask = r.u16();
        Cursors.Cursor grabCursor = cursorOrNone(cursor);
        checkPointerEvents(mask);
        seat.grabs.changeActivePointerGrab(c, grabCursor, time, mask);
    }

    public void grabKeyboard(Client c, RequestReader r) {
        boolean ownerEvents = r.byteAt(1) != 0;
        expect(r, 16);
        r.seek(4);
        Window w = server.window(r.i32());
        int time = r.i32();
        int pointerMode = r.u8(), keyboardMode = r.u8();
        checkModes(pointerMode, keyboardMode);
        c.sendReply(c.reply(seat.grabs.grabKeyboard(c, w, ownerEvents, pointerMode, keyboardMode, time)));
    }

    public void ungrabKeyboard(Client c, RequestReader r) {
        expect(r, 8);
        r.seek(4);
        int time = r.i32();
        seat.grabs.ungrabKeyboard(c, time);
    }

    public void grabButton(Client c, RequestReader r) {
        boolean ownerEvents = r.byteAt(1) != 0;
        expect(r, 24);
        r.seek(4);
        Window w = server.window(r.i32());
        int mask = r.u16();
        int pointerMode = r.u8(), keyboardMode = r.u8();
        int confine = r.i32(), cursor = r.i32();
        int button = r.u8();
        r.skip(1);
        int modifiers = r.u16();
        checkPointerEvents(mask);
        checkModes(pointerMode, keyboardMode);
        checkModifiers(modifiers);
        Window confineTo = windowOrNone(confine);
        Cursors.Cursor grabCursor = cursorOrNone(cursor);
        seat.grabs.addPassive(new PassiveGrab(c, w, false, button, modifiers, ownerEvents, mask, pointerMode,
            keyboardMode, confineTo, grabCursor));
    }

    public void ungrabButton(Client c, RequestReader r) {
        int button = r.byteAt(1) & 0xff;
        expect(r, 12);
        r.seek(4);
        Window w = server.window(r.i32());
        int modifiers = r.u16();
        checkModifiers(modifiers);
        seat.grabs.removePassive(c, false, w, button, modifiers);
    }

    public void grabKey(Client c, RequestReader r) {
        boolean ownerEvents = r.byteAt(1) != 0;
        expect(r, 16);
        r.seek(4);
        Window w = server.window(r.i32());
        int modifiers = r.u16();
        int key = r.u8();
        int pointerMode = r.u8(), keyboardMode = r.u8();
        checkModes(pointerMode, keyboardMode);
        checkModifiers(modifiers);
        if (key != Modifiers.ANY && key < 8) throw XError.value(key);
        seat.grabs.addPassive(new PassiveGrab(c, w, true, key, modifiers, ownerEvents, 0, pointerMode, keyboardMode,
            null, null));
    }

    public void ungrabKey(Client c, RequestReader r) {
        int key = r.byteAt(1) & 0xff;
        expect(r, 12);
        r.seek(4);
        Window w = server.window(r.i32());
        int modifiers = r.u16();
        checkModifiers(modifiers);
        seat.grabs.removePassive(c, true, w, key, modifiers);
    }

    public void allowEvents(Client c, RequestReader r) {
        int mode = r.byteAt(1) & 0xff;
        expect(r, 8);
        r.seek(4);
        int time = r.i32();
        if (mode > AllowEventsMode.SYNC_BOTH) throw XError.value(mode);
        seat.grabs.allowEvents(c, mode, time);
    }

    // ---- pointer and focus ----------------------------------------------------------------------

    public void queryPointer(Client c, RequestReader r) {
        expect(r, 8);
        r.seek(4);
        Window w = server.window(r.i32());
        Window pw = seat.pointerWindow();
        Window child = w == pw ? null : (w.isAncestorOf(pw) ? Seat.childToward(w, pw) : null);
        int px = pointer.x(), py = pointer.y();
        ReplyWriter o = c.reply(1); // same-screen: one screen
        o.i32(XServer.ROOT_WINDOW).i32(child == null ? 0 : child.id()).u16(px).u16(py)
            .u16(px - w.absX).u16(py - w.absY).u16(seat.state());
        c.sendReply(o);
    }

    public void getMotionEvents(Client c, RequestReader r) {
        expect(r, 16);
        r.seek(4);
        server.window(r.i32());
        ReplyWriter o = c.reply(0);
        o.i32(0); // no motion history is kept
        c.sendReply(o);
    }

    public void warpPointer(Client c, RequestReader r) {
        expect(r, 24);
        r.seek(4);
        int srcId = r.i32(), dstId = r.i32();
        int sx = r.s16(), sy = r.s16(), sw = r.u16(), sh = r.u16(), dx = r.s16(), dy = r.s16();
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
        seat.events.motion(nx, ny);
        seat.observer.pointerWarped(pointer.x(), pointer.y());
    }

    public void setInputFocus(Client c, RequestReader r) {
        int revertTo = r.byteAt(1) & 0xff;
        expect(r, 12);
        r.seek(4);
        int fid = r.i32(), time = r.i32();
        if (revertTo > FocusConstants.REVERT_TO_PARENT) throw XError.value(revertTo);
        Window w = fid <= FocusConstants.FOCUS_POINTER_ROOT ? null : server.window(fid);
        if (w != null && !w.viewable) throw XError.match();
        seat.focus.setInputFocus(w, fid, revertTo, time);
    }

    public void getInputFocus(Client c, RequestReader r) {
        expect(r, 4);
        ReplyWriter o = c.reply(keyboard.focusRevertTo);
        o.i32(keyboard.focusWindow != null ? keyboard.focusWindow.id() : keyboard.focusSpecial);
        c.sendReply(o);
    }

    public void queryKeymap(Client c, RequestReader r) {
        expect(r, 4);
        ReplyWriter o = c.reply(0);
        byte[] bits = new byte[32];
        for (int k = 0; k < 256; k++) if (keyboard.keysDown[k]) bits[k >> 3] |= (byte) (1 << (k & 7));
        o.bytes(bits);
        c.sendReply(o);
    }

    // ---- keyboard and pointer mappings ----------------------------------------------------------

    public void getKeyboardMapping(Client c, RequestReader r) {
        expect(r, 8);
        r.seek(4);
        int first = r.u8(), count = r.u8();
        MutableKeymap km = keyboard.keymap;
        if (first < km.minKeycode()) throw XError.value(first);
        if (first + count - 1 > km.maxKeycode()) throw XError.value(count);
        int per = km.keysymsPerKeycode();
        ReplyWriter o = c.reply(per);
        o.zeros(24);
        for (int ks : km.keysyms(first, count)) o.i32(ks);
        c.sendReply(o);
    }

    public void changeKeyboardMapping(Client c, RequestReader r) {
        int count = r.byteAt(1) & 0xff;
        atLeast(r, 8);
        r.seek(4);
        int first = r.u8(), per = r.u8();
        r.skip(2);
        if (r.remaining() != count * per * 4) throw XError.length();
        int[] syms = new int[count * per];
        for (int i = 0; i < syms.length; i++) syms[i] = r.i32();
        MutableKeymap.Result res = keyboard.keymap.changeKeyboardMapping(first, count, per, syms);
        if (res == MutableKeymap.Result.BAD_VALUE) throw XError.value(per == 0 ? 0 : first);
        keyboard.findScrollLockModifiers();
        seat.observer.locksMayHaveChanged();
        mappingNotify(MAPPING_KEYBOARD, first, count);
    }

    private void mappingNotify(int request, int first, int count) {
        for (Client cl : server.clients()) server.sendEvent(cl, E_MAPPING, 0, e -> e.u8(request).u8(first).u8(count));
    }

    public void getModifierMapping(Client c, RequestReader r) {
        expect(r, 4);
        MutableKeymap km = keyboard.keymap;
        int per = km.keycodesPerModifier();
        ReplyWriter o = c.reply(per);
        o.zeros(24);
        for (int k : km.modifierMapping()) o.u8(k);
        c.sendReply(o);
    }

    public void setModifierMapping(Client c, RequestReader r) {
        int per = r.byteAt(1) & 0xff;
        atLeast(r, 4);
        if (r.length() != 4 + 8 * per) throw XError.length();
        r.seek(4);
        int[] codes = new int[8 * per];
        for (int i = 0; i < codes.length; i++) codes[i] = r.u8();
        MutableKeymap.Result res = keyboard.keymap.setModifierMapping(per, codes, keyboard::isKeyDown);
        if (res == MutableKeymap.Result.BAD_VALUE) throw XError.value(0);
        // As Xorg: MappingNotify goes out while the change is applied, so the requesting client reads it first.
        if (res == MutableKeymap.Result.SUCCESS) {
            keyboard.findScrollLockModifiers();
            seat.observer.locksMayHaveChanged();
            mappingNotify(MAPPING_MODIFIER, 0, 0);
        }
        c.sendReply(c.reply(res == MutableKeymap.Result.BUSY ? MAPPING_BUSY : MAPPING_SUCCESS));
    }

    public void getPointerMapping(Client c, RequestReader r) {
        expect(r, 4);
        int[] mapping = pointer.mapping;
        ReplyWriter o = c.reply(mapping.length);
        o.zeros(24);
        for (int b : mapping) o.u8(b);
        c.sendReply(o);
    }

    public void setPointerMapping(Client c, RequestReader r) {
        int n = r.byteAt(1) & 0xff;
        atLeast(r, 4);
        if (r.length() != ((4 + n + 3) & ~3)) throw XError.length();
        r.seek(4);
        if (n != pointer.mapping.length) throw XError.value(n);
        int[] map = new int[n];
        for (int i = 0; i < n; i++) map[i] = r.u8();
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
        c.sendReply(c.reply(busy ? MAPPING_BUSY : MAPPING_SUCCESS));
    }

    public void changeKeyboardControl(Client c, RequestReader r) {
        atLeast(r, 8);
        r.seek(4);
        int mask = r.i32();
        if ((mask & ~0xFF) != 0) throw XError.value(mask);
        if (r.remaining() != 4 * Integer.bitCount(mask)) throw XError.length();
        Keyboard kb = keyboard;
        // Everything is checked before anything changes: a request in error has no effect.
        int click = kb.keyClickPercent, percent = kb.bellPercent, pitch = kb.bellPitch, duration = kb.bellDuration;
        int repeat = kb.autoRepeat, led = 0, ledMode = -1;
        for (int bit = 0; bit < 8; bit++) {
            if ((mask & (1 << bit)) == 0) continue;
            int v = r.i32();
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

    public void getKeyboardControl(Client c, RequestReader r) {
        expect(r, 4);
        Keyboard kb = keyboard;
        ReplyWriter o = c.reply(kb.autoRepeat);
        o.i32(kb.ledMask()).u8(kb.keyClickPercent).u8(kb.bellPercent).u16(kb.bellPitch).u16(kb.bellDuration).u16(0);
        byte[] repeats = new byte[32];
        Arrays.fill(repeats, (byte) 0xff); // every key repeats
        o.bytes(repeats);
        c.sendReply(o);
    }

    public void bell(Client c, RequestReader r) {
        expect(r, 4);
        int percent = r.byteAt(1);
        if (percent < -100 || percent > 100) throw XError.value(percent);
    }

    public void changePointerControl(Client c, RequestReader r) {
        expect(r, 12);
        r.seek(4);
        int num = r.s16(), den = r.s16(), thr = r.s16();
        boolean doAccel = r.u8() != 0, doThr = r.u8() != 0;
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

    public void getPointerControl(Client c, RequestReader r) {
        expect(r, 4);
        ReplyWriter o = c.reply(0);
        o.u16(pointer.accelNum).u16(pointer.accelDen).u16(pointer.threshold);
        c.sendReply(o);
    }

    // ---- SendEvent ------------------------------------------------------------------------------

    public void sendEvent(Client c, RequestReader r) {
        boolean propagate = r.byteAt(1) != 0;
        expect(r, 44);
        r.seek(4);
        int dest = r.i32();
        int mask = r.i32();
        byte[] ev = r.copy(12, 44);
        int code = ev[0] & 0x7f;
        // GenericEvent (35) is refused as in Xorg: its length field would make the receiver read past these 32 bytes.
        if (code < 2 || (code > 34 && code < 64) || code > 127) throw XError.value(ev[0] & 0xff);
        if ((mask & ~EventMask.ALL) != 0) throw XError.value(mask);
        seat.delivery.sendEvent(c, propagate, dest, mask, ev);
    }
}
