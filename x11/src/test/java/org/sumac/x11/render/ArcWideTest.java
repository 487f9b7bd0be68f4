package org.sumac.x11.render;

import static org.sumac.x11.render.GraphicsContext.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sumac.x11.render.ArcOracleSupport.Op;

/** Wide arcs (line widths 1..20, caps, joins, dashes) compared with a live Xvfb. */
class ArcWideTest {
    /**
     * Pixels that may differ per scene. With glibc's libm (ArcLibm, native) the output is
     * exact; only the StrictMath fallback rounds a few results differently (measured: at most 2
     * pixels per scene in these scenes).
     */
    static final int FLOAT_TOLERANCE = ArcLibm.isNative() ? 0 : 3;
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
    void usesTheSameLibmAsXvfb() {
        // without native access the StrictMath fallback moves a few pixels (see FLOAT_TOLERANCE)
        org.junit.jupiter.api.Assertions.assertTrue(ArcLibm.isNative(), "glibc libm not reachable through FFM");
        org.junit.jupiter.api.Assertions.assertEquals(Math.sqrt(2) / 2, ArcLibm.sin(Math.PI / 4), 1e-15);
    }

    @Test
    void fullCirclesAndEllipses() throws Exception {
        for (int lw : new int[] {1, 2, 3, 4, 5, 7, 10, 13, 20}) {
            Op circles = Op.arcs().width(lw);
            for (int d = 0; d < 40; d++) circles.arc(15 + (d % 8) * 78, 15 + (d / 8) * 90, d * 2 % 61, d * 2 % 61, 0, 23040);
            scene("circles lw=" + lw, circles);
            Op ellipses = Op.arcs().width(lw);
            for (int d = 0; d < 40; d++) ellipses.arc(15 + (d % 8) * 78, 15 + (d / 8) * 90, (d * 7) % 55, (d * 3) % 61 + 1, 0, 23040);
            scene("ellipses lw=" + lw, ellipses);
        }
        oracle.assertSame(names, scenes, 0);
    }

    @Test
    void partialArcsWithCaps() throws Exception {
        int[] a1s = {0, 30 * 64, 45 * 64, 90 * 64, -60 * 64, 200 * 64, 370 * 64};
        int[] a2s = {45 * 64, 90 * 64, 135 * 64, -90 * 64, 359 * 64, 180 * 64 + 3, -270 * 64, 20 * 64};
        for (int cap : new int[] {CAP_BUTT, CAP_ROUND, CAP_PROJECTING}) {
            for (int lw : new int[] {1, 3, 6, 11, 20}) {
                Op op = Op.arcs().width(lw).style(LINE_SOLID, cap, JOIN_MITER);
                int k = 0;
                for (int a1 : a1s) {
                    for (int a2 : a2s) {
                        op.arc(15 + (k % 8) * 78, 15 + (k / 8) * 68, 30 + k % 27, 20 + (k * 5) % 31, a1, a2);
                        k++;
                    }
                }
                scene("partial cap=" + cap + " lw=" + lw, op);
            }
        }
        oracle.assertSame(names, scenes, 0);
    }

    @Test
    void joinedArcs() throws Exception {
        for (int join : new int[] {JOIN_MITER, JOIN_ROUND, JOIN_BEVEL}) {
            for (int lw : new int[] {2, 5, 9, 16}) {
                Op op = Op.arcs().width(lw).style(LINE_SOLID, CAP_ROUND, join);
                // consecutive arcs whose ends meet are joined; the last also meets the first
                op.arc(50, 50, 100, 100, 0, 90 * 64).arc(50, 50, 100, 100, 90 * 64, 90 * 64)
                    .arc(50, 100, 100, 100, 180 * 64, 90 * 64).arc(250, 50, 120, 80, 30 * 64, 100 * 64)
                    .arc(300, 30, 150, 120, 110 * 64, 150 * 64);
                op.arc(100, 300, 80, 80, 0, 180 * 64).arc(180, 300, 80, 80, 180 * 64, 180 * 64);
                scene("join=" + join + " lw=" + lw, op);
            }
        }
        oracle.assertSame(names, scenes, FLOAT_TOLERANCE);
    }

    @Test
    void dashedAndXor() throws Exception {
        Random r = new Random(5);
        for (int style : new int[] {LINE_ON_OFF_DASH, LINE_DOUBLE_DASH}) {
            for (int lw : new int[] {0, 1, 4, 9}) {
                Op op = Op.arcs().width(lw).style(style, lw % 2 == 0 ? CAP_BUTT : CAP_ROUND, JOIN_ROUND).dashes(2, 12, 5);
                for (int i = 0; i < 25; i++) {
                    op.arc(20 + (i % 5) * 120, 20 + (i / 5) * 90, 40 + r.nextInt(70), 30 + r.nextInt(50),
                        r.nextInt(720 * 64) - 360 * 64, r.nextInt(800 * 64) - 400 * 64);
                }
                scene("dashed style=" + style + " lw=" + lw, op);
            }
        }
        Op xor = Op.arcs().width(7).function(GX_XOR).style(LINE_SOLID, CAP_ROUND, JOIN_ROUND);
        xor.arc(30, 30, 200, 150, 30 * 64, 300 * 64).arc(100, 60, 200, 150, 0, 23040).arc(300, 200, 100, 100, 0, 270 * 64);
        scene("xor", Op.arcs().width(5).function(GX_XOR).arc(20, 20, 300, 200, 0, 23040), xor);
        oracle.assertSame(names, scenes, FLOAT_TOLERANCE);
    }

