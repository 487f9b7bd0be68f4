package org.sumac.x11.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sumac.x11.color.LiveXvfb;

/**
 * Glyph bitmaps, placement and the code-to-glyph mapping (default character included) against pixels:
 * Xvfb draws a grid of characters with PolyText16 into a depth-1 pixmap; we paint the same grid from
 * our glyph bits and the two images must be identical.
 */
class GlyphPixelsLiveTest {

    /** argv: display, font, width, height, columns, cellW, cellH, originX, originY, then codes. Prints rows. */
    private static final String DRAW_SCRIPT = """
            import sys
            from Xlib import display, X
            d = display.Display(sys.argv[1])
            font, w, h, cols, cw, ch, ox, oy = sys.argv[2], *map(int, sys.argv[3:10])
            codes = [int(c) for c in sys.argv[10:]]
            root = d.screen().root
            pm = root.create_pixmap(w, h, 1)
            f = d.open_font(font)
            gc = pm.create_gc(foreground=0, background=0)
            pm.fill_rectangle(gc, 0, 0, w, h)
            gc.change(foreground=1, font=f)
            for i, code in enumerate(codes):
                x = (i % cols) * cw + ox
                y = (i // cols) * ch + oy
                pm.poly_text_16(gc, x, y, [(0, [code])])
            img = pm.get_image(0, 0, w, h, X.ZPixmap, 1)
            info = d.display.info
            pad = info.bitmap_format_scanline_pad
            stride = ((w + pad - 1) // pad) * pad // 8
            lsb = info.bitmap_format_bit_order == X.LSBFirst
            data = img.data
            for y in range(h):
                row = data[y * stride:(y + 1) * stride]
                bits = []
                for x in range(w):
                    b = row[x >> 3]
                    bit = (b >> (x & 7)) & 1 if lsb else (b >> (7 - (x & 7))) & 1
                    bits.append("1" if bit else "0")
                print("".join(bits))
            """;

    @Test
    void glyphsDrawLikeXvfb() throws Exception {
        FontCatalog catalog = FontCatalog.xvfbDefault();
        try (LiveXvfb xvfb = LiveXvfb.start()) {
            check(xvfb, catalog, "fixed", range(0, 256));
            check(xvfb, catalog, "cursor", range(0, 160));
            check(xvfb, catalog, "10x20", range(0x20, 0x180));
            List<Integer> unicode = range(0x2500, 0x2580);
            unicode.addAll(range(0x0370, 0x03d0));
            unicode.addAll(List.of(0xfffd, 0xffff, 0x4e00, 0x0041, 0x1234));
            check(xvfb, catalog, "6x13", unicode);
            check(xvfb, catalog, "-misc-fixed-medium-r-normal--13-120-75-75-c-70-iso10646-1", unicode);
            check(xvfb, catalog, "-arabic-newspaper-medium-r-normal--32-246-100-100-p-137-iso10646-1",
                    range(0x0600, 0x0700));
            List<Integer> kanji = range(0x2120, 0x2180);
            kanji.addAll(range(0x3021, 0x3080));
            kanji.addAll(List.of(0x0041, 0x7e7e, 0x2f2f));
            check(xvfb, catalog, "kanji16", kanji);
            // Scaled by libXfont's bitmap scaler: point-sampled enlargements and box-filtered, dithered reductions.
            check(xvfb, catalog, "-jis-fixed-medium-r-normal--17-120-100-100-c-0-jisx0208.1983-0", kanji);
            check(xvfb, catalog, "-misc-fixed-bold-r-normal--20-145-100-100-c-0-iso8859-1", range(0x20, 0x100));
            check(xvfb, catalog, "-misc-fixed-medium-r-normal--40-290-100-100-c-0-iso8859-1", range(0x20, 0x100));
            check(xvfb, catalog, "-misc-fixed-medium-r-semicondensed--7-50-100-100-c-0-iso8859-1",
                    range(0x20, 0x100));
            check(xvfb, catalog, "-misc-fixed-medium-r-normal--10-72-100-100-c-0-iso10646-1", unicode);
            check(xvfb, catalog, "-misc-fixed-medium-r-normal--25-180-100-100-c-130-iso8859-1", range(0x20, 0x100));
            check(xvfb, catalog, "-misc-fixed-bold-r-normal--17-120-100-100-c-70-iso8859-1", range(0x20, 0x100));
            check(xvfb, catalog, "-arabic-newspaper-medium-r-normal--0-0-100-100-p-0-iso10646-1",
                    range(0x0600, 0x0700));
        }
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> codes = new ArrayList<>();
        for (int c = from; c < to; c++) {
            codes.add(c);
        }
        return codes;
    }

    private static void check(LiveXvfb xvfb, FontCatalog catalog, String fontName, List<Integer> codes)
            throws Exception {
        CoreFont font = catalog.open(fontName).orElseThrow();
        CharInfo min = font.bitmapMinBounds();
        CharInfo max = font.bitmapMaxBounds();
        int cellW = Math.max(max.rightBearing(), max.width()) - Math.min(0, min.leftBearing()) + 2;
        int cellH = max.ascent() + max.descent() + 2;
        int originX = 1 - Math.min(0, min.leftBearing());
        int originY = 1 + max.ascent();
        int columns = 32;
        int rows = (codes.size() + columns - 1) / columns;
        int width = columns * cellW;
        int height = rows * cellH;

        boolean[][] image = new boolean[height][width];
        int drawnGlyphs = 0;
        for (int i = 0; i < codes.size(); i++) {
            int code = codes.get(i);
            int glyph = font.glyphIndex16(code >> 8, code & 0xff);
            if (glyph < 0) {
                continue;
            }
            drawnGlyphs++;
            CharInfo m = font.glyphMetrics(glyph);
            int left = (i % columns) * cellW + originX + m.leftBearing();
            int top = (i / columns) * cellH + originY - m.ascent();
            for (int y = 0; y < font.glyphHeight(glyph); y++) {
                for (int x = 0; x < font.glyphWidth(glyph); x++) {
                    int px = left + x;
                    int py = top + y;
                    if (font.bit(glyph, x, y) && px >= 0 && py >= 0 && px < width && py < height) {
                        image[py][px] = true;
                    }
                }
            }
        }
        List<String> ours = new ArrayList<>();
        for (boolean[] row : image) {
            StringBuilder line = new StringBuilder(width);
            for (boolean b : row) {
                line.append(b ? '1' : '0');
            }
            ours.add(line.toString());
        }
        List<String> args = new ArrayList<>(List.of(fontName, "" + width, "" + height, "" + columns, "" + cellW,
                "" + cellH, "" + originX, "" + originY));
        codes.forEach(c -> args.add(Integer.toString(c)));
        List<String> reference = xvfb.python(DRAW_SCRIPT, args);
        assertTrue(drawnGlyphs > 10, fontName + " drew glyphs");
        assertTrue(reference.stream().anyMatch(row -> row.indexOf('1') >= 0), fontName + ": Xvfb drew pixels");
        for (int y = 0; y < height; y++) {
            if (!reference.get(y).equals(ours.get(y))) {
                int x = firstDifference(reference.get(y), ours.get(y));
                int cell = (y / cellH) * columns + x / cellW;
                String code = cell < codes.size() ? Integer.toHexString(codes.get(cell)) : "?";
                assertEquals(reference.get(y), ours.get(y),
                        fontName + ": row " + y + " differs at x " + x + " (character 0x" + code + ")");
            }
        }
        assertEquals(height, reference.size());
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
