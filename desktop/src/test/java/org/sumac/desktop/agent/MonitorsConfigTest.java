package org.sumac.desktop.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sumac.spice.agent.AgentPort;
import org.sumac.spice.agent.VdAgent;
import org.sumac.x11.port.DisplayPort;
import org.sumac.x11.port.FramebufferReader;
import org.sumac.x11.port.InputInjector;
import org.sumac.x11.port.PointerObserver;
import org.sumac.x11.port.Registration;
import org.sumac.x11.port.ScreenLayout;
import org.sumac.x11.port.ScreenLayoutObserver;
import org.sumac.x11.port.ScreenObserver;

/** The monitors config against a fake display: what layout it asks for, and what it answers the client. */
class MonitorsConfigTest {
    /** Records the layouts asked for; takes them unless told to refuse. */
    static final class FakeDisplay implements DisplayPort {
        final List<ScreenLayout> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile boolean refuse;

        @Override public boolean requestScreenLayout(ScreenLayout wanted) {
            asked.add(wanted);
            return !refuse;
        }

        @Override public ScreenLayout.Size maximumScreenSize() { return new ScreenLayout.Size(4096, 4096); }

        @Override public Registration observeScreen(ScreenObserver observer) { throw new UnsupportedOperationException(); }

        @Override public FramebufferReader framebuffer() { throw new UnsupportedOperationException(); }

        @Override public InputInjector input() { throw new UnsupportedOperationException(); }

        @Override public Registration observePointer(PointerObserver observer) { throw new UnsupportedOperationException(); }

        @Override public ScreenLayout screenLayout() { throw new UnsupportedOperationException(); }

        @Override public org.sumac.x11.port.SelectionBridge.Local bridgeSelections(
                org.sumac.x11.port.SelectionBridge remote) {
            throw new UnsupportedOperationException();
        }

        @Override public Registration observeScreenLayout(ScreenLayoutObserver observer) {
            throw new UnsupportedOperationException();
        }
    }

    static final class Port implements AgentPort {
        final List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override public boolean send(int type, byte[] data) {
            ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
            sent.add(type == VdAgent.REPLY ? "reply " + b.getInt() + " " + b.getInt() : "type " + type);
            return true;
        }

        @Override public boolean isOpen() { return true; }
    }

    final FakeDisplay display = new FakeDisplay();
    final MonitorsConfig feature = new MonitorsConfig(":test", display);
    final Port port = new Port();
    final AgentClient client = new AgentClient(port);

    MonitorsConfigTest() {
        client.announce(ByteBuffer.wrap(new byte[] {(byte) (1 << VdAgent.CAP_REPLY), 0, 0, 0}));
    }

