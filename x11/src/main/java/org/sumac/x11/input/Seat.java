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
        return keyboard.modifierState() | pointer.buttons;
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
}
