package org.sumac.x11.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sumac.x11.geom.Region;

/**
 * PolyFillRectangle is the hottest drawing path (x11perf -rect10 does about 18 million
 * rectangles a second on Xvfb). This measures 10x10 solid GXcopy rectangles in requests of 100
 * into a 640x480 window-like target. The bound asserted here is loose so slow CI machines pass;
 * the measured rate is printed for comparison.
 */
class FillRectanglesSpeedTest {
    @Test
    void tenByTenRectanglesAreFast() {
        Pixels screen = new Pixels(640, 480, 24);
        DrawTarget target = new DrawTarget(screen, 10, 10, Region.of(10, 10, 600, 400));
        GraphicsContext gc = new GraphicsContext(24);
        gc.foreground = 0x123456;
        int[] rects = new int[400];
        for (int i = 0; i < 100; i++) {
            rects[i * 4] = (i * 37) % 580;
            rects[i * 4 + 1] = (i * 53) % 380;
            rects[i * 4 + 2] = 10;
            rects[i * 4 + 3] = 10;
        }
        double best = 0;
        for (int round = 0; round < 8; round++) {
            long start = System.nanoTime();
            int requests = 20_000;
            for (int r = 0; r < requests; r++) {
                gc.foreground = r;
                FillRectangles.fill(target, gc, rects, 100);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            best = Math.max(best, requests * 100 / seconds);
        }
        System.out.printf("FillRectangles 10x10: %.1f million rectangles/s%n", best / 1e6);
        assertTrue(best > 2e6, "only " + best + " rectangles/s");
        assertTrue(screen.get(10 + 37 + 5, 10 + 53 + 5) != 0);
    }
}
