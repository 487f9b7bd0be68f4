package org.sumac.x11.font;

/**
 * One CHARINFO of the core protocol (QueryFont, ListFontsWithInfo) and the bitmap metrics of a glyph.
 * A glyph's bitmap is (rightBearing - leftBearing) x (ascent + descent), its top-left corner at
 * (x + leftBearing, y - ascent) relative to the text origin; the origin then advances by width.
 */
public record CharInfo(int leftBearing, int rightBearing, int width, int ascent, int descent, int attributes) {

    /** What QueryFont reports for code points the font does not have. */
    public static final CharInfo NONEXISTENT = new CharInfo(0, 0, 0, 0, 0, 0);

    /** libXfont treats all-zero metrics (attributes aside) as "no such character". */
    public boolean isNonexistent() {
        return leftBearing == 0 && rightBearing == 0 && width == 0 && ascent == 0 && descent == 0;
    }
}
