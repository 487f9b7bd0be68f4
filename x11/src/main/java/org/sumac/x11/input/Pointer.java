package org.sumac.x11.input;

import org.sumac.x11.window.Window;

/** A pointer: position, buttons, button mapping, acceleration, and the window it was last known in. */
public final class Pointer extends Device {
    /** Told of every new position (the facade mirrors it in public fields desktop reads). */
    public interface Moved {
        void to(int x, int y);
    }

    private int x, y;
    private final Moved moved;
    /** Button state bits as they appear in events (Button1Mask = 0x100 ... Button5Mask = 0x1000). */
    int buttons;
    /** The logical buttons down as XI2 reports them, buttons above 5 too (bit n for button n, up to 31). */
    int xiButtons;
    /** The window the pointer was last found in; may be stale after an unmap or destroy (see Crossing). */
    Window window;
    /**
     * The window the last crossing entered (Xorg's PointerWindows): during a grab that is the grab window, wherever
     * the pointer is. The pointer's part of focus changes (NotifyPointer events) walks down to it.
     */
    Window entered;
    /** The position XI2's motion events report in valuators 0 and 1 (the new one while the slave's event goes out). */
    int valuatorX, valuatorY;
    /**
     * The SPICE pointer's scroll valuators (XI2 axes 2, horizontal, and 3, vertical), as Xorg's libinput driver
     * gives a wheel mouse: each wheel step moves one by {@link #SCROLL_INCREMENT}; the values add up.
     */
    final int[] scroll = new int[4];
    /** While a scroll motion goes out: its axis (2 or 3) and step; -1 otherwise. */
    int scrollAxis = -1, scrollDelta;
    /** XI2's event flags of the event going out (XIPointerEmulated for the buttons a wheel step emulates). */
    int xiFlags;
    /** xf86-input-libinput's scroll distance of a wheel step (its scroll.vdist and hdist). */
    public static final int SCROLL_INCREMENT = 15;
    /** XI2's XIPointerEmulated. */
    public static final int XI_POINTER_EMULATED = 1 << 16;
    int[] mapping = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    int accelNum = 2, accelDen = 1, threshold = 4;

    Pointer(int id, int x, int y, Moved moved) {
        super(id);
        this.moved = moved;
        moveTo(x, y);
    }

    public int x() { return x; }

    public int y() { return y; }

    public int buttons() { return buttons; }

    /** The logical buttons down as XI2's button mask (bit n for button n), buttons above 5 included. */
    public int xiButtons() { return xiButtons; }

    public int valuatorX() { return valuatorX; }

    public int valuatorY() { return valuatorY; }

    /** The axis (2 or 3) of the scroll motion going out, -1 for any other event. */
    public int scrollAxis() { return scrollAxis; }

    /** The step of the scroll motion going out (raw events report it). */
    public int scrollDelta() { return scrollDelta; }

    /** A scroll valuator's value (axis 2 or 3): the steps so far, each {@link #SCROLL_INCREMENT}. */
    public int scrollValue(int axis) { return scroll[axis]; }

    /** XI2's flags of the event going out. */
    public int xiFlags() { return xiFlags; }

    void moveTo(int nx, int ny) {
        x = nx;
        y = ny;
        moved.to(nx, ny);
    }

    /** The logical button a physical one is mapped to (0: disabled). */
    int logical(int physical) {
        return physical <= mapping.length ? mapping[physical - 1] : physical;
    }
}
