package org.sumac.spice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.spice.RawSpiceClient;
import org.sumac.spice.SpiceTestSupport;
import org.sumac.spice.channel.display.FramebufferScreen;
import org.sumac.spice.wire.Spice;

/**
 * A stranger who reaches the SPICE port (issue 11): password guesses are slowed per source and server wide,
 * refusals are logged per burst, and connections beyond the SPICE side's budget are reset on arrival while the
 * server goes on accepting.
 */
@Timeout(120)
class LinkAbuseTest {
    private SpiceServer server;
    private int port;

    private void start(SpiceServerConfig.Builder b) throws Exception {
        port = SpiceTestSupport.freePort();
        server = new SpiceServer(b.listen("127.0.0.1", port).password("right").build(), new FramebufferScreen(16, 16));
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    private static InetAddress loopback(int last) throws IOException {
        return InetAddress.getByAddress(new byte[] {127, 0, (byte) (last >> 8), (byte) last});
    }

    private int guess(InetAddress from, String password) throws Exception {
        try (RawSpiceClient c = new RawSpiceClient(port, from)) {
            c.socket.setSoTimeout(20_000);
            return c.link(0, Spice.CHANNEL_MAIN, password);
        }
    }

    @Test
    void wrongTicketsFromLoopbackAreSlowedDownWhicheverAddressTheyComeFrom() throws Exception {
        start(SpiceServerConfig.builder());
        long t0 = System.nanoTime();
        for (int i = 0; i < 7; i++) {
            // A local user may connect from any 127.x.y.z: rotating them does not escape the delay.
            assertEquals(Spice.LINK_PERMISSION_DENIED, guess(loopback(1 + i), "wrong" + i));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        // Three free failures, then 125, 250, 500 and 1000 ms before the next checks (39fdb11: ~2,600 a second).
        assertTrue(seconds >= 1.5, "7 wrong guesses took only " + seconds + " s");
        // The right password still gets in, once its turn has come (2 s later).
        assertEquals(Spice.LINK_OK, guess(loopback(1), "right"));
    }

    @Test
    void aTurnBeyondTheLinkTimeoutIsRefusedWithoutChecking() throws Exception {
        start(SpiceServerConfig.builder().linkTimeout(Duration.ofMillis(1200)));
        InetAddress from = loopback(3);
        for (int i = 0; i < 7; i++) assertEquals(Spice.LINK_PERMISSION_DENIED, guess(from, "wrong"));
        // 7 failures: the next turn is 2 s away, after the link timeout. Even the right password is refused now,
        // at once, without being checked; once the turn has come it gets in.
        long t0 = System.nanoTime();
        assertEquals(Spice.LINK_PERMISSION_DENIED, guess(from, "right"));
        assertTrue(System.nanoTime() - t0 < 300_000_000L, "the refusal waited");
        Thread.sleep(2_500);
        assertEquals(Spice.LINK_OK, guess(from, "right"));
    }

    @Test
    void refusedLinksAreLoggedPerBurstNotPerConnection() throws Exception {
        start(SpiceServerConfig.builder());
        String log = capturingStderr(() -> {
            byte[] http = "HTTP/1.0 200 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            byte[] notAnUpgrade = "GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 600; i++) {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                    s.setSoTimeout(5_000);
                    if (i % 3 == 0) {
                        s.getOutputStream().write(http); // wrong magic
                        s.getInputStream().readAllBytes();
                    } else if (i % 3 == 1) {
                        s.getOutputStream().write(notAnUpgrade); // HTTP, but no WebSocket
                        s.getInputStream().readAllBytes();
                    } // else: connect and go away (abandoned)
                }
            }
            Thread.sleep(300);
        });
        long lines = log.lines().filter(l -> l.contains("SPICE link") || l.contains("SPICE connection")).count();
        // 39fdb11 wrote one line per connection (600).
        assertTrue(lines >= 1 && lines <= 5, lines + " log lines for 600 refused connections:\n" + log);
    }

