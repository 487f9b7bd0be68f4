package org.sumac.spice.audio;

import io.netty.channel.Channel;
import org.sumac.spice.channel.ChannelClient;
import org.sumac.spice.link.LinkRequest;
import org.sumac.spice.server.Session;
import org.sumac.spice.wire.ProtocolException;
import org.sumac.spice.wire.Spice;
import org.sumac.spice.wire.SpiceMessage;

/**
 * The RECORD channel: START (48 kHz stereo S16) while the desktop records, STOP otherwise; the client answers with
 * MODE, START_MARK and DATA. Refused with one log line each: an unknown mode, raw data that is not whole stereo
 * samples, Opus packets that do not decode, and a client that sends faster than the rate it was given (more than
 * {@link #AHEAD_MILLIS} ahead of real time since its START_MARK: the excess is dropped).
 */
public final class RecordChannelClient extends ChannelClient {
    static final int AHEAD_MILLIS = 500;
    private static final int BYTES_PER_MS = SpicePlayback.RATE / 1000 * SpicePlayback.CHANNELS * 2;

    private final SpiceRecord record;
    private Opus.Decoder decoder;
    private int mode;
    private long markNanos;
    private long bytesSinceMark;
    private boolean warnedMode, warnedData, warnedRate;

    public RecordChannelClient(Session session, LinkRequest link, Channel channel, SpiceRecord record) {
        super(session, link, channel);
        this.record = record;
    }

    @Override
    protected void start() {
        writeVolume();
        if (record.isActive()) writeStart();
        channel.flush();
        record.register(this);
    }

    @Override
    protected void closed() {
        record.unregister(this);
        if (decoder != null) decoder.close();
    }

    void activeChanged(boolean active) {
        execute(() -> {
            if (active) {
                writeStart();
                channel.flush();
            } else {
                send(message(Spice.MSG_RECORD_STOP, 0));
            }
        });
    }

    void sendVolume() {
        execute(() -> {
            writeVolume();
            channel.flush();
        });
    }

    private void writeStart() {
        write(message(Spice.MSG_RECORD_START, 10).u32(SpicePlayback.CHANNELS).u16(Spice.AUDIO_FMT_S16)
                .u32(SpicePlayback.RATE));
        markNanos = 0;
    }

    private void writeVolume() {
        if (!link.hasChannelCap(Spice.RECORD_CAP_VOLUME)) return;
        int[] v = record.volume();
        write(message(Spice.MSG_RECORD_VOLUME, 5).u8(v.length).u16(v[0]).u16(v[1]));
        write(message(Spice.MSG_RECORD_MUTE, 1).u8(record.muted() ? 1 : 0));
    }

    @Override
    protected void handleMessage(SpiceMessage message) throws ProtocolException {
        var body = message.body();
        switch (message.type()) {
            case Spice.MSGC_RECORD_MODE -> {
                message.requireBody(6);
                body.readUnsignedIntLE();
                int m = body.readUnsignedShortLE();
                boolean opusOk = m == Spice.AUDIO_DATA_MODE_OPUS && OpusHolder.OPUS.isPresent();
                if (m == Spice.AUDIO_DATA_MODE_RAW || opusOk) {
                    mode = m;
                    if (opusOk && decoder == null) decoder = OpusHolder.OPUS.get().decoder();
                } else {
                    mode = 0;
                    if (!warnedMode) {
                        warnedMode = true;
                        log.info("SPICE {}: record mode {} refused (raw or Opus only): its data is dropped", describe(), m);
                    }
                }
            }
            case Spice.MSGC_RECORD_START_MARK -> {
                message.requireBody(4);
                markNanos = System.nanoTime();
                bytesSinceMark = 0;
            }
            case Spice.MSGC_RECORD_DATA -> {
                message.requireBody(4);
                body.readUnsignedIntLE();
                byte[] payload = new byte[body.readableBytes()];
                body.readBytes(payload);
                data(payload);
            }
            default -> unknownMessage(message);
        }
    }

    private void data(byte[] payload) {
        byte[] pcm;
        if (mode == Spice.AUDIO_DATA_MODE_RAW) {
            if (payload.length % 4 != 0) {
                refuseData("raw record data of " + payload.length + " bytes is not whole stereo 16-bit samples");
                return;
            }
            pcm = payload;
        } else if (mode == Spice.AUDIO_DATA_MODE_OPUS) {
            pcm = decoder.decode(payload, 0, payload.length);
            if (pcm == null) {
                refuseData("an Opus record packet of " + payload.length + " bytes does not decode");
                return;
            }
        } else {
            refuseData("record data before a valid MODE");
            return;
        }
        long now = System.nanoTime();
        if (markNanos == 0) markNanos = now;
        bytesSinceMark += pcm.length;
        long allowed = ((now - markNanos) / 1_000_000 + AHEAD_MILLIS) * BYTES_PER_MS;
        if (bytesSinceMark > allowed) {
            bytesSinceMark -= pcm.length;
            if (!warnedRate) {
                warnedRate = true;
                log.info("SPICE {}: the client sends record data faster than {} Hz: the excess is dropped", describe(),
                        SpicePlayback.RATE);
            }
            return;
        }
        record.deliver(pcm);
    }

    private void refuseData(String why) {
        if (!warnedData) {
            warnedData = true;
            log.info("SPICE {}: {}: refused", describe(), why);
        }
    }
}
