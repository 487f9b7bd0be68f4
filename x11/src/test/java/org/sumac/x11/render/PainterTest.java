package org.sumac.x11.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sumac.x11.geom.Region;

/** The GC function/plane-mask arithmetic against the protocol's definition, without Xvfb. */
class PainterTest {
    /** The protocol's table: result for (src, dst) bit pairs. */
    private static int reference(int function, int src, int dst) {
        return switch (function) {
            case 0 -> 0;
            case 1 -> src & dst;
            case 2 -> src & ~dst;
            case 3 -> src;
            case 4 -> ~src & dst;
            case 5 -> dst;
            case 6 -> src ^ dst;
            case 7 -> src | dst;
            case 8 -> ~(src | dst);
            case 9 -> ~(src ^ dst);
            case 10 -> ~dst;
            case 11 -> src | ~dst;
            case 12 -> ~src;
            case 13 -> ~src | dst;
            case 14 -> ~(src & dst);
            default -> -1;
        };
    }

    @Test
    void everyFunctionMatchesTheProtocolUnderPlaneMasks() {
        int[] values = {0, -1, 0x12345678, 0xa5a5a5a5, 0x00ff00ff};
        int[] masks = {-1, 0, 0x0f0f0f0f, 0xffffff00};
        for (int f = 0; f < 16; f++) {
            for (int src : values) {
                for (int dst : values) {
                    for (int pm : masks) {
                        int expected = (reference(f, src, dst) & pm) | (dst & ~pm);
                        assertEquals(expected, Painter.apply(f, src, dst, pm), "function " + f);
                    }
                }
            }
        }
    }

    @Test
    void depth24PlaneMaskCoveringAllDepthBitsAlsoChangesTheTopByte() {
        assertEquals(-1, Painter.reducedPlaneMask(0x00ffffff, 24));
        assertEquals(0x00ff00ff, Painter.reducedPlaneMask(0x00ff00ff, 24));
        assertEquals(1, Painter.reducedPlaneMask(-1, 1));
        assertEquals(0x00ffffff, Painter.reducedPlaneMask(0x00ffffff, 32));
        Pixels p = new Pixels(4, 1, 24);
        GraphicsContext gc = new GraphicsContext(24);
        gc.function = GraphicsContext.GX_INVERT;
        gc.planeMask = 0x00ffffff;
        FillRectangles.fill(new DrawTarget(p, 0, 0, Region.of(0, 0, 4, 1)), gc, new int[] {0, 0, 2, 1}, 1);
        assertEquals(-1, p.get(0, 0));
        assertEquals(0, p.get(2, 0));
    }

    @Test
    void tileIsAlignedToTheDrawableOriginPlusTileOrigin() {
        Pixels screen = new Pixels(10, 4, 24);
        GraphicsContext gc = new GraphicsContext(24);
        gc.fillStyle = GraphicsContext.FILL_TILED;
        gc.tile = new Pixels(3, 1, 24);
        gc.tile.put(0, 10);
        gc.tile.put(1, 11);
        gc.tile.put(2, 12);
        gc.tsXOrigin = 1;
        // Drawable at buffer x=2: tile column 0 lands at buffer x = 2 + 1.
        FillRectangles.fill(new DrawTarget(screen, 2, 0, Region.of(2, 0, 8, 4)), gc, new int[] {0, 0, 8, 1}, 1);
        assertEquals(12, screen.get(2, 0));
        assertEquals(10, screen.get(3, 0));
        assertEquals(11, screen.get(4, 0));
        assertEquals(0, screen.get(1, 0));
    }
}
