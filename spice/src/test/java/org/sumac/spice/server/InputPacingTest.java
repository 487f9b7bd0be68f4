package org.sumac.spice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.spice.RawSpiceClient;
import org.sumac.spice.SpiceTestSupport;
import org.sumac.spice.channel.display.FramebufferScreen;
import org.sumac.spice.channel.inputs.InputSink;
import org.sumac.spice.wire.Spice;

/**
 * One client's input flood is paced (InputsChannelClient: a burst, then a rate), so the network thread it shares
 * with other desktops' clients is not its alone; nothing is lost, only read later.
 */
class InputPacingTest {
    static final int KEYS = 12_000;

    @Test
    @Timeout(60)
    void aFloodOfKeysIsReadAtTheInputRateAndNoneIsLost() throws Exception {
        int port = SpiceTestSupport.freePort();
        AtomicInteger alpha = new AtomicInteger(), bravo = new AtomicInteger();
        try (SpiceHost host = new SpiceHost(SpiceServerConfig.builder().listen("127.0.0.1", port).ioThreads(1).build())) {
            SpiceEndpoint a = host.addEndpoint(SpiceServerConfig.builder().name("alpha").password("alpha-pw").build(),
                    new FramebufferScreen(8, 8));
            SpiceEndpoint b = host.addEndpoint(SpiceServerConfig.builder().name("bravo").password("bravo-pw").build(),
                    new FramebufferScreen(8, 8));
            a.setInputSink(counting(alpha));
            b.setInputSink(counting(bravo));
            host.start();
            try (RawSpiceClient mainA = new RawSpiceClient(port); RawSpiceClient inputsA = new RawSpiceClient(port);
                 RawSpiceClient mainB = new RawSpiceClient(port); RawSpiceClient inputsB = new RawSpiceClient(port)) {
                link(mainA, inputsA, "alpha-pw");
                link(mainB, inputsB, "bravo-pw");
                // KEYS key messages ('a' pressed, released, ...) in one write, from a thread: the server stops
                // reading, so the write blocks once the socket buffers are full.
                byte[] flood = new byte[KEYS * 10];
                for (int i = 0; i < KEYS; i++) {
                    int at = i * 10;
                    flood[at] = (byte) Spice.MSGC_INPUTS_KEY_DOWN;
                    flood[at + 1] = (byte) (Spice.MSGC_INPUTS_KEY_DOWN >> 8);
                    flood[at + 2] = 4;
                    flood[at + 6] = (byte) (i % 2 == 0 ? 0x1e : 0x9e);
                }
                long start = System.nanoTime();
                Thread writer = Thread.ofPlatform().start(() -> {
                    try {
                        inputsA.send(flood);
                    } catch (java.io.IOException e) {
                        // the assertions below tell
                    }
                });
                Thread.sleep(1000);
                int afterOneSecond = alpha.get();
                // Another desktop's key on the same network thread arrives meanwhile.
                inputsB.sendMessage(Spice.MSGC_INPUTS_KEY_DOWN, new byte[] {0x1e, 0, 0, 0});
                long keyB = System.nanoTime();
                while (bravo.get() == 0 && System.nanoTime() - keyB < 5_000_000_000L) Thread.sleep(1);
                long keyBMillis = (System.nanoTime() - keyB) / 1_000_000;
                while (alpha.get() < KEYS && System.nanoTime() - start < 30_000_000_000L) Thread.sleep(20);
                long tookMillis = (System.nanoTime() - start) / 1_000_000;
                writer.join(5000);
                assertEquals(KEYS, alpha.get(), "every key of the flood arrives");
                // The burst (1000) and the rate (2000 a second).
                assertTrue(afterOneSecond < 5000, afterOneSecond + " of " + KEYS + " keys read in the first second");
                assertTrue(tookMillis >= 2000, "the flood was read in " + tookMillis + " ms: not paced");
                assertEquals(1, bravo.get());
                assertTrue(keyBMillis < 1000, "the other desktop's key took " + keyBMillis + " ms");
            }
        }
    }

    private static void link(RawSpiceClient main, RawSpiceClient inputs, String password) throws Exception {
        assertEquals(0, main.link(0, Spice.CHANNEL_MAIN, password));
        int session = main.readUntil(Spice.MSG_MAIN_INIT).buffer().getInt(0);
        assertEquals(0, inputs.link(session, Spice.CHANNEL_INPUTS, password));
        inputs.readUntil(Spice.MSG_INPUTS_INIT);
    }

    private static InputSink counting(AtomicInteger n) {
        return new InputSink() {
            @Override public void keyPressed(int code) { n.incrementAndGet(); }
            @Override public void keyReleased(int code) { n.incrementAndGet(); }
        };
    }
}
