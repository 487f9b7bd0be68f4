package org.sumac.x11.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sumac.x11.input.keymap.Keymap;
import org.sumac.x11.input.keymap.MutableKeymap;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.window.Window;

import static org.sumac.x11.server.Dispatcher.atLeast;
import static org.sumac.x11.server.Dispatcher.expect;
import static org.sumac.x11.server.EventMask.*;

/**
 * The core pointer and keyboard: device state, event delivery with propagation, focus,
 * enter/leave, active, passive and implicit grabs, keyboard and pointer mappings. Other modules
 * (XTEST, the SPICE bridge) inject device events through {@link #injectMotion},
 * {@link #injectButton} and {@link #injectKey}, which must run under the display lock.
 */
public final class Input {
    private final XServer server;
    private final MutableKeymap keymap = Keymap.usEvdev().mutableCopy();

    public int pointerX, pointerY;
    /** Button state bits as they appear in events (Button1Mask = 0x100 ... Button5Mask = 0x1000). */
    private int buttons;
    private final boolean[] keysDown = new boolean[256];
    private int lockedModifiers;
    /** Modifiers the Scroll_Lock key is mapped to (none in the default keymap); kept in step with the mappings. */
    private int scrollLockModifiers;
    private Window pointerWindow;
    /** Focus: a window, or null with {@link #focusSpecial} = 0 (None) or 1 (PointerRoot). */
    private Window focusWindow;
    private int focusSpecial = 1;
    private int focusRevertTo = 1;
    private int focusTime;
    private int[] pointerMapping = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    private int keyClickPercent = 0, bellPercent = 50, bellPitch = 400, bellDuration = 100, autoRepeat = 1;
    /** LEDs set by ChangeKeyboardControl (never Caps or Num Lock; see {@link #ledMask()}). */
    private int ledMask = 0;
    private int accelNum = 2, accelDen = 1, threshold = 4;

    /** An active grab of the pointer or keyboard. */
    private static final class Grab {
        Client client;
        Window window;
        boolean ownerEvents;
        int eventMask;
        Window confineTo;
        Cursors.Cursor cursor;
        int time;
        boolean implicit, fromPassive;
        int pointerMode, keyboardMode;
        int button, key;
    }

    /** A passive grab set up by GrabButton or GrabKey. */
    private record PassiveGrab(Client client, Window window, boolean isKey, int detail, int modifiers, boolean ownerEvents,
                               int eventMask, int pointerMode, int keyboardMode, Window confineTo, Cursors.Cursor cursor) { }

    private Grab pointerGrab, keyboardGrab;

    /** A device event held back while its device is frozen by a synchronous grab. */
    private record Held(int kind, int detail, boolean press, int x, int y) {
        static final int MOTION = 0, BUTTON = 1, KEY = 2;
    }

    private final java.util.ArrayDeque<Held> held = new java.util.ArrayDeque<>();
    /**
     * Most events held while frozen (Xorg's event queue holds 256 before it drops): a client that freezes the
     * pointer and then fakes millions of events with XTEST would otherwise grow the queue until the heap is full.
     */
    private static final int MAX_HELD = 65536;

    /** Holds an event back while its device is frozen; past MAX_HELD the event is dropped, as Xorg drops them. */
    private void hold(Held h) {
        if (held.size() < MAX_HELD) held.add(h);
    }
    /** The client whose synchronous grab froze each device, or null when it is thawed. */
    private Client pointerFrozenBy, keyboardFrozenBy;
    /** The press that activated a passive grab, kept for AllowEvents Replay. */
    private Held pointerReplay, keyboardReplay;
    /** SyncPointer/SyncKeyboard: thawed until the next button or key event, then frozen again. */
    private boolean pointerSyncOnce, keyboardSyncOnce;
    private boolean draining;
    private final List<PassiveGrab> passiveGrabs = new ArrayList<>();

    /** Observers of the pointer's cursor and position (the SPICE cursor channel). */
    public interface CursorListener {
        /** The cursor at the pointer is now {@code cursor} (null: the root window's default). */
        void cursorChanged(Cursors.Cursor cursor);
        default void pointerWarped(int x, int y) { }
    }

    private final List<CursorListener> cursorListeners = new CopyOnWriteArrayList<>();
    /** The cursor listeners were last told of; a fresh object so the first check always reports. */
    private Cursors.Cursor lastCursor = Cursors.Cursor.NEVER_SHOWN;

    Input(XServer server) {
        this.server = server;
        this.pointerX = server.config.width() / 2;
        this.pointerY = server.config.height() / 2;
        findScrollLockModifiers();
    }

    public void addCursorListener(CursorListener l) { cursorListeners.add(l); }

    /** LED bits of the lock keys, as in GetKeyboardControl's led-mask (LED n is bit n - 1). */
    public static final int CAPS_LOCK_LED = 1, NUM_LOCK_LED = 2, SCROLL_LOCK_LED = 4;
    /** Keysyms of the lock keys: the key that carries one is that lock key, whatever its keycode. */
    public static final int CAPS_LOCK_KEYSYM = 0xffe5, NUM_LOCK_KEYSYM = 0xff7f, SCROLL_LOCK_KEYSYM = 0xff14;
    /** LEDs that follow a modifier only and refuse ChangeKeyboardControl (Xvfb: Caps, Num, Shift Lock, Group 2). */
    private static final int LEDS_NOT_SETTABLE = CAPS_LOCK_LED | NUM_LOCK_LED | 1 << 11 | 1 << 12;

    /** Observers of the lock LEDs (the SPICE inputs channel shows them on the client). */
    public interface LockListener {
        /** Called under the display lock when any of the three lock LEDs changed; {@code locks} as {@link #lockState()}. */
        void locksChanged(int locks);
    }

    private final List<LockListener> lockListeners = new CopyOnWriteArrayList<>();
    private int lastLockState;

    public void addLockListener(LockListener l) { lockListeners.add(l); }

    /** The lock LEDs that are on: {@link #CAPS_LOCK_LED}, {@link #NUM_LOCK_LED}, {@link #SCROLL_LOCK_LED}. */
    public int lockState() { return ledMask() & (CAPS_LOCK_LED | NUM_LOCK_LED | SCROLL_LOCK_LED); }

    /**
     * The keyboard LEDs as GetKeyboardControl reports them. Caps Lock and Num Lock light while their modifiers
     * (Lock, Mod2) are locked; Scroll Lock while the modifiers its key is mapped to are locked (Xorg binds the
     * ScrollLock virtual modifier that way, so with no such mapping, the default, the key lights nothing) or
     * while a client has set it (as in Xorg, either one lights it); the others only as clients set them.
     */
    public int ledMask() {
        int leds = ledMask & ~LEDS_NOT_SETTABLE;
        if ((lockedModifiers & 0x02) != 0) leds |= CAPS_LOCK_LED;
        if ((lockedModifiers & 0x10) != 0) leds |= NUM_LOCK_LED;
        if ((lockedModifiers & scrollLockModifiers) != 0) leds |= SCROLL_LOCK_LED;
        return leds;
    }

    private void locksMayHaveChanged() {
        int now = lockState();
        if (now == lastLockState) return;
        lastLockState = now;
        for (LockListener l : lockListeners) l.locksChanged(now);
    }

    /** Recomputes which modifiers the Scroll_Lock key carries, after a keyboard or modifier mapping change. */
    private void findScrollLockModifiers() {
        int mods = 0;
        for (int k = keymap.minKeycode(); k <= keymap.maxKeycode(); k++) {
            if (isScrollLockKey(k)) mods |= keymapModifier(k);
        }
        scrollLockModifiers = mods;
    }

