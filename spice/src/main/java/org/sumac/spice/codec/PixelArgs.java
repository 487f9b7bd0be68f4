package org.sumac.spice.codec;

/** Argument checks shared by the encoders: bad arguments give {@code null}, never an exception. */
final class PixelArgs {

    private PixelArgs() {}

    /**
     * True when {@code width × height} pixels at {@code offset} with row pitch {@code stride} lie
     * inside {@code pixels} and the image has at most {@code maxBytes} bytes at 4 bytes a pixel.
     */
    static boolean valid(int[] pixels, int offset, int stride, int width, int height, long maxBytes) {
        if (pixels == null || width <= 0 || height <= 0 || offset < 0 || stride < width) {
            return false;
        }
        if ((long) width * height * 4 > maxBytes) {
            return false;
        }
        long last = (long) offset + (long) (height - 1) * stride + width;
        return last <= pixels.length;
    }
}
