package org.sumac.x11.font;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads Portable Compiled Format fonts (plain or gzip-compressed), every format variant: either byte order,
 * either bit order, scan units 1/2/4, row padding 1/2/4/8, compressed or full metrics, optional ink metrics,
 * BDF_ACCELERATORS preferred over ACCELERATORS (as libXfont does). Layout per the PCF description in
 * x11-server.md 1.10 and libXfont's pcfread.c. Every offset and count is bounds-checked: bad files yield
 * {@link FontFormatException}, never another exception.
 */
public final class PcfReader {

    /** Decompressed fonts larger than this are refused (the largest misc font is ~2 MB). */
    static final int MAX_FONT_BYTES = 64 << 20;

    private static final int PCF_PROPERTIES = 1;
    private static final int PCF_ACCELERATORS = 1 << 1;
    private static final int PCF_METRICS = 1 << 2;
    private static final int PCF_BITMAPS = 1 << 3;
    private static final int PCF_INK_METRICS = 1 << 4;
    private static final int PCF_BDF_ENCODINGS = 1 << 5;
    private static final int PCF_BDF_ACCELERATORS = 1 << 8;

    private static final int FORMAT_MASK = 0xffffff00;
    private static final int PCF_DEFAULT_FORMAT = 0;
    private static final int PCF_ACCEL_W_INKBOUNDS = 0x100;
    private static final int PCF_COMPRESSED_METRICS = 0x100;

    private final byte[] data;
    private final int[] tocType;
    private final int[] tocFormat;
    private final int[] tocSize;
    private final int[] tocOffset;

    /** Cursor inside the current table, and the byte order the table's format word announced. */
    private int position;
    private int limit;
    private boolean msbFirst;

    private PcfReader(byte[] data) throws FontFormatException {
        this.data = data;
        if (data.length < 8 || data[0] != 1 || data[1] != 'f' || data[2] != 'c' || data[3] != 'p') {
            throw new FontFormatException("not a PCF file");
        }
        position = 4;
        limit = data.length;
        msbFirst = false;
        int count = int32();
        if (count <= 0 || count > 1024 || 8L + 16L * count > data.length) {
            throw new FontFormatException("bad table count " + count);
        }
        tocType = new int[count];
        tocFormat = new int[count];
        tocSize = new int[count];
        tocOffset = new int[count];
        for (int i = 0; i < count; i++) {
            tocType[i] = int32();
            tocFormat[i] = int32();
            tocSize[i] = int32();
            tocOffset[i] = int32();
        }
    }

    /** Reads a font file; gzip compression is detected from the content. */
    public static CoreFont read(InputStream in) throws IOException {
        return read(in.readNBytes(MAX_FONT_BYTES + 1));
    }