    private boolean isScrollLockKey(int keycode) {
        return keymap.keysym(keycode, 0) == SCROLL_LOCK_KEYSYM;
    }

    /** The first keycode whose unshifted keysym is {@code keysym}, or 0 when no key carries it. */
    public int keycodeOf(int keysym) {
        for (int k = keymap.minKeycode(); k <= keymap.maxKeycode(); k++) {
            if (keymap.keysym(k, 0) == keysym) return k;
        }
        return 0;
    }

    public Keymap keymap() { return keymap.snapshot(); }

    // ---- state helpers ------------------------------------------------------------------------

    /** Modifier and button state as events report it. */
    public int state() {
        int m = 0;
        for (int k = 8; k < 256; k++) if (keysDown[k]) m |= keymapModifier(k);
        // Lock-type modifiers follow the lock, not the key.
        int lockMods = 0x02 | 0x10 | scrollLockModifiers;
        m = (m & ~lockMods) | (lockedModifiers & lockMods);
        return m | buttons;
    }

    private int keymapModifier(int keycode) {
        return keymap.modifierMask(keycode);
    }

    /**
     * The window the pointer was last known in, even if it was just unmapped, as Xorg's sprite window: focus events
     * use it without moving the pointer, so the crossing that follows an unmap still happens (treeChanged).
     */
    private Window spriteWindow() {
        return pointerWindow != null && server.resource(pointerWindow.id()) == pointerWindow ? pointerWindow : pointerWindow();
    }

    private Window pointerWindow() {
        if (pointerWindow == null || !pointerWindow.viewable) pointerWindow = server.tree.windowAt(pointerX, pointerY);
        return pointerWindow;
    }

    // ---- injection (XTEST, SPICE) -----------------------------------------------------------

    public void injectMotion(int x, int y) {
        if (pointerFrozenBy != null) { hold(new Held(Held.MOTION, 0, false, x, y)); return; }
        x = Math.max(0, Math.min(server.config.width() - 1, x));
        y = Math.max(0, Math.min(server.config.height() - 1, y));
        if (pointerGrab != null && pointerGrab.confineTo != null && pointerGrab.confineTo.viewable) {
            Window cf = pointerGrab.confineTo;
            x = Math.max(cf.absX, Math.min(cf.absX + cf.width - 1, x));
            y = Math.max(cf.absY, Math.min(cf.absY + cf.height - 1, y));
        }
        if (x == pointerX && y == pointerY) return;
        pointerX = x;
        pointerY = y;
        updatePointerWindow(0);
        int mask = POINTER_MOTION | (buttons != 0 ? BUTTON_MOTION : 0);
        for (int b = 1; b <= 5; b++) if ((buttons & (0x80 << b)) != 0) mask |= BUTTON1_MOTION << (b - 1);
        deliverPointerEvent(E_MOTION, 0, mask);
    }

    public void injectButton(int button, boolean press) {
        if (button < 1 || button > 255) return;
        if (pointerFrozenBy != null) { hold(new Held(Held.BUTTON, button, press, 0, 0)); return; }
        int logical = button <= pointerMapping.length ? pointerMapping[button - 1] : button;
        if (logical == 0) return;
        int bit = logical <= 5 ? 0x80 << logical : 0;
        if (press) {
            if (pointerGrab == null) activatePassiveButtonGrab(logical, null, button);
            deliverPointerEvent(E_BUTTON_PRESS, logical, BUTTON_PRESS);
            buttons |= bit;
        } else {
            if (logical <= 5 && (buttons & bit) == 0) return;
            deliverPointerEvent(E_BUTTON_RELEASE, logical, BUTTON_RELEASE);
            buttons &= ~bit;
            if (buttons == 0 && pointerGrab != null && (pointerGrab.implicit || pointerGrab.fromPassive)) {
                releasePointerGrab(false);
            }
        }
        if (pointerSyncOnce && pointerGrab != null) {
            pointerSyncOnce = false;
            pointerFrozenBy = pointerGrab.client;
        }
    }

    public void injectKey(int keycode, boolean press) {
        if (keycode < 8 || keycode > 255) return;
        if (keyboardFrozenBy != null) { hold(new Held(Held.KEY, keycode, press, 0, 0)); return; }
        if (press) {
            int mod = keymapModifier(keycode);
            if (!keysDown[keycode]) toggleLocks(keycode, mod);
            if (keyboardGrab == null) activatePassiveKeyGrab(keycode, null);
            deliverKeyEvent(E_KEY_PRESS, keycode, KEY_PRESS);
            keysDown[keycode] = true;
        } else {
            if (!keysDown[keycode]) return;
            deliverKeyEvent(E_KEY_RELEASE, keycode, KEY_RELEASE);
            keysDown[keycode] = false;
            if (keyboardGrab != null && keyboardGrab.fromPassive && keyboardGrab.key == keycode) releaseKeyboardGrab(false);
        }
        if (keyboardSyncOnce && keyboardGrab != null) {
            keyboardSyncOnce = false;
            keyboardFrozenBy = keyboardGrab.client;
        }
    }

    /**
     * A first press of a lock key: Caps and Num Lock toggle their modifiers; the Scroll_Lock key toggles the
     * modifiers it is mapped to (Xorg's LockMods on the ScrollLock virtual modifier).
     */
    private void toggleLocks(int keycode, int mod) {
        int toggled = mod & (0x02 | 0x10);
        boolean scroll = scrollLockModifiers != 0 && isScrollLockKey(keycode);
        if (scroll) toggled |= scrollLockModifiers;
        if (toggled == 0) return;
        lockedModifiers ^= toggled;
        locksMayHaveChanged();
    }

    /** Processes held events, in order, as long as their devices are thawed. */
    private void drainHeld() {
        if (draining) return;
        draining = true;
        try {
            while (!held.isEmpty()) {
                Held h = held.peek();
                if (h.kind() == Held.KEY ? keyboardFrozenBy != null : pointerFrozenBy != null) break;
                held.poll();
                switch (h.kind()) {
                    case Held.MOTION -> injectMotion(h.x(), h.y());
                    case Held.BUTTON -> injectButton(h.detail(), h.press());
                    default -> injectKey(h.detail(), h.press());
                }
            }
        } finally {
            draining = false;
        }
    }

    /** Freezes the devices a new grab asks to be synchronous (mode 0 = Synchronous). */
    private void freezeFor(Client c, int pointerMode, int keyboardMode) {
        if (pointerMode == 0) pointerFrozenBy = c;
        if (keyboardMode == 0) keyboardFrozenBy = c;
    }

    /**
     * An active grab of a device in Asynchronous mode resumes that device if this client froze it, as the
     * protocol says: a window manager turns its synchronous Alt+Tab key grab into GrabKeyboard(Async) and waits
     * for Alt's release, which stayed held (and the cycle open) before.
     */
    private void thawOnAsyncGrab(Client c, boolean pointer) {
        if (pointer && pointerFrozenBy == c) pointerFrozenBy = null;
        else if (!pointer && keyboardFrozenBy == c) keyboardFrozenBy = null;
        else return;
        drainHeld();
    }

    /** Thaws whatever a client froze (its grab ended or it went away) and lets held events through. */
    private void thawAll(Client c) {
        if (pointerFrozenBy == c) pointerFrozenBy = null;
        if (keyboardFrozenBy == c) keyboardFrozenBy = null;
        drainHeld();
    }

    public boolean isKeyDown(int keycode) { return keycode >= 0 && keycode < 256 && keysDown[keycode]; }

    public int lockedModifiers() { return lockedModifiers; }

    // ---- delivery -------------------------------------------------------------------------------

