package org.sumac.app.desktop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.app.testing.SumacProcess;

/**
 * A spice-gtk client whose connection stops carrying anything from the server for 30 s (a proxy stops reading
 * the server's side, so the server's socket buffers fill as if the client stopped reading) while an xterm
 * scrolls 20000 lines: the scroll takes as long as without a client, the server keeps little memory for the
 * stuck client, and when the connection moves again the client shows the current screen.
 */
@Timeout(150)
class SpiceStalledClientTest {
    private static final Duration STALL = Duration.ofSeconds(30);
    /**
     * What the server may keep for a stuck client beyond what it kept before. The ACK window stops the display
     * channel after 40 unacknowledged messages (about 0.1 MiB here), and up to a frame's tiles may be in hand when
     * the sample is taken; measured: +0.9 MiB. A server that went on building frames for the stuck client
     * (ignoring the ACK window and the socket's high-water mark) kept +10.2 MiB after 27 s of this scroll: 13,800
     * queued messages.
     */
    private static final long MAX_RETAINED_GROWTH = 6L << 20;
    /**
     * What may reach the client after the stall before it shows the current screen: what was in flight plus one
     * frame of the xterm (measured 0.1 to 0.3 MiB), not a replay of 30 s of frames (7 MiB and more).
     */
    private static final long MAX_CATCH_UP_BYTES = 4L << 20;

    @Test
    void clientThatStopsReadingFor30sDoesNotSlowXKeepsMemoryBoundedAndCatchesUp() throws Exception {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled(ScrollWorkload.PROGRAMS);
        SpiceClientSupport.assumeSpiceGtkFromPython();
        int port = SpiceClientSupport.freePort();
        try (SumacProcess sumac = SumacProcess.startWithJvmOptions(ServerMemory.EXACT_BUFFER_ACCOUNTING, 800, 600,
                 "--port", String.valueOf(port), "--addr", "127.0.0.1", "--disable-ticketing");
             ServerMemory memory = ServerMemory.of(sumac)) {
            // Each timed run, the one with a client too, starts right after a memory sample (a full GC).
            Duration alone = ScrollWorkload.baseline(sumac, memory::sample);
            try (ThrottlingProxy proxy = ThrottlingProxy.start(port, 0, Duration.ZERO);
                 LiveSpiceClient client = LiveSpiceClient.connect(proxy.port(), null)) {
                ScrollWorkload.awaitClientShowsScreen(sumac, client, "stall-before", Duration.ofSeconds(10));
                ServerMemory.Sample before = memory.sample();

                long connectionsBefore = proxy.connections();
                proxy.pause();
                long stallStart = System.nanoTime();
                long deliveredAtStall = proxy.bytesToClient();
                try (ScrollWorkload scroll = ScrollWorkload.start(sumac, true)) {
                    Duration stalled = scroll.awaitDone(Duration.ofSeconds(60));
                    System.out.printf("stalled client: scroll %d ms (without a client %d ms)%n",
                        stalled.toMillis(), alone.toMillis());
                    assertTrue(System.nanoTime() - stallStart < STALL.toNanos(),
                        "the scroll ended only after the stall, so X waited for the client");
                    // A request path that waited for the network would last the whole 30 s stall.
                    long allowed = alone.toMillis() * 3 / 2 + 2_000;
                    assertTrue(stalled.toMillis() <= allowed, "scroll took " + stalled.toMillis()
                        + " ms with a stalled client, " + alone.toMillis() + " ms without one (allowed " + allowed + ")");

                    // The xterm scrolls on for the rest of the stall: whatever the server keeps per frame adds up.
                    ServerMemory.Watch watch = memory.watch(before, stallStart + STALL.toNanos(),
                        Duration.ofSeconds(3));
                    sumac.assertAlive();
                    System.out.printf("stalled client: memory %s; %d bytes reached the client during the stall%n",
                        watch, proxy.bytesToClient() - deliveredAtStall);
                    watch.assertGrowthAtMost(MAX_RETAINED_GROWTH, "while the client was stuck");
                    ScrollWorkload.sleep(Duration.ofNanos(Math.max(0, stallStart + STALL.toNanos() - System.nanoTime())));

                    scroll.stopScrolling();
                    proxy.resume();
                    long delivered = proxy.bytesToClient();
                    Duration caughtUp = ScrollWorkload.awaitClientShowsScreen(sumac, client, "stall-after",
                        Duration.ofSeconds(15));
                    long catchUpBytes = proxy.bytesToClient() - delivered;
                    System.out.printf("stalled client: caught up %d ms after the stall, %d bytes%n",
                        caughtUp.toMillis(), catchUpBytes);
                    assertTrue(catchUpBytes <= MAX_CATCH_UP_BYTES, "the client caught up only after " + catchUpBytes
                        + " bytes: the server had queued frames for it");
                    assertFalse(sumac.logTail().contains("client is not reading"), "the server dropped the client");
                    assertTrue(proxy.connections() == connectionsBefore, "the client kept its connections ("
                        + connectionsBefore + " before the stall, " + proxy.connections() + " now)");
                }
            }
            sumac.assertAlive();
        }
    }
}
