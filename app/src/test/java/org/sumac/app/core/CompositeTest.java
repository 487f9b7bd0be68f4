package org.sumac.app.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sumac.app.testing.ScriptComparison;

/**
 * Composite against Xvfb: manual and automatic redirection, NameWindowPixmap, the overlay window and ARGB windows give
 * the same replies, events, errors and pixels (screen, window and named pixmap read back with GetImage).
 */
class CompositeTest {
    private static final Path SCRIPTS = Path.of("src/test/resources/composite");

    @Test
    void redirectedWindowsDrawAndShowAsOnXvfb() {
        String out = ScriptComparison.onXvfbAndSumac(SCRIPTS.resolve("composite.py"), "+extension", "RENDER");
        assertTrue(out.contains("second manual BadAccess()") && out.contains("name pixmap ok")
            && out.contains("overlay again same True") && out.contains("release not held BadMatch()")
            && out.contains("argb window"), out);
    }
}