    private void writeDeviceEvent(ReplyWriter e, Window w, Window child, int t) {
        e.i32(t).i32(XServer.ROOT_WINDOW).i32(w.id()).i32(child == null ? 0 : child.id())
            .u16(pointerX).u16(pointerY).u16(pointerX - w.absX).u16(pointerY - w.absY).u16(state()).u8(1).u8(0);
    }

    /** The child of {@code ancestor} on the path to {@code w}, or null when w is ancestor itself. */
    private static Window childToward(Window ancestor, Window w) {
        Window c = w;
        while (c != null && c.parent != ancestor) c = c.parent;
        return c;
    }

    private void deliverPointerEvent(int code, int detail, int mask) {
        Window source = pointerWindow();
        if (pointerGrab != null) {
            deliverToGrab(pointerGrab, source, code, detail, mask);
            return;
        }
        int t = server.time();
        Delivered d = propagate(source, null, code, detail, mask, t);
        if (code == E_BUTTON_PRESS && d != null) {
            Grab g = new Grab();
            g.client = d.client;
            g.window = d.window;
            g.eventMask = d.window.eventMasks.getOrDefault(d.client, 0);
            g.ownerEvents = (g.eventMask & OWNER_GRAB_BUTTON) != 0;
            g.implicit = true;
            // The press's own time, as Xorg: a client grabbing with that timestamp (xfwm4 starting a move from
            // the title bar) must not get GrabInvalidTime because the clock moved on during delivery.
            g.time = t;
            pointerGrab = g;
        }
    }

    private record Delivered(Client client, Window window) { }

    /** Delivers up the window hierarchy from {@code source} to the first window that selected the event. */
    private Delivered propagate(Window source, Window stopAt, int code, int detail, int mask, int t) {
        Window child = null;
        for (Window w = source; w != null; child = w, w = w.parent) {
            Delivered first = null;
            for (var e : List.copyOf(w.eventMasks.entrySet())) {
                if ((e.getValue() & mask) == 0) continue;
                Client c = e.getKey();
                Window ww = w, ch = child;
                int det = code == E_MOTION && (e.getValue() & POINTER_MOTION_HINT) != 0 ? 1 : detail;
                server.sendEvent(c, code, det, ev -> writeDeviceEvent(ev, ww, ch, t));
                if (first == null || (mask & BUTTON_PRESS) != 0) first = new Delivered(c, w);
            }
            if (first != null) return first;
            if ((w.doNotPropagateMask & mask) != 0) return null;
            if (w == stopAt) return null;
        }
        return null;
    }

    private void deliverToGrab(Grab g, Window source, int code, int detail, int mask) {
        if (g.ownerEvents && source != null) {
            // Deliver as normal, but only to the grabbing client.
            int t = server.time();
            Window child = null;
            for (Window w = source; w != null; child = w, w = w.parent) {
                Integer m = w.eventMasks.get(g.client);
                if (m != null && (m & mask) != 0) {
                    Window ww = w, ch = child;
                    server.sendEvent(g.client, code, detail, ev -> writeDeviceEvent(ev, ww, ch, t));
                    return;
                }
                if ((w.doNotPropagateMask & mask) != 0) break;
            }
        }
        if ((g.eventMask & mask) == 0 && !(g == keyboardGrab)) return;
        Window w = g.window;
        int t = server.time();
        Window ch = source != null && w.isAncestorOf(source) ? childToward(w, source) : null;
        server.sendEvent(g.client, code, detail, ev -> writeDeviceEvent(ev, w, ch, t));
    }

    private void deliverKeyEvent(int code, int keycode, int mask) {
        if (keyboardGrab != null) {
            deliverToGrab(keyboardGrab, keySource(), code, keycode, mask);
            return;
        }
        Window source = keySource();
        if (source == null) return;
        Window stop = focusWindow;
        propagate(source, stop, code, keycode, mask, server.time());
    }

    /** Where key events start: the pointer window if inside the focus window, else the focus window. */
    private Window keySource() {
        if (focusWindow == null) return focusSpecial == 1 ? pointerWindow() : null;
        Window p = pointerWindow();
        if (p == focusWindow || focusWindow.isAncestorOf(p)) return p;
        return focusWindow;
    }

    // ---- passive grabs ----------------------------------------------------------------------------

    /** Activates the outermost matching passive button grab; {@code below} restricts the search (Replay). */
    private void activatePassiveButtonGrab(int button, Window below, int physicalButton) {
        Window source = pointerWindow();
        List<Window> path = new ArrayList<>();
        for (Window w = source; w != null && w != below; w = w.parent) path.add(0, w);
        int mods = state() & 0xff;
        for (Window w : path) {
            for (PassiveGrab pg : passiveGrabs) {
                if (pg.isKey || pg.window != w) continue;
                if (pg.detail != 0 && pg.detail != button) continue;
                if (pg.modifiers != 0x8000 && pg.modifiers != mods) continue;
                if (pg.confineTo != null && !pg.confineTo.viewable) continue;
                Grab g = new Grab();
                g.client = pg.client;
                g.window = w;
                g.ownerEvents = pg.ownerEvents;
                g.eventMask = pg.eventMask;
                g.confineTo = pg.confineTo;
                g.cursor = pg.cursor;
                g.fromPassive = true;
                g.button = button;
                g.pointerMode = pg.pointerMode;
                g.keyboardMode = pg.keyboardMode;
                g.time = server.time();
                setPointerGrab(g);
                freezeFor(pg.client, pg.pointerMode, pg.keyboardMode);
                pointerReplay = new Held(Held.BUTTON, physicalButton, true, 0, 0);
                return;
            }
        }
    }

    private void activatePassiveKeyGrab(int keycode, Window below) {
        Window source = keySource();
        if (source == null) return;
        // From the root down to the focus window, then on to the pointer window when it is inside the focus
        // (keySource): a grab on an ancestor of the focus counts, as a window manager's Alt+F4 on the root.
        List<Window> path = new ArrayList<>();
        for (Window w = source; w != null && w != below; w = w.parent) path.add(0, w);
        int mods = state() & 0xff;
        for (Window w : path) {
            for (PassiveGrab pg : passiveGrabs) {
                if (!pg.isKey || pg.window != w) continue;
                if (pg.detail != 0 && pg.detail != keycode) continue;
                if (pg.modifiers != 0x8000 && pg.modifiers != mods) continue;
                Grab g = new Grab();
                g.client = pg.client;
                g.window = w;
                g.ownerEvents = pg.ownerEvents;
                g.fromPassive = true;
                g.key = keycode;
                g.time = server.time();
                setKeyboardGrab(g);
                freezeFor(pg.client, pg.pointerMode, pg.keyboardMode);
                keyboardReplay = new Held(Held.KEY, keycode, true, 0, 0);
                return;
            }
        }
    }

    // ---- enter/leave and focus ------------------------------------------------------------------

    private static final int NOTIFY_ANCESTOR = 0, NOTIFY_VIRTUAL = 1, NOTIFY_INFERIOR = 2, NOTIFY_NONLINEAR = 3,
        NOTIFY_NONLINEAR_VIRTUAL = 4, NOTIFY_POINTER = 5, NOTIFY_POINTER_ROOT = 6, NOTIFY_DETAIL_NONE = 7;

    /** Recomputes the window under the pointer and sends crossing events. */
    private void updatePointerWindow(int mode) {
        Window old = pointerWindow;
        Window now = server.tree.windowAt(pointerX, pointerY);
        pointerWindow = now;
        if (old == now) return;
        if (old == null || server.resource(old.id()) != old) old = server.root;
        if (old == now) return;
        crossing(old, now, mode);
        cursorMayHaveChanged();
    }

    private static Window commonAncestor(Window a, Window b) {
        for (Window x = a; x != null; x = x.parent) if (x == b || x.isAncestorOf(b)) return x;
        return null;
    }

