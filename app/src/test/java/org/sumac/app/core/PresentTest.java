package org.sumac.app.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sumac.app.testing.ScriptComparison;

/**
 * Present 1.2 against Xvfb (issue 14): a raw-protocol script (present_events.py) runs on both servers and must print
 * the same lines: QueryVersion and QueryCapabilities, PresentPixmap's copies (pixels compared by their hash) through
 * update regions at offsets with their IdleNotify and CompleteNotify, Skip for a presentation replaced in its msc,
 * idle and wait fences, NotifyMSC at target msc on a 60 Hz timeline, ConfigureNotify, and the errors of bad input.
 */
class PresentTest {
    @Test
    void presentationsEventsAndErrorsAreThoseOfXvfb() {
        String out = ScriptComparison.onXvfbAndSumac(Path.of("src/test/resources/core/present_events.py"));
        assertTrue(out.contains("QueryVersion 1.9 -> 1.2")
            && out.contains("present at offset 5,6: ['Idle eid win serial 1 pixmap pix fence None', "
                + "'Complete Pixmap Copy eid win serial 1 msc on time']")
            && out.contains("'Complete Pixmap Skip eid win serial 4 msc on time', 'Idle eid win serial 4 pixmap pix fence None'")
            && out.contains("idle fence triggered 1")
            && out.contains("'Complete Pixmap Copy eid win serial 10 ust 0 msc 0'")
            && out.contains("msc monotonic True ust per msc about 1/60 s: True")
            && out.contains("pixmap bad wait fence: ['BadFence 0x7654321 minor 1']")
            && out.contains("move and resize: ([], []) ['Configure b_conf other 220,10 70x60 off 0,0 pixmap 70x60 flags 0']"),
            out);
    }
}
