package org.sumac.spice.codec;

/**
 * A strict decoder of SPICE LZ_RGB data (RGB32), written from the format description (spice-common
 * lz.c / lz_decompress_tmpl.c) to check the encoder. It rejects, with an exception, everything on
 * which spice-gtk would assert or warn: bad magic/version/type, a stride other than 4·width,
 * a match before any pixel, a reference before the first pixel, output past width·height, and
 * bytes left over after the last pixel.
 */
final class SpiceLzReferenceDecoder {

    record Image(int width, int height, boolean topDown, int[] pixels, int tokens) {}

    static final class FormatException extends RuntimeException {
        FormatException(String message) {
            super(message);
        }
    }

    private final byte[] data;
    private int pos;
    private final int end;

    private SpiceLzReferenceDecoder(byte[] data, int start, int end) {
        this.data = data;
        this.pos = start;
        this.end = end;
    }

    /** Decodes {@code data} as laid out after the image descriptor: u32 LE data_size, then the LZ stream. */
    static Image decodeImageData(byte[] data) {
        if (data.length < 4) {
            throw new FormatException("no data_size");
        }
        long size = (data[0] & 0xFFL) | (data[1] & 0xFFL) << 8 | (data[2] & 0xFFL) << 16 | (data[3] & 0xFFL) << 24;
        if (size != data.length - 4) {
            throw new FormatException("data_size " + size + " but " + (data.length - 4) + " bytes follow");
        }
        return new SpiceLzReferenceDecoder(data, 4, data.length).decode();
    }

    private int u8() {
        if (pos >= end) {
            throw new FormatException("stream ends early at byte " + pos);
        }
        return data[pos++] & 0xFF;
    }

    private int u32be() {
        return u8() << 24 | u8() << 16 | u8() << 8 | u8();
    }

    private Image decode() {
        if (u32be() != LzImageEncoder.LZ_MAGIC) {
            throw new FormatException("bad magic");
        }
        if (u32be() != 0x00010001) {
            throw new FormatException("bad version");
        }
        if (u32be() != 8) {
            throw new FormatException("not RGB32");
        }
        int width = u32be();
        int height = u32be();
        int stride = u32be();
        int topDown = u32be();
        if (width <= 0 || height <= 0 || (long) width * height > 1 << 28) {
            throw new FormatException("bad size " + width + "x" + height);
        }
        if (stride != width * 4) {
            throw new FormatException("stride != width*4");
        }
        int total = width * height;
        int[] out = new int[total];
        int op = 0;
        int tokens = 0;
        while (op < total) {
            int ctrl = u8();
            tokens++;
            if (ctrl < 32) {
                int n = ctrl + 1;
                if (op + n > total) {
                    throw new FormatException("literal run past the end");
                }
                for (int k = 0; k < n; k++) {
                    int b = u8();
                    int g = u8();
                    int r = u8();
                    out[op++] = r << 16 | g << 8 | b;
                }
            } else {
                int length = ctrl >>> 5;
                if (length == 7) {
                    int code;
                    do {
                        code = u8();
                        length += code;
                    } while (code == 255);
                }
                int low = u8();
                int v = (ctrl & 31) << 8 | low;
                if (v == 8191) {
                    v = (u8() << 8 | u8()) + 8191;
                }
                int ref = op - (v + 1);
                if (ref < 0) {
                    throw new FormatException("reference before the first pixel at " + op);
                }
                if (op + length > total) {
                    throw new FormatException("match past the end");
                }
                for (int k = 0; k < length; k++) {
                    out[op++] = out[ref++];
                }
            }
        }
        if (pos != end) {
            throw new FormatException((end - pos) + " bytes after the last pixel");
        }
        return new Image(width, height, topDown != 0, out, tokens);
    }
}
