package org.sumac.spice.channel.cursor;

import java.util.Arrays;

/**
 * A pointer image: width x height ARGB pixels (0xAARRGGBB, not premultiplied, rows top to bottom) and the hot
 * spot. Sizes up to 512x512; spice-html5 shows only cursors under 64 KiB (at most 127x127).
 */
public record CursorShape(int width, int height, int hotX, int hotY, int[] argb) {
    public CursorShape {
        if (width <= 0 || height <= 0 || width > 512 || height > 512) {
            throw new IllegalArgumentException("cursor size " + width + "x" + height);
        }
        if (argb.length < width * height) {
            throw new IllegalArgumentException("cursor needs " + width * height + " pixels");
        }
        if (hotX < 0 || hotY < 0 || hotX >= width || hotY >= height) {
            throw new IllegalArgumentException("hot spot outside the cursor");
        }
        argb = Arrays.copyOf(argb, width * height);
    }

    /** A content key used as the cursor's cache id on the wire. */
    public long uniqueId() {
        long h = 0xCBF29CE484222325L ^ width ^ ((long) height << 16) ^ ((long) hotX << 32) ^ ((long) hotY << 48);
        for (int p : argb) {
            h = (h ^ p) * 0x100000001B3L;
            h ^= h >>> 29;
        }
        return h & Long.MAX_VALUE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CursorShape c && c.width == width && c.height == height && c.hotX == hotX
                && c.hotY == hotY && Arrays.equals(c.argb, argb);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(argb) * 31 + width * 7 + height;
    }

    @Override
    public String toString() {
        return "CursorShape[" + width + "x" + height + " hot " + hotX + "," + hotY + "]";
    }
}
