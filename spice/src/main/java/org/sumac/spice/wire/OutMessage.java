package org.sumac.spice.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * A server-to-client message under construction: the header is reserved up front and patched by
 * {@link #finish(long)}. Pointer fields of SPICE bodies are offsets from the body start; {@link #bodyPosition()}
 * gives the current one.
 */
public final class OutMessage {
    private final ByteBuf buf;
    private final int type;
    private final boolean miniHeader;
    private final int headerSize;

    public OutMessage(ByteBufAllocator alloc, int type, boolean miniHeader, int bodySizeHint) {
        this.type = type;
        this.miniHeader = miniHeader;
        this.headerSize = miniHeader ? 6 : 18;
        this.buf = alloc.buffer(headerSize + Math.max(bodySizeHint, 0));
        buf.writeZero(headerSize);
    }

    public int type() {
        return type;
    }

    public int bodyPosition() {
        return buf.writerIndex() - headerSize;
    }

    public OutMessage u8(int v) { buf.writeByte(v); return this; }
    public OutMessage u16(int v) { buf.writeShortLE(v); return this; }
    public OutMessage u32(long v) { buf.writeIntLE((int) v); return this; }
    public OutMessage u64(long v) { buf.writeLongLE(v); return this; }
    public OutMessage bytes(byte[] b) { buf.writeBytes(b); return this; }
    public OutMessage bytes(byte[] b, int off, int len) { buf.writeBytes(b, off, len); return this; }
    public OutMessage zeros(int n) { buf.writeZero(n); return this; }

    /** Rect on the wire is top, left, bottom, right. */
    public OutMessage rect(int x, int y, int width, int height) {
        return u32(y).u32(x).u32(y + height).u32(x + width);
    }

    /** Overwrites a u32 at a body offset written earlier (used for pointer fields). */
    public void patchU32(int bodyOffset, long value) {
        buf.setIntLE(headerSize + bodyOffset, (int) value);
    }

    /** Pixels as 32-bit B,G,R,X little-endian, row by row. */
    public OutMessage pixels(int[] pixels, int offset, int stride, int width, int height) {
        buf.ensureWritable(width * height * 4);
        for (int row = 0; row < height; row++) {
            int p = offset + row * stride;
            for (int col = 0; col < width; col++) {
                buf.writeIntLE(pixels[p + col]);
            }
        }
        return this;
    }

    /** Fills in the header; returns the complete message ready to write. */
    public ByteBuf finish(long serial) {
        int bodySize = buf.writerIndex() - headerSize;
        if (miniHeader) {
            buf.setShortLE(0, type);
            buf.setIntLE(2, bodySize);
        } else {
            buf.setLongLE(0, serial);
            buf.setShortLE(8, type);
            buf.setIntLE(10, bodySize);
            buf.setIntLE(14, 0);
        }
        return buf;
    }

    public void discard() {
        buf.release();
    }
}
