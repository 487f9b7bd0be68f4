package org.sumac.spice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.spice.RawSpiceClient;
import org.sumac.spice.SpiceTestSupport;
import org.sumac.spice.channel.display.FramebufferScreen;
import org.sumac.spice.wire.Spice;

/**
 * Accept errors do not end accepting: a SPICE server in a JVM limited to 160 descriptors (its budget set above
 * that, as if the rest of the process had used them up) runs out while connections pile up; it pauses instead of
 * spinning, logs the errors per burst, and links a client once descriptors are free again.
 */
@Timeout(120)
class AcceptErrorTest {
    private static final int FD_LIMIT = 160;

    /** The server under test, in its own JVM (started under prlimit). */
    public static final class Server {
        public static void main(String[] args) throws Exception {
            SpiceServer server = new SpiceServer(SpiceServerConfig.builder().listen("127.0.0.1", Integer.parseInt(args[0]))
                    .password("pw").maxConnections(5000).maxPendingLinks(5000, 5000).build(), new FramebufferScreen(8, 8));
            server.start();
            // Load the link path's classes now: once descriptors run out, class files cannot be opened.
            try (RawSpiceClient c = new RawSpiceClient(Integer.parseInt(args[0]))) {
                if (c.link(0, Spice.CHANNEL_MAIN, "pw") != 0) throw new IllegalStateException("warm-up link failed");
                c.readUntil(Spice.MSG_MAIN_INIT);
            }
            System.err.println("READY");
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void runningOutOfDescriptorsPausesAcceptingAndItResumes() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/prlimit")), "prlimit (util-linux) is missing");
        int port = SpiceTestSupport.freePort();
        Path log = Files.createTempFile("accept-error", ".log");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process server = new ProcessBuilder("/usr/bin/prlimit", "--nofile=" + FD_LIMIT + ":" + FD_LIMIT, "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
                "-cp", classPath, Server.class.getName(), String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        List<SocketChannel> held = new ArrayList<>();
        try {
            awaitLog(log, "READY", 30);
            for (int i = 0; i < 2 * FD_LIMIT; i++) {
                SocketChannel ch = SocketChannel.open();
                ch.setOption(StandardSocketOptions.SO_LINGER, 0);
                ch.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 1, (byte) (1 + i % 200)}), 0));
                ch.configureBlocking(false);
                ch.connect(new InetSocketAddress("127.0.0.1", port));
                held.add(ch);
            }
            awaitLog(log, "Too many open files", 10);
            long cpuBefore = cpuTicks(server.pid());
            Thread.sleep(2_000);
            long cpu = cpuTicks(server.pid()) - cpuBefore;
            assertTrue(cpu < 50, "the out-of-descriptors server used " + cpu + " ticks of CPU in 2 s (spinning?)");
        } finally {
            for (SocketChannel ch : held) ch.close();
        }
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            int result = -1;
            while (result != 0 && System.nanoTime() < deadline) {
                try (RawSpiceClient c = new RawSpiceClient(port)) {
                    result = c.link(0, Spice.CHANNEL_MAIN, "pw");
                } catch (IOException e) {
                    Thread.sleep(200);
                }
            }
            assertEquals(0, result, "no link after the descriptors came back; log:\n" + Files.readString(log));
            assertTrue(server.isAlive());
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            long acceptLines = lines.stream().filter(l -> l.contains("accept")).count();
            // Netty alone: a warning with a stack trace every second.
            assertTrue(acceptLines <= 2 && lines.size() < 40, acceptLines + " accept lines, " + lines.size()
                    + " in all:\n" + String.join("\n", lines));
        } finally {
            server.destroyForcibly();
            server.waitFor(5, TimeUnit.SECONDS);
            Files.deleteIfExists(log);
        }
    }

    private static void awaitLog(Path log, String text, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (Files.readString(log, StandardCharsets.UTF_8).contains(text)) return;
            Thread.sleep(50);
        }
        throw new AssertionError("no '" + text + "' in the server's log within " + seconds + " s:\n"
                + Files.readString(log, StandardCharsets.UTF_8));
    }

    /** User + system CPU of a process, in clock ticks (/proc/PID/stat fields 14 and 15). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
