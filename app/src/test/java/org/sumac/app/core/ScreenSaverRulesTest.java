package org.sumac.app.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sumac.app.testing.ScriptComparison;

/**
 * MIT-SCREEN-SAVER against Xvfb (issue 13): screensaver_info.py (raw requests) runs on both servers and must print
 * the same lines: QueryInfo's state, kind, event mask and idle time, which XTEST input resets (browsers, power
 * managers and screen lockers read it), ScreenSaverNotify on ForceScreenSaver and on input, SetAttributes held by
 * one client at a time, and the errors of bad input.
 */
class ScreenSaverRulesTest {
    private static final Path SCRIPTS = Path.of("src/test/resources/core");

    private static String onXvfbAndSumac(String script, String... serverArgs) {
        return ScriptComparison.onXvfbAndSumac(SCRIPTS.resolve(script), serverArgs);
    }

    @Test
    void queryInfoTellsTheIdleTimeAndTheSettingsAsXvfbDoes() {
        String out = onXvfbAndSumac("screensaver_info.py");
        assertTrue(out.contains("idle about 300 ms: True; saver in about 600 s: True") && out.contains("idle reset: True")
            && out.contains("timeout 0: state 3 kind 0 mask 255") && out.contains("with attributes: state 0 kind 2 mask 255")
            && out.contains("b sets attributes too: ['BadAccess root minor 3']")
            && out.contains("input while on: ['notify state 0 kind 1 forced 0']")
            && out.contains("idle reset by ForceScreenSaver: True"), out);
    }
}
