package org.sumac.x11.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PolyFillRectangle and PolyPoint against Xvfb: every GC function, plane masks, fill styles, clips. */
class FillOracleTest extends OracleTestBase {

    private static Scene canvas(int depth, boolean window) {
        return (window ? Scene.window(200, 150, 17, 9) : Scene.pixmap(200, 150, depth)).noiseContent(depth * 31L + 7);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 8, 24, 32, -24})
    void functionsAndPlaneMasks(int d) throws Exception {
        int depth = Math.abs(d);
        Scene s = canvas(depth, d < 0);
        int[] masks = {-1, 0x00ff00ff, 0x0f0f0f0f, 0xffffff, 0x1};
        for (int m = 0; m < masks.length; m++) {
            for (int f = 0; f < 16; f++) {
                s.gc("function", f, "plane_mask", masks[m], "foreground", color(depth, f + m), "background", color(depth, f + 3));
                int x = f * 12, y = m * 28;
                s.fillRects(x, y, 10, 12, x + 3, y + 6, 6, 12);
                s.points(x, y + 20, x + 1, y + 20, x + 1, y + 20, x + 5, y + 22, x + 9, y + 25);
            }
        }
        assertSameAsXvfb("functions depth " + d, s);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 8, 24, 32, -24})
    void tilesStipplesAndClips(int d) throws Exception {
        int depth = Math.abs(d);
        Scene s = canvas(depth, d < 0);
        int[] tile = new int[5 * 3];
        for (int i = 0; i < tile.length; i++) tile[i] = color(depth, i * 7 + i / 3);
        s.tile(5, 3, tile);
        s.stipple(7, 4, 1, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 1);
        int[][] origins = {{0, 0}, {3, 2}, {-4, 7}, {101, -33}};
        for (int style = 1; style <= 3; style++) {
            for (int o = 0; o < origins.length; o++) {
                for (int f : new int[] {3, 6, 10, 13}) {
                    s.gc("fill_style", style, "ts_x", origins[o][0], "ts_y", origins[o][1], "function", f,
                        "foreground", color(depth, o + f), "background", color(depth, o + 2 * f + 1),
                        "plane_mask", f == 13 ? 0x3c3c3c3c : -1);
                    int x = (o * 4 + (f % 4)) * 11, y = (style - 1) * 45;
                    s.fillRects(x, y, 13, 20, x + 4, y + 15, 9, 25);
                    s.points(x + 1, y + 42, x + 2, y + 43);
                }
            }
        }
        // Clip rectangles with a clip origin: several boxes, points and rectangles across them.
        s.gc("fill_style", 0, "function", 3, "plane_mask", -1, "foreground", color(depth, 1), "clip_x", 5, "clip_y", -3);
        s.clip(10, 140, 30, 5, 50, 138, 20, 20, 0, 149, 200, 1, 120, 130, 3, 3);
        s.fillRects(0, 130, 200, 20);
        s.gc("fill_style", 1, "function", 6);
        s.fillRects(20, 120, 150, 30);
        s.points(14, 138, 15, 139, 57, 140, 60, 147, 126, 128);
        s.clipNone();
        s.gc("fill_style", 0, "function", 3);
        // Degenerate and off-canvas rectangles.
        s.fillRects(-5, -5, 3, 3, 190, 140, 100, 100, 50, 50, 0, 10, 60, 60, 10, 0, -30000, 100, 65535, 1);
        assertSameAsXvfb("tiles/stipples depth " + d, s);
    }
}