    /** Parses PCF bytes (optionally gzip-compressed). */
    public static CoreFont read(byte[] bytes) throws IOException {
        byte[] raw = bytes;
        if (raw.length >= 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b) {
            raw = gunzip(raw);
        }
        if (raw.length > MAX_FONT_BYTES) {
            throw new FontFormatException("font too large");
        }
        try {
            return new PcfReader(raw).parse();
        } catch (ArithmeticException | NegativeArraySizeException | IndexOutOfBoundsException e) {
            // Defensive: every access is checked, but a hostile file must never escape as a runtime error.
            throw new FontFormatException("corrupt PCF: " + e);
        }
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 4);
            byte[] buffer = new byte[65536];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_FONT_BYTES) {
                    throw new FontFormatException("font too large");
                }
            }
            return out.toByteArray();
        } catch (java.util.zip.ZipException e) {
            throw new FontFormatException("bad gzip data: " + e.getMessage());
        }
    }

    private CoreFont parse() throws FontFormatException {
        CoreFont.Builder font = new CoreFont.Builder();
        font.properties = readProperties();
        boolean hasBdfAccelerators = findTable(PCF_BDF_ACCELERATORS) >= 0;
        readAccelerators(font, hasBdfAccelerators ? PCF_BDF_ACCELERATORS : PCF_ACCELERATORS);

        CharInfo[] metrics = readMetrics(PCF_METRICS, true);
        readBitmaps(font, metrics);
        CharInfo[] ink = findTable(PCF_INK_METRICS) >= 0 ? readMetrics(PCF_INK_METRICS, true) : metrics;
        if (ink.length != metrics.length) {
            throw new FontFormatException("ink metrics count differs from metrics count");
        }
        font.metrics = metrics;
        font.inkMetrics = ink;
        readEncodings(font, metrics.length);
        return font.build();
    }

    // ---- tables ----

    private int findTable(int type) {
        for (int i = 0; i < tocType.length; i++) {
            if (tocType[i] == type) {
                return i;
            }
        }
        return -1;
    }

    /** Positions the cursor after the table's own format word and returns that format. */
    private int enterTable(int type, boolean required) throws FontFormatException {
        int index = findTable(type);
        if (index < 0) {
            if (required) {
                throw new FontFormatException("missing PCF table " + type);
            }
            return -1;
        }
        long start = tocOffset[index] & 0xffffffffL;
        // Writers overstate the last table's size; like libXfont, trust the data and stop at end of file.
        long end = Math.min(start + (tocSize[index] & 0xffffffffL), data.length);
        if (start + 4 > end) {
            throw new FontFormatException("PCF table " + type + " outside the file");
        }
        position = (int) start;
        limit = (int) end;
        msbFirst = false;
        int format = int32(); // the format word itself is always little-endian
        msbFirst = (format & 4) != 0;
        return format;
    }

    private List<FontProperty> readProperties() throws FontFormatException {
        int format = enterTable(PCF_PROPERTIES, true);
        requireFormat(format, PCF_DEFAULT_FORMAT, "properties");
        int count = int32();
        if (count <= 0 || count > (limit - position) / 9) {
            throw new FontFormatException("bad property count " + count);
        }
        int[] nameOffsets = new int[count];
        boolean[] isString = new boolean[count];
        int[] values = new int[count];
        for (int i = 0; i < count; i++) {
            nameOffsets[i] = int32();
            int flag = int8();
            values[i] = int32();
            if (nameOffsets[i] < 0 || (flag != 0 && flag != 1) || (flag == 1 && values[i] < 0)) {
                throw new FontFormatException("bad property entry " + i);
            }
            isString[i] = flag == 1;
        }
        if ((count & 3) != 0) {
            skip(4 - (count & 3));
        }
        int stringSize = int32();
        if (stringSize < 0 || stringSize > limit - position) {
            throw new FontFormatException("bad property string pool size");
        }
        int pool = position;
        List<FontProperty> properties = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = poolString(pool, stringSize, nameOffsets[i]);
            properties.add(isString[i]
                    ? FontProperty.ofString(name, poolString(pool, stringSize, values[i]))
                    : FontProperty.ofInt(name, values[i]));
        }
        return properties;
    }

    private String poolString(int pool, int size, int offset) throws FontFormatException {
        if (offset >= size) {
            throw new FontFormatException("property string outside the pool");
        }
        int end = pool + offset;
        while (end < pool + size && data[end] != 0) {
            end++;
        }
        return new String(data, pool + offset, end - pool - offset, StandardCharsets.ISO_8859_1);
    }

    private void readAccelerators(CoreFont.Builder font, int type) throws FontFormatException {
        int format = enterTable(type, true);
        boolean withInk = (format & FORMAT_MASK) == PCF_ACCEL_W_INKBOUNDS;
        if (!withInk) {
            requireFormat(format, PCF_DEFAULT_FORMAT, "accelerators");
        }
        font.noOverlap = int8() != 0;
        font.constantMetrics = int8() != 0;
        font.terminalFont = int8() != 0;
        font.constantWidth = int8() != 0;
        font.inkInside = int8() != 0;
        font.inkMetricsFlag = int8() != 0;
        font.drawDirection = int8();
        int8(); // padding
        font.fontAscent = int32();
        font.fontDescent = int32();
        font.maxOverlap = int32();
        font.minBounds = metric();
        font.maxBounds = metric();
        if (withInk) {
            font.inkMinBounds = metric();
            font.inkMaxBounds = metric();
        } else {
            font.inkMinBounds = font.minBounds;
            font.inkMaxBounds = font.maxBounds;
        }
    }

    private CharInfo[] readMetrics(int type, boolean required) throws FontFormatException {
        int format = enterTable(type, required);
        boolean compressed = (format & FORMAT_MASK) == PCF_COMPRESSED_METRICS;
        if (!compressed) {
            requireFormat(format, PCF_DEFAULT_FORMAT, "metrics");
        }
        int count = compressed ? uint16() : int32();
        int recordSize = compressed ? 5 : 12;
        if (count < 0 || count > (limit - position) / recordSize) {
            throw new FontFormatException("bad metrics count " + count);
        }
        CharInfo[] metrics = new CharInfo[count];
        for (int i = 0; i < count; i++) {
            metrics[i] = compressed ? compressedMetric() : metric();
        }
        return metrics;
    }

    private void readBitmaps(CoreFont.Builder font, CharInfo[] metrics) throws FontFormatException {
        int format = enterTable(PCF_BITMAPS, true);
        requireFormat(format, PCF_DEFAULT_FORMAT, "bitmaps");
        int count = int32();
        if (count != metrics.length || count > (limit - position) / 4) {
            throw new FontFormatException("bitmap count differs from metrics count");
        }
        int[] offsets = new int[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = int32();
        }
        int[] sizes = new int[4];
        for (int i = 0; i < 4; i++) {
            sizes[i] = int32();
        }
        int padIndex = format & 3;
        int rowPad = 1 << padIndex;
        int dataSize = sizes[padIndex];
        if (dataSize < 0 || dataSize > limit - position) {
            throw new FontFormatException("bitmap data outside its table");
        }
        boolean bitsMsbFirst = (format & 8) != 0;
        boolean bytesMsbFirst = (format & 4) != 0;
        int scanUnit = 1 << ((format >> 4) & 3);
        int base = position;

        // Normalize every row to bytes in pixel order, most significant bit = leftmost pixel: undo the
        // scan-unit byte swap when byte and bit order differ, and reverse bits when LSB-first.
        int[] wordOffsets = new int[count];
        long totalWords = 0;
        for (int g = 0; g < count; g++) {
            wordOffsets[g] = (int) totalWords;
            totalWords += (long) stride(metrics[g]) * height(metrics[g]);
            if (totalWords > Integer.MAX_VALUE / 2) {
                throw new FontFormatException("glyph bitmaps too large");
            }
        }
        int[] words = new int[(int) totalWords];
        for (int g = 0; g < count; g++) {
            CharInfo m = metrics[g];
            int widthPixels = width(m);
            int heightPixels = height(m);
            if (widthPixels == 0 || heightPixels == 0) {
                continue;
            }
            int rowBytes = (widthPixels + rowPad * 8 - 1) / (rowPad * 8) * rowPad;
            long glyphStart = offsets[g] & 0xffffffffL;
            if (glyphStart + (long) rowBytes * heightPixels > dataSize) {
                throw new FontFormatException("glyph " + g + " bitmap outside the data");
            }
            int stride = stride(m);
            int srcRow = base + (int) glyphStart;
            int dst = wordOffsets[g];
            for (int y = 0; y < heightPixels; y++, srcRow += rowBytes, dst += stride) {
                int rowInGlyph = y * rowBytes;
                for (int byteIndex = 0; byteIndex < (widthPixels + 7) >> 3; byteIndex++) {
                    // bdftopcf swaps scan units per glyph, so units are aligned to the glyph's start (this
                    // only matters for the odd files whose scan unit exceeds their row padding).
                    int source = rowInGlyph + byteIndex;
                    if (bytesMsbFirst != bitsMsbFirst && scanUnit > 1) {
                        int unitStart = source & ~(scanUnit - 1);
                        source = unitStart + (scanUnit - 1 - (source - unitStart));
                    }
                    long absolute = glyphStart + source;
                    int value = absolute < dataSize ? data[base + (int) absolute] & 0xff : 0;
                    if (!bitsMsbFirst) {
                        value = Integer.reverse(value) >>> 24;
                    }
                    words[dst + (byteIndex >> 2)] |= value << (24 - 8 * (byteIndex & 3));
                }
                // Clear pad bits beyond the glyph width so renderers may use whole words.
                int tailBits = widthPixels & 31;
                if (tailBits != 0) {
                    words[dst + stride - 1] &= -1 << (32 - tailBits);
                }
            }
        }
        font.bitmapWords = words;
        font.bitmapOffsets = wordOffsets;
    }

    private void readEncodings(CoreFont.Builder font, int glyphCount) throws FontFormatException {
        int format = enterTable(PCF_BDF_ENCODINGS, true);
        requireFormat(format, PCF_DEFAULT_FORMAT, "encodings");
        int firstCol = uint16();
        int lastCol = uint16();
        int firstRow = uint16();
        int lastRow = uint16();
        int defaultChar = uint16();
        if (firstCol > lastCol || firstRow > lastRow || lastCol - firstCol > 255 || lastRow > 255
                || firstCol > 255) {
            throw new FontFormatException("bad encoding range");
        }
        int cells = (lastCol - firstCol + 1) * (lastRow - firstRow + 1);
        if (cells > (limit - position) / 2) {
            throw new FontFormatException("encoding table truncated");
        }
        int[] encoding = new int[cells];
        boolean allExist = true;
        for (int i = 0; i < cells; i++) {
            int glyph = uint16();
            if (glyph == 0xffff) {
                allExist = false;
                encoding[i] = -1;
            } else if (glyph >= glyphCount) {
                throw new FontFormatException("encoding names glyph " + glyph + " of " + glyphCount);
            } else {
                encoding[i] = glyph;
            }
        }
        font.firstCol = firstCol;
        font.lastCol = lastCol;
        font.firstRow = firstRow;
        font.lastRow = lastRow;
        font.defaultChar = defaultChar;
        font.allCharsExist = allExist;
        font.encoding = encoding;
    }

    // ---- primitives ----

    static int width(CharInfo m) {
        return Math.max(0, m.rightBearing() - m.leftBearing());
    }

    static int height(CharInfo m) {
        return Math.max(0, m.ascent() + m.descent());
    }

    static int stride(CharInfo m) {
        return (width(m) + 31) >>> 5;
    }

    private static void requireFormat(int format, int expected, String table) throws FontFormatException {
        if ((format & FORMAT_MASK) != expected) {
            throw new FontFormatException("unsupported " + table + " format 0x" + Integer.toHexString(format));
        }
    }

    private void need(int bytes) throws FontFormatException {
        if (bytes > limit - position) {
            throw new FontFormatException("PCF table truncated");
        }
    }

    private void skip(int bytes) throws FontFormatException {
        need(bytes);
        position += bytes;
    }

    private int int8() throws FontFormatException {
        need(1);
        return data[position++];
    }

    private int uint16() throws FontFormatException {
        need(2);
        int a = data[position] & 0xff;
        int b = data[position + 1] & 0xff;
        position += 2;
        return msbFirst ? (a << 8) | b : (b << 8) | a;
    }

    private int int16() throws FontFormatException {
        return (short) uint16();
    }

    private int int32() throws FontFormatException {
        need(4);
        int a = data[position] & 0xff;
        int b = data[position + 1] & 0xff;
        int c = data[position + 2] & 0xff;
        int d = data[position + 3] & 0xff;
        position += 4;
        return msbFirst ? (a << 24) | (b << 16) | (c << 8) | d : (d << 24) | (c << 16) | (b << 8) | a;
    }

    private CharInfo metric() throws FontFormatException {
        int left = int16();
        int right = int16();
        int width = int16();
        int ascent = int16();
        int descent = int16();
        int attributes = uint16();
        return new CharInfo(left, right, width, ascent, descent, attributes);
    }

    private CharInfo compressedMetric() throws FontFormatException {
        need(5);
        int left = (data[position] & 0xff) - 0x80;
        int right = (data[position + 1] & 0xff) - 0x80;
        int width = (data[position + 2] & 0xff) - 0x80;
        int ascent = (data[position + 3] & 0xff) - 0x80;
        int descent = (data[position + 4] & 0xff) - 0x80;
        position += 5;
        return new CharInfo(left, right, width, ascent, descent, 0);
    }
}