    /** Sends LeaveNotify/EnterNotify along the path from a to b, per the protocol's details. */
    private void crossing(Window a, Window b, int mode) {
        if (b.isAncestorOf(a)) {
            send(a, E_LEAVE, NOTIFY_ANCESTOR, mode, null);
            for (Window w = a.parent; w != b; w = w.parent) send(w, E_LEAVE, NOTIFY_VIRTUAL, mode, childToward(w, a));
            send(b, E_ENTER, NOTIFY_INFERIOR, mode, childToward(b, a));
        } else if (a.isAncestorOf(b)) {
            send(a, E_LEAVE, NOTIFY_INFERIOR, mode, childToward(a, b));
            List<Window> down = new ArrayList<>();
            for (Window w = b.parent; w != a; w = w.parent) down.add(0, w);
            for (Window w : down) send(w, E_ENTER, NOTIFY_VIRTUAL, mode, childToward(w, b));
            send(b, E_ENTER, NOTIFY_ANCESTOR, mode, null);
        } else {
            Window c = commonAncestor(a, b);
            send(a, E_LEAVE, NOTIFY_NONLINEAR, mode, null);
            for (Window w = a.parent; w != null && w != c; w = w.parent) send(w, E_LEAVE, NOTIFY_NONLINEAR_VIRTUAL, mode, childToward(w, a));
            List<Window> down = new ArrayList<>();
            for (Window w = b.parent; w != null && w != c; w = w.parent) down.add(0, w);
            for (Window w : down) send(w, E_ENTER, NOTIFY_NONLINEAR_VIRTUAL, mode, childToward(w, b));
            send(b, E_ENTER, NOTIFY_NONLINEAR, mode, null);
        }
    }

    private void send(Window w, int code, int detail, int mode, Window child) {
        int mask = code == E_ENTER ? ENTER_WINDOW : LEAVE_WINDOW;
        int t = server.time();
        // As Xorg: PointerRoot counts as focus everywhere (GTK and Firefox look unfocused without it), None nowhere.
        boolean inFocus = focusWindow != null ? w == focusWindow || focusWindow.isAncestorOf(w) : focusSpecial == 1;
        int flags = 0x02 | (inFocus ? 0x01 : 0);
        if (pointerGrab != null && !pointerGrab.ownerEvents) {
            if (pointerGrab.window == w && (pointerGrab.eventMask & mask) != 0) {
                server.sendEvent(pointerGrab.client, code, detail, e -> e.i32(t).i32(XServer.ROOT_WINDOW).i32(w.id())
                    .i32(child == null ? 0 : child.id()).u16(pointerX).u16(pointerY).u16(pointerX - w.absX)
                    .u16(pointerY - w.absY).u16(state()).u8(mode).u8(flags));
            }
            if (code == E_ENTER && pointerGrab.window == w && (pointerGrab.eventMask & KEYMAP_STATE) != 0) {
                sendKeymapNotify(pointerGrab.client);
            }
            return;
        }
        server.deliver(w, mask, code, detail, e -> e.i32(t).i32(XServer.ROOT_WINDOW).i32(w.id())
            .i32(child == null ? 0 : child.id()).u16(pointerX).u16(pointerY).u16(pointerX - w.absX)
            .u16(pointerY - w.absY).u16(state()).u8(mode).u8(flags));
        // As Xorg: KeymapNotify follows EnterNotify for clients selecting KeymapState, Enter selected or not.
        if (code == E_ENTER) {
            for (Map.Entry<Client, Integer> e : List.copyOf(w.eventMasks.entrySet())) {
                if ((e.getValue() & KEYMAP_STATE) != 0) sendKeymapNotify(e.getKey());
            }
        }
    }

    private void setFocus(Window w, int special, int revertTo, int time, int mode) {
        Window oldW = focusWindow;
        int oldSpecial = focusSpecial;
        focusWindow = w;
        focusSpecial = special;
        focusRevertTo = revertTo;
        focusTime = time;
        focusEvents(oldW, oldSpecial, w, special, mode);
    }

    /**
     * FocusOut/FocusIn for a focus change from {@code fromW} to {@code toW} (null: None or PointerRoot, as
     * {@code fromSpecial}/{@code toSpecial} say), laid out as the protocol and Xorg have them. The windows on the
     * pointer's side get detail Pointer events: GTK keeps its "has pointer focus" state from them.
     */
    private void focusEvents(Window fromW, int fromSpecial, Window toW, int toSpecial, int mode) {
        Window root = server.root, p = spriteWindow();
        if (fromW == null ? toW == null && fromSpecial == toSpecial : fromW == toW) return;
        if (fromW == null || toW == null) {
            if (fromW == null) {
                if (fromSpecial == 1) pointerFocusOut(p, root, true, mode);
                focusOut(root, fromSpecial == 1 ? NOTIFY_POINTER_ROOT : NOTIFY_DETAIL_NONE, mode);
            } else {
                if (inferior(p, fromW)) pointerFocusOut(p, fromW, false, mode);
                focusOut(fromW, NOTIFY_NONLINEAR, mode); // the root too, as Xorg
                for (Window w = fromW.parent; w != null; w = w.parent) focusOut(w, NOTIFY_NONLINEAR_VIRTUAL, mode);
            }
            if (toW == null) {
                focusIn(root, toSpecial == 1 ? NOTIFY_POINTER_ROOT : NOTIFY_DETAIL_NONE, mode);
                if (toSpecial == 1) pointerFocusIn(root, p, true, mode);
            } else {
                for (Window w : between(null, toW)) focusIn(w, NOTIFY_NONLINEAR_VIRTUAL, mode);
                focusIn(toW, NOTIFY_NONLINEAR, mode);
                if (inferior(p, toW)) pointerFocusIn(toW, p, false, mode);
            }
        } else if (fromW.isAncestorOf(toW)) {
            if (inferior(p, fromW) && !inferior(p, toW) && !inferior(toW, p)) pointerFocusOut(p, fromW, false, mode);
            focusOut(fromW, NOTIFY_INFERIOR, mode);
            for (Window w : between(fromW, toW)) focusIn(w, NOTIFY_VIRTUAL, mode);
            focusIn(toW, NOTIFY_ANCESTOR, mode);
        } else if (toW.isAncestorOf(fromW)) {
            focusOut(fromW, NOTIFY_ANCESTOR, mode);
            for (Window w = fromW.parent; w != toW; w = w.parent) focusOut(w, NOTIFY_VIRTUAL, mode);
            focusIn(toW, NOTIFY_INFERIOR, mode);
            if (inferior(p, toW) && p != fromW && !inferior(p, fromW) && !inferior(fromW, p)) pointerFocusIn(toW, p, false, mode);
        } else {
            Window common = commonAncestor(fromW, toW);
            if (inferior(p, fromW)) pointerFocusOut(p, fromW, false, mode);
            focusOut(fromW, NOTIFY_NONLINEAR, mode);
            for (Window w = fromW.parent; w != null && w != common; w = w.parent) focusOut(w, NOTIFY_NONLINEAR_VIRTUAL, mode);
            for (Window w : between(common, toW)) focusIn(w, NOTIFY_NONLINEAR_VIRTUAL, mode);
            focusIn(toW, NOTIFY_NONLINEAR, mode);
            if (inferior(p, toW)) pointerFocusIn(toW, p, false, mode);
        }
    }

    /** True when {@code w} is a proper inferior of {@code of}. */
    private static boolean inferior(Window w, Window of) {
        return w != null && of.isAncestorOf(w);
    }

    /** The windows strictly between {@code top} (null: above the root) and {@code w}, top down. */
    private static List<Window> between(Window top, Window w) {
        List<Window> down = new ArrayList<>();
        for (Window x = w.parent; x != null && x != top; x = x.parent) down.add(0, x);
        return down;
    }

