package org.sumac.app.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sumac.app.ServerOptions;
import org.sumac.x11.server.MemoryLimits;

/** The memory limits on the command line, in MiB, with the documented defaults when none is given. */
class MemoryLimitOptionsTest {
    @Test
    void withoutOptionsTheDefaultLimitsApply() throws Exception {
        MemoryLimits m = ServerOptions.parse(new String[] {":7"}).display().memory();
        assertEquals(new MemoryLimits(256L << 20, 512L << 20, 64L << 20), m);
    }

    @Test
    void eachLimitIsSetInMegabytes() throws Exception {
        MemoryLimits m = ServerOptions.parse(new String[] {":7", "-maxclientmem", "100", "-maxdisplaymem", "300",
            "-maxclientoutput", "16"}).display().memory();
        assertEquals(new MemoryLimits(100L << 20, 300L << 20, 16L << 20), m);
    }

    @Test
    void aLimitThatIsNotAPositiveNumberIsRefused() {
        for (String bad : new String[] {"0", "-5", "lots", "99999999"}) {
            assertThrows(ServerOptions.UsageException.class,
                () -> ServerOptions.parse(new String[] {":7", "-maxclientmem", bad}), bad);
        }
        assertThrows(ServerOptions.UsageException.class, () -> ServerOptions.parse(new String[] {":7", "-maxdisplaymem"}));
    }
}
