package org.sumac.desktop;

import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumac.spice.channel.cursor.CursorShape;
import org.sumac.spice.channel.cursor.SpiceCursor;
import org.sumac.spice.wire.Spice;
import org.sumac.x11.port.CursorImage;
import org.sumac.x11.port.PointerObserver;

/**
 * The X pointer's cursor and X-made pointer moves, sent to the SPICE cursor channel; X's lock LEDs, to whoever tells
 * the client ({@link SpiceInput#xLocksChanged}). Called under the X lock: {@link SpiceCursor} calls only record the
 * state and wake the channel.
 */
final class CursorForwarder implements PointerObserver {
    private static final Logger log = LoggerFactory.getLogger(CursorForwarder.class);

    private final SpiceCursor cursor;
    private final IntSupplier mouseMode;
    private final IntConsumer locks;

    CursorForwarder(SpiceCursor cursor, IntSupplier mouseMode, IntConsumer locks) {
        this.cursor = cursor;
        this.mouseMode = mouseMode;
        this.locks = locks;
    }

    @Override
    public void cursorChanged(CursorImage shown) {
        cursor.setShape(shapeOf(shown));
    }

    @Override
    public void locksChanged(int leds) {
        locks.accept(leds);
    }

    /** WarpPointer: the client draws the pointer itself in CLIENT mode, so only SERVER mode follows X. */
    @Override
    public void pointerWarped(int x, int y) {
        if (mouseMode.getAsInt() == Spice.MOUSE_MODE_SERVER) cursor.move(x, y);
    }

    /**
     * The shape of an X cursor, or the X server's default (root) cursor for null. Windows hold their cursor even
     * after FreeCursor (xsetroot -cursor frees right after defining), so there is always a cursor to read.
     */
    CursorShape shapeOf(CursorImage c) {
        if (c == null) return defaultCursor();
        try {
            return toShape(c.width(), c.height(), c.hotX(), c.hotY(), c.argb());
        } catch (IllegalArgumentException e) {
            log.debug("cursor {} not sendable: {}", c.id(), e.toString());
            return defaultCursor();
        }
    }

    /** Crops to what SPICE carries (512x512) and keeps the hot spot inside the image. */
    static CursorShape toShape(int width, int height, int hotX, int hotY, int[] argb) {
        int w = Math.min(width, 512), h = Math.min(height, 512);
        if (w <= 0 || h <= 0) return defaultCursor();
        int[] px = argb;
        if (w != width || h != height) {
            px = new int[w * h];
            for (int row = 0; row < h; row++) System.arraycopy(argb, row * width, px, row * w, w);
        }
        return new CursorShape(w, h, Math.clamp(hotX, 0, w - 1), Math.clamp(hotY, 0, h - 1), px);
    }

    /**
     * Stand-in for the root window's default cursor (the cursor font's X_cursor): a 16x16 black X with a white
     * outline, hot spot in the middle.
     */
    static CursorShape defaultCursor() {
        int size = 16;
        int[] argb = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int d1 = Math.abs(x - y), d2 = Math.abs(x - (size - 1 - y));
                int d = Math.min(d1, d2);
                if (d <= 1) argb[y * size + x] = 0xFF000000;
                else if (d == 2) argb[y * size + x] = 0xFFFFFFFF;
            }
        }
        return new CursorShape(size, size, 7, 7, argb);
    }
}
