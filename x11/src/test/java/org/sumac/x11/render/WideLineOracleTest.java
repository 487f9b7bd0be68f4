package org.sumac.x11.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Wide lines against Xvfb: every cap and join, many widths and angles, dashes, xor, rectangles. */
class WideLineOracleTest extends OracleTestBase {

    @Override
    SceneRenderer renderer() {
        return new SceneRenderer()
            .on("lines", (t, g, a) -> Lines.polyLine(t, g, a, a.length / 2))
            .on("segments", (t, g, a) -> Lines.polySegment(t, g, a, a.length / 4))
            .on("rectangles", (t, g, a) -> Lines.polyRectangle(t, g, a, a.length / 4));
    }

    private static Scene canvas(int d, int seed) {
        int depth = Math.abs(d);
        return (d < 0 ? Scene.window(240, 180, 9, 4) : Scene.pixmap(240, 180, depth)).noiseContent(depth * 7L + seed);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 7, 10, 16})
    void capsAndJoins(int width) throws Exception {
        for (int function : new int[] {3, 6}) {
            Scene s = canvas(24, width);
            int cell = 0;
            for (int cap = 0; cap <= 3; cap++) {
                for (int join = 0; join <= 2; join++) {
                    int ox = (cell % 4) * 60, oy = (cell / 4) * 60;
                    cell++;
                    s.gc("line_width", width, "cap_style", cap, "join_style", join, "function", function,
                        "foreground", color(24, cell));
                    s.lines(ox + 5, oy + 8, ox + 30, oy + 12, ox + 20, oy + 40, ox + 52, oy + 30, ox + 50, oy + 10);
                    s.lines(ox + 8, oy + 48, ox + 30, oy + 55, ox + 10, oy + 52); // sharp turn: miter limit
                    s.segments(ox + 40, oy + 45, ox + 55, oy + 45, ox + 45, oy + 35, ox + 45, oy + 50, ox + 36, oy + 36, ox + 36, oy + 36);
                    s.lines(ox + 3, oy + 30, ox + 3, oy + 30);
                }
            }
            assertSameAsXvfb("wide w=" + width + " fn=" + function, s);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 24, 32, -24})
    void anglesClosedPathsAndRectangles(int d) throws Exception {
        int depth = Math.abs(d);
        Scene s = canvas(d, 3);
        int[] widths = {1, 2, 3, 6, 9};
        for (int wi = 0; wi < widths.length; wi++) {
            s.gc("line_width", widths[wi], "cap_style", wi % 4, "join_style", wi % 3, "function", wi % 2 == 0 ? 3 : 6,
                "foreground", color(depth, wi + 1));
            int cx = 24 + wi * 45, cy = 30;
            for (int a = 0; a < 16; a++) {
                double ang = a * Math.PI / 8 + 0.1 * wi;
                s.segments(cx, cy, cx + (int) Math.round(20 * Math.cos(ang)), cy + (int) Math.round(20 * Math.sin(ang)));
            }
            int by = 70;
            s.lines(cx - 18, by, cx + 15, by + 5, cx + 5, by + 30, cx - 18, by);           // closed triangle
            s.rectangles(cx - 18, by + 40, 30, 20, cx - 10, by + 70, 4, 3, cx + 10, by + 70, 0, 10, cx, by + 95, 1, 0);
        }
        s.gc("line_width", 5, "join_style", 1, "cap_style", 2, "fill_style", 2, "function", 3);
        s.stipple(3, 3, 1, 0, 1, 0, 1, 0, 1, 1, 0);
        s.lines(5, 170, 120, 150, 235, 175);
        assertSameAsXvfb("wide angles depth " + d, s);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 24, -24})
    void clippedXorPathsPaintEachPixelOnce(int d) throws Exception {
        int depth = Math.abs(d);
        Scene s = canvas(d, 11);
        s.gc("clip_x", 4, "clip_y", 2).clip(10, 10, 100, 60, 130, 0, 50, 180, 0, 120, 240, 25);
        int row = 0;
        for (int join = 0; join <= 2; join++) {
            for (int style = 0; style <= 2; style++) {
                int oy = row * 19 + 4;
                row++;
                s.gc("line_width", 3 + row, "join_style", join, "cap_style", row % 4, "line_style", style, "function", 6,
                    "foreground", color(depth, row), "background", color(depth, row + 2), "dashes", new int[] {5, 3});
                s.lines(-30, oy, 90, oy + 30, 20, oy + 10, 200, oy + 40, 260, oy - 20, 150, oy + 60, -30, oy);
            }
        }
        assertSameAsXvfb("wide clipped xor depth " + d, s);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 6, 11})
    void dashes(int width) throws Exception {
        for (int function : new int[] {3, 6}) {
            Scene s = canvas(24, width + 40);
            s.stipple(4, 2, 1, 0, 1, 1, 0, 1, 1, 0);
            s.tile(2, 2, 0x00ff00, 0x0000ff, 0xff0000, 0x808080);
            int row = 0;
            for (int style = 1; style <= 2; style++) {
                for (int cap = 0; cap <= 3; cap++) {
                    int fill = row % 4;
                    int oy = row * 22 + 5;
                    row++;
                    s.gc("line_width", width, "line_style", style, "cap_style", cap, "join_style", row % 3, "function", function,
                        "fill_style", fill, "foreground", color(24, row), "background", color(24, row + 4),
                        "dashes", row % 2 == 0 ? new int[] {7, 3} : new int[] {9, 4, 2, 5}, "dash_offset", row * 2);
                    s.lines(5, oy, 60, oy + 12, 110, oy, 110, oy + 14);
                    s.lines(125, oy, 165, oy + 14, 140, oy + 4, 125, oy);
                    s.segments(175, oy, 235, oy + 6, 180, oy + 14, 180, oy + 14);
                    if (row == 3) s.rectangles(200, 150, 30, 20);
                }
            }
            assertSameAsXvfb("wide dashes w=" + width + " fn=" + function, s);
        }
    }
}
