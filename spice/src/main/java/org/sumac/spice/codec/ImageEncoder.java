package org.sumac.spice.codec;

/**
 * Compresses a rectangle of 32-bit pixels into one SPICE image type.
 *
 * <p>Implementations are stateless between calls and safe to share between threads unless their
 * javadoc says otherwise, so one instance can serve every client of a server.
 */
public interface ImageEncoder {

    /** The SpiceImageType number written in the SpiceImageDescriptor (e.g. 101 LZ_RGB, 105 JPEG, 109 LZ4). */
    int imageType();

    /**
     * Encodes {@code width × height} pixels read from {@code pixels}: pixel (x, y) is
     * {@code pixels[offset + y * stride + x]}, an xRGB int {@code 0x00RRGGBB} (the top byte is ignored).
     *
     * @return the bytes that follow the SpiceImageDescriptor on the wire (see each implementation for
     *     the exact layout), or {@code null} if this encoder cannot or should not encode the rectangle
     *     (bad arguments, or a lossless result larger than the raw bitmap); the caller then sends a
     *     raw BITMAP instead
     */
    EncodedImage encode(int[] pixels, int offset, int stride, int width, int height);
}
