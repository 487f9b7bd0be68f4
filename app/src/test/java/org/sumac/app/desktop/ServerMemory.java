package org.sumac.app.desktop;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.TestOutput;

/**
 * The memory the Sumac JVM keeps alive, read over JMX (attach API, local management agent): live heap objects
 * (the total of a class histogram, taken right after a full GC, so garbage allocated by a busy X server does not
 * count) plus NIO direct buffers (netty's pooled socket buffers). Frames queued for a client show up in one of
 * the two. Resident set size is read from /proc for the log only: it follows heap sizing, not leaks.
 */
final class ServerMemory implements AutoCloseable {
    /**
     * For Sumac's JVM: netty allocates every buffer on its own and frees it on release, so the direct-buffer
     * figure is what is queued now, not a count of pool chunks (4 MiB each) that may stay half empty.
     */
    static final List<String> EXACT_BUFFER_ACCOUNTING = List.of("-Dio.netty.allocator.type=unpooled");
    private static final long MIB = 1 << 20;
    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

    /** Live heap objects, direct buffers and resident set size in bytes, and the histogram they came from. */
    record Sample(long liveHeap, long direct, long rss, String histogram) {
        long retained() {
            return liveHeap + direct;
        }

        @Override
        public String toString() {
            return String.format("live heap %.1f MiB + direct %.1f MiB = %.1f MiB (RSS %.0f MiB)",
                liveHeap / (double) MIB, direct / (double) MIB, retained() / (double) MIB, rss / (double) MIB);
        }
    }

    /** What {@link #watch} saw: the baseline, the largest sample, and every sample's retained MiB in order. */
    record Watch(Sample before, Sample worst, List<String> series) {
        /** Fails when the retained memory grew by more than {@code maxGrowth} bytes over the baseline. */
        void assertGrowthAtMost(long maxGrowth, String what) {
            long growth = worst.retained() - before.retained();
            if (growth > maxGrowth) {
                throw new AssertionError(String.format("server memory grew by %.1f MiB (at most %.1f allowed) %s:"
                    + " before %s, worst %s; class histograms %s and %s", growth / (double) MIB,
                    maxGrowth / (double) MIB, what, before, worst, save("before", before), save("worst", worst)));
            }
        }

        private static Path save(String label, Sample sample) {
            Path file = TestOutput.dir("memory").resolve(label + "-" + System.nanoTime() + ".histogram.txt");
            try {
                Files.writeString(file, sample.histogram());
            } catch (IOException e) {
                return Path.of("(not written: " + e + ")");
            }
            return file;
        }

        @Override
        public String toString() {
            return "before " + before + ", worst " + worst + ", samples (MiB) " + series;
        }
    }

    private final long pid;
    private final JMXConnector connector;
    private final MBeanServerConnection connection;

    private ServerMemory(long pid, JMXConnector connector) throws IOException {
        this.pid = pid;
        this.connector = connector;
        this.connection = connector.getMBeanServerConnection();
    }

    static ServerMemory of(SumacProcess sumac) {
        try {
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(sumac.pid()));
            String address;
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
            return new ServerMemory(sumac.pid(), JMXConnectorFactory.connect(new JMXServiceURL(address)));
        } catch (Exception e) {
            throw new AssertionError("cannot read the memory of Sumac (pid " + sumac.pid() + "): " + e, e);
        }
    }

    /** Collects garbage in the server (GC.class_histogram does a full GC first), then reads what stayed. */
    Sample sample() {
        try {
            String histogram = String.valueOf(connection.invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
            Matcher total = TOTAL.matcher(histogram);
            if (!total.find()) throw new AssertionError("no Total line in Sumac's class histogram:\n" + histogram);
            long direct = 0;
            for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(connection, BufferPoolMXBean.class)) {
                if (pool.getName().equals("direct")) direct = pool.getMemoryUsed();
            }
            return new Sample(Long.parseLong(total.group(1)), direct, rss(), histogram);
        } catch (IOException | JMException e) {
            throw new AssertionError("reading Sumac's memory over JMX failed: " + e, e);
        }
    }

    /** Samples every {@code interval} until {@code until} (a System.nanoTime); keeps the largest. */
    Watch watch(Sample before, long until, Duration interval) {
        Sample worst = before;
        List<String> series = new ArrayList<>();
        while (System.nanoTime() + interval.toNanos() <= until) {
            ScrollWorkload.sleep(interval);
            Sample s = sample();
            series.add(String.format("%.1f", s.retained() / (double) MIB));
            if (s.retained() > worst.retained()) worst = s;
        }
        return new Watch(before, worst, List.copyOf(series));
    }

    private long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux or the process is gone: RSS is only logged
        }
        return -1;
    }

    @Override
    public void close() {
        try {
            connector.close();
        } catch (IOException e) {
            // the server may have gone already
        }
    }
}
