package org.sumac.x11.input;

import org.sumac.x11.server.Cursors;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

/**
 * One pointer and one keyboard that share grabs, focus and delivery (XInput 2's pair of master devices; the
 * core protocol has exactly one seat), and the parts that act on them. The parts reach each other through
 * here, as Xorg's events.c reaches its device records.
 */
public final class Seat {
    /** What the outside (the SPICE cursor and inputs channels) hears of, through the server's Input facade. */
    public interface Observer {
        void cursorMayHaveChanged();
        void locksMayHaveChanged();
        void pointerWarped(int x, int y);
        /** A key went down or up and the keyboard's state took it (keys down, locks). */
        default void keyChanged(int keycode, boolean press) { }
    }

    /** CurrentTime in a request's time field: now. */
    static final int CURRENT_TIME = 0;

    final XServer server;
    final Observer observer;
    public final Pointer pointer;
    public final Keyboard keyboard;
    public final Grabs grabs;
    final Crossing crossing;
    final Focus focus;
    final Delivery delivery;
    public final DeviceEvents events;
    /** XInput 2's delivery, when the display offers the extension. */
    public Xi2 xi2;

    public Seat(XServer server, Pointer.Moved moved, Observer observer) {
        this.server = server;
        this.observer = observer;
        this.pointer = new Pointer(Device.CORE_POINTER_ID, server.config.width() / 2, server.config.height() / 2, moved);
        this.keyboard = new Keyboard(Device.CORE_KEYBOARD_ID);
        this.grabs = new Grabs(this);
        this.crossing = new Crossing(this);
        this.focus = new Focus(this);
        this.delivery = new Delivery(this);
        this.events = new DeviceEvents(this);
    }

    /** Modifier and button state as events report it. */
    public int state() {
        return keyboard.modifierState() | pointer.buttons | keyboard.lockedGroup << 13;
    }

    /** The window under the pointer, recomputed when the last one known stopped being viewable. */
    public Window pointerWindow() {
        if (pointer.window == null || !pointer.window.viewable) pointer.window = server.tree.windowAt(pointer.x(), pointer.y());
        return pointer.window;
    }

    /**
     * The window the pointer was last known in, even if it was just unmapped, as Xorg's sprite window: focus events
     * use it without moving the pointer, so the crossing that follows an unmap still happens (treeChanged).
     */
    Window spriteWindow() {
        Window w = pointer.window;
        return w != null && server.resource(w.id()) == w ? w : pointerWindow();
    }

    /**
     * The window the focus events' pointer part walks down to: the one the last crossing entered (as Xorg's
     * PointerWindows; the grab window during a grab), else the sprite's.
     */
    Window focusPointerWindow() {
        Window w = pointer.entered;
        return w != null && server.resource(w.id()) == w ? w : spriteWindow();
    }

    /** The cursor shown at the pointer: the grab's, else the nearest window cursor up the tree. */
    public Cursors.Cursor currentCursor() {
        if (pointer.grab != null && pointer.grab.cursor != null) return pointer.grab.cursor;
        // Without pointerWindow()'s update: asked from cursor listeners, that update would move the pointer's
        // window before the crossing of an unmap happens, and the crossing would never be sent.
        Window at = pointer.window != null && pointer.window.viewable ? pointer.window
            : server.tree.windowAt(pointer.x(), pointer.y());
        for (Window w = at; w != null; w = w.parent) if (w.cursor != null) return w.cursor;
        return null;
    }

    /** The child of {@code ancestor} on the path to {@code w}, or null when w is ancestor itself. */
    static Window childToward(Window ancestor, Window w) {
        Window c = w;
        while (c != null && c.parent != ancestor) c = c.parent;
        return c;
    }

    static Window commonAncestor(Window a, Window b) {
        for (Window x = a; x != null; x = x.parent) if (x == b || x.isAncestorOf(b)) return x;
        return null;
    }

    /** The tree changed (map, unmap, configure): grabs on windows no longer viewable end, the pointer may cross. */
    public void treeChanged() {
        // As the protocol says (and Xorg on unmapping): a grab whose window or confine-to window stops being
        // viewable is released, before the focus reverts; a popup menu that unmaps itself ends its grab.
        ActiveGrab pg = pointer.grab;
        if (pg != null && (!pg.window.viewable || pg.confineTo != null && !pg.confineTo.viewable)) {
            grabs.releasePointerGrab();
        }
        if (keyboard.grab != null && !keyboard.grab.window.viewable) grabs.releaseKeyboardGrab();
        crossing.updatePointerWindow(NotifyMode.NORMAL);
        if (keyboard.focusWindow != null && !keyboard.focusWindow.viewable) focus.revert();
    }

