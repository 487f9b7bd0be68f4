package org.sumac.x11.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FillPoly against Xvfb: both fill rules, every shape hint, self-intersecting, clipped, tiled. */
class PolygonOracleTest extends OracleTestBase {

    @Override
    SceneRenderer renderer() {
        return new SceneRenderer().on("fillpoly", (t, g, a) -> {
            int[] pts = java.util.Arrays.copyOfRange(a, 1, a.length);
            Polygons.fill(t, g, a[0], pts, pts.length / 2);
        });
    }

    private static final int[][] SHAPES = {
        {10, 10, 50, 14, 40, 50, 5, 38},                        // convex quad
        {60, 5, 100, 45, 60, 45},                                // right triangle
        {110, 10, 150, 10, 130, 11, 150, 50, 110, 50, 130, 30},  // concave
        {160, 10, 200, 50, 200, 10, 160, 50},                    // bow tie
        {10, 60, 60, 60, 60, 110, 20, 110, 20, 70, 50, 70, 50, 100, 10, 100}, // spiral-ish overlap
        {70, 60, 110, 100, 90, 55, 75, 105, 115, 70, 65, 80},    // star, self-intersecting
        {120, 60, 121, 100, 122, 60, 160, 61, 120, 62},          // slivers
        {170, 60, 210, 60, 210, 60, 170, 60},                    // zero area
        {5, 115, 200, 118, 7, 119, 198, 150, 3, 150},            // long thin
        {-20, 140, 60, 120, 240, 170, 100, 230},                 // off canvas
    };

    @ParameterizedTest
    @ValueSource(ints = {1, 8, 24, 32, -24})
    void fillRulesAndShapes(int d) throws Exception {
        int depth = Math.abs(d);
        for (int shape = 0; shape <= 2; shape++) {
            Scene s = (d < 0 ? Scene.window(220, 160, 7, 13) : Scene.pixmap(220, 160, depth)).noiseContent(depth + 5);
            for (int rule = 0; rule <= 1; rule++) {
                s.gc("fill_rule", rule, "function", rule == 0 ? 6 : 10, "foreground", color(depth, rule + 2),
                    "plane_mask", rule == 0 ? -1 : 0x00ff0f0f);
                for (int[] poly : SHAPES) {
                    // Convex hint only on shapes that are convex, as clients do; the others go through
                    // the general filler (the test below covers the hint on concave input).
                    boolean convex = poly == SHAPES[0] || poly == SHAPES[1];
                    int[] a = new int[poly.length + 1];
                    a[0] = convex ? shape : Math.min(shape, 1);
                    for (int i = 0; i < poly.length; i++) a[i + 1] = poly[i] + (i % 2 == 0 ? rule * 3 : rule * 2);
                    s.op("fillpoly", a);
                }
            }
            assertSameAsXvfb("polygons depth " + d + " shape " + shape, s);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 24, -24})
    void convexHintOnAnyInputTiledAndClipped(int d) throws Exception {
        int depth = Math.abs(d);
        Scene s = (d < 0 ? Scene.window(220, 160, 7, 13) : Scene.pixmap(220, 160, depth)).noiseContent(depth + 6);
        s.tile(3, 5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        s.gc("fill_style", 1, "ts_x", 2, "ts_y", -1, "function", 3);
        s.clip(0, 0, 100, 80, 120, 20, 60, 200);
        for (int[] poly : SHAPES) {
            int[] a = new int[poly.length + 1];
            a[0] = 2;
            System.arraycopy(poly, 0, a, 1, poly.length);
            s.op("fillpoly", a);
        }
        s.clipNone();
        s.stipple(2, 2, 1, 0, 0, 1);
        s.gc("fill_style", 3, "fill_rule", 1, "foreground", color(depth, 1), "background", color(depth, 4));
        s.fillPoly(0, 30, 100, 180, 110, 40, 155, 200, 140);
        assertSameAsXvfb("convex hint depth " + d, s);
    }
}
