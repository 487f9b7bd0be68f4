package org.sumac.spice.audio;

import io.netty.channel.Channel;
import org.sumac.spice.channel.ChannelClient;
import org.sumac.spice.link.LinkRequest;
import org.sumac.spice.server.Session;
import org.sumac.spice.wire.OutMessage;
import org.sumac.spice.wire.ProtocolException;
import org.sumac.spice.wire.Spice;
import org.sumac.spice.wire.SpiceMessage;

/**
 * The PLAYBACK channel: MODE first (raw, or Opus when the client can decode it), VOLUME and MUTE, then START, DATA
 * frames of 10 ms and STOP as the desktop's sound starts and stops. Frames are encoded on the producer's thread and
 * written on the event loop; when more than {@link #MAX_PENDING_BYTES} wait in the socket's queue the frame is dropped
 * (spice-gtk plays what arrives as it arrives, so a late frame is worth no more than a lost one).
 */
public final class PlaybackChannelClient extends ChannelClient {
    /** About 170 ms of raw sound: beyond that a frame is dropped instead of queued. */
    static final int MAX_PENDING_BYTES = 32 << 10;
    /** The socket's send buffer: about 340 ms of raw sound. */
    static final int SEND_BUFFER_BYTES = 64 << 10;

    private final SpicePlayback playback;
    private final Opus.Encoder encoder;
    private final int mode;

    public PlaybackChannelClient(Session session, LinkRequest link, Channel channel, SpicePlayback playback) {
        super(session, link, channel);
        this.playback = playback;
        boolean opus = playback.compression() && link.hasChannelCap(Spice.PLAYBACK_CAP_OPUS);
        this.encoder = opus ? OpusHolder.OPUS.orElseThrow().encoder() : null;
        this.mode = opus ? Spice.AUDIO_DATA_MODE_OPUS : Spice.AUDIO_DATA_MODE_RAW;
    }

    /** The data mode this client gets (Spice.AUDIO_DATA_MODE_*). */
    public int mode() {
        return mode;
    }

    @Override
    protected void start() {
        // A small kernel buffer too: the kernel would otherwise take megabytes (seconds of sound) from a client
        // that stopped reading, all of it stale once it reads again.
        channel.config().setOption(io.netty.channel.ChannelOption.SO_SNDBUF, SEND_BUFFER_BYTES);
        write(message(Spice.MSG_PLAYBACK_MODE, 6).u32(playback.clock()).u16(mode));
        writeVolume();
        if (playback.isPlaying()) writeStart(playback.clock());
        channel.flush();
        playback.register(this);
        log.info("SPICE {}: playback in {} mode", describe(), mode == Spice.AUDIO_DATA_MODE_OPUS ? "Opus" : "raw");
    }

    @Override
    protected void closed() {
        playback.unregister(this);
        if (encoder != null) {
            // The producer may be encoding for this client right now; close on its next turn is not worth a lock.
            synchronized (encoder) {
                encoder.close();
            }
        }
    }

    @Override
    protected void handleMessage(SpiceMessage message) throws ProtocolException {
        unknownMessage(message);
    }

    void startStream(int time) {
        execute(() -> {
            writeStart(time);
            channel.flush();
        });
    }

    void stopStream() {
        execute(() -> send(message(Spice.MSG_PLAYBACK_STOP, 0)));
    }

    void sendVolume() {
        execute(() -> {
            writeVolume();
            channel.flush();
        });
    }

    private void writeStart(int time) {
        write(message(Spice.MSG_PLAYBACK_START, 14).u32(SpicePlayback.CHANNELS).u16(Spice.AUDIO_FMT_S16)
                .u32(SpicePlayback.RATE).u32(time));
    }

    private void writeVolume() {
        if (!link.hasChannelCap(Spice.PLAYBACK_CAP_VOLUME)) return;
        int[] v = playback.volume();
        write(message(Spice.MSG_PLAYBACK_VOLUME, 5).u8(v.length).u16(v[0]).u16(v[1]));
        write(message(Spice.MSG_PLAYBACK_MUTE, 1).u8(playback.muted() ? 1 : 0));
    }

    /** Called on the producer's thread with one frame. */
    void offer(byte[] s16le, int offset, int time) {
        if (isClosing()) return;
        byte[] payload;
        if (encoder != null) {
            synchronized (encoder) {
                if (isClosing()) return;
                payload = encoder.encode(s16le, offset);
            }
        } else {
            payload = java.util.Arrays.copyOfRange(s16le, offset, offset + SpicePlayback.FRAME_BYTES);
        }
        execute(() -> {
            long pending = pendingBytes();
            if (pending > MAX_PENDING_BYTES) {
                playback.dropped(describe(), pending);
                return;
            }
            OutMessage m = message(Spice.MSG_PLAYBACK_DATA, 4 + payload.length).u32(time).bytes(payload);
            send(m);
            playback.sent(payload.length);
        });
    }
}
