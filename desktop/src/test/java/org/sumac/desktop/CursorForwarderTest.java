package org.sumac.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sumac.spice.channel.cursor.CursorShape;

/** X cursors as SPICE cursor shapes. */
class CursorForwarderTest {
    @Test
    void shapeKeepsPixelsAndHotSpot() {
        int[] argb = new int[6 * 4];
        for (int i = 0; i < argb.length; i++) argb[i] = 0xFF000000 | i;
        CursorShape s = CursorForwarder.toShape(6, 4, 2, 3, argb);
        assertEquals(6, s.width());
        assertEquals(4, s.height());
        assertEquals(2, s.hotX());
        assertEquals(3, s.hotY());
        assertEquals(0xFF000000 | 23, s.argb()[23]);
    }

    @Test
    void oversizedCursorsAreCroppedAndHotSpotsClamped() {
        int w = 600, h = 520;
        int[] argb = new int[w * h];
        argb[1 * w + 511] = 0xFF123456;
        CursorShape s = CursorForwarder.toShape(w, h, 590, 515, argb);
        assertEquals(512, s.width());
        assertEquals(512, s.height());
        assertEquals(511, s.hotX());
        assertEquals(511, s.hotY());
        assertEquals(0xFF123456, s.argb()[1 * 512 + 511]);
    }

    @Test
    void emptyCursorFallsBackToTheDefault() {
        assertEquals(CursorForwarder.defaultCursor(), CursorForwarder.toShape(0, 0, 0, 0, new int[0]));
    }
}
