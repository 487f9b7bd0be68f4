package org.sumac.x11.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sumac.x11.input.Device;
import org.sumac.x11.input.InputRequests;
import org.sumac.x11.input.Keyboard;
import org.sumac.x11.input.Seat;
import org.sumac.x11.input.keymap.Keymap;
import org.sumac.x11.window.Window;

/**
 * The display's input as the rest of the server and other modules see it: the core seat (one pointer, one
 * keyboard; {@link org.sumac.x11.input}), its request handlers, and the observers of cursor and lock LEDs.
 * Other modules (XTEST, the SPICE bridge) inject device events through {@link #injectMotion},
 * {@link #injectButton} and {@link #injectKey}, which must run under the display lock.
 */
public final class Input {
    /** LED bits of the lock keys, as in GetKeyboardControl's led-mask (LED n is bit n - 1). */
    public static final int CAPS_LOCK_LED = Keyboard.CAPS_LOCK_LED, NUM_LOCK_LED = Keyboard.NUM_LOCK_LED,
        SCROLL_LOCK_LED = Keyboard.SCROLL_LOCK_LED;
    /** Keysyms of the lock keys: the key that carries one is that lock key, whatever its keycode. */
    public static final int CAPS_LOCK_KEYSYM = Keyboard.CAPS_LOCK_KEYSYM, NUM_LOCK_KEYSYM = Keyboard.NUM_LOCK_KEYSYM,
        SCROLL_LOCK_KEYSYM = Keyboard.SCROLL_LOCK_KEYSYM;

    /**
     * The pointer's position, mirrored from the core pointer on every move: desktop reads these fields today.
     * Writing them moves nothing.
     */
    public int pointerX, pointerY;

    /** The core seat: devices, grabs, crossing, focus and delivery. */
    public final Seat seat;
    /** The handlers of the core input requests. */
    public final InputRequests requests;

    /** Observers of the pointer's cursor and position (the SPICE cursor channel). */
    public interface CursorListener {
        /** The cursor at the pointer is now {@code cursor} (null: the root window's default). */
        void cursorChanged(Cursors.Cursor cursor);
        default void pointerWarped(int x, int y) { }
    }

    private final List<CursorListener> cursorListeners = new CopyOnWriteArrayList<>();
    /** The cursor listeners were last told of; a fresh object so the first check always reports. */
    private Cursors.Cursor lastCursor = Cursors.Cursor.NEVER_SHOWN;

    /** Observers of the lock LEDs (the SPICE inputs channel shows them on the client). */
    public interface LockListener {
        /** Called under the display lock when any of the three lock LEDs changed; {@code locks} as {@link #lockState()}. */
        void locksChanged(int locks);
    }

    /** Hears every key press and release once the keyboard's state took it (XKEYBOARD's state events); under the display lock. */
    public interface KeyListener {
        void keyChanged(int keycode, boolean press);
    }

    /** One listener, not a list: it runs for every key, and a field costs nothing when it is null. */
    private KeyListener keyListener;

    public void setKeyListener(KeyListener l) { keyListener = l; }

    private final List<LockListener> lockListeners = new CopyOnWriteArrayList<>();
    private int lastLockState;
    /** Device input resets the idle time (SYNC's IDLETIME, MIT-SCREEN-SAVER); a warp or a synthetic event does not. */
    private final List<Runnable> inputListeners = new CopyOnWriteArrayList<>();
    private volatile long lastInputNanos = System.nanoTime();

    Input(XServer server) {
        this.seat = new Seat(server, (x, y) -> { pointerX = x; pointerY = y; }, new Seat.Observer() {
            @Override public void cursorMayHaveChanged() { Input.this.cursorMayHaveChanged(); }
            @Override public void locksMayHaveChanged() { Input.this.locksMayHaveChanged(); }
            @Override public void pointerWarped(int x, int y) {
                for (CursorListener l : cursorListeners) l.pointerWarped(x, y);
            }
            @Override public void keyChanged(int keycode, boolean press) {
                KeyListener l = keyListener;
                if (l != null) l.keyChanged(keycode, press);
            }
        });
        this.requests = new InputRequests(server, seat);
    }

    public void addCursorListener(CursorListener l) { cursorListeners.add(l); }

    public void addLockListener(LockListener l) { lockListeners.add(l); }

    /** The lock LEDs that are on: {@link #CAPS_LOCK_LED}, {@link #NUM_LOCK_LED}, {@link #SCROLL_LOCK_LED}. */
    public int lockState() { return seat.keyboard.lockState(); }

    /** The keyboard LEDs as GetKeyboardControl reports them. */
    public int ledMask() { return seat.keyboard.ledMask(); }

