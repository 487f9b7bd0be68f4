package org.sumac.x11.render;

import static org.sumac.x11.render.GraphicsContext.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sumac.x11.render.ArcOracleSupport.Op;

/** PolyFillArc (PieSlice and Chord) compared pixel for pixel with a live Xvfb. */
class ArcFillTest {
    private static ArcOracleSupport oracle;
    private final List<String> names = new ArrayList<>();
    private final List<List<Op>> scenes = new ArrayList<>();

    @BeforeAll
    static void startXvfb() throws Exception {
        oracle = ArcOracleSupport.start();
    }

    @AfterAll
    static void stopXvfb() {
        if (oracle != null) oracle.close();
    }

    private void scene(String name, Op... ops) {
        names.add(name);
        scenes.add(List.of(ops));
    }

    @Test
    void fullEllipsesAndCircles() throws Exception {
        Op circles = Op.fills();
        for (int d = 0; d <= 50; d++) circles.arc(5 + (d % 10) * 62, 5 + (d / 10) * 62, d, d, 0, 360 * 64);
        scene("circles", circles);
        int[] sizes = {0, 1, 2, 3, 4, 5, 8, 13, 21, 34, 55};
        Op ellipses = Op.fills();
        for (int i = 0; i < sizes.length; i++) {
            for (int j = 0; j < sizes.length; j++) ellipses.arc(2 + i * 58, 2 + j * 43, sizes[i], sizes[j] * 3 / 4, 0, -23040);
        }
        scene("ellipses", ellipses);
        // beyond 800 X.Org switches ellipses to double arithmetic
        scene("big", Op.fills().arc(-300, 20, 1200, 400, 0, 23040).function(GX_XOR)
            .arc(-200, -300, 900, 1000, 0, 23040).arc(100, 50, 400, 400, 0, 23040).arc(300, 200, 799, 31, 0, 23040));
        // xeyes-like: overlapping ellipses in XOR paint their overlap twice
        scene("xor overlap", Op.fills().function(GX_XOR).arc(100, 100, 200, 150, 0, 23040).arc(150, 120, 200, 150, 0, 23040)
            .arc(160, 130, 30, 30, 0, 23040));
        oracle.assertSame(names, scenes, 0);
    }

    @Test
    void slicesAndChords() throws Exception {
        int[] a1s = {0, 30 * 64, 45 * 64, 90 * 64, 135 * 64 + 7, -60 * 64, 180 * 64, 200 * 64, 270 * 64, 370 * 64, -1};
        int[] a2s = {45 * 64, 90 * 64, 135 * 64, -90 * 64, 1, 359 * 64, 180 * 64, 180 * 64 + 3, -270 * 64, 10 * 64, 0};
        int[][] boxes = {{40, 30}, {31, 31}, {30, 30}, {41, 17}, {12, 45}, {3, 2}, {2, 7}, {1, 6}};
        for (int mode : new int[] {ARC_PIE_SLICE, ARC_CHORD}) {
            for (int[] box : boxes) {
                Op op = Op.fills().mode(mode);
                int k = 0;
                for (int a1 : a1s) {
                    for (int a2 : a2s) {
                        op.arc(5 + (k % 12) * 52, 5 + (k / 12) * 47, box[0], box[1], a1, a2);
                        k++;
                    }
                }
                scene((mode == ARC_CHORD ? "chord " : "pie ") + box[0] + "x" + box[1], op);
            }
        }
        oracle.assertSame(names, scenes, 0);
    }

    @Test
    void randomFills() throws Exception {
        Random r = new Random(99);
        for (int mode : new int[] {ARC_PIE_SLICE, ARC_CHORD}) {
            for (int s = 0; s < 4; s++) {
                Op op = Op.fills().mode(mode).function(s % 2 == 0 ? GX_COPY : GX_XOR);
                for (int i = 0; i < 100; i++) {
                    int big = i % 10 == 0 ? 1000 : 120;
                    op.arc(r.nextInt(700) - 60, r.nextInt(540) - 60, r.nextInt(big), r.nextInt(big),
                        r.nextInt(1000 * 64) - 500 * 64, r.nextInt(1000 * 64) - 500 * 64);
                }
                scene("random " + mode + " " + s, op);
            }
        }
        oracle.assertSame(names, scenes, 0);
    }

    @Test
    void largeArcsNearTheIntegerLimits() throws Exception {
        Random r = new Random(800);
        for (int s = 0; s < 3; s++) {
            Op op = Op.fills().function(s == 2 ? GX_XOR : GX_COPY);
            for (int i = 0; i < 12; i++) {
                int w = 700 + r.nextInt(102), h = i % 3 == 0 ? w : 600 + r.nextInt(202);
                op.arc(320 - w / 2 + r.nextInt(40) - 20, 240 - h / 2 + r.nextInt(40) - 20, w, h,
                    r.nextInt(720 * 64) - 360 * 64, i % 4 == 0 ? 23040 : r.nextInt(720 * 64) - 360 * 64);
            }
            scene("large " + s, op);
        }
        oracle.assertSame(names, scenes, 0);
    }
}
