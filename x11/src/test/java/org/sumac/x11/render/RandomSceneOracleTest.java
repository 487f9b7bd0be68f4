package org.sumac.x11.render;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random scenes (fixed seeds) mixing every line, polygon and fill option, compared with Xvfb.
 * Catches combinations the hand-written scenes miss.
 */
class RandomSceneOracleTest extends OracleTestBase {

    @Override
    SceneRenderer renderer() {
        return new SceneRenderer()
            .on("lines", (t, g, a) -> Lines.polyLine(t, g, a, a.length / 2))
            .on("segments", (t, g, a) -> Lines.polySegment(t, g, a, a.length / 4))
            .on("rectangles", (t, g, a) -> Lines.polyRectangle(t, g, a, a.length / 4))
            .on("fillpoly", (t, g, a) -> {
                int[] pts = java.util.Arrays.copyOfRange(a, 1, a.length);
                Polygons.fill(t, g, a[0], pts, pts.length / 2);
            });
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomScene(int seed) throws Exception {
        Random r = new Random(seed * 7919L);
        int depth = seed % 4 == 0 ? 1 : seed % 4 == 1 ? 32 : 24;
        Scene s = seed % 3 == 0 ? Scene.window(200, 150, 5, 8) : Scene.pixmap(200, 150, depth);
        if (seed % 3 == 0) depth = 24;
        s.noiseContent(seed);
        int[] tile = new int[12];
        for (int i = 0; i < tile.length; i++) tile[i] = color(depth, r.nextInt(8));
        s.tile(4, 3, tile);
        int[] st = new int[15];
        for (int i = 0; i < st.length; i++) st[i] = r.nextInt(2);
        s.stipple(5, 3, st);
        for (int op = 0; op < 40; op++) {
            s.gc("function", r.nextInt(4) == 0 ? r.nextInt(16) : (r.nextBoolean() ? 3 : 6),
                "plane_mask", r.nextInt(4) == 0 ? r.nextInt() : -1,
                "foreground", color(depth, r.nextInt(8)), "background", color(depth, r.nextInt(8)),
                "line_width", r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(r.nextBoolean() ? 4 : 14),
                "line_style", r.nextInt(3), "cap_style", r.nextInt(4), "join_style", r.nextInt(3),
                "fill_style", r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0, "fill_rule", r.nextInt(2),
                "ts_x", r.nextInt(11) - 5, "ts_y", r.nextInt(11) - 5,
                "dash_offset", r.nextInt(20), "dashes", new int[] {1 + r.nextInt(9), 1 + r.nextInt(6), 1 + r.nextInt(9)});
            if (r.nextInt(5) == 0) {
                s.gc("clip_x", r.nextInt(20) - 10, "clip_y", r.nextInt(20) - 10);
                s.clip(r.nextInt(100), r.nextInt(80), 20 + r.nextInt(120), 10 + r.nextInt(90),
                    r.nextInt(150), r.nextInt(120), 5 + r.nextInt(60), 5 + r.nextInt(40));
            } else if (r.nextInt(3) == 0) {
                s.clipNone();
            }
            int n = 2 + r.nextInt(5);
            int[] pts = new int[n * 2];
            for (int i = 0; i < pts.length; i++) pts[i] = r.nextInt(i % 2 == 0 ? 240 : 190) - 20;
            if (r.nextInt(4) == 0) {
                pts[pts.length - 2] = pts[0];
                pts[pts.length - 1] = pts[1];
            }
            switch (r.nextInt(5)) {
                case 0 -> s.lines(pts);
                case 1 -> s.segments(java.util.Arrays.copyOf(pts, n / 2 * 4));
                case 2 -> s.rectangles(pts[0], pts[1], r.nextInt(60), r.nextInt(40));
                case 3 -> {
                    int[] a = new int[pts.length + 1];
                    a[0] = r.nextInt(2);
                    System.arraycopy(pts, 0, a, 1, pts.length);
                    if (n >= 3) s.op("fillpoly", a);
                }
                default -> s.fillRects(pts[0], pts[1], r.nextInt(50), r.nextInt(50));
            }
        }
        assertSameAsXvfb("random scene " + seed, s);
    }
}
