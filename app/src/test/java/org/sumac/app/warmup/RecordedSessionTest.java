package org.sumac.app.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.x11.server.DisplayConfig;
import org.sumac.x11.server.XServer;

class RecordedSessionTest {
    @TempDir
    Path dir;

    @Test
    void theRecordedXtermReplaysWithoutErrorsAgainAndAgainOnAFreshDisplay() throws Exception {
        var xterm = RecordedSession.load(RecordedSession.XTERM);
        var server = new XServer(DisplayConfig.of(57).withSize(1024, 768, 24).withDirectories(dir, dir));
        server.start();
        try {
            // Each replay leaves the display as it found it (the server resets when its last client leaves), so
            // the second meets the atoms and resource ids the first did.
            for (int replay = 1; replay <= 2; replay++) {
                var answers = xterm.replay(dir.resolve("X57"), Duration.ofSeconds(60));
                assertEquals(0, answers.errors(), "replay " + replay + " of " + xterm.size() + " bytes: " + answers);
                // xterm's start asks for ~100 replies (atoms, fonts, XKB, colours); a replay cut short gets fewer.
                assertTrue(answers.replies() > 50, "replay " + replay + ": " + answers);
                assertTrue(answers.events() > 0, "replay " + replay + ": its window is mapped and exposed: " + answers);
            }
        } finally {
            server.close();
        }
    }
}
