package org.sumac.x11.render;

import static org.sumac.x11.render.GraphicsContext.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sumac.x11.render.ArcOracleSupport.Op;

/**
 * Arcs painted through the server's {@link Painter}, one immediate painter per sink, in the
 * cases where painting order and repetition matter (GXxor, DoubleDash): this is how the request
 * handlers must wire {@link Arcs} to match Xvfb.
 */
class ArcPainterOracleTest {
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
    void xorAndDoubleDashThroughPainter() throws Exception {
        Op thin = Op.arcs().function(GX_XOR);
        for (int d = 0; d <= 40; d++) {
            thin.arc(10 + (d % 10) * 62, 10 + (d / 10) * 70, d, d, 0, 23040);
            thin.arc(-d / 2, 300 + d * 4, d, d, 0, 23040);
        }
        scene("thin xor", thin);
        for (int lw : new int[] {0, 6}) {
            Op dd = Op.arcs().width(lw).function(GX_XOR).style(LINE_DOUBLE_DASH, CAP_ROUND, JOIN_ROUND)
                .colors(0x00FF80, 0x8000FF).dashes(0, 9, 4);
            dd.arc(40, 40, 200, 150, 0, 23040).arc(100, 80, 200, 150, 30 * 64, 250 * 64)
                .arc(300, 200, 120, 120, 90 * 64, -300 * 64).arc(300, 200, 120, 120, 150 * 64, 90 * 64);
            scene("double dash xor lw=" + lw, dd);
            Op copy = Op.arcs().width(lw).style(LINE_DOUBLE_DASH, CAP_BUTT, JOIN_MITER).colors(0xFFFFFF, 0xFF0000)
                .dashes(3, 5, 5);
            copy.arc(40, 40, 300, 200, 0, 23040).arc(350, 250, 150, 150, 45 * 64, 270 * 64);
            scene("double dash copy lw=" + lw, copy);
        }
        scene("wide xor caps", Op.arcs().width(9).function(GX_XOR).style(LINE_SOLID, CAP_PROJECTING, JOIN_BEVEL)
            .arc(50, 50, 300, 200, 20 * 64, 200 * 64).arc(60, 60, 300, 200, 0, 23040).arc(400, 100, 150, 300, -90 * 64, 180 * 64));
        scene("fill xor", Op.fills().function(GX_XOR).arc(100, 100, 200, 150, 0, 23040).arc(150, 120, 200, 150, 0, 23040)
            .arc(300, 250, 150, 150, 30 * 64, 200 * 64));
        oracle.assertSame(names, scenes, 0, true);
    }
}