    /** FocusOut detail Pointer from the pointer window {@code p} up to {@code stop} (included or not). */
    private void pointerFocusOut(Window p, Window stop, boolean inclusive, int mode) {
        if (p == null) return;
        for (Window w = p; w != null && w != stop; w = w.parent) focusOut(w, NOTIFY_POINTER, mode);
        if (inclusive) focusOut(stop, NOTIFY_POINTER, mode);
    }

    /** FocusIn detail Pointer from below {@code top} (or from {@code top} itself) down to the pointer window. */
    private void pointerFocusIn(Window top, Window p, boolean inclusive, int mode) {
        if (p == null) return;
        if (inclusive) focusIn(top, NOTIFY_POINTER, mode);
        if (p == top) return;
        for (Window w : between(top, p)) focusIn(w, NOTIFY_POINTER, mode);
        focusIn(p, NOTIFY_POINTER, mode);
    }

    private void focusOut(Window w, int detail, int mode) {
        server.deliver(w, FOCUS_CHANGE, E_FOCUS_OUT, detail, e -> e.i32(w.id()).u8(mode));
    }

    /** FocusIn, then KeymapNotify to the clients that selected KeymapState on the window (as Xorg). */
    private void focusIn(Window w, int detail, int mode) {
        server.deliver(w, FOCUS_CHANGE, E_FOCUS_IN, detail, e -> e.i32(w.id()).u8(mode));
        for (Map.Entry<Client, Integer> e : List.copyOf(w.eventMasks.entrySet())) {
            if ((e.getValue() & KEYMAP_STATE) != 0) sendKeymapNotify(e.getKey());
        }
    }

    /** KeymapNotify: the keys held down, keycodes 8-255 as a bit map (no sequence number in this event). */
    private void sendKeymapNotify(Client c) {
        ReplyWriter ev = new ReplyWriter(false, 32);
        ev.u8(E_KEYMAP);
        for (int i = 1; i < 32; i++) {
            int bits = 0;
            for (int b = 0; b < 8; b++) if (keysDown[i * 8 + b]) bits |= 1 << b;
            ev.u8(bits);
        }
        c.sendEvent(ev);
    }

    // ---- requests: grabs --------------------------------------------------------------------------

    private boolean timeInvalid(int time, int lastGrabTime) {
        int now = server.time();
        return time != 0 && ((time - now) > 0 || (time - lastGrabTime) < 0);
    }

    void grabPointer(Client c, RequestReader r) {
        boolean ownerEvents = r.byteAt(1) != 0;
        expect(r, 24);
        r.seek(4);
        Window w = server.window(r.i32());
        int mask = r.u16();
        int pointerMode = r.u8(), keyboardMode = r.u8();
        int confine = r.i32(), cursor = r.i32(), time = r.i32();
        if ((mask & ~0x7FFC) != 0) throw XError.value(mask);
        if (pointerMode > 1) throw XError.value(pointerMode);
        if (keyboardMode > 1) throw XError.value(keyboardMode);
        Window confineTo = confine == 0 ? null : server.window(confine);
        Cursors.Cursor grabCursor = cursor == 0 ? null : server.lookup(cursor, Cursors.Cursor.class, XError.CURSOR);
        int status;
        if (pointerGrab != null && pointerGrab.client != c) status = 1; // AlreadyGrabbed
        else if (!w.viewable || (confineTo != null && !confineTo.viewable)) status = 3; // NotViewable
        else if (timeInvalid(time, pointerGrab == null ? 0 : pointerGrab.time)) status = 2;
        else {
            Grab g = new Grab();
            g.client = c;
            g.window = w;
            g.ownerEvents = ownerEvents;
            g.eventMask = mask;
            g.confineTo = confineTo;
            g.cursor = grabCursor;
            g.time = time == 0 ? server.time() : time;
            g.pointerMode = pointerMode;
            g.keyboardMode = keyboardMode;
            setPointerGrab(g);
            freezeFor(c, pointerMode, keyboardMode);
            if (confineTo != null) injectMotion(pointerX, pointerY);
            if (pointerMode == 1) thawOnAsyncGrab(c, true);
            status = 0;
        }
        ReplyWriter o = c.reply(status);
        c.sendReply(o);
    }

    private void setPointerGrab(Grab g) {
        Grab old = pointerGrab;
        pointerGrab = g;
        if (old == null) {
            Window pw = pointerWindow();
            if (pw != g.window) crossingForGrab(pw, g.window, 1);
        }
        cursorMayHaveChanged();
    }

    private void crossingForGrab(Window from, Window to, int mode) {
        Grab save = pointerGrab;
        if (mode == 2) pointerGrab = null;
        if (from != null && to != null && from != to) crossing(from, to, mode);
        pointerGrab = save;
    }

    private void releasePointerGrab(boolean explicit) {
        Grab g = pointerGrab;
        if (g == null) return;
        pointerGrab = null;
        if (g.window.viewable) {
            Window pw = server.tree.windowAt(pointerX, pointerY);
            pointerWindow = pw;
            if (!g.implicit && g.window != pw) crossing(g.window, pw, 2);
        }
        // Else the grab ended because its window was unmapped: as Xorg, the pointer's window then changes with Normal
        // crossing events (treeChanged), and GTK without a window manager needs that EnterNotify's focus flag.
        cursorMayHaveChanged();
        pointerReplay = null;
        if (keyboardGrab == null || keyboardGrab.client != g.client) thawAll(g.client);
        else if (pointerFrozenBy == g.client) { pointerFrozenBy = null; drainHeld(); }
    }

    void ungrabPointer(Client c, RequestReader r) {
        expect(r, 8);
        r.seek(4);
        int time = r.i32();
        if (pointerGrab != null && pointerGrab.client == c && !timeInvalid(time, pointerGrab.time)) releasePointerGrab(true);
    }

    void changeActivePointerGrab(Client c, RequestReader r) {
        expect(r, 16);
        r.seek(4);
        int cursor = r.i32(), time = r.i32(), mask = r.u16();
        Cursors.Cursor grabCursor = cursor == 0 ? null : server.lookup(cursor, Cursors.Cursor.class, XError.CURSOR);
        if ((mask & ~0x7FFC) != 0) throw XError.value(mask);
        if (pointerGrab == null || pointerGrab.client != c || timeInvalid(time, pointerGrab.time)) return;
        pointerGrab.eventMask = mask;
        pointerGrab.cursor = grabCursor;
        cursorMayHaveChanged();
    }

    void grabKeyboard(Client c, RequestReader r) {
        boolean ownerEvents = r.byteAt(1) != 0;
        expect(r, 16);
        r.seek(4);
        Window w = server.window(r.i32());
        int time = r.i32();
        int pointerMode = r.u8(), keyboardMode = r.u8();
        if (pointerMode > 1) throw XError.value(pointerMode);
        if (keyboardMode > 1) throw XError.value(keyboardMode);
        int status;
        if (keyboardGrab != null && keyboardGrab.client != c) status = 1;
        else if (!w.viewable) status = 3;
        else if (timeInvalid(time, keyboardGrab == null ? 0 : keyboardGrab.time)) status = 2;
        else {
            Grab g = new Grab();
            g.client = c;
            g.window = w;
            g.ownerEvents = ownerEvents;
            g.time = time == 0 ? server.time() : time;
            setKeyboardGrab(g);
            freezeFor(c, pointerMode, keyboardMode);
            if (keyboardMode == 1) thawOnAsyncGrab(c, false);
            status = 0;
        }
        c.sendReply(c.reply(status));
    }

