package org.sumac.x11.font;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A loaded core (bitmap) font: everything QueryFont, QueryTextExtents, ListFontsWithInfo and the text
 * drawing requests need. Immutable and thread-safe.
 *
 * <p>Glyphs are numbered 0..{@link #glyphCount()}-1. Character codes map to glyphs through
 * {@link #glyphIndex8(int)} / {@link #glyphIndex16(int, int)}, which apply the default-character rule the
 * way libXfont's get_glyphs does (-1 = draw nothing, advance nothing). Glyph bitmaps are packed rows of
 * 32-bit words, most significant bit = leftmost pixel, pad bits zero.
 */
public final class CoreFont {

    private final List<FontProperty> properties;
    private final CharInfo minBounds;
    private final CharInfo maxBounds;
    private final CharInfo bitmapMinBounds;
    private final CharInfo bitmapMaxBounds;
    private final int fontAscent;
    private final int fontDescent;
    private final int drawDirection;
    private final boolean noOverlap;
    private final boolean constantMetrics;
    private final boolean terminalFont;
    private final boolean constantWidth;
    private final boolean inkInside;
    private final boolean inkMetricsFlag;
    private final int maxOverlap;
    private final int firstCol;
    private final int lastCol;
    private final int firstRow;
    private final int lastRow;
    private final int defaultChar;
    private final boolean allCharsExist;
    private final CharInfo[] metrics;
    private final CharInfo[] inkMetrics;
    private final int[] encoding;
    private final int defaultGlyph;
    private final int[] bitmapWords;
    private final int[] bitmapOffsets;
    /** QueryFont's per-character table, built on first use (benign race: equal results). */
    private volatile List<CharInfo> queryFontCharInfos;

    private CoreFont(Builder b) {
        properties = List.copyOf(b.properties);
        minBounds = b.inkMinBounds;
        maxBounds = b.inkMaxBounds;
        bitmapMinBounds = b.minBounds;
        bitmapMaxBounds = b.maxBounds;
        fontAscent = b.fontAscent;
        fontDescent = b.fontDescent;
        drawDirection = b.drawDirection;
        noOverlap = b.noOverlap;
        constantMetrics = b.constantMetrics;
        terminalFont = b.terminalFont;
        constantWidth = b.constantWidth;
        inkInside = b.inkInside;
        inkMetricsFlag = b.inkMetricsFlag;
        maxOverlap = b.maxOverlap;
        firstCol = b.firstCol;
        lastCol = b.lastCol;
        firstRow = b.firstRow;
        lastRow = b.lastRow;
        defaultChar = b.defaultChar;
        allCharsExist = b.allCharsExist;
        metrics = b.metrics;
        inkMetrics = b.inkMetrics;
        encoding = b.encoding;
        bitmapWords = b.bitmapWords;
        bitmapOffsets = b.bitmapOffsets;
        int row = defaultChar >> 8;
        int col = defaultChar & 0xff;
        defaultGlyph = row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol
                ? encoding[(row - firstRow) * (lastCol - firstCol + 1) + col - firstCol]
                : -1;
    }

    // ---- QueryFont fields ----

    /** QueryFont min-bounds (libXfont reports the ink bounds). */
    public CharInfo minBounds() {
        return minBounds;
    }

    /** QueryFont max-bounds (ink bounds). */
    public CharInfo maxBounds() {
        return maxBounds;
    }

    /** Bounds of the bitmap (not ink) metrics, from the accelerator table. */
    public CharInfo bitmapMinBounds() {
        return bitmapMinBounds;
    }

    public CharInfo bitmapMaxBounds() {
        return bitmapMaxBounds;
    }

    public int minCharOrByte2() {
        return firstCol;
    }

    public int maxCharOrByte2() {
        return lastCol;
    }

    public int minByte1() {
        return firstRow;
    }

    public int maxByte1() {
        return lastRow;
    }

    public int defaultChar() {
        return defaultChar;
    }

    /** 0 = LeftToRight, 1 = RightToLeft. */
    public int drawDirection() {
        return drawDirection;
    }

    public boolean allCharsExist() {
        return allCharsExist;
    }

    public int fontAscent() {
        return fontAscent;
    }

    public int fontDescent() {
        return fontDescent;
    }

    /** Properties in file order (QueryFont and ListFontsWithInfo order). */
    public List<FontProperty> properties() {
        return properties;
    }

    /** The integer value of a non-string property, or the fallback. */
    public int intProperty(String name, int fallback) {
        for (FontProperty p : properties) {
            if (!p.isString() && p.name().equals(name)) {
                return p.value();
            }
        }
        return fallback;
    }

    public boolean noOverlap() {
        return noOverlap;
    }

    public boolean constantMetrics() {
        return constantMetrics;
    }

    public boolean terminalFont() {
        return terminalFont;
    }

    public boolean constantWidth() {
        return constantWidth;
    }

    public boolean inkInside() {
        return inkInside;
    }

    public boolean inkMetrics() {
        return inkMetricsFlag;
    }

    public int maxOverlap() {
        return maxOverlap;
    }

    /**
     * QueryFont's CHARINFO list: one entry per (byte1, byte2) cell, rows minByte1..maxByte1 and within each
     * row columns minCharOrByte2..maxCharOrByte2; missing characters are all zero. Ink metrics, as Xorg.
     * Empty when min and max ink bounds agree (attributes aside), as Xorg's QueryFont omits the list then.
     */
    public List<CharInfo> charInfos() {
        List<CharInfo> result = queryFontCharInfos;
        if (result == null && minBounds.leftBearing() == maxBounds.leftBearing()
                && minBounds.rightBearing() == maxBounds.rightBearing() && minBounds.width() == maxBounds.width()
                && minBounds.ascent() == maxBounds.ascent() && minBounds.descent() == maxBounds.descent()) {
            // Xorg's QueryFont sends no per-character list when every glyph has the same ink metrics.
            result = List.of();
            queryFontCharInfos = result;
        } else if (result == null) {
            CharInfo[] infos = new CharInfo[encoding.length];
            for (int i = 0; i < infos.length; i++) {
                int glyph = encoding[i];
                infos[i] = glyph < 0 ? CharInfo.NONEXISTENT : inkMetrics[glyph];
            }
            result = Collections.unmodifiableList(Arrays.asList(infos));
            queryFontCharInfos = result;
        }
        return result;
    }

    // ---- character to glyph ----

    public int glyphCount() {
        return metrics.length;
    }

    /** Glyph of the default character, or -1 when the font has none. */
    public int defaultGlyph() {
        return defaultGlyph;
    }

    /**
     * Glyph drawn for an 8-bit code (PolyText8/ImageText8): the code's glyph, else the default
     * character's, else -1. Fonts with minByte1 > 0 draw the default character for every 8-bit code.
     */
    public int glyphIndex8(int code) {
        if (firstRow > 0) {
            return defaultGlyph;
        }
        int column = (code & 0xff) - firstCol;
        if (column >= 0 && column <= lastCol - firstCol) {
            int glyph = encoding[column];
            if (glyph >= 0) {
                return glyph;
            }
        }
        return defaultGlyph;
    }

    /**
     * Glyph drawn for a CHAR2B (PolyText16/ImageText16). Fonts with maxByte1 = 0 index linearly by
     * byte1 * 256 + byte2 (so byte1 != 0 is missing); others by row/column.
     */
    public int glyphIndex16(int byte1, int byte2) {
        int glyph = encodedGlyph16(byte1 & 0xff, byte2 & 0xff);
        return glyph >= 0 ? glyph : defaultGlyph;
    }

    /**
     * The glyph of a cursor character (CreateGlyphCursor), or -1: as Xorg, a character outside the font's columns
     * (and rows) has none, one inside gets the default-character rule.
     */
    public int cursorGlyph(int ch) {
        int byte1 = (ch >> 8) & 0xff, byte2 = ch & 0xff;
        if (lastRow == 0) {
            if (ch < firstCol || ch > lastCol) return -1;
        } else if (byte1 < firstRow || byte1 > lastRow || byte2 < firstCol || byte2 > lastCol) {
            return -1;
        }
        return glyphIndex16(byte1, byte2);
    }

    /** The glyph encoded at a CHAR2B with no default substitution, or -1. */
    private int encodedGlyph16(int byte1, int byte2) {
        int columns = lastCol - firstCol + 1;
        if (lastRow == 0) {
            int column = ((byte1 << 8) | byte2) - firstCol;
            return column >= 0 && column < columns ? encoding[column] : -1;
        }
        int row = byte1 - firstRow;
        int column = byte2 - firstCol;
        if (row < 0 || row > lastRow - firstRow || column < 0 || column >= columns) {
            return -1;
        }
        return encoding[row * columns + column];
    }

    /** The glyph at a cell (row-major over rows minByte1.. and columns minCharOrByte2..), or -1. */
    int glyphAtCell(int cell) {
        return encoding[cell];
    }

    /** Bitmap metrics of a glyph: drawing placement and advance. */
    public CharInfo glyphMetrics(int glyph) {
        return metrics[glyph];
    }

    /** Ink metrics of a glyph (what QueryFont and QueryTextExtents report). */
    public CharInfo glyphInkMetrics(int glyph) {
        return inkMetrics[glyph];
    }

    // ---- glyph bitmaps ----

    /** Bitmap width in pixels (rightBearing - leftBearing). */
    public int glyphWidth(int glyph) {
        return PcfReader.width(metrics[glyph]);
    }

    /** Bitmap height in pixels (ascent + descent). */
    public int glyphHeight(int glyph) {
        return PcfReader.height(metrics[glyph]);
    }

    /** 32-bit words per bitmap row. */
    public int glyphStride(int glyph) {
        return PcfReader.stride(metrics[glyph]);
    }

    /** Word wordIndex of row y: bit 31 is pixel 32 * wordIndex, pad bits are zero. */
    public int glyphRowWord(int glyph, int y, int wordIndex) {
        return bitmapWords[bitmapOffsets[glyph] + y * glyphStride(glyph) + wordIndex];
    }

    /** Whether pixel (x, y) of the glyph bitmap is set; false outside the bitmap. */
    public boolean bit(int glyph, int x, int y) {
        if (x < 0 || y < 0 || x >= glyphWidth(glyph) || y >= glyphHeight(glyph)) {
            return false;
        }
        return (glyphRowWord(glyph, y, x >>> 5) << (x & 31)) < 0;
    }

    /** Copies one glyph's packed rows (height * stride words) for renderers that want their own copy. */
    public int[] glyphBitmap(int glyph) {
        int from = bitmapOffsets[glyph];
        return Arrays.copyOfRange(bitmapWords, from, from + glyphHeight(glyph) * glyphStride(glyph));
    }

    // ---- extents ----

    /**
     * QueryTextExtents for CHAR2B codes (byte1 << 8 | byte2): ink metrics, missing characters replaced by
     * the default character when it exists, otherwise ignored; as libXfont's query_text_extents.
     */
    public TextExtents queryTextExtents(int[] char2b, int count) {
        int used = Math.min(count, char2b.length);
        CharInfo defaultInfo = null;
        int defaultEncoded = encodedGlyph16(defaultChar >> 8, defaultChar & 0xff);
        if (defaultEncoded >= 0 && !inkMetrics[defaultEncoded].isNonexistent()) {
            defaultInfo = inkMetrics[defaultEncoded];
        }
        CharInfo[] infos = new CharInfo[used];
        int n = 0;
        for (int i = 0; i < used; i++) {
            int code = char2b[i];
            int glyph = encodedGlyph16((code >> 8) & 0xff, code & 0xff);
            CharInfo info = glyph < 0 ? CharInfo.NONEXISTENT : inkMetrics[glyph];
            if (info.isNonexistent()) {
                if (defaultInfo == null) {
                    if (n == 0) {
                        continue; // leading missing characters are dropped entirely
                    }
                } else {
                    info = defaultInfo;
                }
            }
            infos[n++] = info;
        }
        return extents(infos, n, false);
    }

    /**
     * Extents of glyphs about to be drawn (their bitmap metrics), as ImageText computes its background
     * rectangle: x .. x + overallWidth, y - fontAscent .. y + fontDescent. Glyph indices from
     * glyphIndex8/16 with -1 entries removed.
     */
    public TextExtents glyphExtents(int[] glyphs, int count) {
        int used = Math.min(count, glyphs.length);
        CharInfo[] infos = new CharInfo[used];
        for (int i = 0; i < used; i++) {
            infos[i] = metrics[glyphs[i]];
        }
        return extents(infos, used, constantMetrics);
    }

    /** libXfont's query_glyph_extents: all-zero metrics do not contribute. */
    private TextExtents extents(CharInfo[] infos, int count, boolean useConstantShortcut) {
        int ascent = 0;
        int descent = 0;
        int width = 0;
        int left = 0;
        int right = 0;
        if (count > 0) {
            CharInfo first = infos[0];
            if (!first.isNonexistent()) {
                ascent = first.ascent();
                descent = first.descent();
                left = first.leftBearing();
                right = first.rightBearing();
                width = first.width();
            }
            if (useConstantShortcut && noOverlap) {
                width *= count;
                right += width - first.width();
            } else {
                for (int i = 1; i < count; i++) {
                    CharInfo c = infos[i];
                    if (c.isNonexistent()) {
                        continue;
                    }
                    ascent = Math.max(ascent, c.ascent());
                    descent = Math.max(descent, c.descent());
                    left = Math.min(left, width + c.leftBearing());
                    right = Math.max(right, width + c.rightBearing());
                    width += c.width();
                }
            }
        }
        return new TextExtents(drawDirection, fontAscent, fontDescent, ascent, descent, width, left, right);
    }

    @Override
    public String toString() {
        return "CoreFont[" + metrics.length + " glyphs, cols " + firstCol + ".." + lastCol + ", rows " + firstRow
                + ".." + lastRow + "]";
    }

    /** Mutable assembly area filled by the PCF reader. */
    static final class Builder {
        List<FontProperty> properties = List.of();
        boolean noOverlap;
        boolean constantMetrics;
        boolean terminalFont;
        boolean constantWidth;
        boolean inkInside;
        boolean inkMetricsFlag;
        int drawDirection;
        int fontAscent;
        int fontDescent;
        int maxOverlap;
        CharInfo minBounds = CharInfo.NONEXISTENT;
        CharInfo maxBounds = CharInfo.NONEXISTENT;
        CharInfo inkMinBounds = CharInfo.NONEXISTENT;
        CharInfo inkMaxBounds = CharInfo.NONEXISTENT;
        int firstCol;
        int lastCol;
        int firstRow;
        int lastRow;
        int defaultChar;
        boolean allCharsExist;
        CharInfo[] metrics = new CharInfo[0];
        CharInfo[] inkMetrics = new CharInfo[0];
        int[] encoding = new int[0];
        int[] bitmapWords = new int[0];
        int[] bitmapOffsets = new int[0];

        CoreFont build() {
            return new CoreFont(this);
        }
    }
}