    @Test
    void thinEllipsesBeyondTheIntegerWalk() throws Exception {
        scene("thin big", Op.arcs().arc(-300, 20, 1200, 400, 0, 23040).arc(20, -300, 500, 1000, 45 * 64, 200 * 64)
            .arc(-500, 100, 1500, 300, 0, -90 * 64));
        scene("thin big dashed", Op.arcs().style(LINE_ON_OFF_DASH, CAP_BUTT, JOIN_MITER).dashes(0, 10, 4)
            .arc(-300, 20, 1200, 400, 0, 23040).arc(20, -300, 500, 1000, 45 * 64, 200 * 64));
        oracle.assertSame(names, scenes, 0);
    }

    @Test
    void randomWideArcs() throws Exception {
        Random r = new Random(2026);
        int[] functions = {GX_COPY, GX_XOR, GX_OR, GX_INVERT, GX_COPY_INVERTED};
        for (int s = 0; s < 24; s++) {
            int style = s % 3;
            Op op = Op.arcs().width(1 + r.nextInt(20)).style(style, r.nextInt(4), r.nextInt(3))
                .function(functions[s % functions.length]).colors(0x35A0FF, 0xFF3060)
                .dashes(r.nextInt(30), 1 + r.nextInt(20), 1 + r.nextInt(12), 1 + r.nextInt(7));
            int n = 1 + r.nextInt(12);
            int x = 50 + r.nextInt(500), y = 50 + r.nextInt(350);
            for (int i = 0; i < n; i++) {
                int w = r.nextInt(150), h = r.nextInt(150);
                if (r.nextInt(4) == 0) h = w;
                if (r.nextInt(3) == 0 && i > 0) {
                    // continue from the previous arc's end so that a join is drawn
                    int[] p = op.arcs.get(i - 1);
                    op.arc(p[0], p[1], p[2], p[3], Math.floorMod(p[4] + p[5], 23040), r.nextInt(400 * 64) - 200 * 64);
                } else {
                    op.arc(x - w / 2 + r.nextInt(60) - 30, y - h / 2 + r.nextInt(60) - 30, w, h,
                        r.nextInt(720 * 64) - 360 * 64, r.nextInt(900 * 64) - 450 * 64);
                }
            }
            scene("random " + s, op);
        }
        oracle.assertSame(names, scenes, FLOAT_TOLERANCE);
    }

    @Test
    void tinyArcsWithFatLinesAndHugeArcs() throws Exception {
        int[] a1s = {0, 45 * 64, 100 * 64, -30 * 64};
        int[] a2s = {23040, 90 * 64, -200 * 64, 300 * 64};
        for (int lw : new int[] {2, 3, 8, 15, 21}) {
            Op op = Op.arcs().width(lw).style(LINE_SOLID, CAP_ROUND, JOIN_MITER);
            int k = 0;
            for (int w = 0; w <= 4; w++) {
                for (int h = 0; h <= 4; h++) {
                    op.arc(20 + (k % 12) * 50, 20 + (k / 12) * 50, w, h, a1s[k % 4], a2s[(k / 4) % 4]);
                    k++;
                }
            }
            for (int d = 5; d < 40; d += 3) {
                op.arc(20 + (k % 12) * 50, 20 + (k / 12) * 50, d, d * 2 / 3, a1s[k % 4], a2s[(k / 4) % 4]);
                k++;
            }
            scene("tiny lw=" + lw, op);
        }
        scene("huge", Op.arcs().width(5).arc(-300, 20, 1200, 400, 10 * 64, 300 * 64)
            .arc(20, -300, 500, 1000, 45 * 64, 200 * 64).arc(-400, -400, 1400, 1400, 200 * 64, 100 * 64),
            Op.arcs().width(17).style(LINE_SOLID, CAP_PROJECTING, JOIN_MITER).arc(-100, 100, 900, 300, 0, 23040)
                .arc(100, 100, 1000, 200, 30 * 64, 120 * 64));
        oracle.assertSame(names, scenes, FLOAT_TOLERANCE);
    }

    @Test
    void flatArcsDashed() throws Exception {
        // zero-height/-width arcs are straight lines; X.Org dashes the 180-degree ones by length
        for (int style : new int[] {LINE_ON_OFF_DASH, LINE_DOUBLE_DASH}) {
            for (int lw : new int[] {0, 1, 4}) {
                Op op = Op.arcs().width(lw).style(style, CAP_PROJECTING, JOIN_BEVEL).dashes(1, 7, 3);
                int k = 0;
                for (int len : new int[] {0, 1, 5, 30, 101}) {
                    op.arc(20 + k * 110, 40, len, 0, 180 * 64, 180 * 64).arc(20 + k * 110, 80, 0, len, 90 * 64, 180 * 64)
                        .arc(20 + k * 110, 240, len, 0, 0, 360 * 64).arc(60 + k * 110, 300, 0, len, 30 * 64, -250 * 64)
                        .arc(20 + k * 110, 440, len, 0, -180 * 64, 180 * 64);
                    k++;
                }
                scene("flat style=" + style + " lw=" + lw, op);
            }
        }
        oracle.assertSame(names, scenes, FLOAT_TOLERANCE);
    }
}