    private void setKeyboardGrab(Grab g) {
        Grab old = keyboardGrab;
        keyboardGrab = g;
        if (old != null) focusEvents(old.window, 2, g.window, 2, 1);
        else focusEvents(focusWindow, focusSpecial, g.window, 2, 1);
    }

    private void releaseKeyboardGrab(boolean explicit) {
        Grab g = keyboardGrab;
        if (g == null) return;
        keyboardGrab = null;
        // As Xorg, also when the grab ends because its window was unmapped (a popup menu closing): the focus window
        // hears FocusIn(Ungrab), else GTK takes its editor for unfocused and hides the text cursor.
        if (focusWindow == null || focusWindow.viewable) focusEvents(g.window, 2, focusWindow, focusSpecial, 2);
        keyboardReplay = null;
        if (pointerGrab == null || pointerGrab.client != g.client) thawAll(g.client);
        else if (keyboardFrozenBy == g.client) { keyboardFrozenBy = null; drainHeld(); }
    }

    void ungrabKeyboard(Client c, RequestReader r) {
        expect(r, 8);
        r.seek(4);
        int time = r.i32();
        if (keyboardGrab != null && keyboardGrab.client == c && !timeInvalid(time, keyboardGrab.time)) releaseKeyboardGrab(true);
    }

    void grabButton(Client c, RequestReader r) {
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
        if ((mask & ~0x7FFC) != 0) throw XError.value(mask);
        if (pointerMode > 1) throw XError.value(pointerMode);
        if (keyboardMode > 1) throw XError.value(keyboardMode);
        if (modifiers != 0x8000 && (modifiers & ~0xFF) != 0) throw XError.value(modifiers);
        Window confineTo = confine == 0 ? null : server.window(confine);
        Cursors.Cursor grabCursor = cursor == 0 ? null : server.lookup(cursor, Cursors.Cursor.class, XError.CURSOR);
        for (PassiveGrab pg : passiveGrabs) {
            if (!pg.isKey && pg.window == w && pg.client != c && pg.detail == button && pg.modifiers == modifiers) throw XError.access();
        }
        passiveGrabs.removeIf(pg -> !pg.isKey && pg.window == w && pg.client == c && pg.detail == button && pg.modifiers == modifiers);
        passiveGrabs.add(new PassiveGrab(c, w, false, button, modifiers, ownerEvents, mask, pointerMode, keyboardMode, confineTo, grabCursor));
    }

    void ungrabButton(Client c, RequestReader r) {
        int button = r.byteAt(1) & 0xff;
        expect(r, 12);
        r.seek(4);
        Window w = server.window(r.i32());
        int modifiers = r.u16();
        if (modifiers != 0x8000 && (modifiers & ~0xFF) != 0) throw XError.value(modifiers);
        passiveGrabs.removeIf(pg -> !pg.isKey && pg.window == w && pg.client == c
            && (button == 0 || pg.detail == button) && (modifiers == 0x8000 || pg.modifiers == modifiers));
    }

    void grabKey(Client c, RequestReader r) {
        boolean ownerEvents = r.byteAt(1) != 0;
        expect(r, 16);
        r.seek(4);
        Window w = server.window(r.i32());
        int modifiers = r.u16();
        int key = r.u8();
        int pointerMode = r.u8(), keyboardMode = r.u8();
        if (pointerMode > 1) throw XError.value(pointerMode);
        if (keyboardMode > 1) throw XError.value(keyboardMode);
        if (modifiers != 0x8000 && (modifiers & ~0xFF) != 0) throw XError.value(modifiers);
        if (key != 0 && (key < 8)) throw XError.value(key);
        for (PassiveGrab pg : passiveGrabs) {
            if (pg.isKey && pg.window == w && pg.client != c && pg.detail == key && pg.modifiers == modifiers) throw XError.access();
        }
        passiveGrabs.removeIf(pg -> pg.isKey && pg.window == w && pg.client == c && pg.detail == key && pg.modifiers == modifiers);
        passiveGrabs.add(new PassiveGrab(c, w, true, key, modifiers, ownerEvents, 0, pointerMode, keyboardMode, null, null));
    }

    void ungrabKey(Client c, RequestReader r) {
        int key = r.byteAt(1) & 0xff;
        expect(r, 12);
        r.seek(4);
        Window w = server.window(r.i32());
        int modifiers = r.u16();
        if (modifiers != 0x8000 && (modifiers & ~0xFF) != 0) throw XError.value(modifiers);
        passiveGrabs.removeIf(pg -> pg.isKey && pg.window == w && pg.client == c
            && (key == 0 || pg.detail == key) && (modifiers == 0x8000 || pg.modifiers == modifiers));
    }

    void allowEvents(Client c, RequestReader r) {
        int mode = r.byteAt(1) & 0xff;
        expect(r, 8);
        r.seek(4);
        int time = r.i32();
        if (mode > 7) throw XError.value(mode);
        int now = server.time();
        if (time != 0 && (time - now) > 0) return;
        boolean pointer = pointerFrozenBy == c, keyboard = keyboardFrozenBy == c;
        switch (mode) {
            case 0 -> { if (pointer) pointerFrozenBy = null; }
            case 1 -> { if (pointer) { pointerFrozenBy = null; pointerSyncOnce = true; } }
            case 2 -> { if (pointer) replayPointer(); }
            case 3 -> { if (keyboard) keyboardFrozenBy = null; }
            case 4 -> { if (keyboard) { keyboardFrozenBy = null; keyboardSyncOnce = true; } }
            case 5 -> { if (keyboard) replayKeyboard(); }
            case 6 -> { if (pointer) pointerFrozenBy = null; if (keyboard) keyboardFrozenBy = null; }
            default -> {
                if (pointer) { pointerFrozenBy = null; pointerSyncOnce = true; }
                if (keyboard) { keyboardFrozenBy = null; keyboardSyncOnce = true; }
            }
        }
        drainHeld();
    }

    /**
     * ReplayPointer: the grab that a press activated ends, and the press is delivered again as if
     * that grab had not existed, looking for passive grabs only below the grab window.
     */
    private void replayPointer() {
        Grab g = pointerGrab;
        Held press = pointerReplay;
        if (g == null || !g.fromPassive || press == null) { pointerFrozenBy = null; return; }
        Window grabWindow = g.window;
        pointerGrab = null;
        pointerReplay = null;
        pointerFrozenBy = null;
        int logical = press.detail() <= pointerMapping.length ? pointerMapping[press.detail() - 1] : press.detail();
        int bit = logical <= 5 ? 0x80 << logical : 0;
        int saved = buttons;
        buttons &= ~bit; // the event reports the state before its own press
        activatePassiveButtonGrab(logical, grabWindow, press.detail());
        deliverPointerEvent(E_BUTTON_PRESS, logical, BUTTON_PRESS);
        buttons = saved;
        cursorMayHaveChanged();
    }

    private void replayKeyboard() {
        Grab g = keyboardGrab;
        Held press = keyboardReplay;
        if (g == null || !g.fromPassive || press == null) { keyboardFrozenBy = null; return; }
        Window grabWindow = g.window;
        keyboardGrab = null;
        keyboardReplay = null;
        keyboardFrozenBy = null;
        boolean wasDown = keysDown[press.detail()];
        keysDown[press.detail()] = false;
        activatePassiveKeyGrab(press.detail(), grabWindow);
        deliverKeyEvent(E_KEY_PRESS, press.detail(), KEY_PRESS);
        keysDown[press.detail()] = wasDown;
    }

    // ---- requests: pointer, focus -----------------------------------------------------------------

