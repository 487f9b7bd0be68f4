package org.sumac.spice.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BurstLogTest {
    /** Keeps scheduled window ends (and their delays) for the test to run, instead of waiting for them. */
    private static final class ManualScheduler extends ScheduledThreadPoolExecutor {
        final List<Runnable> tasks = new ArrayList<>();
        final List<Long> delaysMillis = new ArrayList<>();

        ManualScheduler() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
            tasks.add(task);
            delaysMillis.add(unit.toMillis(delay));
            return null;
        }

        void endWindow() {
            tasks.removeFirst().run();
        }
    }

    @Test
    void aBurstWritesItsFirstEventsAndOneSummaryWithCountsByKindAndSource() {
        List<String> lines = new ArrayList<>();
        ManualScheduler scheduler = new ManualScheduler();
        try {
            BurstLog log = new BurstLog(lines::add, scheduler, "SPICE links refused", 10, TimeUnit.SECONDS, 2);
            for (int i = 0; i < 1000; i++) {
                int n = i;
                log.event(i % 4 == 0 ? "wrong magic" : "abandoned", i < 990 ? "127.0.0.1" : "10.0.0." + i % 3,
                        () -> "event " + n);
            }
            assertEquals(List.of("event 0", "event 1 (more of these will be counted, not listed)"), lines);
            scheduler.endWindow();
            assertEquals(3, lines.size(), lines.toString());
            String summary = lines.get(2);
            assertTrue(summary.startsWith("SPICE links refused: 998 more in the last"), summary);
            assertTrue(summary.contains("749 abandoned, 249 wrong magic)"), summary);
            assertTrue(summary.contains("from 4 sources: 988 127.0.0.1"), summary);
            // Still busy: the next window is twice as long and writes only its summary.
            log.event("abandoned", "127.0.0.1", () -> "not written");
            assertEquals(3, lines.size(), lines.toString());
            scheduler.endWindow();
            assertEquals(4, lines.size(), lines.toString());
            assertTrue(lines.get(3).contains(": 1 more in the last"), lines.get(3));
            // A quiet window ends the burst: the next event is written in full again, in a window of the first length.
            scheduler.endWindow();
            assertEquals(List.of(10_000L, 20_000L, 40_000L), scheduler.delaysMillis);
            log.event("abandoned", "127.0.0.1", () -> "written again");
            assertEquals("written again", lines.get(4));
            assertEquals(10_000L, scheduler.delaysMillis.getLast());
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void aSustainedStormWritesFewerAndFewerLines() {
        List<String> lines = new ArrayList<>();
        ManualScheduler scheduler = new ManualScheduler();
        try {
            BurstLog log = new BurstLog(lines::add, scheduler, "refused", 10, TimeUnit.SECONDS, 3);
            for (int window = 0; window < 12; window++) {
                for (int i = 0; i < 100; i++) log.event("x", "127.0.0.1", () -> "detail");
                scheduler.endWindow();
            }
            // 3 in full, then a summary per window; windows grow from 10 s to at most 320 s.
            assertEquals(3 + 12, lines.size());
            assertEquals(320_000L, scheduler.delaysMillis.getLast());
        } finally {
            scheduler.shutdownNow();
        }
    }
}
