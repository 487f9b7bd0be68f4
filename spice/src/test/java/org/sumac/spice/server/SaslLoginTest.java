package org.sumac.spice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.spice.RawSpiceClient;
import org.sumac.spice.SpiceTestSupport;
import org.sumac.spice.channel.display.FramebufferScreen;
import org.sumac.spice.link.LinkRequest;
import org.sumac.spice.link.LoginAuthority;
import org.sumac.spice.wire.Spice;

/**
 * SPICE's SASL auth as spice-gtk runs it (mechlist, start with the PLAIN response, SASL result, link result) on a
 * host that takes logins: the right password opens the user's endpoint, any other answer is the same refusal, and a
 * transport the authority does not allow gets NEED_SECURED before any password is sent.
 */
@Timeout(60)
class SaslLoginTest {
    /** alice/secret opens the endpoint; plain links are allowed only when {@code plainAllowed}. */
    static final class Authority implements LoginAuthority<SpiceEndpoint> {
        volatile SpiceEndpoint endpoint;
        volatile boolean plainAllowed = true;
        volatile long delayMillis;
        final List<String> asked = new CopyOnWriteArrayList<>();

        @Override
        public boolean transportAllowed(SocketAddress remote, boolean tls) {
            return tls || plainAllowed;
        }

        @Override
        public CompletableFuture<SpiceEndpoint> login(String user, byte[] password, LinkRequest request, boolean tls) {
            asked.add(user);
            boolean ok = user.equals("alice") && new String(password, StandardCharsets.UTF_8).equals("secret");
            return CompletableFuture.supplyAsync(() -> ok ? endpoint : null,
                    CompletableFuture.delayedExecutor(delayMillis, java.util.concurrent.TimeUnit.MILLISECONDS));
        }
    }

    private static byte[] saslLink(int commonCaps) {
        byte[] link = RawSpiceClient.linkMessage(0, Spice.CHANNEL_MAIN, 0);
        ByteBuffer.wrap(link).order(ByteOrder.LITTLE_ENDIAN).putInt(16 + 18, commonCaps);
        return link;
    }

    private static byte[] start(String mechanism, String response) {
        byte[] m = mechanism.getBytes(StandardCharsets.US_ASCII);
        byte[] r = (response + "\0").getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + m.length + r.length).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(m.length).put(m).putInt(r.length).put(r).array();
    }

    private static byte[] u32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }

    /** Links MAIN with SASL and the given PLAIN response; returns {SASL result, link result or -1}. */
    private static int[] login(int port, String plainResponse) throws Exception {
        try (RawSpiceClient c = new RawSpiceClient(port)) {
            c.send(saslLink(0x0D));
            assertEquals(0, c.readLinkReply());
            c.send(u32(Spice.COMMON_CAP_AUTH_SASL));
            int listLength = c.readU32();
            assertEquals("PLAIN", new String(c.readBytes(listLength), StandardCharsets.US_ASCII));
            c.send(start("PLAIN", plainResponse));
            assertEquals(0, c.readU32(), "no server data after PLAIN");
            assertEquals(1, c.readBytes(1)[0], "SASL complete after one step");
            int result = c.readU32();
            if (result != 0) return new int[] {result, -1};
            return new int[] {result, c.readU32()};
        }
    }

    @Test
    void theRightPasswordOpensTheUsersDesktopAndAnyOtherIsRefusedAlike() throws Exception {
        int port = SpiceTestSupport.freePort();
        Authority authority = new Authority();
        try (SpiceHost host = new SpiceHost(SpiceServerConfig.builder().listen("127.0.0.1", port).build())) {
            authority.endpoint = host.addEndpoint(SpiceServerConfig.builder().name("alice").password("unused").build(),
                    new FramebufferScreen(64, 64));
            host.setLogins(authority);
            host.start();
            int[] ok = login(port, "alice\0alice\0secret");
            assertEquals(0, ok[0]);
            assertEquals(Spice.LINK_OK, ok[1]);
            int[] wrong = login(port, "\0alice\0wrong");
            int[] unknown = login(port, "\0mallory\0secret");
            assertEquals(1, wrong[0], "a wrong password fails the SASL result");
            assertEquals(wrong[0], unknown[0], "an unknown user is refused as a wrong password is");
            assertEquals(List.of("alice", "alice", "mallory"), authority.asked);
            // Logging in as someone else (another authorization identity) is refused before any check.
            try (RawSpiceClient c = new RawSpiceClient(port)) {
                c.send(saslLink(0x0D));
                c.readLinkReply();
                c.send(u32(Spice.COMMON_CAP_AUTH_SASL));
                c.readBytes(c.readU32());
                c.send(start("PLAIN", "root\0alice\0secret"));
                assertTrue(c.closedByServer(), "a PLAIN response naming another identity was taken");
            }
            assertEquals(3, authority.asked.size());
        }
    }

    @Test
    void aClientThatLeavesWhileItsLoginIsCheckedLeavesNothingBehind() throws Exception {
        int port = SpiceTestSupport.freePort();
        Authority authority = new Authority();
        authority.delayMillis = 300;
        try (SpiceHost host = new SpiceHost(SpiceServerConfig.builder().listen("127.0.0.1", port).build())) {
            SpiceEndpoint alice = host.addEndpoint(SpiceServerConfig.builder().name("alice").password("unused").build(),
                    new FramebufferScreen(64, 64));
            authority.endpoint = alice;
            host.setLogins(authority);
            host.start();
            for (int i = 0; i < 5; i++) {
                try (RawSpiceClient c = new RawSpiceClient(port)) {
                    c.send(saslLink(0x0D));
                    c.readLinkReply();
                    c.send(u32(Spice.COMMON_CAP_AUTH_SASL));
                    c.readBytes(c.readU32());
                    c.send(start("PLAIN", "\0alice\0secret"));
                } // gone before the answer
            }
            Thread.sleep(600);
            assertTrue(alice.currentSession().isEmpty(), "a login whose client left opened a session");
            for (int i = 0; i < 50 && host.connectionCounts()[0] > 0; i++) Thread.sleep(20);
            assertEquals(0, host.connectionCounts()[0], "connections left open");
            authority.delayMillis = 0;
            int[] ok = login(port, "\0alice\0secret");
            assertEquals(Spice.LINK_OK, ok[1], "the port still takes logins");
        }
    }

    @Test
    void ticketsAreRefusedAndAPlainLinkWhereTlsIsNeededGetsNeedSecured() throws Exception {
        int port = SpiceTestSupport.freePort();
        Authority authority = new Authority();
        try (SpiceHost host = new SpiceHost(SpiceServerConfig.builder().listen("127.0.0.1", port).build())) {
            authority.endpoint = host.addEndpoint(SpiceServerConfig.builder().name("alice").password("secret").build(),
                    new FramebufferScreen(64, 64));
            host.setLogins(authority);
            host.start();
            // A ticket (even the endpoint's own password) opens nothing on a port that takes logins.
            try (RawSpiceClient c = new RawSpiceClient(port)) {
                assertEquals(Spice.LINK_INVALID_DATA, c.link(0, Spice.CHANNEL_MAIN, "secret"));
            }
            authority.plainAllowed = false;
            try (RawSpiceClient c = new RawSpiceClient(port)) {
                c.send(saslLink(0x0D));
                assertEquals(Spice.LINK_NEED_SECURED, c.readLinkReply());
            }
            assertEquals(List.of(), authority.asked);
        }
    }
}