    @Test
    void connectionsBeyondTheBudgetAreResetAndAcceptingGoesOn() throws Exception {
        // Per source (all of loopback is one): 8 of 10 linking connections are kept, whichever 127.x they use.
        start(SpiceServerConfig.builder().maxPendingLinks(30, 8));
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) held.add(connect(loopback(20 + i)));
            awaitCounts(8, 8);
            assertEquals(2, resetCount(held));
        } finally {
            for (Socket s : held) s.close();
        }
        awaitCounts(0, 0);
        server.close();
        // In all: a linked client counts against the connection budget, not against the link limit.
        start(SpiceServerConfig.builder().maxConnections(3).maxPendingLinks(100, 100));
        held.clear();
        try (RawSpiceClient c = new RawSpiceClient(port, loopback(5))) {
            assertEquals(Spice.LINK_OK, c.link(0, Spice.CHANNEL_MAIN, "right"));
            awaitCounts(1, 0);
            for (int i = 0; i < 4; i++) held.add(connect(loopback(40 + i)));
            awaitCounts(3, 2);
            assertEquals(2, resetCount(held));
        } finally {
            for (Socket s : held) s.close();
        }
        awaitCounts(0, 0);
        server.close();
        start(SpiceServerConfig.builder().maxPendingLinks(5, 100));
        held.clear();
        try {
            for (int i = 0; i < 7; i++) held.add(connect(loopback(60 + i)));
            awaitCounts(5, 5);
            assertEquals(2, resetCount(held));
        } finally {
            for (Socket s : held) s.close();
        }
        awaitCounts(0, 0);
        // The server goes on accepting.
        try (RawSpiceClient c = new RawSpiceClient(port, loopback(5))) {
            assertEquals(Spice.LINK_OK, c.link(0, Spice.CHANNEL_MAIN, "right"));
        }
    }

    @Test
    void aClientThatSendsNothingIsClosedAtTheLinkTimeout() throws Exception {
        start(SpiceServerConfig.builder().linkTimeout(Duration.ofMillis(500)));
        try (Socket s = connect(loopback(8))) {
            long t0 = System.nanoTime();
            s.setSoTimeout(5_000);
            assertTrue(readsToEnd(s.getInputStream()));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(seconds < 1.5, "closed after " + seconds + " s");
        }
        awaitCounts(0, 0);
    }

    @Test
    void bytesSentWhileATicketWaitsForItsTurnAreBoundedNotBuffered() throws Exception {
        start(SpiceServerConfig.builder());
        InetAddress from = loopback(9);
        for (int i = 0; i < 7; i++) guess(from, "wrong");
        try (RawSpiceClient c = new RawSpiceClient(port, from)) {
            c.send(RawSpiceClient.linkMessage(0, Spice.CHANNEL_MAIN, 0));
            assertEquals(0, c.readLinkReply());
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 + 128).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            c.send(b.putInt(1).put(c.encryptTicket("wrong")).array());
            long t0 = System.nanoTime();
            // The ticket waits 2 s for its turn; a megabyte sent meanwhile closes the connection long before.
            try {
                for (int i = 0; i < 128; i++) c.send(new byte[8192]);
            } catch (IOException closed) {
                // the server closed while we were still writing
            }
            assertTrue(c.closedByServer());
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(seconds < 1, "closed after " + seconds + " s, at the turn, not when the bytes came");
        }
    }

    @Test
    void aWebSocketLinkKeepsTheDeadlineOfItsConnection() throws Exception {
        start(SpiceServerConfig.builder().linkTimeout(Duration.ofMillis(1000)));
        try (Socket s = connect(loopback(7))) {
            long t0 = System.nanoTime();
            Thread.sleep(700);
            s.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
            s.setSoTimeout(5_000);
            assertTrue(readsToEnd(s.getInputStream()));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(seconds < 1.5, "closed after " + seconds + " s, not at the 1 s link timeout");
        }
    }

    /** A connection from {@code from}; closed already when the server reset it before connect returned. */
    private Socket connect(InetAddress from) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(from, 0));
        try {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        } catch (java.net.SocketException e) {
            // A connection over the budget is reset at once; that may reach the client before its connect returns.
            if (!String.valueOf(e.getMessage()).contains("reset")) throw e;
        }
        return s;
    }

    private void awaitCounts(int connections, int linking) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        int[] c = server.connectionCounts();
        while ((c[0] != connections || c[1] != linking) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            c = server.connectionCounts();
        }
        assertEquals(connections + "/" + linking, c[0] + "/" + c[1], "connections/linking");
    }

    /** How many of these connections the server reset or closed (a read ends at once). */
    private static int resetCount(List<Socket> sockets) throws IOException {
        int n = 0;
        for (Socket s : sockets) {
            if (s.isClosed()) {
                n++; // reset while connecting
                continue;
            }
            s.setSoTimeout(100);
            try {
                if (s.getInputStream().read() < 0) n++;
            } catch (java.net.SocketTimeoutException e) {
                // still open: kept
            } catch (IOException e) {
                n++; // connection reset
            }
        }
        return n;
    }

    private static boolean readsToEnd(InputStream in) {
        try {
            while (in.read() >= 0) {
                // drain
            }
            return true;
        } catch (IOException e) {
            return !(e instanceof java.net.SocketTimeoutException);
        }
    }

    interface Body {
        void run() throws Exception;
    }

    /** Runs {@code body} with System.err (where slf4j-simple writes) captured; returns what was written. */
    private static String capturingStderr(Body body) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setErr(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
