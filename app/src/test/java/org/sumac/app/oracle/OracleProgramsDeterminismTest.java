package org.sumac.app.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sumac.app.testing.ImageComparison;
import org.sumac.app.testing.XvfbProcess;

/**
 * Guards the oracle itself: every drawing program gives the same screen and output on two fresh Xvfb
 * servers, draws something, and raises no protocol error on the reference server (so a mismatch on
 * Sumac is Sumac's, not a flaky or broken program's).
 */
class OracleProgramsDeterminismTest {

    static java.util.List<String> areas() {
        return OraclePrograms.ALL_AREAS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("areas")
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
        int background = first.screen().pixel(0, 0) & 0xFFFFFF; // the margin left of the first cell
        long drawn = java.util.Arrays.stream(first.screen().pixels()).filter(p -> (p & 0xFFFFFF) != background).count();
        assertTrue(drawn >= 500, area + " draws almost nothing (" + drawn + " pixels)");
    }
}
