package org.sumac.x11.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class BurstLogTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<String> lines = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void aBurstIsOneLineThenOneSummaryWhenItsWindowEnds() throws InterruptedException {
        BurstLog log = new BurstLog(lines::add, timer, Duration.ofMillis(300), "connections refused");
        for (int i = 0; i < 10_000; i++) log.event("refused #" + i);
        assertEquals(List.of("refused #0"), lines, "the first at once, the rest held back");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (lines.size() < 2 && System.nanoTime() < deadline) Thread.sleep(10);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).startsWith("9999 more connections refused in the last "), lines.get(1));
        assertTrue(lines.get(1).endsWith("(last: refused #9999)"), lines.get(1));
        log.event("refused again");
        assertEquals("refused again", lines.get(2), "after the summary a new burst is told at once");
    }

    @Test
    void aLoneEventIsOneLineAndNoSummary() throws InterruptedException {
        BurstLog log = new BurstLog(lines::add, timer, Duration.ofMillis(50), "connections refused");
        log.event("one");
        Thread.sleep(200);
        log.flush();
        assertEquals(List.of("one"), lines);
    }
}
