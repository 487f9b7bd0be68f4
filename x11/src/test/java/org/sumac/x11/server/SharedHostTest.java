package org.sumac.x11.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sumac.x11.server.RawX11Client.le;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A display on a shared host: what a client may do to the server's own resources, to other clients' id ranges and
 * to the host list, and what a connection must do to keep its place. Requests go in raw protocol over real sockets.
 */
@Timeout(60)
class SharedHostTest {
    private static final int BAD_VALUE = 2, BAD_DRAWABLE = 9, BAD_ACCESS = 10;
    @TempDir
    Path dir;
    private XServer server;
    private final List<AutoCloseable> open = new ArrayList<>();

    private void start(int display, boolean tcp) throws IOException {
        var c = DisplayConfig.of(display).withSize(320, 240, 24);
        server = new XServer(new DisplayConfig(c.displayNumber(), c.width(), c.height(), c.depth(), null, true, tcp,
            null, dir.resolve("sockets"), dir));
        server.start();
    }

    private RawX11Client connect() throws IOException {
        RawX11Client x = new RawX11Client(dir.resolve("sockets").resolve("X" + server.config.displayNumber()));
        open.add(x);
        return x;
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open) c.close();
        if (server != null) server.close();
    }

    // ---- KillClient on the server's own resources (finding 1) ------------------------------------------------

    @Test
    void killClientOnTheRootWindowOrDefaultColormapIsBadValueAndTheDisplayLivesOn() throws IOException {
        start(48, false);
        RawX11Client x = connect();
        for (int id : new int[] {XServer.ROOT_WINDOW, XServer.DEFAULT_COLORMAP}) {
            killClient(x, id);
            ByteBuffer answer = sync(x);
            assertEquals(0, answer.get(0), "an error for KillClient(0x" + Integer.toHexString(id) + ")");
            assertEquals(BAD_VALUE, answer.get(1));
            assertEquals(id, answer.getInt(4), "the bad value is the id");
            assertEquals(1, x.read(32).get(0), "then the GetInputFocus reply");
        }
        RawX11Client later = connect();
        assertEquals(320, geometry(later, XServer.ROOT_WINDOW).getShort(16), "the root window is still there");
        assertTrue(locked(() -> server.resourceExists(XServer.DEFAULT_COLORMAP)));
    }

    // ---- close-down modes (finding 4) ------------------------------------------------------------------------

    @Test
    void aClientRetainedPermanentlyKeepsItsIdRangeFromTheNextClientUntilKilled() throws Exception {
        start(48, false);
        RawX11Client a = connect();
        int aBase = a.idBase;
        setCloseDownMode(a, 1);
        createPixmap(a, aBase + 1);
        assertEquals(0, errorOf(a));
        leave(a);

        RawX11Client b = connect();
        assertNotEquals(aBase, b.idBase, "the retained client's range is not handed out again");
        createPixmap(b, b.idBase + 1);
        assertEquals(0, errorOf(b), "the new client's first pixmap is no BadIDChoice");
        assertEquals(16, geometry(b, aBase + 1).getShort(16), "the retained pixmap lives");

        killClient(b, aBase + 1);
        assertEquals(0, errorOf(b));
        ByteBuffer gone = request(b, le(8).put((byte) 14).put((byte) 0).putShort((short) 2).putInt(aBase + 1));
        assertEquals(BAD_DRAWABLE, gone.get(1), "KillClient freed the retained pixmap");
        assertEquals(aBase, connect().idBase, "and the range is free again");
    }

    @Test
    void killClientAllTemporaryFreesWhatRetainTemporaryKept() throws Exception {
        start(48, false);
        RawX11Client a = connect();
        int aBase = a.idBase;
        setCloseDownMode(a, 2);
        createPixmap(a, aBase + 7);
        sync(a);
        leave(a);

        RawX11Client b = connect();
        assertEquals(16, geometry(b, aBase + 7).getShort(16), "retained after its client left");
        killClient(b, 0); // AllTemporary
        ByteBuffer gone = request(b, le(8).put((byte) 14).put((byte) 0).putShort((short) 2).putInt(aBase + 7));
        assertEquals(0, gone.get(0));
        assertEquals(BAD_DRAWABLE, gone.get(1));
        assertEquals(aBase, connect().idBase);
    }

    @Test
    void aRetainedClientsSlotComesFreeWhenItsLastResourceIsFreed() throws Exception {
        start(48, false);
        RawX11Client a = connect();
        int aBase = a.idBase;
        setCloseDownMode(a, 1);
        createPixmap(a, aBase + 1);
        sync(a);
        leave(a);
        RawX11Client b = connect();
        b.write(le(8).put((byte) 54).put((byte) 0).putShort((short) 2).putInt(aBase + 1)); // FreePixmap
        assertEquals(0, errorOf(b));
        assertEquals(aBase, connect().idBase);
    }

    // ---- host access (finding 6) -------------------------------------------------------------------------

    @Test
    void withoutAuthTcpGetsInOnlyFromAddressesOnTheHostList() throws Exception {
        int display = freeTcpDisplay();
        start(display, true);
        assertEquals(1, tcpSetup(display), "loopback is on the list: a local client");
        RawX11Client x = connect();
        List<String> listed = listHosts(x);
        assertTrue(listed.contains("0:127.0.0.1"), "as Xvfb: this machine's addresses, " + listed);
        assertTrue(listed.contains("252:"), "and local connections, " + listed);

        changeHosts(x, 1, 0, new byte[] {127, 0, 0, 1});
        assertEquals(0, errorOf(x));
        assertEquals(0, tcpSetup(display), "xhost -127.0.0.1: refused");
        connect(); // the Unix socket (LOCAL:) still gets in

        changeHosts(x, 0, 0, new byte[] {127, 0, 0, 1});
        assertEquals(0, errorOf(x));
        assertEquals(1, tcpSetup(display), "xhost +127.0.0.1: admitted again");
    }

    @Test
    void anAddressFromElsewhereIsNotAdmittedUntilAdded() throws Exception {
        start(48, false);
        Peer remote = new Peer(InetAddress.getByName("198.51.100.7"), null, "198.51.100.7");
        assertFalse(locked(() -> server.hosts.admits(remote)));
        assertFalse(locked(() -> server.hosts.isLocal(remote)));
        RawX11Client x = connect();
        changeHosts(x, 0, 0, new byte[] {(byte) 198, 51, 100, 7});
        assertEquals(0, errorOf(x));
        assertTrue(locked(() -> server.hosts.admits(remote)));
        changeHosts(x, 0, 0, new byte[] {1, 2, 3});
        assertEquals(BAD_VALUE, errorOf(x), "an IPv4 address has four bytes");
    }

    @Test
    void changeHostsFromAnotherMachineIsBadAccess() throws Exception {
        start(48, false);
        RawX11Client x = connect();
        // Make this connection look remote (no second machine here) to show the rule, not the transport.
        assertTrue(locked(() -> server.isLocal(server.client(x.idBase >>> 21))));
        Client c = locked(() -> server.client(x.idBase >>> 21));
        setPeer(c, new Peer(InetAddress.getByName("198.51.100.7"), null, "198.51.100.7"));
        changeHosts(x, 0, 0, new byte[] {(byte) 198, 51, 100, 8});
        assertEquals(BAD_ACCESS, errorOf(x));
        x.write(le(4).put((byte) 111).put((byte) 0).putShort((short) 1)); // SetAccessControl(Disable)
        assertEquals(BAD_ACCESS, errorOf(x));
        assertTrue(locked(() -> server.hosts.enabled));
    }

    // ---- connection setup: limits and timeout ------------------------------------------------------------

    @Test
    void aConnectionThatSendsNoSetupIsClosedAfterTheTimeout() throws Exception {
        start(48, false);
        server.setupTimeout = java.time.Duration.ofMillis(300);
        try (SocketChannel idle = unixSocket()) {
            long t0 = System.nanoTime();
            assertEquals(-1, idle.read(ByteBuffer.allocate(1)), "closed by the server");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= 250 && ms < 5000, "after about the timeout: " + ms + " ms");
        }
        connect();
    }

    @Test
    void idleConnectionsOverThePerSourceLimitAreClosedAtOnce() throws Exception {
        start(48, false);
        List<SocketChannel> idle = new ArrayList<>();
        try {
            for (int i = 0; i < XServer.MAX_PENDING_PER_SOURCE + 5; i++) idle.add(unixSocket());
            // The last five are over the limit: the server closes them without waiting for a setup.
            for (SocketChannel s : idle.subList(XServer.MAX_PENDING_PER_SOURCE, idle.size())) {
                assertTrue(closedWithin(s, 3000), "closed at once");
            }
            assertFalse(closedWithin(idle.get(0), 200), "the first ones wait for their setup");
        } finally {
            for (SocketChannel s : idle) s.close();
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) { // the held ones leave when their sockets close
            try {
                connect();
                break;
            } catch (IOException | AssertionError e) {
                if (System.nanoTime() > deadline) throw e;
                Thread.sleep(20);
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static boolean closedWithin(SocketChannel s, long ms) throws IOException {
        s.configureBlocking(false);
        long deadline = System.nanoTime() + ms * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (s.read(ByteBuffer.allocate(1)) < 0) return true;
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
        }
        return false;
    }

    private SocketChannel unixSocket() throws IOException {
        SocketChannel s = SocketChannel.open(StandardProtocolFamily.UNIX);
        s.connect(UnixDomainSocketAddress.of(dir.resolve("sockets").resolve("X" + server.config.displayNumber())));
        return s;
    }

    /** A display number whose TCP port (6000 + n) is free now. */
    private static int freeTcpDisplay() throws IOException {
        for (int n = 300 + (int) (ProcessHandle.current().pid() % 400); ; n++) {
            try (ServerSocket probe = new ServerSocket(6000 + n)) {
                return n;
            } catch (IOException taken) {
                if (n > 2000) throw taken;
            }
        }
    }

    /** Connects over TCP to 127.0.0.1 and returns the setup status byte (1 accepted, 0 refused). */
    private static int tcpSetup(int display) throws IOException {
        try (SocketChannel s = SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), 6000 + display))) {
            ByteBuffer setup = le(12).put((byte) 'l').put((byte) 0).putShort((short) 11).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0).putShort((short) 0).flip();
            while (setup.hasRemaining()) s.write(setup);
            ByteBuffer status = ByteBuffer.allocate(1);
            if (s.read(status) < 0) throw new IOException("closed without an answer");
            return status.get(0);
        }
    }

    private void leave(RawX11Client x) throws Exception {
        int index = x.idBase >>> 21;
        x.close();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (locked(() -> server.client(index)) != null) {
            assertTrue(System.nanoTime() < deadline, "the client left");
            Thread.sleep(5);
        }
    }

    private static void setCloseDownMode(RawX11Client x, int mode) throws IOException {
        x.write(le(4).put((byte) 112).put((byte) mode).putShort((short) 1));
    }

    private static void createPixmap(RawX11Client x, int id) throws IOException {
        x.write(le(16).put((byte) 53).put((byte) 24).putShort((short) 4).putInt(id).putInt(XServer.ROOT_WINDOW)
            .putShort((short) 16).putShort((short) 16));
    }

    private static void killClient(RawX11Client x, int id) throws IOException {
        x.write(le(8).put((byte) 113).put((byte) 0).putShort((short) 2).putInt(id));
    }

    private static void changeHosts(RawX11Client x, int mode, int family, byte[] address) throws IOException {
        int pad = (4 - address.length % 4) % 4;
        x.write(le(8 + address.length + pad).put((byte) 109).put((byte) mode)
            .putShort((short) (2 + (address.length + pad) / 4)).put((byte) family).put((byte) 0)
            .putShort((short) address.length).put(address).put(new byte[pad]));
    }

    /** ListHosts as "family:address" strings (IPv4 dotted). */
    private static List<String> listHosts(RawX11Client x) throws IOException {
        x.write(le(4).put((byte) 110).put((byte) 0).putShort((short) 1));
        ByteBuffer r = x.reply();
        int n = r.getShort(8) & 0xffff;
        List<String> out = new ArrayList<>();
        r.position(32);
        for (int i = 0; i < n; i++) {
            int family = r.get() & 0xff;
            r.get();
            int len = r.getShort() & 0xffff;
            byte[] a = new byte[len];
            r.get(a);
            r.position(r.position() + (4 - len % 4) % 4);
            out.add(family + ":" + (family == 0 ? InetAddress.getByAddress(a).getHostAddress() : family == 6 ? "v6" : ""));
        }
        return out;
    }

    private static ByteBuffer geometry(RawX11Client x, int drawable) throws IOException {
        x.write(le(8).put((byte) 14).put((byte) 0).putShort((short) 2).putInt(drawable));
        return x.reply();
    }

    /** Sends a request expected to fail and returns the error. */
    private static ByteBuffer request(RawX11Client x, ByteBuffer req) throws IOException {
        x.write(req);
        ByteBuffer answer = x.read(32);
        assertEquals(0, answer.get(0), "an error");
        return answer;
    }

    /** The error code of the requests sent since the last sync (0: none), then in step again. */
    private static int errorOf(RawX11Client x) throws IOException {
        ByteBuffer answer = sync(x);
        if (answer.get(0) == 1) return 0;
        int code = answer.get(1);
        assertEquals(1, x.read(32).get(0), "one error, then the GetInputFocus reply");
        return code;
    }

    /** GetInputFocus: the next 32 bytes are an error of an earlier request or this reply. */
    private static ByteBuffer sync(RawX11Client x) throws IOException {
        x.write(le(4).put((byte) 43).put((byte) 0).putShort((short) 1));
        return x.read(32);
    }

    private void setPeer(Client c, Peer p) throws Exception {
        var f = XServer.class.getDeclaredField("peers");
        f.setAccessible(true);
        locked(() -> {
            try {
                ((Peer[]) f.get(server))[c.index] = p;
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    private <T> T locked(Supplier<T> s) {
        server.lock.lock();
        try {
            return s.get();
        } finally {
            server.lock.unlock();
        }
    }
}
