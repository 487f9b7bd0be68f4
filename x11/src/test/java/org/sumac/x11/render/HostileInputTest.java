package org.sumac.x11.render;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sumac.x11.geom.Region;

/** Random and extreme requests through every rasterizer: no exception, no hang. */
class HostileInputTest {
    private static int coord(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> r.nextInt(65536) - 32768;
            case 1 -> r.nextInt(200) - 50;
            case 2 -> r.nextBoolean() ? 32767 : -32768;
            default -> r.nextInt(8);
        };
    }

    @Test
    void randomRequestsNeitherThrowNorHang() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Random r = new Random(42);
            for (int depth : new int[] {1, 8, 24, 32}) {
                Pixels px = new Pixels(97, 61, depth);
                for (int iter = 0; iter < 200; iter++) {
                    GraphicsContext gc = new GraphicsContext(depth);
                    gc.function = r.nextInt(16);
                    gc.planeMask = r.nextInt();
                    gc.foreground = r.nextInt();
                    gc.background = r.nextInt();
                    gc.lineWidth = r.nextInt(5) == 0 ? r.nextInt(300) : r.nextInt(6);
                    gc.lineStyle = r.nextInt(3);
                    gc.capStyle = r.nextInt(4);
                    gc.joinStyle = r.nextInt(3);
                    gc.fillStyle = r.nextInt(4);
                    gc.fillRule = r.nextInt(2);
                    gc.dashOffset = r.nextInt(70000);
                    gc.dashes = new int[] {r.nextInt(256), 1 + r.nextInt(255), r.nextInt(256)};
                    gc.tsXOrigin = coord(r);
                    gc.tsYOrigin = coord(r);
                    if (r.nextBoolean()) gc.tile = new Pixels(1 + r.nextInt(5), 1 + r.nextInt(5), depth);
                    if (r.nextBoolean()) gc.stipple = new Pixels(1 + r.nextInt(5), 1 + r.nextInt(5), 1);
                    Region clip = r.nextBoolean() ? Region.of(0, 0, 97, 61)
                        : Region.ofRects(new int[] {3, 4, 20, 10, 40, 20, 30, 30, -5, 50, 200, 5}, 3);
                    DrawTarget t = new DrawTarget(px, r.nextInt(20), r.nextInt(20), clip);
                    int n = 1 + r.nextInt(9);
                    int[] c = new int[n * 4];
                    for (int i = 0; i < c.length; i++) c[i] = coord(r);
                    FillRectangles.fill(t, gc, c, n);
                    Points.draw(t, gc, c, n * 2);
                    if (gc.lineWidth > 0) {
                        // Wide lines cost like Xvfb's (work grows with length x width x dashes); keep them
                        // moderate so the test stays quick. Off-canvas and negative coordinates remain.
                        int span = gc.lineWidth > 40 ? 120 : 3000;
                        for (int i = 0; i < c.length; i++) c[i] = r.nextInt(span) - span / 3;
                    }
                    Lines.polyLine(t, gc, c, n * 2);
                    Lines.polySegment(t, gc, c, n);
                    Lines.polyRectangle(t, gc, c, n);
                    Polygons.fill(t, gc, r.nextInt(3), c, n * 2);
                }
            }
        });
    }
}
