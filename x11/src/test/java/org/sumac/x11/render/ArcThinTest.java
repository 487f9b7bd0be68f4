package org.sumac.x11.render;

import static org.sumac.x11.render.GraphicsContext.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sumac.x11.render.ArcOracleSupport.Op;

/** Thin (line-width 0) arcs compared pixel for pixel with a live Xvfb. */
class ArcThinTest {
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

    static final int[] ANGLES1 = {0, 30 * 64, 45 * 64, 90 * 64, 135 * 64 + 7, -60 * 64, 200 * 64, 370 * 64, 44 * 64 + 40, -1};
    static final int[] ANGLES2 = {45 * 64, 90 * 64, 135 * 64, -90 * 64, 400 * 64, -400 * 64, 1, 359 * 64, 360 * 64, 180 * 64 + 3,
        -270 * 64, 0};

    @Test
    void fullCirclesAndEllipses() throws Exception {
        Op circles = Op.arcs();
        for (int d = 0; d <= 45; d++) circles.arc(5 + (d % 10) * 60, 5 + (d / 10) * 60, d, d, 0, 360 * 64);
        scene("circles", circles);
        int[] sizes = {0, 1, 2, 3, 4, 5, 8, 13, 21, 34, 55};
        Op ellipses = Op.arcs();
        for (int i = 0; i < sizes.length; i++) {
            for (int j = 0; j < sizes.length; j++) ellipses.arc(2 + i * 58, 2 + j * 43, sizes[i], sizes[j] * 3 / 4, 0, 23040);
        }
        scene("ellipses", ellipses);
        scene("big", Op.arcs().arc(10, 10, 600, 450, 0, 23040).arc(100, 50, 400, 400, 0, 23040)
            .arc(-200, -100, 800, 700, 0, 23040).arc(300, 200, 799, 31, 0, 23040).arc(5, 300, 1, 150, 0, 23040));
        oracle.assertSame(names, scenes, 0);
    }

    @Test
    void partialArcs() throws Exception {
        int[][] boxes = {{40, 30}, {31, 31}, {30, 30}, {41, 17}, {12, 50}, {3, 2}, {1, 6}, {0, 20}, {20, 0}};
        for (int[] box : boxes) {
            Op op = Op.arcs();
            int k = 0;
            for (int a1 : ANGLES1) {
                for (int a2 : ANGLES2) {
                    op.arc(5 + (k % 12) * 52, 5 + (k / 12) * 47, box[0], box[1], a1, a2);
                    k++;
                }
            }
            scene("partial " + box[0] + "x" + box[1], op);
        }
        oracle.assertSame(names, scenes, 0);
    }

    @Test
    void randomArcs() throws Exception {
        Random r = new Random(4242);
        for (int s = 0; s < 6; s++) {
            Op op = Op.arcs();
            for (int i = 0; i < 150; i++) {
                op.arc(r.nextInt(680) - 20, r.nextInt(520) - 20, r.nextInt(90), r.nextInt(90),
                    r.nextInt(1000 * 64) - 500 * 64, r.nextInt(900 * 64) - 450 * 64);
            }
            scene("random " + s, op);
        }
        oracle.assertSame(names, scenes, 0);
    }

    @Test
    void xorShowsDuplicatePixels() throws Exception {
        // full even circles inside the clip take fb's path, partly outside mi's: they differ in
        // duplicate points, which GXxor reveals
        Op inside = Op.arcs().function(GX_XOR), outside = Op.arcs().function(GX_XOR);
        for (int d = 0; d <= 60; d++) {
            inside.arc(10 + (d % 10) * 62, 10 + (d / 10) * 70, d, d, 0, 23040);
            outside.arc(-d / 2, 10 + d * 7, d, d, 0, 23040);
        }
        scene("xor inside", inside);
        scene("xor outside", outside);
        Op partial = Op.arcs().function(GX_XOR);
        int k = 0;
        for (int a1 : ANGLES1) {
            for (int a2 : ANGLES2) {
                partial.arc(5 + (k % 12) * 52, 5 + (k / 12) * 47, 37, 26, a1, a2);
                k++;
            }
        }
        scene("xor partial", partial);
        oracle.assertSame(names, scenes, 0);
    }

    @Test
    void dashedArcs() throws Exception {
        Random r = new Random(77);
        for (int style : new int[] {LINE_ON_OFF_DASH, LINE_DOUBLE_DASH}) {
            Op shapes = Op.arcs().style(style, CAP_BUTT, JOIN_MITER).dashes(3, 5, 2, 1, 3);
            int k = 0;
            for (int a1 : ANGLES1) {
                for (int a2 : ANGLES2) {
                    shapes.arc(5 + (k % 12) * 52, 5 + (k / 12) * 47, 20 + k % 25, 15 + (k * 7) % 30, a1, a2);
                    k++;
                }
            }
            scene("dashed shapes " + style, shapes);
            // chains of arcs whose ends meet continue the dash pattern
            Op chain = Op.arcs().style(style, CAP_BUTT, JOIN_MITER).dashes(0, 6, 3);
            chain.arc(100, 100, 80, 80, 0, 90 * 64).arc(100, 100, 80, 80, 90 * 64, 90 * 64)
                .arc(100, 100, 80, 80, 180 * 64, 180 * 64);
            chain.arc(300, 100, 60, 40, 0, 23040).arc(300, 200, 61, 41, 45 * 64, -200 * 64);
            chain.arc(400, 300, 100, 100, 30 * 64, 120 * 64).arc(400, 300, 100, 100, 150 * 64, 210 * 64);
            scene("dashed chain " + style, chain);
            Op rnd = Op.arcs().style(style, CAP_BUTT, JOIN_MITER).dashes(r.nextInt(20), 1 + r.nextInt(9), 1 + r.nextInt(9));
            for (int i = 0; i < 120; i++) {
                rnd.arc(r.nextInt(640), r.nextInt(480), r.nextInt(70), r.nextInt(70), r.nextInt(720 * 64) - 360 * 64,
                    r.nextInt(800 * 64) - 400 * 64);
            }
            scene("dashed random " + style, rnd);
            Op xor = Op.arcs().style(style, CAP_BUTT, JOIN_MITER).function(GX_XOR).dashes(1, 2, 1);
            for (int d = 0; d < 40; d++) xor.arc(10 + (d % 10) * 62, 10 + (d / 10) * 70, d, d + d % 3, 0, 23040);
            scene("dashed xor " + style, xor);
        }
        oracle.assertSame(names, scenes, 0);
    }

    @Test
    void largeArcsNearTheIntegerLimits() throws Exception {
        Random r = new Random(800);
        for (int s = 0; s < 3; s++) {
            Op op = Op.arcs().function(s == 2 ? GX_XOR : GX_COPY);
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
