package org.sumac.spice.link;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Log lines for events a stranger can cause at will (refused links, accept errors): the first few of a burst are
 * written in full, the rest only counted, and one summary line per window says how many there were, of which kind
 * and from where. A storm of 26,000 refused connections thus writes a handful of lines, not 26,000. The window
 * starts at {@code window} and doubles (up to 32 times) while each window still had to summarise, so a sustained
 * attack writes fewer and fewer lines; a quiet window resets it. Thread-safe.
 */
public final class BurstLog {
    private static final int MAX_WINDOW_FACTOR = 32;
    private static final int SOURCES_SHOWN = 3;

    private final Consumer<String> sink;
    private final ScheduledExecutorService scheduler;
    private final String subject;
    private final long baseWindowNanos;
    private final int detailedPerWindow;
    private long windowNanos;
    private boolean windowOpen;
    private long windowStart;
    private int detailed;
    private long suppressed;
    private final Map<String, Long> kinds = new LinkedHashMap<>();
    private final Map<String, Long> sources = new LinkedHashMap<>();

    /**
     * @param sink where lines go (e.g. {@code log::info})
     * @param scheduler runs the end-of-window summary
     * @param subject what the events are, for the summary line ("SPICE links refused")
     * @param detailedPerWindow how many events of a window are written in full
     */
    public BurstLog(Consumer<String> sink, ScheduledExecutorService scheduler, String subject, long window,
            TimeUnit unit, int detailedPerWindow) {
        this.sink = sink;
        this.scheduler = scheduler;
        this.subject = subject;
        this.baseWindowNanos = unit.toNanos(window);
        this.windowNanos = baseWindowNanos;
        this.detailedPerWindow = detailedPerWindow;
    }

    /**
     * One event of {@code kind} from {@code source} (either may be null); {@code line} is asked for only when the
     * event is written in full.
     */
    public void event(String kind, String source, Supplier<String> line) {
        String full = null;
        synchronized (this) {
            if (!windowOpen) {
                windowOpen = true;
                windowStart = System.nanoTime();
                detailed = 0;
                scheduleSummary();
            }
            if (detailed < detailedPerWindow) {
                detailed++;
                full = line.get() + (detailed == detailedPerWindow ? " (more of these will be counted, not listed)" : "");
            } else {
                suppressed++;
                kinds.merge(kind == null ? "other" : kind, 1L, Long::sum);
                if (source != null && (sources.size() < 1000 || sources.containsKey(source))) {
                    sources.merge(source, 1L, Long::sum);
                }
            }
        }
        if (full != null) {
            sink.accept(full);
        }
    }

    private void scheduleSummary() {
        try {
            scheduler.schedule(() -> endWindow(true), windowNanos, TimeUnit.NANOSECONDS);
        } catch (RuntimeException e) {
            // The scheduler is shutting down with the server: nothing more worth summarising.
        }
    }

    /** Writes the summary of the events counted so far now (e.g. when the server closes). */
    public void flush() {
        endWindow(false);
    }

    private void endWindow(boolean scheduled) {
        String summary = null;
        synchronized (this) {
            if (!scheduled && suppressed == 0) {
                return;
            }
            if (suppressed == 0) {
                windowOpen = false;
                windowNanos = baseWindowNanos;
                return;
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - windowStart);
            StringBuilder sb = new StringBuilder(subject).append(": ").append(suppressed)
                    .append(" more in the last ").append(millis < 10_000 ? millis + " ms" : millis / 1000 + " s").append(" (");
            appendCounts(sb, kinds, kinds.size());
            sb.append(')');
            if (!sources.isEmpty()) {
                sb.append(" from ").append(sources.size()).append(sources.size() == 1 ? " source" : " sources")
                        .append(": ");
                appendCounts(sb, sources, SOURCES_SHOWN);
            }
            summary = sb.toString();
            suppressed = 0;
            kinds.clear();
            sources.clear();
            windowStart = System.nanoTime();
            if (scheduled) {
                // Still busy: the next window is longer and writes nothing in full, only its summary.
                windowNanos = Math.min(windowNanos * 2, baseWindowNanos * MAX_WINDOW_FACTOR);
                detailed = detailedPerWindow;
                scheduleSummary();
            }
        }
        sink.accept(summary);
    }

    private static void appendCounts(StringBuilder sb, Map<String, Long> counts, int shown) {
        int n = 0;
        var sorted = counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
        for (Map.Entry<String, Long> e : sorted) {
            if (n == shown) {
                sb.append(", ...");
                break;
            }
            if (n++ > 0) sb.append(", ");
            sb.append(e.getValue()).append(' ').append(e.getKey());
        }
    }
}
