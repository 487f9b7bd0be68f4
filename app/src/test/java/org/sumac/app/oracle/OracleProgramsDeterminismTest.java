package org.sumac.app.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sumac.app.testing.ImageComparison;
import org.sumac.app.testing.XvfbProcess;

/**
 * Guards the oracle itself: every drawing program gives the same screen and output on two fresh Xvfb
 * servers, draws something, and raises no protocol error on the reference server (so a mismatch on
 * Sumac is Sumac's, not a flaky or broken program's).
 */
class OracleProgramsDeterminismTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"thin_lines", "wide_lines", "dashes", "arcs", "polygons", "gc_functions", "fill_styles",
        "clipping", "images", "copy_and_windows", "text"})
    void programIsDeterministicOnXvfb(String area) {
        OraclePrograms.Drawing first;
        OraclePrograms.Drawing second;
        try (XvfbProcess xvfb = XvfbProcess.start(OraclePrograms.WIDTH, OraclePrograms.HEIGHT)) {
            first = OraclePrograms.draw(area, xvfb);
        }
        try (XvfbProcess xvfb = XvfbProcess.start(OraclePrograms.WIDTH, OraclePrograms.HEIGHT)) {
            second = OraclePrograms.draw(area, xvfb);
        }
        ImageComparison.writePng(area + "-xvfb", first.screen()); // for eyes: what the area looks like
        ImageComparison.assertSame(area + "-determinism", first.screen(), second.screen());
        assertEquals(first.output(), second.output());
        assertTrue(first.output().contains("errors 0\n"), area + " raised errors on Xvfb:\n" + first.output());
        long distinct = java.util.Arrays.stream(first.screen().pixels()).map(p -> p & 0xFFFFFF).distinct().count();
        assertTrue(distinct >= 3, area + " draws almost nothing (" + distinct + " colours)");
    }
}
