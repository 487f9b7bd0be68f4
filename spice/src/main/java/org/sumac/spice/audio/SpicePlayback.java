package org.sumac.spice.audio;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A desktop's sound output as SPICE sends it: 48 kHz stereo S16LE in 10 ms frames, started and stopped by the sound
 * source (nothing is sent between a stop and the next start), with volume and mute. Frames go to the connected
 * client's playback channel, raw or Opus as that client can take; a client that does not read loses frames (counted,
 * logged once per burst) and never holds the caller up. Thread-safe; {@link #write} is meant for one producer thread.
 */
public final class SpicePlayback {
    public static final int RATE = 48_000, CHANNELS = 2;
    /** Bytes of one 10 ms frame: 480 samples of two 16-bit channels. */
    public static final int FRAME_BYTES = 480 * CHANNELS * 2;

    private static final Logger log = LoggerFactory.getLogger(SpicePlayback.class);
    private final String name;
    private final IntSupplier clock;
    private final CopyOnWriteArrayList<PlaybackChannelClient> clients = new CopyOnWriteArrayList<>();
    private final AtomicLong framesWritten = new AtomicLong(), framesSent = new AtomicLong(),
            framesDropped = new AtomicLong(), bytesSent = new AtomicLong();
    private volatile boolean playing;
    private volatile boolean compression = true;
    private volatile int[] volume = {0xFFFF, 0xFFFF};
    private volatile boolean muted;

    /** {@code clock} is the endpoint's multimedia time (ms), which stamps every frame. */
    public SpicePlayback(String name, IntSupplier clock) {
        this.name = name;
        this.clock = clock;
    }

    /** Whether Opus is used for clients that can decode it (the default), or raw PCM for all. */
    public void setCompression(boolean on) {
        this.compression = on;
    }

    public boolean compression() {
        return compression && OpusHolder.OPUS.isPresent();
    }

    /** Sound begins: clients are sent START. */
    public void start() {
        start(clock.getAsInt());
    }

    private synchronized void start(int time) {
        if (playing) return;
        playing = true;
        for (PlaybackChannelClient c : clients) c.startStream(time);
    }

    /** Sound ends: clients are sent STOP and nothing more until the next start. */
    public synchronized void stop() {
        if (!playing) return;
        playing = false;
        for (PlaybackChannelClient c : clients) c.stopStream();
    }

    public boolean isPlaying() {
        return playing;
    }

    /** One 10 ms frame ({@link #FRAME_BYTES} bytes at {@code offset}); starts the stream when it was stopped. */
    public void write(byte[] s16le, int offset) {
        // One clock reading for START and the first frame: spice-gtk warns when a frame is older than its START.
        int time = clock.getAsInt();
        if (!playing) start(time);
        framesWritten.incrementAndGet();
        for (PlaybackChannelClient c : clients) c.offer(s16le, offset, time);
    }

    /** Per-channel volume, 0..65535 (SPICE's scale), sent to clients as VOLUME. */
    public void setVolume(int left, int right) {
        volume = new int[] {left & 0xFFFF, right & 0xFFFF};
        for (PlaybackChannelClient c : clients) c.sendVolume();
    }

    public void setMute(boolean mute) {
        muted = mute;
        for (PlaybackChannelClient c : clients) c.sendVolume();
    }

    int[] volume() {
        return volume;
    }

    boolean muted() {
        return muted;
    }

    int clock() {
        return clock.getAsInt();
    }

    void register(PlaybackChannelClient c) {
        clients.add(c);
    }

    void unregister(PlaybackChannelClient c) {
        clients.remove(c);
    }

    void sent(int bytes) {
        framesSent.incrementAndGet();
        bytesSent.addAndGet(bytes);
    }

    /** A frame a client had no room for; the first of a burst and every 500th after it are logged. */
    void dropped(String client, long pending) {
        long n = framesDropped.incrementAndGet();
        if (n == 1 || n % 500 == 0) {
            log.info("sound {}: {} is not reading its playback channel ({} bytes waiting): {} frames of 10 ms dropped so far",
                    name, client, pending, n);
        }
    }

    public long framesWritten() {
        return framesWritten.get();
    }

    public long framesSent() {
        return framesSent.get();
    }

    public long framesDropped() {
        return framesDropped.get();
    }

    /** Payload bytes sent (raw PCM or Opus packets), without SPICE headers. */
    public long bytesSent() {
        return bytesSent.get();
    }

    /** What the server advertises on the playback channel: VOLUME, and OPUS when libopus is there. */
    public static int[] serverCaps() {
        return OpusHolder.OPUS.isPresent()
                ? org.sumac.spice.wire.Spice.caps(org.sumac.spice.wire.Spice.PLAYBACK_CAP_VOLUME, org.sumac.spice.wire.Spice.PLAYBACK_CAP_OPUS)
                : org.sumac.spice.wire.Spice.caps(org.sumac.spice.wire.Spice.PLAYBACK_CAP_VOLUME);
    }
}