    /** A window was destroyed: the grabs and focus on it end, and the pointer forgets it. */
    public void windowGone(Window w) {
        grabs.windowGone(w);
        if (keyboard.focusWindow == w) focus.revert();
        if (pointer.window == w) pointer.window = null;
    }

    // ---- XInput 2's requests on the master devices ------------------------------------------------

    /** XIGrabDevice on a master, its arguments checked; returns the GrabStatus. Its events go out as XI2. */
    public int xiGrab(org.sumac.x11.server.Client c, boolean onKeyboard, Window w, boolean ownerEvents, long xiMask,
                      int mode, int pairedMode, Cursors.Cursor cursor, int time) {
        int status = onKeyboard ? grabs.grabKeyboard(c, w, ownerEvents, pairedMode, mode, time)
            : grabs.grabPointer(c, w, ownerEvents, 0, mode, pairedMode, null, cursor, time);
        if (status == GrabStatus.SUCCESS) {
            ActiveGrab g = onKeyboard ? keyboard.grab : pointer.grab;
            g.xi2 = true;
            g.xiMask = xiMask;
        }
        return status;
    }

    /** XIUngrabDevice on a master. */
    public void xiUngrab(org.sumac.x11.server.Client c, boolean onKeyboard, int time) {
        if (onKeyboard) grabs.ungrabKeyboard(c, time);
        else grabs.ungrabPointer(c, time);
    }

    /** XIAllowEvents' modes 0-5 are AllowEvents' (AsyncDevice... as the core's for that device). */
    public void allowEvents(org.sumac.x11.server.Client c, int coreMode, int time) { grabs.allowEvents(c, coreMode, time); }

    /** XISetFocus: as SetInputFocus with RevertToParent (Xorg's choice for the XI2 request). */
    public void setFocus(Window w, int special, int time) {
        focus.setInputFocus(w, special, FocusConstants.REVERT_TO_PARENT, time);
    }

    /** The focus window's id, or None (0) / PointerRoot (1). */
    public int focusId() {
        return keyboard.focusWindow != null ? keyboard.focusWindow.id() : keyboard.focusSpecial;
    }

    /** XIWarpPointer: the pointer moves as a warp (the master's own event, no raw one). */
    public void warp(int x, int y) {
        events.motion(x, y, pointer.id());
        observer.pointerWarped(pointer.x(), pointer.y());
    }

    /** The modifiers held down (not locked), as XI2's base modifiers. */
    public int baseModifiers() { return keyboard.modifierState() & ~keyboard.lockedModifiers(); }

    /**
     * A server reset: the masters have sent no slave's events yet (XI2's next event switches slave again), and the
     * scroll valuators start again from 0, as Xorg's devices initialised anew.
     */
    public void forgetLastSlaves() {
        java.util.Arrays.fill(pointer.scroll, 0);
        pointer.lastSlave = 0;
        keyboard.lastSlave = 0;
    }

    /**
     * XIPassiveGrabDevice for one modifier combination (core's AnyModifier for XIAnyModifier), its arguments checked:
     * returns the GrabStatus, AlreadyGrabbed when another client holds the combination.
     */
    public int xiPassiveGrab(org.sumac.x11.server.Client c, boolean key, Window w, int detail, int modifiers,
                             boolean ownerEvents, long xiMask, int mode, int pairedMode, Cursors.Cursor cursor) {
        int pointerMode = key ? pairedMode : mode, keyboardMode = key ? mode : pairedMode;
        try {
            grabs.addPassive(new PassiveGrab(c, w, key, detail, modifiers, ownerEvents, 0, pointerMode, keyboardMode,
                null, cursor, true, xiMask));
            return GrabStatus.SUCCESS;
        } catch (org.sumac.x11.protocol.XError e) {
            return GrabStatus.ALREADY_GRABBED;
        }
    }

    /** XIPassiveUngrabDevice for one modifier combination. */
    public void xiPassiveUngrab(org.sumac.x11.server.Client c, boolean key, Window w, int detail, int modifiers) {
        grabs.removePassive(c, key, w, detail, modifiers);
    }
}
