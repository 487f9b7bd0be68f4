package org.sumac.app.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sumac.app.testing.ImageComparison;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.XvfbProcess;

/**
 * Acceptance 3 of issue 2, the pixel oracle: each drawing program (one per area of the core drawing
 * requests and GC modes, sources in src/test/resources/oracle) runs on Xvfb and on Sumac at the same screen
 * size; the root windows captured with xwd must be identical (masked to 24 bits) and the programs must
 * print the same protocol errors and GetImage checksums. A failure names the area, the first differing
 * pixels, and writes expected/actual/diff PNGs under target/x-tests/diffs.
 */
class PixelOracleTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"thin_lines", "wide_lines", "dashes", "arcs", "polygons", "gc_functions", "fill_styles",
        "clipping", "images", "copy_and_windows", "text"})
    void drawsTheSamePixelsAsXvfb(String area) {
        SumacProcess.assumeAvailable();
        OraclePrograms.Drawing expected;
        try (XvfbProcess xvfb = XvfbProcess.start(OraclePrograms.WIDTH, OraclePrograms.HEIGHT)) {
            expected = OraclePrograms.draw(area, xvfb);
        }
        OraclePrograms.Drawing actual;
        try (SumacProcess sumac = SumacProcess.start(OraclePrograms.WIDTH, OraclePrograms.HEIGHT)) {
            actual = OraclePrograms.draw(area, sumac);
        }
        ImageComparison.assertSame(area, expected.screen(), actual.screen());
        assertEquals(expected.output(), actual.output(), area + ": program output (errors, GetImage checksums)");
    }
}
