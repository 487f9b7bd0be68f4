package org.sumac.spice.wire;

import io.netty.buffer.ByteBuf;

/** One client-to-server data message: its type and its body (little-endian, owned by the receiver). */
public record SpiceMessage(int type, ByteBuf body) {
    /** Throws {@link ProtocolException} when the body is shorter than the type needs. */
    public void requireBody(int bytes) throws ProtocolException {
        if (body.readableBytes() < bytes) {
            throw new ProtocolException("message type " + type + " has " + body.readableBytes()
                    + " body bytes, needs " + bytes);
        }
    }
}