    void queryPointer(Client c, RequestReader r) {
        expect(r, 8);
        r.seek(4);
        Window w = server.window(r.i32());
        Window pw = pointerWindow();
        Window child = w == pw ? null : (w.isAncestorOf(pw) ? childToward(w, pw) : null);
        ReplyWriter o = c.reply(1);
        o.i32(XServer.ROOT_WINDOW).i32(child == null ? 0 : child.id()).u16(pointerX).u16(pointerY)
            .u16(pointerX - w.absX).u16(pointerY - w.absY).u16(state());
        c.sendReply(o);
    }

    void getMotionEvents(Client c, RequestReader r) {
        expect(r, 16);
        r.seek(4);
        server.window(r.i32());
        ReplyWriter o = c.reply(0);
        o.i32(0);
        c.sendReply(o);
    }

    void warpPointer(Client c, RequestReader r) {
        expect(r, 24);
        r.seek(4);
        int srcId = r.i32(), dstId = r.i32();
        int sx = r.s16(), sy = r.s16(), sw = r.u16(), sh = r.u16(), dx = r.s16(), dy = r.s16();
        Window src = srcId == 0 ? null : server.window(srcId);
        Window dst = dstId == 0 ? null : server.window(dstId);
        if (src != null) {
            int x1 = src.absX + sx, y1 = src.absY + sy;
            int x2 = sw == 0 ? src.absX + src.width : x1 + sw, y2 = sh == 0 ? src.absY + src.height : y1 + sh;
            if (pointerX < x1 || pointerY < y1 || pointerX >= x2 || pointerY >= y2 || !src.viewable) return;
            if (!src.clipList.contains(pointerX, pointerY) && !src.borderClip.contains(pointerX, pointerY)) return;
        }
        int nx = dst == null ? pointerX + dx : dst.absX + dx, ny = dst == null ? pointerY + dy : dst.absY + dy;
        injectMotion(nx, ny);
        for (CursorListener l : cursorListeners) l.pointerWarped(pointerX, pointerY);
    }

    void setInputFocus(Client c, RequestReader r) {
        int revertTo = r.byteAt(1) & 0xff;
        expect(r, 12);
        r.seek(4);
        int fid = r.i32(), time = r.i32();
        if (revertTo > 2) throw XError.value(revertTo);
        Window w = fid <= 1 ? null : server.window(fid);
        if (w != null && !w.viewable) throw XError.match();
        int now = server.time();
        if (time != 0 && ((time - now) > 0 || (time - focusTime) < 0)) return;
        setFocus(w, w == null ? fid : 2, revertTo, time == 0 ? now : time, keyboardGrab != null ? 3 : 0);
    }

    void getInputFocus(Client c, RequestReader r) {
        expect(r, 4);
        ReplyWriter o = c.reply(focusRevertTo);
        o.i32(focusWindow != null ? focusWindow.id() : focusSpecial);
        c.sendReply(o);
    }

    void queryKeymap(Client c, RequestReader r) {
        expect(r, 4);
        ReplyWriter o = c.reply(0);
        byte[] bits = new byte[32];
        for (int k = 0; k < 256; k++) if (keysDown[k]) bits[k >> 3] |= (byte) (1 << (k & 7));
        o.bytes(bits);
        c.sendReply(o);
    }

    // ---- requests: keyboard and pointer mappings --------------------------------------------------

    void getKeyboardMapping(Client c, RequestReader r) {
        expect(r, 8);
        r.seek(4);
        int first = r.u8(), count = r.u8();
        MutableKeymap km = keymap;
        if (first < km.minKeycode()) throw XError.value(first);
        if (first + count - 1 > km.maxKeycode()) throw XError.value(count);
        int per = km.keysymsPerKeycode();
        ReplyWriter o = c.reply(per);
        o.zeros(24);
        for (int ks : km.keysyms(first, count)) o.i32(ks);
        c.sendReply(o);
    }

    void changeKeyboardMapping(Client c, RequestReader r) {
        int count = r.byteAt(1) & 0xff;
        atLeast(r, 8);
        r.seek(4);
        int first = r.u8(), per = r.u8();
        r.skip(2);
        if (r.remaining() != count * per * 4) throw XError.length();
        int[] syms = new int[count * per];
        for (int i = 0; i < syms.length; i++) syms[i] = r.i32();
        MutableKeymap.Result res = keymap.changeKeyboardMapping(first, count, per, syms);
        if (res == MutableKeymap.Result.BAD_VALUE) throw XError.value(per == 0 ? 0 : first);
        findScrollLockModifiers();
        locksMayHaveChanged();
        mappingNotify(1, first, count);
    }

    private void mappingNotify(int request, int first, int count) {
        for (Client cl : server.clients()) server.sendEvent(cl, E_MAPPING, 0, e -> e.u8(request).u8(first).u8(count));
    }

    void getModifierMapping(Client c, RequestReader r) {
        expect(r, 4);
        MutableKeymap km = keymap;
        int per = km.keycodesPerModifier();
        ReplyWriter o = c.reply(per);
        o.zeros(24);
        for (int k : km.modifierMapping()) o.u8(k);
        c.sendReply(o);
    }

    void setModifierMapping(Client c, RequestReader r) {
        int per = r.byteAt(1) & 0xff;
        atLeast(r, 4);
        if (r.length() != 4 + 8 * per) throw XError.length();
        r.seek(4);
        int[] codes = new int[8 * per];
        for (int i = 0; i < codes.length; i++) codes[i] = r.u8();
        MutableKeymap.Result res = keymap.setModifierMapping(per, codes, k -> k >= 0 && k < 256 && keysDown[k]);
        if (res == MutableKeymap.Result.BAD_VALUE) throw XError.value(0);
        c.sendReply(c.reply(res == MutableKeymap.Result.BUSY ? 1 : 0));
        if (res == MutableKeymap.Result.SUCCESS) {
            findScrollLockModifiers();
            locksMayHaveChanged();
            mappingNotify(0, 0, 0);
        }
    }

    void getPointerMapping(Client c, RequestReader r) {
        expect(r, 4);
        ReplyWriter o = c.reply(pointerMapping.length);
        o.zeros(24);
        for (int b : pointerMapping) o.u8(b);
        c.sendReply(o);
    }

    void setPointerMapping(Client c, RequestReader r) {
        int n = r.byteAt(1) & 0xff;
        atLeast(r, 4);
        if (r.length() != ((4 + n + 3) & ~3)) throw XError.length();
        r.seek(4);
        if (n != pointerMapping.length) throw XError.value(n);
        int[] map = new int[n];
        for (int i = 0; i < n; i++) map[i] = r.u8();
        for (int i = 0; i < n; i++) for (int j = 0; j < i; j++) if (map[i] != 0 && map[i] == map[j]) throw XError.value(map[i]);
        boolean busy = false;
        for (int i = 0; i < 5 && i < n; i++) if ((buttons & (0x100 << i)) != 0 && map[i] != pointerMapping[i]) busy = true;
        if (!busy) pointerMapping = map;
        c.sendReply(c.reply(busy ? 1 : 0));
        if (!busy) mappingNotify(2, 0, 0);
    }

