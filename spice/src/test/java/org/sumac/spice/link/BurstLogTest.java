package org.sumac.spice.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BurstLogTest {
    @Test
    void aBurstWritesItsFirstEventsAndOneSummaryWithCountsByKindAndSource() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            BurstLog log = new BurstLog(lines::add, scheduler, "SPICE links refused", 200, TimeUnit.MILLISECONDS, 2);
            for (int i = 0; i < 1000; i++) {
                int n = i;
                log.event(i % 4 == 0 ? "wrong magic" : "abandoned", i < 990 ? "127.0.0.1" : "10.0.0." + i % 3,
                        () -> "event " + n);
            }
            assertEquals(List.of("event 0", "event 1 (more of these will be counted, not listed)"), lines);
            Thread.sleep(400);
            assertEquals(3, lines.size(), lines.toString());
            String summary = lines.get(2);
            assertTrue(summary.startsWith("SPICE links refused: 998 more in the last"), summary);
            assertTrue(summary.contains("749 abandoned, 249 wrong magic)"), summary);
            assertTrue(summary.contains("from 4 sources: 988 127.0.0.1"), summary);
            // Still busy: the next window writes only a summary, twice as late.
            log.event("abandoned", "127.0.0.1", () -> "not written");
            Thread.sleep(200);
            assertEquals(3, lines.size(), lines.toString());
            Thread.sleep(400);
            assertEquals(4, lines.size(), lines.toString());
            assertTrue(lines.get(3).contains(": 1 more in the last"), lines.get(3));
            // A quiet window ends the burst: the next event is written in full again.
            Thread.sleep(1000);
            log.event("abandoned", "127.0.0.1", () -> "written again");
            assertEquals("written again", lines.get(4));
        } finally {
            scheduler.shutdownNow();
        }
    }
}
