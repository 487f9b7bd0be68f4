package org.sumac.app.desktop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.app.testing.SumacProcess;

/**
 * A spice-gtk client behind a slow link (a proxy carrying 256 KiB/s with 20 ms one-way latency) while an xterm
 * scrolls: X runs as fast as without a client, the server does not pile up what the link cannot carry, and once
 * X is idle the client shows the current screen within seconds.
 */
@Timeout(150)
class SpiceSlowLinkTest {
    private static final long LINK_BYTES_PER_SECOND = 256 * 1024;
    private static final Duration LINK_LATENCY = Duration.ofMillis(20);
    /** How long the xterm goes on scrolling after the timed part, with memory sampled meanwhile. */
    private static final Duration BUSY = Duration.ofSeconds(12);
    /**
     * As in {@link SpiceStalledClientTest}: the ACK window and the socket's high-water mark bound what waits for
     * the link; measured +0.9 to +2.5 MiB (a frame's tiles may be in hand when the sample is taken).
     */
    private static final long MAX_RETAINED_GROWTH = 6L << 20;
    /**
     * Once X is idle: what is in flight (at most 40 unacknowledged messages) drains at 256 KiB/s, then one frame
     * of the current screen follows. Measured 0.7 to 1.1 s and 30 to 90 KiB.
     */
    private static final Duration CATCH_UP = Duration.ofSeconds(15);

    @Test
    void clientOnA256KiBLinkDoesNotSlowXKeepsMemoryBoundedAndCatchesUp() throws Exception {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled(ScrollWorkload.PROGRAMS);
        SpiceClientSupport.assumeSpiceGtkFromPython();
        int port = SpiceClientSupport.freePort();
        try (SumacProcess sumac = SumacProcess.startWithJvmOptions(ServerMemory.EXACT_BUFFER_ACCOUNTING, 800, 600,
                 "--port", String.valueOf(port), "--addr", "127.0.0.1", "--disable-ticketing");
             ServerMemory memory = ServerMemory.of(sumac)) {
            // Each timed run, the one with a client too, starts right after a memory sample (a full GC).
            Duration alone = ScrollWorkload.baseline(sumac, memory::sample);
            try (ThrottlingProxy proxy = ThrottlingProxy.start(port, LINK_BYTES_PER_SECOND, LINK_LATENCY);
                 LiveSpiceClient client = LiveSpiceClient.connect(proxy.port(), null)) {
                ScrollWorkload.awaitClientShowsScreen(sumac, client, "slow-before", Duration.ofSeconds(20));
                ServerMemory.Sample before = memory.sample();
                long connectionsBefore = proxy.connections();
                long deliveredBefore = proxy.bytesToClient();
                long busyStart = System.nanoTime();
                try (ScrollWorkload scroll = ScrollWorkload.start(sumac, true)) {
                    Duration slow = scroll.awaitDone(Duration.ofSeconds(60));
                    System.out.printf("slow link: scroll %d ms (without a client %d ms)%n",
                        slow.toMillis(), alone.toMillis());
                    // X paced by the link would last as long as its frames take at 256 KiB/s: an unthrottled client
                    // gets about 0.5 MiB of coalesced frames for this scroll, many MiB if every change went out.
                    long allowed = alone.toMillis() * 3 / 2 + 2_000;
                    assertTrue(slow.toMillis() <= allowed, "scroll took " + slow.toMillis()
                        + " ms with a client on a slow link, " + alone.toMillis() + " ms without one (allowed "
                        + allowed + ")");

                    ServerMemory.Watch watch = memory.watch(before, busyStart + BUSY.toNanos(),
                        Duration.ofSeconds(2));
                    long busyBytes = proxy.bytesToClient() - deliveredBefore;
                    double busySeconds = (System.nanoTime() - busyStart) / 1e9;
                    System.out.printf("slow link: memory %s; %.0f KiB/s reached the client%n", watch,
                        busyBytes / 1024.0 / busySeconds);
                    watch.assertGrowthAtMost(MAX_RETAINED_GROWTH, "behind the slow link");

                    scroll.stopScrolling();
                    long delivered = proxy.bytesToClient();
                    Duration caughtUp = ScrollWorkload.awaitClientShowsScreen(sumac, client, "slow-after", CATCH_UP);
                    System.out.printf("slow link: caught up %d ms after X stopped, %d bytes%n", caughtUp.toMillis(),
                        proxy.bytesToClient() - delivered);
                    assertFalse(sumac.logTail().contains("client is not reading"), "the server dropped the client");
                    assertTrue(proxy.connections() == connectionsBefore, "the client kept its connections ("
                        + connectionsBefore + " before, " + proxy.connections() + " now)");
                }
            }
            sumac.assertAlive();
        }
    }
}
