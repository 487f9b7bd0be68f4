package org.sumac.spice.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.spice.RawSpiceClient;
import org.sumac.spice.SpiceTestSupport;
import org.sumac.spice.audio.Opus;
import org.sumac.spice.audio.SpicePlayback;
import org.sumac.spice.channel.display.FramebufferScreen;
import org.sumac.spice.wire.Spice;

/** The playback and record channels against a raw SPICE client: formats, Opus, and the fault cases. */
@Timeout(60)
class SoundChannelsTest {
    private SpiceServer server;
    private SpiceEndpoint endpoint;
    private int port;
    private RawSpiceClient main;
    private int sessionId;

    @BeforeEach
    void start() throws Exception {
        port = SpiceTestSupport.freePort();
        server = new SpiceServer(SpiceServerConfig.builder().listen("127.0.0.1", port).password("pw").build(),
            new FramebufferScreen(32, 32));
        server.start();
        endpoint = server.endpoint();
        endpoint.offerSound();
        main = new RawSpiceClient(port);
        assertEquals(0, main.link(0, Spice.CHANNEL_MAIN, "pw"));
        sessionId = ByteBuffer.wrap(main.readUntil(Spice.MSG_MAIN_INIT).body()).order(ByteOrder.LITTLE_ENDIAN).getInt(0);
    }

    @AfterEach
    void stop() throws Exception {
        main.close();
        server.close();
    }

    /** Links a channel of the session with the given capability bits. */
    private RawSpiceClient link(int type, int... capBits) throws Exception {
        RawSpiceClient c = new RawSpiceClient(port);
        assertEquals(0, c.link(sessionId, type, "pw", Spice.caps(capBits)));
        return c;
    }