    private void locksMayHaveChanged() {
        int now = lockState();
        if (now == lastLockState) return;
        lastLockState = now;
        for (LockListener l : lockListeners) l.locksChanged(now);
    }

    /** The first keycode whose unshifted keysym is {@code keysym}, or 0 when no key carries it. */
    public int keycodeOf(int keysym) { return seat.keyboard.keycodeOf(keysym); }

    public Keymap keymap() { return seat.keyboard.keymap(); }

    /**
     * Installs the core view of a new XKB keymap (GetKbdByName, SetMap), with the modifiers each key's action sets
     * (null: the modifier map's). The caller sends MappingNotify to the
     * clients that want it (Xorg spares those that use XKB). False when the keycode range differs (nothing changed).
     */
    public boolean replaceKeymap(Keymap k, byte[] actionModifiers, org.sumac.x11.input.Keyboard.KeyActions actions) {
        if (!seat.keyboard.replaceKeymap(k, actionModifiers, actions)) return false;
        locksMayHaveChanged();
        return true;
    }

    /** Modifier and button state as events report it. */
    public int state() { return seat.state(); }

    public boolean isKeyDown(int keycode) { return seat.keyboard.isKeyDown(keycode); }

    public int lockedModifiers() { return seat.keyboard.lockedModifiers(); }

    /** XKB's locked group (0 unless a layout with several groups was switched with a key). */
    public int group() { return seat.keyboard.group(); }

    // ---- injection (XTEST, SPICE) -----------------------------------------------------------

    public void injectMotion(int x, int y) { activity(); seat.events.motion(x, y); }

    public void injectButton(int button, boolean press) { activity(); seat.events.button(button, press); }

    public void injectKey(int keycode, boolean press) { activity(); seat.events.key(keycode, press); }

    /** When device input last came (System.nanoTime), or the server's start: what idle time counts from. */
    public long lastInputNanos() { return lastInputNanos; }

    /** Starts the idle time again as device input does (ForceScreenSaver Reset); under the display lock. */
    public void resetIdleTime() { activity(); }

    /** Runs, under the display lock, when device input comes (SPICE, XTEST): idle time starts again from 0. */
    public void addInputListener(Runnable l) { inputListeners.add(l); }

    private void activity() {
        lastInputNanos = System.nanoTime();
        for (Runnable l : inputListeners) l.run();
    }

    /** XTEST's input: the same path, from the XTEST slave devices (XInput 2's ids 4 and 5). */
    public void injectXTestMotion(int x, int y, int rawX, int rawY) {
        activity();
        seat.events.motion(x, y, Device.XTEST_POINTER_ID, rawX, rawY);
    }

    public void injectXTestButton(int button, boolean press) {
        activity();
        seat.events.button(button, press, Device.XTEST_POINTER_ID);
    }

    public void injectXTestKey(int keycode, boolean press) {
        activity();
        seat.events.key(keycode, press, Device.XTEST_KEYBOARD_ID);
    }

    // ---- lifecycle hooks --------------------------------------------------------------------------

    /** The tree changed (map, unmap, configure): the pointer may now be in another window. */
    public void treeChanged() { seat.treeChanged(); }

    void windowGone(Window w) { seat.windowGone(w); }

    void clientClosed(Client c) { seat.grabs.clientClosed(c); }

    // ---- cursor -------------------------------------------------------------------------------------

    /** The cursor shown at the pointer: the grab's, else the nearest window cursor up the tree. */
    public Cursors.Cursor currentCursor() { return seat.currentCursor(); }

    /** RecolorCursor changed a cursor in place: listeners hear of it again if it is the one shown. */
    void cursorRecolored(Cursors.Cursor recolored) {
        if (lastCursor == recolored) lastCursor = Cursors.Cursor.NEVER_SHOWN;
        cursorMayHaveChanged();
    }

    /** Whether a client hid the cursor (XFIXES HideCursor): the remote side is shown an empty one. */
    private boolean cursorHidden;

    public boolean cursorHidden() { return cursorHidden; }

    /** XFIXES HideCursor and ShowCursor: listeners hear of the cursor again, and read {@link #cursorHidden()}. */
    public void hideCursor(boolean hidden) {
        if (hidden == cursorHidden) return;
        cursorHidden = hidden;
        lastCursor = Cursors.Cursor.NEVER_SHOWN;
        cursorMayHaveChanged();
    }

    /** A window's cursor changed: listeners hear of it if it is the one shown now. */
    public void cursorMayHaveChanged() {
        if (cursorListeners.isEmpty()) return;
        Cursors.Cursor cur = currentCursor();
        if (cur == lastCursor) return;
        lastCursor = cur;
        for (CursorListener l : cursorListeners) l.cursorChanged(cur);
    }
}
