package org.sumac.x11.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Line-width 0 PolyLine/PolySegment/PolyRectangle against Xvfb: octants, clipping, joints, dashes. */
class ThinLineOracleTest extends OracleTestBase {

    @Override
    SceneRenderer renderer() {
        return new SceneRenderer()
            .on("lines", (t, g, a) -> Lines.polyLine(t, g, a, a.length / 2))
            .on("segments", (t, g, a) -> Lines.polySegment(t, g, a, a.length / 4))
            .on("rectangles", (t, g, a) -> Lines.polyRectangle(t, g, a, a.length / 4));
    }

    private static Scene canvas(int d) {
        int depth = Math.abs(d);
        return (d < 0 ? Scene.window(220, 160, 11, 5) : Scene.pixmap(220, 160, depth)).noiseContent(depth + 99);
    }

    /** A star of segments in every octant and on the axes and diagonals, from centre (cx, cy). */
    private static int[] star(int cx, int cy, int r) {
        int[] ends = {r, 0, r, 3, r, r / 2, r, r, r / 2, r, 3, r, 0, r, -3, r, -r / 2, r, -r, r, -r, r / 2, -r, 3,
            -r, 0, -r, -3, -r, -r / 2, -r, -r, -r / 2, -r, -3, -r, 0, -r, 3, -r, r / 2, -r, r, -r, r, -r / 2, r, -3,
            7, 2, 2, 7, -7, 2, -2, 7, 7, -2, 2, -7, -7, -2, -2, -7};
        int[] s = new int[ends.length * 2];
        for (int i = 0; i < ends.length / 2; i++) {
            s[i * 4] = cx; s[i * 4 + 1] = cy; s[i * 4 + 2] = cx + ends[i * 2]; s[i * 4 + 3] = cy + ends[i * 2 + 1];
        }
        return s;
    }

    private static int[] reversed(int[] segs) {
        int[] r = segs.clone();
        for (int i = 0; i < r.length; i += 4) {
            r[i] = segs[i + 2]; r[i + 1] = segs[i + 3]; r[i + 2] = segs[i]; r[i + 3] = segs[i + 1];
        }
        return r;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 8, 24, 32, -24})
    void solidOctantsCapsAndXor(int d) throws Exception {
        int depth = Math.abs(d);
        Scene s = canvas(d);
        s.gc("function", 3, "foreground", color(depth, 1), "cap_style", 1);
        s.segments(star(30, 30, 25));
        s.gc("function", 6, "foreground", color(depth, 2), "cap_style", 0);
        s.segments(reversed(star(90, 30, 25)));
        s.gc("function", 6, "foreground", color(depth, 3), "cap_style", 1);
        s.segments(star(150, 30, 25));
        s.segments(40, 70, 40, 70, 45, 70, 45, 71);
        // PolyLines: open, closed (fb omits the last point on its fast path), degenerate.
        s.lines(10, 70, 60, 80, 20, 100, 70, 110, 10, 70);
        s.lines(80, 70, 130, 75, 85, 110);
        s.lines(140, 70, 140, 70);
        s.lines(150, 70, 200, 70, 200, 100, 150, 100, 150, 70);
        s.gc("cap_style", 0);
        s.lines(150, 105, 200, 105, 175, 130, 150, 105);
        s.lines(10, 120, 60, 125, 12, 150);
        s.rectangles(80, 120, 40, 20, 130, 120, 0, 0, 140, 125, 5, 0, 150, 125, 0, 8, 100, 100, 30, 30);
        s.gc("cap_style", 1, "plane_mask", 0x0f0f0f0f);
        s.rectangles(160, 135, 50, 20, 205, 150, 30, 30);
        s.lines(-20, -20, 230, 170, 230, -10, -5, 155, -20, -20);
        assertSameAsXvfb("thin solid depth " + d, s);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 24, 32, -24})
    void clippedLinesTouchTheSamePixels(int d) throws Exception {
        int depth = Math.abs(d);
        Scene s = canvas(d);
        for (int pass = 0; pass < 3; pass++) {
            if (pass == 0) s.clip(20, 20, 60, 50);
            if (pass == 1) s.clip(100, 10, 13, 70, 120, 30, 40, 7, 170, 10, 30, 60, 117, 50, 5, 5);
            if (pass == 2) s.gc("clip_x", 3, "clip_y", -2).clip(0, 90, 220, 30, 30, 125, 40, 30);
            s.gc("function", pass == 1 ? 3 : 6, "foreground", color(depth, pass + 4), "cap_style", pass == 2 ? 0 : 1,
                "fill_style", pass == 2 ? 1 : 0);
            if (pass == 2) s.tile(3, 2, color(depth, 1), color(depth, 2), color(depth, 3), color(depth, 4), color(depth, 5), color(depth, 6));
            int cx = pass == 0 ? 50 : pass == 1 ? 150 : 100, cy = pass == 0 ? 45 : pass == 1 ? 45 : 120;
            s.segments(star(cx, cy, pass == 2 ? 60 : 45));
            s.lines(cx - 70, cy - 40, cx + 70, cy + 33, cx + 10, cy - 50, cx - 70, cy - 40);
            s.rectangles(cx - 30, cy - 30, 60, 45);
            s.clipNone();
        }
        assertSameAsXvfb("thin clipped depth " + d, s);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 24, 32, -24})
    void dashes(int d) throws Exception {
        int depth = Math.abs(d);
        Scene s = canvas(d);
        s.stipple(4, 4, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 0, 0, 0, 0, 1, 1);
        s.tile(2, 3, color(depth, 1), color(depth, 2), color(depth, 3), color(depth, 4), color(depth, 5), color(depth, 6));
        int row = 0;
        for (int style = 1; style <= 2; style++) {
            for (int fill = 0; fill <= 3; fill++) {
                int y = row * 19;
                row++;
                s.gc("line_style", style, "fill_style", fill, "foreground", color(depth, row), "background", color(depth, row + 3),
                    "function", row % 3 == 0 ? 6 : 3, "dashes", row % 2 == 0 ? new int[] {3, 2, 5} : new int[] {6, 2},
                    "dash_offset", row * 3, "cap_style", row % 4 == 1 ? 0 : 1);
                s.lines(5, y + 5, 60, y + 8, 70, y + 18, 63, y + 2, 5, y + 5);
                s.segments(80, y + 2, 130, y + 12, 140, y + 17, 135, y + 3, 150, y + 10, 190, y + 10);
                s.rectangles(195, y + 2, 20, 12);
                s.clip(0, y + 10, 220, 4).lines(5, y + 12, 215, y + 17).clipNone();
            }
        }
        assertSameAsXvfb("thin dashes depth " + d, s);
    }
}
