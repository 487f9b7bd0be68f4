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
    /** The window the pointer was last found in; may be stale after an unmap or destroy (see Crossing). */
    Window window;
    /**
     * The window the last crossing entered (Xorg's PointerWindows): during a grab that is the grab window, wherever
     * the pointer is. The pointer's part of focus changes (NotifyPointer events) walks down to it.
     */
    Window entered;
    /** The position XI2's motion events report in valuators 0 and 1 (the new one while the slave's event goes out). */
    int valuatorX, valuatorY;
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

    public int valuatorX() { return valuatorX; }

    public int valuatorY() { return valuatorY; }

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