    void changeKeyboardControl(Client c, RequestReader r) {
        atLeast(r, 8);
        r.seek(4);
        int mask = r.i32();
        if ((mask & ~0xFF) != 0) throw XError.value(mask);
        if (r.remaining() != 4 * Integer.bitCount(mask)) throw XError.length();
        // Everything is checked before anything changes: a request in error has no effect.
        int click = keyClickPercent, percent = bellPercent, pitch = bellPitch, duration = bellDuration;
        int repeat = autoRepeat, led = 0, ledMode = -1;
        for (int bit = 0; bit < 8; bit++) {
            if ((mask & (1 << bit)) == 0) continue;
            int v = r.i32();
            switch (bit) {
                case 0 -> { if (v < -1 || v > 100) throw XError.value(v); click = v == -1 ? 0 : v; }
                case 1 -> { if (v < -1 || v > 100) throw XError.value(v); percent = v == -1 ? 50 : v; }
                case 2 -> { if (v < -1) throw XError.value(v); pitch = v == -1 ? 400 : v; }
                case 3 -> { if (v < -1) throw XError.value(v); duration = v == -1 ? 100 : v; }
                case 4 -> {
                    v &= 0xff; // the protocol's LED is a CARD8
                    if (v < 1 || v > 32) throw XError.value(v);
                    if ((mask & (1 << 5)) == 0) throw XError.match();
                    led = v;
                }
                case 5 -> { v &= 0xff; if (v > 1) throw XError.value(v); ledMode = v; }
                case 6 -> { }
                case 7 -> { if (v > 2 || v < 0) throw XError.value(v); repeat = v == 2 ? 1 : v; }
                default -> { }
            }
        }
        keyClickPercent = click;
        bellPercent = percent;
        bellPitch = pitch;
        bellDuration = duration;
        autoRepeat = repeat;
        if (ledMode >= 0) {
            // No LED named: all of them. Caps and Num Lock ignore this (Xvfb's XKB indicators refuse it).
            int leds = (led == 0 ? ~0 : 1 << (led - 1)) & ~LEDS_NOT_SETTABLE;
            ledMask = ledMode == 1 ? ledMask | leds : ledMask & ~leds;
            locksMayHaveChanged();
        }
    }

    void getKeyboardControl(Client c, RequestReader r) {
        expect(r, 4);
        ReplyWriter o = c.reply(autoRepeat);
        o.i32(ledMask()).u8(keyClickPercent).u8(bellPercent).u16(bellPitch).u16(bellDuration).u16(0);
        byte[] repeats = new byte[32];
        java.util.Arrays.fill(repeats, (byte) 0xff);
        o.bytes(repeats);
        c.sendReply(o);
    }

    void bell(Client c, RequestReader r) {
        expect(r, 4);
        int percent = r.byteAt(1);
        if (percent < -100 || percent > 100) throw XError.value(percent);
    }

    void changePointerControl(Client c, RequestReader r) {
        expect(r, 12);
        r.seek(4);
        int num = r.s16(), den = r.s16(), thr = r.s16();
        boolean doAccel = r.u8() != 0, doThr = r.u8() != 0;
        if (doAccel) {
            if (num < -1) throw XError.value(num);
            if (den < -1 || den == 0) throw XError.value(den);
            accelNum = num == -1 ? 2 : num;
            accelDen = den == -1 ? 1 : den;
        }
        if (doThr) {
            if (thr < -1) throw XError.value(thr);
            threshold = thr == -1 ? 4 : thr;
        }
    }

    void getPointerControl(Client c, RequestReader r) {
        expect(r, 4);
        ReplyWriter o = c.reply(0);
        o.u16(accelNum).u16(accelDen).u16(threshold);
        c.sendReply(o);
    }

    // ---- SendEvent --------------------------------------------------------------------------------

    void sendEvent(Client c, RequestReader r) {
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
        Window w;
        if (dest == 0) w = pointerWindow();
        else if (dest == 1) {
            w = keySource();
            if (w == null) return;
            if (focusWindow != null && pointerWindow() != focusWindow && !focusWindow.isAncestorOf(pointerWindow())) w = focusWindow;
        } else w = server.window(dest);
        // The event travels in the sender's byte order; re-encode per recipient by swapping fields we know.
        if (mask == 0) {
            if (w.owner != null) sendRaw(w.owner, ev, c.msbFirst());
            return;
        }
        for (Window x = w; x != null; x = x.parent) {
            boolean delivered = false;
            for (var e : List.copyOf(x.eventMasks.entrySet())) {
                if ((e.getValue() & mask) != 0) {
                    sendRaw(e.getKey(), ev, c.msbFirst());
                    delivered = true;
                }
            }
            if (delivered || !propagate) return;
            if ((x.doNotPropagateMask & mask) != 0) return;
            if (dest == 1 && x == focusWindow) return;
        }
    }

    /** Sends a client-supplied event with the synthetic bit, fixing the sequence number and byte order. */
    private void sendRaw(Client to, byte[] ev, boolean senderMsb) {
        byte[] out = ev.clone();
        out[0] |= (byte) 0x80;
        if (senderMsb != to.msbFirst()) SyntheticEvents.swap(out, server.extensions);
        int seq = to.sequence & 0xffff;
        if (to.msbFirst()) { out[2] = (byte) (seq >> 8); out[3] = (byte) seq; }
        else { out[2] = (byte) seq; out[3] = (byte) (seq >> 8); }
        to.send(out, 0, 32);
    }

    // ---- lifecycle hooks --------------------------------------------------------------------------

    /** The tree changed (map, unmap, configure): the pointer may now be in another window. */
    public void treeChanged() {
        // As the protocol says (and Xorg on unmapping): a grab whose window or confine-to window stops being
        // viewable is released, before the focus reverts; a popup menu that unmaps itself ends its grab.
        if (pointerGrab != null && (!pointerGrab.window.viewable || pointerGrab.confineTo != null && !pointerGrab.confineTo.viewable)) {
            releasePointerGrab(false);
        }
        if (keyboardGrab != null && !keyboardGrab.window.viewable) releaseKeyboardGrab(false);
        updatePointerWindow(0);
        if (focusWindow != null && !focusWindow.viewable) revertFocus();
    }

    private void revertFocus() {
        Window w = focusWindow;
        switch (focusRevertTo) {
            case 1 -> setFocus(null, 1, 0, server.time(), 0);
            case 2 -> {
                Window p = w.parent;
                while (p != null && !p.viewable) p = p.parent;
                setFocus(p == null ? server.root : p, 2, 0, server.time(), 0);
            }
            default -> setFocus(null, 0, 0, server.time(), 0);
        }
    }

    void windowGone(Window w) {
        passiveGrabs.removeIf(pg -> pg.window == w || pg.confineTo == w);
        if (pointerGrab != null && (pointerGrab.window == w || pointerGrab.confineTo == w)) releasePointerGrab(false);
        if (keyboardGrab != null && keyboardGrab.window == w) releaseKeyboardGrab(false);
        if (focusWindow == w) revertFocus();
        if (pointerWindow == w) pointerWindow = null;
    }

    void clientClosed(Client c) {
        if (pointerGrab != null && pointerGrab.client == c) releasePointerGrab(false);
        if (keyboardGrab != null && keyboardGrab.client == c) releaseKeyboardGrab(false);
        thawAll(c);
        for (Iterator<PassiveGrab> it = passiveGrabs.iterator(); it.hasNext(); ) if (it.next().client == c) it.remove();
    }

    /** The cursor shown at the pointer: the grab's, else the nearest window cursor up the tree. */
    public Cursors.Cursor currentCursor() {
        if (pointerGrab != null && pointerGrab.cursor != null) return pointerGrab.cursor;
        for (Window w = pointerWindow(); w != null; w = w.parent) if (w.cursor != null) return w.cursor;
        return null;
    }

    /** RecolorCursor changed a cursor in place: listeners hear of it again if it is the one shown. */
    void cursorRecolored(Cursors.Cursor recolored) {
        if (lastCursor == recolored) lastCursor = Cursors.Cursor.NEVER_SHOWN;
        cursorMayHaveChanged();
    }

    void cursorMayHaveChanged() {
        if (cursorListeners.isEmpty()) return;
        Cursors.Cursor cur = currentCursor();
        if (cur == lastCursor) return;
        lastCursor = cur;
        for (CursorListener l : cursorListeners) l.cursorChanged(cur);
    }
}
