package org.sumac.spice.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TicketThrottleTest {
    private static final long FOREVER = TimeUnit.MINUTES.toNanos(1);
    private static final long MS = 1_000_000L;

    private static String source(String address) throws Exception {
        return TicketThrottle.sourceOf(new InetSocketAddress(InetAddress.getByName(address), 5000));
    }

    @Test
    void checksAreSpacedAfterThreeFailuresDoublingUpToFourSeconds() {
        assertEquals(0, TicketThrottle.spacing(0));
        assertEquals(0, TicketThrottle.spacing(2));
        assertEquals(125 * MS, TicketThrottle.spacing(3));
        assertEquals(250 * MS, TicketThrottle.spacing(4));
        assertEquals(2000 * MS, TicketThrottle.spacing(7));
        assertEquals(4000 * MS, TicketThrottle.spacing(8));
        assertEquals(4000 * MS, TicketThrottle.spacing(1000));
    }

    @Test
    void aFailingSourceWaitsItsTurnAndOthersDoNot() {
        TicketThrottle throttle = new TicketThrottle();
        for (int i = 0; i < 3; i++) {
            assertEquals(0, throttle.take("192.0.2.1", FOREVER).delayNanos());
            throttle.checked("192.0.2.1", false);
        }
        long wait = throttle.take("192.0.2.1", FOREVER).delayNanos();
        assertTrue(wait > 100 * MS && wait <= 125 * MS, wait + " ns");
        assertEquals(0, throttle.take("192.0.2.2", FOREVER).delayNanos());
        // Parallel connections of one source queue one behind the other.
        long next = throttle.take("192.0.2.1", FOREVER).delayNanos();
        assertTrue(next > wait + 100 * MS, next + " ns after " + wait);
    }

    @Test
    void aTurnBeyondWhatTheCallerCanWaitIsRefused() {
        TicketThrottle throttle = new TicketThrottle();
        for (int i = 0; i < 8; i++) {
            throttle.take("192.0.2.1", FOREVER);
            throttle.checked("192.0.2.1", false);
        }
        TicketThrottle.Turn turn = throttle.take("192.0.2.1", 1000 * MS);
        assertTrue(turn.refused());
        assertFalse(throttle.take("192.0.2.1", 5000 * MS).refused());
    }

    @Test
    void theServerWideBucketHoldsGuessesFromManySources() {
        TicketThrottle throttle = new TicketThrottle(10, 30);
        for (int i = 0; i < 30; i++) {
            assertEquals(0, throttle.take("src" + i, FOREVER).delayNanos(), "guess " + i);
            throttle.checked("src" + i, false);
        }
        long first = throttle.take("src30", FOREVER).delayNanos();
        assertTrue(first > 80 * MS && first <= 100 * MS, first + " ns");
        for (int i = 31; i < 40; i++) throttle.take("src" + i, FOREVER);
        long tenth = throttle.take("src40", FOREVER).delayNanos();
        assertTrue(tenth > 980 * MS && tenth <= 1100 * MS, tenth + " ns: 10 a second");
    }

    @Test
    void aRightTicketClearsItsSourceAndGivesItsTokenBack() {
        TicketThrottle throttle = new TicketThrottle(10, 2);
        for (int i = 0; i < 5; i++) {
            throttle.take("a", FOREVER);
            throttle.checked("a", false);
        }
        throttle.take("a", FOREVER);
        throttle.checked("a", true);
        assertEquals(0, throttle.failures("a"));
        TicketThrottle.Turn next = throttle.take("a", FOREVER);
        assertTrue(next.delayNanos() < 500 * MS, "cleared source still waits " + next.delayNanos());
        throttle.abandoned(); // the peer left before its check: the token comes back too
    }

    @Test
    void loopbackIsOneSourceAndIpv6CountsPerSlash64() throws Exception {
        assertEquals("loopback", source("127.0.0.1"));
        assertEquals("loopback", source("127.3.4.5"));
        assertEquals("loopback", source("::1"));
        assertEquals(source("2001:db8::1"), source("2001:db8::ffff:2"));
        assertNotEquals(source("2001:db8::1"), source("2001:db8:0:1::1"));
        assertNotEquals(source("192.0.2.1"), source("192.0.2.2"));
        assertEquals("192.0.2.1", source("192.0.2.1"));
    }
}
