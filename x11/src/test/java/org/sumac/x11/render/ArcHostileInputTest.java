package org.sumac.x11.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sumac.x11.geom.Region;

/** Arcs from hostile or careless clients must neither throw nor hang. */
class ArcHostileInputTest {
    private static final DrawTarget TARGET = new DrawTarget(new Pixels(64, 64, 24), 0, 0, Region.of(0, 0, 64, 64));

    private static long[] counter() {
        return new long[1];
    }

    @Test
    void extremeGeometryInEveryMode() {
        int[][] arcs = {
            {-32768, -32768, 65535, 65535, 0, 23040}, {32767, 32767, 65535, 1, -32768, 32767},
            {0, 0, 65535, 3, 100, -32768}, {-5, -5, 1, 65535, 32767, 32767}, {0, 0, 0, 0, 0, 23040},
            {10, 10, 0, 900, 90 * 64, 45 * 64}, {10, 10, 900, 0, 45 * 64, 45 * 64}, {10, 10, 7, 7, 0, 0},
            {1 << 20, -(1 << 20), 1 << 17, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}};
        long[] spans = counter();
        SpanSink sink = (x, y, w) -> spans[0]++;
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int[] arc : arcs) {
                for (int lw : new int[] {0, 1, 7, 65535}) {
                    // dashing a 65535-pixel arc wide costs seconds (dash count x rows), as in X.Org
                    int styles = lw == 0 ? 3 : 1;
                    for (int style = 0; style < styles; style++) {
                        for (int function : new int[] {GraphicsContext.GX_COPY, GraphicsContext.GX_XOR}) {
                            GraphicsContext gc = new GraphicsContext(24);
                            gc.lineWidth = lw;
                            gc.lineStyle = style;
                            gc.function = function;
                            gc.capStyle = lw % 4;
                            gc.joinStyle = style;
                            gc.dashes = new int[] {1, 3};
                            Arcs.polyArc(TARGET, gc, arc, 1, sink, sink);
                            gc.arcMode = style & 1;
                            Arcs.polyFillArc(TARGET, gc, arc, 1, sink);
                        }
                    }
                }
            }
        });
        assertTrue(spans[0] > 0);
    }

    @Test
    void badCountsAndDashLists() {
        long[] spans = counter();
        SpanSink sink = (x, y, w) -> spans[0]++;
        GraphicsContext gc = new GraphicsContext(24);
        gc.lineStyle = GraphicsContext.LINE_DOUBLE_DASH;
        int[] arc = {5, 5, 20, 20, 0, 23040};
        for (int[] dashes : new int[][] {null, {}, {0}, {0, 0}, {-3, 1000}, {255}}) {
            gc.dashes = dashes;
            gc.lineWidth = 0;
            Arcs.polyArc(TARGET, gc, arc, 1, sink, null);
            gc.lineWidth = 3;
            Arcs.polyArc(TARGET, gc, arc, 1, sink, null);
        }
        long before = spans[0];
        Arcs.polyArc(TARGET, gc, arc, -4, sink, sink);
        Arcs.polyArc(TARGET, gc, null, 3, sink, sink);
        Arcs.polyFillArc(TARGET, gc, new int[5], 1, sink);
        assertEquals(before, spans[0], "nothing to draw");
        Arcs.polyArc(TARGET, gc, arc, 1000, sink, sink);
        assertTrue(spans[0] > before, "count is clamped to the arcs given");
    }

    @Test
    void randomGarbage() {
        Random r = new Random(1);
        long[] spans = counter();
        SpanSink sink = (x, y, w) -> spans[0]++;
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < 1500; i++) {
                GraphicsContext gc = new GraphicsContext(24);
                gc.lineWidth = r.nextInt(4) == 0 ? r.nextInt(300) : r.nextInt(3);
                gc.lineStyle = r.nextInt(3);
                gc.capStyle = r.nextInt(4);
                gc.joinStyle = r.nextInt(3);
                gc.arcMode = r.nextInt(2);
                gc.function = r.nextInt(16);
                gc.dashOffset = r.nextInt(70000);
                gc.dashes = new int[] {1 + r.nextInt(255), 1 + r.nextInt(3)};
                int n = 1 + r.nextInt(4);
                int[] arcs = new int[n * 6];
                for (int k = 0; k < arcs.length; k++) {
                    arcs[k] = switch (k % 6) {
                        case 0, 1 -> r.nextInt(400) - 200;
                        case 2, 3 -> r.nextInt(8) == 0 ? r.nextInt(3000) : r.nextInt(120);
                        default -> r.nextInt(65536) - 32768;
                    };
                }
                Arcs.polyArc(TARGET, gc, arcs, n, sink, sink);
                Arcs.polyFillArc(TARGET, gc, arcs, n, sink);
            }
        });
        assertTrue(spans[0] > 0);
    }
}
