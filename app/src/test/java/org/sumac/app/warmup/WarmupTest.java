package org.sumac.app.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sumac.spice.server.SpiceServerConfig;
import org.sumac.x11.server.DisplayConfig;

class WarmupTest {
    @Test
    void theWarmupReplaysDrawsShowsFramesAndTypesOnAPrivateDesktopAndLeavesNothingBehind() throws Exception {
        var figures = Warmup.run(DisplayConfig.of(1).withSize(640, 480, 24),
            SpiceServerConfig.builder().disableTicketing().build(), Duration.ZERO);
        assertEquals(Warmup.REPLAYS, figures.replays(), "replays of the recorded xterm: " + figures);
        assertEquals(Warmup.MIN_ROUNDS * 20, figures.lines(), "terminal lines drawn: " + figures);
        assertTrue(figures.frames() > 10, "display messages the viewer read: " + figures);
        assertTrue(figures.keyPresses() > 0 && figures.keyPresses() <= figures.keys(), "keys typed: " + figures);
        assertEquals(0, figures.errors(), "X errors: " + figures);
        // Other JVMs on the machine may be warming up meanwhile: only this warm-up's directory is checked.
        assertFalse(Files.exists(figures.directory()), "the private socket directory is removed: " + figures);
    }

    @Test
    void theWarmupStopsByItsLimitEvenBeforeItsMinimumOfRounds() throws Exception {
        var figures = Warmup.run(DisplayConfig.of(1).withSize(640, 480, 24),
            SpiceServerConfig.builder().disableTicketing().build(), new org.sumac.spice.link.LinkKey(), Duration.ZERO,
            Duration.ofMillis(1));
        // Setting up the private desktop alone takes longer than the limit: no replay and no round runs.
        assertEquals(0, figures.replays(), "replays: " + figures);
        assertEquals(0, figures.lines(), "terminal lines drawn: " + figures);
        assertEquals(0, figures.errors(), "X errors: " + figures);
    }

    @Test
    void waitingForTheCompilerEndsByItsLimit() {
        long waited = Warmup.awaitCompilerQuiet(Duration.ofMillis(300));
        assertTrue(waited <= 1000, "waited " + waited + " ms for a limit of 300");
    }
}