    static byte[] sine(int frames, double hz, int amplitude) {
        ByteBuffer b = ByteBuffer.allocate(frames * SpicePlayback.FRAME_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames * 480; i++) {
            short v = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / 48_000));
            b.putShort(v).putShort((short) -v);
        }
        return b.array();
    }

    private static int u32(byte[] b, int at) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt(at);
    }

    private static int u16(byte[] b, int at) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getShort(at) & 0xFFFF;
    }

    @Test
    void rawPlaybackCarriesModeStartTheExactFramesAndStop() throws Exception {
        try (RawSpiceClient c = link(Spice.CHANNEL_PLAYBACK, Spice.PLAYBACK_CAP_VOLUME)) {
            RawSpiceClient.Message mode = c.readUntil(Spice.MSG_PLAYBACK_MODE);
            assertEquals(Spice.AUDIO_DATA_MODE_RAW, u16(mode.body(), 4));
            assertEquals(65535, u16(c.readUntil(Spice.MSG_PLAYBACK_VOLUME).body(), 1));
            Thread.sleep(200); // registered after MODE went out
            byte[] pcm = sine(3, 440, 12_000);
            for (int f = 0; f < 3; f++) endpoint.playback().write(pcm, f * SpicePlayback.FRAME_BYTES);
            byte[] start = c.readUntil(Spice.MSG_PLAYBACK_START).body();
            assertEquals(2, u32(start, 0));
            assertEquals(Spice.AUDIO_FMT_S16, u16(start, 4));
            assertEquals(48_000, u32(start, 6));
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            int lastTime = u32(start, 10);
            for (int f = 0; f < 3; f++) {
                RawSpiceClient.Message m = c.readMessage();
                assertEquals(Spice.MSG_PLAYBACK_DATA, m.type());
                int time = u32(m.body(), 0);
                assertTrue(time - lastTime >= 0, "multimedia time never goes back");
                lastTime = time;
                got.write(m.body(), 4, m.body().length - 4);
            }
            assertArrayEquals(pcm, got.toByteArray());
            endpoint.playback().stop();
            assertEquals(Spice.MSG_PLAYBACK_STOP, c.readMessage().type());
        }
    }

    @Test
    void opusPlaybackDecodesToTheSameSignal() throws Exception {
        Opus opus = Opus.load().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(opus != null, "libopus.so.0 is not installed");
        try (RawSpiceClient c = link(Spice.CHANNEL_PLAYBACK, Spice.PLAYBACK_CAP_OPUS);
             Opus.Decoder decoder = opus.decoder()) {
            assertEquals(Spice.AUDIO_DATA_MODE_OPUS, u16(c.readUntil(Spice.MSG_PLAYBACK_MODE).body(), 4));
            Thread.sleep(200);
            int frames = 50;
            byte[] pcm = sine(frames, 440, 12_000);
            for (int f = 0; f < frames; f++) endpoint.playback().write(pcm, f * SpicePlayback.FRAME_BYTES);
            c.readUntil(Spice.MSG_PLAYBACK_START);
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            int compressed = 0;
            for (int f = 0; f < frames; f++) {
                RawSpiceClient.Message m = c.readUntil(Spice.MSG_PLAYBACK_DATA);
                assertTrue(m.body().length - 4 <= Opus.MAX_PACKET);
                compressed += m.body().length - 4;
                got.writeBytes(decoder.decode(m.body(), 4, m.body().length - 4));
            }
            assertEquals(pcm.length, got.size());
            assertTrue(compressed < pcm.length / 8, "Opus is at least 8 times smaller than PCM: " + compressed);
            double r = AudioSignals.bestCorrelation(AudioSignals.left(pcm), AudioSignals.left(got.toByteArray()), 480);
            assertTrue(r > 0.95, "correlation " + r);
        }
    }

    @Test
    void aPlaybackClientThatStopsReadingLosesFramesButNeverHoldsTheProducer() throws Exception {
        try (RawSpiceClient c = link(Spice.CHANNEL_PLAYBACK)) {
            c.socket.setReceiveBufferSize(4096);
            c.readUntil(Spice.MSG_PLAYBACK_MODE);
            Thread.sleep(200);
            byte[] pcm = sine(1, 440, 12_000);
            long t0 = System.nanoTime();
            for (int f = 0; f < 6000; f++) { // a minute of sound, written as fast as it comes
                endpoint.playback().write(pcm, 0);
                if (f % 100 == 99) Thread.sleep(5);
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertTrue(millis < 20_000, "the producer was held up: " + millis + " ms");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (endpoint.playback().framesSent() + endpoint.playback().framesDropped() < 6000
                && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            // The kernel's socket buffers take a few seconds' worth; the rest is dropped, never queued in Sumac.
            assertTrue(endpoint.playback().framesDropped() > 3000, "dropped " + endpoint.playback().framesDropped());
            assertEquals(6000, endpoint.playback().framesSent() + endpoint.playback().framesDropped());
            assertFalse(endpoint.currentSession().orElseThrow().isClosed(), "the session stays");
        }
    }

    private static byte[] recordData(byte[] payload) {
        return ByteBuffer.allocate(4 + payload.length).order(ByteOrder.LITTLE_ENDIAN).putInt(0).put(payload).array();
    }

    private static byte[] mode(int mode) {
        return ByteBuffer.allocate(6).order(ByteOrder.LITTLE_ENDIAN).putInt(0).putShort((short) mode).array();
    }

    @Test
    void recordStartsOnlyWhileTheDesktopRecordsAndDeliversTheClientsSamples() throws Exception {
        LinkedBlockingQueue<byte[]> got = new LinkedBlockingQueue<>();
        endpoint.record().setSink(got::add);
        try (RawSpiceClient c = link(Spice.CHANNEL_RECORD, Spice.RECORD_CAP_VOLUME)) {
            c.readUntil(Spice.MSG_RECORD_MUTE);
            Thread.sleep(200);
            c.socket.setSoTimeout(300);
            assertThrowsTimeout(c); // nothing asks for the microphone yet
            c.socket.setSoTimeout(0);
            endpoint.record().setActive(true);
            byte[] start = c.readUntil(Spice.MSG_RECORD_START).body();
            assertEquals(2, u32(start, 0));
            assertEquals(48_000, u32(start, 6));
            c.sendMessage(Spice.MSGC_RECORD_MODE, mode(Spice.AUDIO_DATA_MODE_RAW));
            c.sendMessage(Spice.MSGC_RECORD_START_MARK, new byte[4]);
            byte[] pcm = sine(1, 440, 5000);
            c.sendMessage(Spice.MSGC_RECORD_DATA, recordData(pcm));
            assertArrayEquals(pcm, got.poll(5, TimeUnit.SECONDS));
            endpoint.record().setActive(false);
            assertEquals(Spice.MSG_RECORD_STOP, c.readUntil(Spice.MSG_RECORD_STOP).type());
        }
    }

    private static void assertThrowsTimeout(RawSpiceClient c) throws Exception {
        try {
            RawSpiceClient.Message m = c.readMessage();
            throw new AssertionError("unexpected message " + m.type());
        } catch (java.net.SocketTimeoutException expected) {
            // nothing came
        }
    }

    @Test
    void malformedRecordDataIsRefusedAndTheChannelKeepsWorking() throws Exception {
        LinkedBlockingQueue<byte[]> got = new LinkedBlockingQueue<>();
        endpoint.record().setSink(got::add);
        endpoint.record().setActive(true);
        try (RawSpiceClient c = link(Spice.CHANNEL_RECORD)) {
            c.readUntil(Spice.MSG_RECORD_START);
            c.sendMessage(Spice.MSGC_RECORD_DATA, recordData(new byte[1920])); // before any MODE
            c.sendMessage(Spice.MSGC_RECORD_MODE, mode(2)); // CELT: not taken
            c.sendMessage(Spice.MSGC_RECORD_DATA, recordData(new byte[1920]));
            c.sendMessage(Spice.MSGC_RECORD_MODE, mode(Spice.AUDIO_DATA_MODE_RAW));
            c.sendMessage(Spice.MSGC_RECORD_DATA, recordData(new byte[1922])); // half a sample
            c.sendMessage(Spice.MSGC_RECORD_DATA, new byte[2]); // shorter than its time stamp
            Thread.sleep(300);
            assertTrue(got.isEmpty(), "malformed data reached the desktop");
            assertTrue(c.closedByServer(), "a message shorter than its fields closes the channel");
        }
        try (RawSpiceClient c = link(Spice.CHANNEL_RECORD)) {
            c.readUntil(Spice.MSG_RECORD_START);
            c.sendMessage(Spice.MSGC_RECORD_MODE, mode(Spice.AUDIO_DATA_MODE_RAW));
            byte[] pcm = sine(1, 440, 5000);
            c.sendMessage(Spice.MSGC_RECORD_DATA, recordData(pcm));
            assertArrayEquals(pcm, got.poll(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void aClientRecordingFasterThanRealTimeIsHeldToHalfASecondAhead() throws Exception {
        LinkedBlockingQueue<byte[]> got = new LinkedBlockingQueue<>();
        endpoint.record().setSink(got::add);
        endpoint.record().setActive(true);
        try (RawSpiceClient c = link(Spice.CHANNEL_RECORD)) {
            c.readUntil(Spice.MSG_RECORD_START);
            c.sendMessage(Spice.MSGC_RECORD_MODE, mode(Spice.AUDIO_DATA_MODE_RAW));
            c.sendMessage(Spice.MSGC_RECORD_START_MARK, new byte[4]);
            long t0 = System.nanoTime();
            byte[] pcm = sine(1, 440, 5000);
            for (int i = 0; i < 300; i++) c.sendMessage(Spice.MSGC_RECORD_DATA, recordData(pcm)); // 3 s at once
            c.sendMessage(Spice.MSGC_RECORD_MODE, mode(Spice.AUDIO_DATA_MODE_RAW)); // a marker: all data was read
            Thread.sleep(300);
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            int frames = got.size();
            assertTrue(frames >= 50 && frames <= 50 + elapsedMs / 10 + 1,
                frames + " frames of 10 ms taken in " + elapsedMs + " ms");
        }
    }
}
