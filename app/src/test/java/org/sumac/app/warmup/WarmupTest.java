package org.sumac.app.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sumac.spice.server.SpiceServerConfig;
import org.sumac.x11.server.DisplayConfig;

class WarmupTest {
    private static List<Path> warmupDirectories() throws IOException {
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return tmp.filter(p -> p.getFileName().toString().startsWith("sumac-warmup-")).toList();
        }
    }

    @Test
    void theWarmupDrawsShowsFramesAndTypesOnAPrivateDesktopAndLeavesNothingBehind() throws Exception {
        List<Path> before = warmupDirectories();
        var figures = Warmup.run(DisplayConfig.of(1).withSize(640, 480, 24),
            SpiceServerConfig.builder().disableTicketing().build(), Duration.ZERO);
        assertEquals(Warmup.MIN_ROUNDS * 20, figures.lines(), "terminal lines drawn: " + figures);
        assertTrue(figures.frames() > 10, "display messages the viewer read: " + figures);
        assertTrue(figures.keyPresses() > 0 && figures.keyPresses() <= figures.keys(), "keys typed: " + figures);
        assertEquals(0, figures.errors(), "X errors: " + figures);
        assertEquals(before, warmupDirectories(), "the private socket directory is removed");
    }
}
