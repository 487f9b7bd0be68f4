package org.sumac.app.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sumac.app.testing.ScriptComparison;

/** DAMAGE against Xvfb: the same script prints the same events and errors on both. */
class DamageTest {
    private static final Path SCRIPTS = Path.of("src/test/resources/damage");

    @Test
    void damageEventsAtEveryLevelOnWindowsAndPixmapsAreThoseOfXvfb() {
        String out = ScriptComparison.onXvfbAndSumac(SCRIPTS.resolve("damage_events.py"));
        assertTrue(out.contains("fill in the child \n    raw w raw 13,13+5x5 in 22,32+100x80")
            && out.contains("create before QueryVersion BadRequest()")
            && out.contains("subtract bad repair BadRegion(0x4321)")
            && out.contains("destroy after its pixmap BadDamage("), out);
    }
}
