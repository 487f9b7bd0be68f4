package org.sumac.app.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sumac.app.testing.ScriptComparison;

/**
 * SYNC 3.1 against Xvfb (issue 13): a raw-protocol script (sync_counters.py, python-xlib has no SYNC) runs on both
 * servers and must print the same lines: counters and their overflow, alarms with their AlarmNotify events, Await
 * blocked until another connection's SetCounter (and let go when killed while it waits), fences, the time counters,
 * and the errors of bad input.
 */
class SyncRulesTest {
    private static final Path SCRIPTS = Path.of("src/test/resources/core");

    private static String onXvfbAndSumac(String script, String... serverArgs) {
        return ScriptComparison.onXvfbAndSumac(SCRIPTS.resolve(script), serverArgs);
    }

    @Test
    void countersAlarmsAwaitAndFencesBehaveAsOnXvfb() {
        String out = onXvfbAndSumac("sync_counters.py");
        assertTrue(out.contains("change c1 +1 (overflow): ['BadValue 0x0 minor 4']")
            && out.contains("set c2 40: ['AlarmNotify al counter=40 alarm=15 state=0']")
            && out.contains("a woke with: ['CounterNotify c3 wait=5 value=7 count=0 destroyed=0']")
            && out.contains("a blocked on f: True")
            && out.contains("SERVERTIME alarm after about 300 ms: AlarmNotify st")
            && out.contains("IDLETIME alarm on input: AlarmNotify it")
            && out.contains("c blocked: True\nc closed: True"), out);
    }
}
