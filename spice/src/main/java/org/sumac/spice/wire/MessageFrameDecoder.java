package org.sumac.spice.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Splits the data stream after a successful link into {@link SpiceMessage}s. Uses the 6-byte mini header when
 * both sides agreed on MINI_HEADER, otherwise the 18-byte full header. A size above the limit is a framing
 * error: nothing larger can be valid from a client, and buffering it would let a peer spend our memory.
 */
public final class MessageFrameDecoder extends ByteToMessageDecoder {
    private final boolean miniHeader;
    private final int maxBodySize;

    public MessageFrameDecoder(boolean miniHeader, int maxBodySize) {
        this.miniHeader = miniHeader;
        this.maxBodySize = maxBodySize;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
        int headerSize = miniHeader ? 6 : 18;
        while (in.readableBytes() >= headerSize) {
            int start = in.readerIndex();
            int type;
            long size;
            if (miniHeader) {
                type = in.getUnsignedShortLE(start);
                size = in.getUnsignedIntLE(start + 2);
            } else {
                type = in.getUnsignedShortLE(start + 8);
                size = in.getUnsignedIntLE(start + 10);
                long subList = in.getUnsignedIntLE(start + 14);
                if (subList != 0) {
                    throw new ProtocolException("client message type " + type + " uses a sub-message list");
                }
            }
            if (size > maxBodySize) {
                throw new ProtocolException("client message type " + type + " declares " + size
                        + " body bytes, more than the limit " + maxBodySize);
            }
            if (in.readableBytes() < headerSize + size) {
                return;
            }
            in.skipBytes(headerSize);
            out.add(new SpiceMessage(type, in.readRetainedSlice((int) size)));
        }
    }
}
