package org.sumac.spice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.spice.RawSpiceClient;
import org.sumac.spice.SpiceTestSupport;
import org.sumac.spice.channel.display.FramebufferScreen;
import org.sumac.spice.wire.Spice;

/** Which client wins, and the MAIN channel basics (mouse modes, channel list, name). */
@Timeout(30)
class SessionPolicyTest {
    private SpiceServer start(ClientPolicy policy, int port) throws Exception {
        SpiceServer s = new SpiceServer(SpiceServerConfig.builder().listen("127.0.0.1", port).disableTicketing()
                .clientPolicy(policy).name("policy-test").build(), new FramebufferScreen(16, 16));
        s.start();
        return s;
    }

    @Test
    void newClientReplacesTheOldOneWhichIsToldWhy() throws Exception {
        int port = SpiceTestSupport.freePort();
        try (SpiceServer s = start(ClientPolicy.REPLACE_OLD, port);
             RawSpiceClient first = new RawSpiceClient(port);
             RawSpiceClient second = new RawSpiceClient(port)) {
            assertEquals(0, first.link(0, Spice.CHANNEL_MAIN, ""));
            int firstSession = first.readUntil(Spice.MSG_MAIN_INIT).buffer().getInt(0);
            assertEquals(0, second.link(0, Spice.CHANNEL_MAIN, ""));
            int secondSession = second.readUntil(Spice.MSG_MAIN_INIT).buffer().getInt(0);
            assertTrue(firstSession != secondSession);
            RawSpiceClient.Message notify = first.readUntil(Spice.MSG_NOTIFY);
            int len = notify.buffer().getInt(20);
            String text = new String(notify.body(), 24, len, StandardCharsets.UTF_8);
            assertTrue(text.contains("another client"), text);
            assertTrue(first.closedByServer());
            assertEquals(secondSession, s.currentSession().orElseThrow().id());
            // The old session id no longer opens channels.
            try (RawSpiceClient late = new RawSpiceClient(port)) {
                assertEquals(Spice.LINK_BAD_CONNECTION_ID, late.link(firstSession, Spice.CHANNEL_DISPLAY, ""));
            }
        }
    }

    @Test
    void keepFirstRefusesOthers() throws Exception {
        int port = SpiceTestSupport.freePort();
        try (SpiceServer s = start(ClientPolicy.KEEP_FIRST, port);
             RawSpiceClient first = new RawSpiceClient(port);
             RawSpiceClient second = new RawSpiceClient(port)) {
            assertEquals(0, first.link(0, Spice.CHANNEL_MAIN, ""));
            first.readUntil(Spice.MSG_MAIN_INIT);
            assertEquals(Spice.LINK_ERROR, second.link(0, Spice.CHANNEL_MAIN, ""));
            // The first client is still served.
            first.sendMessage(Spice.MSGC_MAIN_ATTACH_CHANNELS, new byte[0]);
            assertEquals(3, first.readUntil(Spice.MSG_MAIN_CHANNELS_LIST).buffer().getInt(0));
        }
    }

    @Test
    void mainChannelInitNameMouseModeAndPings() throws Exception {
        int port = SpiceTestSupport.freePort();
        try (SpiceServer s = start(ClientPolicy.REPLACE_OLD, port); RawSpiceClient c = new RawSpiceClient(port)) {
            assertEquals(0, c.link(0, Spice.CHANNEL_MAIN, "", 1 << Spice.MAIN_CAP_NAME_AND_UUID));
            var init = c.readUntil(Spice.MSG_MAIN_INIT).buffer();
            assertEquals(1, init.getInt(4), "display channels hint");
            assertEquals(3, init.getInt(8), "supported mouse modes");
            assertEquals(2, init.getInt(12), "current mouse mode: client");
            var name = c.readUntil(Spice.MSG_MAIN_NAME);
            assertEquals("policy-test", new String(name.body(), 4, name.buffer().getInt(0) - 1, StandardCharsets.UTF_8));
            c.readUntil(Spice.MSG_MAIN_UUID);
            // Answer the latency probe and the padded bandwidth probe.
            for (int i = 0; i < 2; i++) {
                var ping = c.readUntil(Spice.MSG_PING);
                byte[] pong = new byte[12];
                System.arraycopy(ping.body(), 0, pong, 0, 12);
                c.sendMessage(Spice.MSGC_PONG, pong);
            }
            c.sendMessage(Spice.MSGC_MAIN_MOUSE_MODE_REQUEST, new byte[] {1, 0});
            var mode = c.readUntil(Spice.MSG_MAIN_MOUSE_MODE).buffer();
            assertEquals(3, mode.getShort(0));
            assertEquals(1, mode.getShort(2));
            ClientStats stats = s.currentSession().orElseThrow().stats();
            assertTrue(stats.latencyNanos() > 0, stats.toString());
            assertTrue(stats.bandwidthBytesPerSecond() > 0, stats.toString());
        }
    }
    @Test
    void listenersSeeEachSessionStartAndEndOnce() throws Exception {
        int port = SpiceTestSupport.freePort();
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        try (SpiceServer s = start(ClientPolicy.REPLACE_OLD, port)) {
            s.addSessionListener(new SessionListener() {
                @Override public void sessionStarted(Session session) { events.add("start " + session.id()); }
                @Override public void sessionEnded(Session session) { events.add("end " + session.id()); }
            });
            int first, second;
            try (RawSpiceClient a = new RawSpiceClient(port); RawSpiceClient b = new RawSpiceClient(port)) {
                assertEquals(0, a.link(0, Spice.CHANNEL_MAIN, ""));
                first = a.readUntil(Spice.MSG_MAIN_INIT).buffer().getInt(0);
                assertEquals("start " + first, events.poll(5, TimeUnit.SECONDS));
                // A second client replaces the first: the first ends, the second starts (in either order).
                assertEquals(0, b.link(0, Spice.CHANNEL_MAIN, ""));
                second = b.readUntil(Spice.MSG_MAIN_INIT).buffer().getInt(0);
                Set<String> replaced = new HashSet<>(List.of(events.poll(5, TimeUnit.SECONDS),
                        events.poll(5, TimeUnit.SECONDS)));
                assertEquals(Set.of("end " + first, "start " + second), replaced);
            }
            // The second client hangs up: its session ends, once.
            assertEquals("end " + second, events.poll(5, TimeUnit.SECONDS));
            assertNull(events.poll(300, TimeUnit.MILLISECONDS), "no event after the last session ended");
            assertTrue(s.currentSession().isEmpty());
        }
    }
}
