package org.sumac.spice.channel.display;

/** Encodes a block of xRGB pixels into the bytes that follow a SpiceImageDescriptor of {@link #imageType()}. */
public interface TileEncoder {
    int imageType();

    /** Returns null when this encoder cannot or should not encode these pixels. */
    byte[] encode(int[] pixels, int offset, int stride, int width, int height);
}
