package org.sumac.app.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sumac.app.testing.ImageComparison;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.XvfbProcess;

/**
 * Acceptance 1 of issue 14, the RENDER oracle: src/test/resources/oracle/render.c (every operator, each format Xvfb
 * lists as destination, masks and component alpha, repeats, transforms, filters, gradients, clips, alpha maps,
 * trapezoids, triangles, AddTraps, glyphs, FillRectangles) runs on Xvfb and on Sumac; the screens must be identical
 * and so must the checksums it prints of the pixmaps a screen cannot show (a8, a1, 16-bit, 10-bit formats).
 * Sumac runs with {@code +extension RENDER}, its default, said aloud since RENDER is what the oracle checks.
 */
class RenderOracleTest {
    private static final List<String> XRENDER = List.of("-lXrender");

    @Test
    void renderRequestsGiveTheSamePixelsAsXvfb() {
        SumacProcess.assumeAvailable();
        OraclePrograms.Drawing expected;
        try (XvfbProcess xvfb = XvfbProcess.start(OraclePrograms.WIDTH, OraclePrograms.HEIGHT)) {
            expected = OraclePrograms.draw("render", xvfb, XRENDER);
        }
        OraclePrograms.Drawing actual;
        try (SumacProcess sumac = SumacProcess.start(OraclePrograms.WIDTH, OraclePrograms.HEIGHT, "+extension", "RENDER")) {
            actual = OraclePrograms.draw("render", sumac, XRENDER);
        }
        ImageComparison.assertSame("render", expected.screen(), actual.screen());
        assertEquals(expected.output(), actual.output(), "render: program output (errors, pixmap checksums)");
    }
}