    /** VDAgentMonitorsConfig; each monitor {width, height, x, y}. */
    static byte[] config(int flags, int[]... monitors) {
        ByteBuffer b = ByteBuffer.allocate(8 + 20 * monitors.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(monitors.length).putInt(flags);
        for (int[] m : monitors) b.putInt(m[1]).putInt(m[0]).putInt(32).putInt(m[2]).putInt(m[3]);
        return b.array();
    }

    void send(byte[] data) {
        feature.messageReceived(client, VdAgent.MONITORS_CONFIG, data);
    }

    static ScreenLayout.Monitor mon(int x, int y, int w, int h) {
        return new ScreenLayout.Monitor(x, y, w, h);
    }

    @Test
    void oneMonitorAsksForItsSizeAndIsAnsweredWithSuccess() {
        send(config(MonitorsConfig.FLAG_USE_POS | MonitorsConfig.FLAG_PHYSICAL_SIZE, new int[] {1280, 720, 0, 0}));
        assertEquals(List.of(new ScreenLayout(1280, 720, List.of(mon(0, 0, 1280, 720)))), display.asked);
        assertEquals(List.of("reply 2 1"), port.sent, "REPLY {MONITORS_CONFIG, SUCCESS}");
    }

    @Test
    void twoMonitorsKeepTheClientsPositionsMovedToTheOrigin() {
        send(config(MonitorsConfig.FLAG_USE_POS, new int[] {1024, 768, 100, 50}, new int[] {800, 600, 1124, 50}));
        assertEquals(new ScreenLayout(1824, 768, List.of(mon(0, 0, 1024, 768), mon(1024, 0, 800, 600))),
            display.asked.getFirst());
    }

    @Test
    void monitorsWithoutPositionsStandSideBySide() {
        send(config(0, new int[] {640, 480, 500, 500}, new int[] {800, 600, 0, 0}));
        assertEquals(new ScreenLayout(1440, 600, List.of(mon(0, 0, 640, 480), mon(640, 0, 800, 600))),
            display.asked.getFirst());
    }

    @Test
    void disabledMonitorsOfASparseConfigAreLeftOut() {
        send(config(MonitorsConfig.FLAG_USE_POS, new int[] {0, 0, 0, 0}, new int[] {800, 600, 0, 0}));
        assertEquals(new ScreenLayout(800, 600, List.of(mon(0, 0, 800, 600))), display.asked.getFirst());
    }

    @Test
    void aConfigOfZeroByZeroIsRefusedWithAnError() {
        assertThrows(MalformedAgentMessage.class, () -> send(config(MonitorsConfig.FLAG_USE_POS, new int[] {0, 0, 0, 0})));
        assertEquals(List.of(), display.asked);
        assertEquals(List.of("reply 2 2"), port.sent, "REPLY {MONITORS_CONFIG, ERROR}");
    }

    @Test
    void aHugeMonitorIsClampedToTheLargestScreen() {
        send(config(MonitorsConfig.FLAG_USE_POS, new int[] {100000, 100000, 0, 0}));
        assertEquals(new ScreenLayout(4096, 4096, List.of(mon(0, 0, 4096, 4096))), display.asked.getFirst());
        assertEquals(List.of("reply 2 1"), port.sent);
    }

    @Test
    void monitorsBeyondTheLargestScreenAreMovedInside() {
        send(config(MonitorsConfig.FLAG_USE_POS, new int[] {3000, 1000, 0, 0}, new int[] {3000, 1000, 3000, 0}));
        assertEquals(new ScreenLayout(4096, 1000, List.of(mon(0, 0, 3000, 1000), mon(1096, 0, 3000, 1000))),
            display.asked.getFirst());
    }

    @Test
    void sixtyFourMonitorsAreCutToSixteen() {
        int[][] many = new int[64][];
        for (int i = 0; i < 64; i++) many[i] = new int[] {200, 100, 200 * (i % 16), 100 * (i / 16)};
        send(config(MonitorsConfig.FLAG_USE_POS, many));
        ScreenLayout asked = display.asked.getFirst();
        assertEquals(MonitorsConfig.MAX_MONITORS, asked.monitors().size());
        assertEquals(3200 + "x" + 100, asked.width() + "x" + asked.height());
    }

    @Test
    void aCountThatOverrunsTheMessageIsRefused() {
        byte[] data = config(MonitorsConfig.FLAG_USE_POS, new int[] {800, 600, 0, 0});
        ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 2);
        assertThrows(MalformedAgentMessage.class, () -> send(data));
        ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).putInt(0, -1);
        assertThrows(MalformedAgentMessage.class, () -> send(data));
        assertThrows(MalformedAgentMessage.class, () -> send(new byte[5]));
        assertEquals(List.of(), display.asked);
        assertEquals(List.of("reply 2 2", "reply 2 2", "reply 2 2"), port.sent);
    }

    @Test
    void aLayoutTheDisplayRefusesIsAnsweredWithAnError() {
        display.refuse = true;
        send(config(MonitorsConfig.FLAG_USE_POS, new int[] {800, 600, 0, 0}));
        assertEquals(List.of("reply 2 2"), port.sent);
    }

    @Test
    void aClientWithoutReplyCapabilityGetsNoReply() {
        client.announce(ByteBuffer.wrap(new byte[4]));
        send(config(MonitorsConfig.FLAG_USE_POS, new int[] {800, 600, 0, 0}));
        assertEquals(1, display.asked.size());
        assertTrue(port.sent.isEmpty());
    }

    @Test
    void aBurstOfLayoutsIsAppliedAsItsFirstAndItsLastAndEveryOneIsAnswered() throws InterruptedException {
        MonitorsConfig paced = new MonitorsConfig(":test", display, java.time.Duration.ofSeconds(2));
        long start = System.nanoTime();
        for (int i = 0; i < 500; i++) {
            paced.messageReceived(client, VdAgent.MONITORS_CONFIG,
                config(MonitorsConfig.FLAG_USE_POS, new int[] {800 + i, 600, 0, 0}));
        }
        long burstMillis = (System.nanoTime() - start) / 1_000_000;
        org.junit.jupiter.api.Assumptions.assumeTrue(burstMillis < 1500, "the burst took " + burstMillis + " ms");
        assertEquals(List.of(new ScreenLayout(800, 600, List.of(mon(0, 0, 800, 600)))), display.asked,
            "only the first at once");
        for (int waited = 0; display.asked.size() < 2 && waited < 100; waited++) Thread.sleep(50);
        assertEquals(List.of(new ScreenLayout(800, 600, List.of(mon(0, 0, 800, 600))),
            new ScreenLayout(1299, 600, List.of(mon(0, 0, 1299, 600)))), display.asked, "then the newest");
        for (int waited = 0; port.sent.size() < 500 && waited < 100; waited++) Thread.sleep(50);
        assertEquals(java.util.Collections.nCopies(500, "reply 2 1"), port.sent);
    }

    @Test
    void displayConfigIsTakenAndIgnored() {
        assertTrue(feature.handles(VdAgent.DISPLAY_CONFIG));
        feature.messageReceived(client, VdAgent.DISPLAY_CONFIG, new byte[8]);
        assertEquals(List.of(), display.asked);
        assertEquals(List.of(), port.sent);
    }
}
