package org.sumac.spice.channel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SolidAreasTest {
    private static SolidAreas grid(int cols, int rows, int lastColumnWidth, int... colors) {
        SolidAreas s = new SolidAreas();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int w = c == cols - 1 ? lastColumnWidth : 256;
                s.add(new Rect(c * 256, r * 256, w, 256), colors[(r * cols + c) % colors.length]);
            }
        }
        return s;
    }

    /** Rectangles all of colour 7, added in the order given. */
    private static SolidAreas ofSeven(Rect... rects) {
        SolidAreas s = new SolidAreas();
        for (Rect r : rects) s.add(r, 7);
        return s;
    }

    private static PendingUpdates.Fill fill(int x, int y, int width, int height, int color) {
        return new PendingUpdates.Fill(new Rect(x, y, width, height), color);
    }

    @Test
    void aBlankWindowOfNineTilesBecomesOneFill() {
        assertEquals(List.of(fill(0, 0, 256 + 256 + 92, 768, 0xFFFFFF)), grid(3, 3, 92, 0xFFFFFF).merged());
    }

    @Test
    void tilesOfDifferentColoursStayApart() {
        assertEquals(List.of(fill(0, 0, 256, 256, 0x000000), fill(256, 0, 256, 256, 0xFFFFFF)),
            grid(2, 1, 256, 0x000000, 0xFFFFFF).merged());
    }

    @Test
    void runsOfDifferentSpansAreNotStacked() {
        SolidAreas s = ofSeven(new Rect(0, 0, 256, 256), new Rect(256, 0, 256, 256), new Rect(0, 256, 256, 256));
        assertEquals(List.of(fill(0, 0, 512, 256, 7), fill(0, 256, 256, 256, 7)), s.merged());
    }

    @Test
    void tilesThatDoNotTouchAreNotJoined() {
        SolidAreas s = ofSeven(new Rect(0, 0, 10, 10), new Rect(20, 0, 10, 10), new Rect(0, 30, 10, 10));
        assertEquals(3, s.merged().size());
    }

    @Test
    void onlyPixelsAllOfOneColourAreSolid() {
        assertEquals(0x123456, SolidAreas.solidColor(new int[] {0x123456, 0x123456, 0x123456}));
        assertEquals(-1, SolidAreas.solidColor(new int[] {0x123456, 0x123456, 0x123457}));
        assertEquals(0, SolidAreas.solidColor(new int[] {0, 0}));
    }
}
