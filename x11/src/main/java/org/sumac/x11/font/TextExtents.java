package org.sumac.x11.font;

/** The QueryTextExtents reply fields (also what ImageText uses for its background rectangle). */
public record TextExtents(int drawDirection, int fontAscent, int fontDescent, int overallAscent,
                          int overallDescent, int overallWidth, int overallLeft, int overallRight) {
}
