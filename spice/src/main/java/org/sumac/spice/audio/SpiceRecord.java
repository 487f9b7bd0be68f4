package org.sumac.spice.audio;

import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A desktop's microphone as SPICE carries it: while the desktop says something records ({@link #setActive}), the
 * client's record channel is sent START and its samples (48 kHz stereo S16LE; Opus packets decoded) reach the sink;
 * otherwise the client is sent STOP and sends nothing. Thread-safe.
 */
public final class SpiceRecord {
    private static final Logger log = LoggerFactory.getLogger(SpiceRecord.class);

    /** Where the client's samples go; called on a network thread, must not block. */
    public interface Sink {
        void recorded(byte[] s16le);
    }

    private final String name;
    private final CopyOnWriteArrayList<RecordChannelClient> clients = new CopyOnWriteArrayList<>();
    private volatile Sink sink = pcm -> { };
    private volatile boolean active;
    private volatile int[] volume = {0xFFFF, 0xFFFF};
    private volatile boolean muted;

    public SpiceRecord(String name) {
        this.name = name;
    }

    public void setSink(Sink sink) {
        this.sink = sink == null ? pcm -> { } : sink;
    }

    /** Whether a program in the desktop is recording: the client is asked to send (START) or to stop (STOP). */
    public void setActive(boolean recording) {
        if (active == recording) return;
        active = recording;
        log.debug("sound {}: recording {}", name, recording ? "starts" : "stops");
        for (RecordChannelClient c : clients) c.activeChanged(recording);
    }

    public boolean isActive() {
        return active;
    }

    public void setVolume(int left, int right) {
        volume = new int[] {left & 0xFFFF, right & 0xFFFF};
        for (RecordChannelClient c : clients) c.sendVolume();
    }

    public void setMute(boolean mute) {
        muted = mute;
        for (RecordChannelClient c : clients) c.sendVolume();
    }

    int[] volume() {
        return volume;
    }

    boolean muted() {
        return muted;
    }

    String name() {
        return name;
    }

    void register(RecordChannelClient c) {
        clients.add(c);
    }

    void unregister(RecordChannelClient c) {
        clients.remove(c);
    }

    void deliver(byte[] pcm) {
        if (!active) return; // data the client sent before our STOP reached it
        try {
            sink.recorded(pcm);
        } catch (RuntimeException e) {
            log.warn("sound {}: record sink failed", name, e);
        }
    }

    /** What the server advertises on the record channel: VOLUME, and OPUS when libopus is there. */
    public static int[] serverCaps() {
        return OpusHolder.OPUS.isPresent()
                ? org.sumac.spice.wire.Spice.caps(org.sumac.spice.wire.Spice.RECORD_CAP_VOLUME, org.sumac.spice.wire.Spice.RECORD_CAP_OPUS)
                : org.sumac.spice.wire.Spice.caps(org.sumac.spice.wire.Spice.RECORD_CAP_VOLUME);
    }
}
