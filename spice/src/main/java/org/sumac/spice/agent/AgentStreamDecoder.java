package org.sumac.spice.agent;

import io.netty.buffer.ByteBuf;
import java.io.ByteArrayOutputStream;
import java.util.function.BiConsumer;
import org.sumac.spice.wire.ProtocolException;

/**
 * Reassembles VDAgentMessage records (20-byte header: u32 protocol, u32 type, u64 opaque, u32 size; then data)
 * from the byte stream carried by AGENT_DATA messages. A record may span many messages and a message may hold
 * several records. Not thread-safe.
 */
public final class AgentStreamDecoder {
    private final int maxRecordSize;
    private final byte[] header = new byte[VdAgent.HEADER_SIZE];
    private int headerFill;
    private int type;
    private ByteArrayOutputStream data;
    private long remaining;

    public AgentStreamDecoder(int maxRecordSize) {
        this.maxRecordSize = maxRecordSize;
    }

    /** Consumes one AGENT_DATA body; calls {@code sink} with (type, data) for each completed record. */
    public void feed(ByteBuf body, BiConsumer<Integer, byte[]> sink) throws ProtocolException {
        while (body.isReadable()) {
            if (data == null) {
                int n = Math.min(body.readableBytes(), header.length - headerFill);
                body.readBytes(header, headerFill, n);
                headerFill += n;
                if (headerFill < header.length) return;
                headerFill = 0;
                long protocol = u32(header, 0);
                type = (int) u32(header, 4);
                remaining = u32(header, 16);
                if (protocol != VdAgent.PROTOCOL) {
                    throw new ProtocolException("agent message with protocol " + protocol + ", expected 1");
                }
                if (remaining > maxRecordSize) {
                    throw new ProtocolException("agent message of " + remaining + " bytes exceeds the limit " + maxRecordSize);
                }
                data = new ByteArrayOutputStream((int) Math.min(remaining, 65536));
            }
            int n = (int) Math.min(body.readableBytes(), remaining);
            byte[] chunk = new byte[n];
            body.readBytes(chunk);
            data.write(chunk, 0, n);
            remaining -= n;
            if (remaining == 0) {
                byte[] done = data.toByteArray();
                data = null;
                sink.accept(type, done);
            }
        }
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
