package org.sumac.spice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.spice.RawSpiceClient;
import org.sumac.spice.SpiceTestSupport;
import org.sumac.spice.channel.display.FramebufferScreen;
import org.sumac.spice.channel.inputs.InputSink;
import org.sumac.spice.link.LinkKey;
import org.sumac.spice.wire.Spice;

@Timeout(30)
class TransportTest {
    @Test
    void listensOnIpv4AndIpv6WithChosenPorts() throws Exception {
        SpiceServerConfig config = SpiceServerConfig.builder().listen("127.0.0.1", 0).listen("::1", 0)
                .disableTicketing().build();
        try (SpiceServer server = new SpiceServer(config, new FramebufferScreen(8, 8))) {
            server.start();
            List<InetSocketAddress> bound = server.boundAddresses();
            assertEquals(2, bound.size());
            for (InetSocketAddress a : bound) {
                assertTrue(a.getPort() > 0);
                try (Socket s = new Socket(a.getAddress(), a.getPort())) {
                    assertTrue(s.isConnected());
                }
            }
        }
    }

    @Test
    void linuxSocketsGoThroughEpollWhereverNettysNativeLibraryIsOnTheClassPath() {
        assumeTrue(System.getProperty("os.name").equals("Linux") && System.getProperty("os.arch").equals("amd64"),
                "Sumac ships Netty's epoll library for Linux on x86-64 only");
        assertEquals(SocketTransport.EPOLL, SocketTransport.best(), SocketTransport.whyNotEpoll());
    }

    @Test
    void aHostWithoutEpollServesLinksThroughTheJdksSelectors() throws Exception {
        int port = SpiceTestSupport.freePort();
        SpiceServerConfig config = SpiceServerConfig.builder().listen("127.0.0.1", port).disableTicketing().build();
        try (SpiceHost host = new SpiceHost(config, new LinkKey(), SocketTransport.NIO)) {
            host.addEndpoint(config, new FramebufferScreen(8, 8));
            host.start();
            try (RawSpiceClient main = new RawSpiceClient(port)) {
                assertEquals(0, main.link(0, Spice.CHANNEL_MAIN, ""));
                assertTrue(main.readUntil(Spice.MSG_MAIN_INIT).buffer().getInt(0) != 0, "a session id");
            }
        }
    }

    @Test
    void keysStillDownAreReleasedWhenInputsDisconnects() throws Exception {
        int port = SpiceTestSupport.freePort();
        List<String> events = new CopyOnWriteArrayList<>();
        try (SpiceServer server = new SpiceServer(SpiceServerConfig.builder().listen("127.0.0.1", port)
                .disableTicketing().build(), new FramebufferScreen(8, 8))) {
            server.setInputSink(new InputSink() {
                @Override public void keyPressed(int code) { events.add("down " + Integer.toHexString(code)); }
                @Override public void keyReleased(int code) { events.add("up " + Integer.toHexString(code)); }
            });
            server.start();
            try (RawSpiceClient main = new RawSpiceClient(port)) {
                assertEquals(0, main.link(0, Spice.CHANNEL_MAIN, ""));
                int session = main.readUntil(Spice.MSG_MAIN_INIT).buffer().getInt(0);
                try (RawSpiceClient inputs = new RawSpiceClient(port)) {
                    assertEquals(0, inputs.link(session, Spice.CHANNEL_INPUTS, ""));
                    inputs.readUntil(Spice.MSG_INPUTS_INIT);
                    inputs.sendMessage(Spice.MSGC_INPUTS_KEY_DOWN, new byte[] {0x2A, 0, 0, 0});          // Shift
                    inputs.sendMessage(Spice.MSGC_INPUTS_KEY_DOWN, new byte[] {(byte) 0xE0, 0x38, 0, 0}); // AltGr
                    // Motion is acknowledged every four messages.
                    for (int i = 0; i < 4; i++) inputs.sendMessage(Spice.MSGC_INPUTS_MOUSE_MOTION, new byte[10]);
                    assertEquals(Spice.MSG_INPUTS_MOUSE_MOTION_ACK, inputs.readUntil(Spice.MSG_INPUTS_MOUSE_MOTION_ACK).type());
                }
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (events.size() < 4 && System.nanoTime() < deadline) Thread.sleep(20);
                assertEquals(List.of("down 2a", "down e038", "up 2a", "up e038"), events);
            }
        }
    }
}
