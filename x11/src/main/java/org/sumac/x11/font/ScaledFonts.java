package org.sumac.x11.font;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * libXfont's bitmap scaler: a name derived from a scalable family ("-0-0-" entry) at a size no bitmap
 * has opens a font scaled from the best bitmap of the family. Source choice, metric rounding, property
 * list and resampling follow bitscale.c so QueryFont answers and glyph pixels equal Xvfb's.
 * Only scalar sizes are handled (no matrices, no character-set subsets).
 */
final class ScaledFonts {

    private static final double EPS = 1.0e-20;
    private static final String[] NAME_PROPERTIES = {"FOUNDRY", "FAMILY_NAME", "WEIGHT_NAME", "SLANT",
            "SETWIDTH_NAME", "ADD_STYLE_NAME"};
    /** Properties scaled horizontally, then vertically, then copied: bitscale.c's table, in its roles. */
    private static final List<String> SCALED_X = List.of("MIN_SPACE", "NORM_SPACE", "MAX_SPACE", "END_SPACE",
            "AVG_CAPITAL_WIDTH", "AVG_LOWERCASE_WIDTH", "QUAD_WIDTH", "FIGURE_WIDTH", "SUPERSCRIPT_X",
            "SUBSCRIPT_X");
    private static final List<String> SCALED_Y = List.of("SUPERSCRIPT_Y", "SUBSCRIPT_Y", "SUPERSCRIPT_SIZE",
            "SUBSCRIPT_SIZE", "SMALL_CAP_SIZE", "UNDERLINE_POSITION", "UNDERLINE_THICKNESS", "STRIKEOUT_ASCENT",
            "STRIKEOUT_DESCENT", "CAP_HEIGHT", "X_HEIGHT");
    private static final List<String> UNSCALED = List.of("ITALIC_ANGLE", "RELATIVE_SETWIDTH", "RELATIVE_WEIGHT",
            "WEIGHT", "DESTINATION", "PCL_FONT_NAME", "_ADOBE_POSTSCRIPT_FONTNAME");
    /** Refuse scaled fonts whose bitmaps would exceed this many words (hostile sizes). */
    private static final long MAX_BITMAP_WORDS = 8L << 20;

    private ScaledFonts() {
    }

    /** The chosen source: its font, entry name and scale factors. */
    private record Source(CoreFont font, String name, double dx, double dy, double sdx, double sdy,
                          double rescaleX) {
    }

    /**
     * Opens lowerName by scaling, or empty when it is not a plain XLFD name of a scalable bitmap family
     * on these directories.
     */
    static Optional<CoreFont> open(List<FontDirectory> directories, FontCatalog.FontCache cache, String lowerName,
                                   int resolutionX, int resolutionY) {
        if (FontNames.hasWildcard(lowerName) || FontNames.xlfdFields(lowerName) == null) {
            return Optional.empty();
        }
        ScaledNames.Sizes vals = ScaledNames.parse(lowerName);
        if (vals == null || vals.width < 0 || vals.pixelWildcard || vals.pointWildcard) {
            return Optional.empty();
        }
        if (!ScaledNames.complete(vals, resolutionX, resolutionY)) {
            return Optional.empty();
        }
        if (vals.pixel3 < 1.0 || vals.pixel0 < 1.0 || vals.pixel3 > 4096 || vals.pixel0 > 4096) {
            return Optional.empty(); // libXfont rejects sizes under a pixel; huge ones are refused here
        }
        Source source = findBestToScale(directories, cache, lowerName, vals);
        if (source == null) {
            return Optional.empty();
        }
        if (source.rescaleX() != 1.0) {
            // The name's average width stretched the font horizontally: redo the sizes for that.
            vals.pixel0 *= source.rescaleX();
            vals.pointGiven = false;
            if (!ScaledNames.complete(vals, resolutionX, resolutionY)) {
                return Optional.empty();
            }
        }
        try {
            return Optional.ofNullable(scale(source, vals));
        } catch (RuntimeException e) {
            return Optional.empty(); // malformed source glyphs: BadName rather than a crash
        }
    }

    /** FindBestToScale: scores every bitmap of the family on the path, favouring enlargement. */
    private static Source findBestToScale(List<FontDirectory> directories, FontCatalog.FontCache cache,
                                          String lowerName, ScaledNames.Sizes vals) {
        String zeroPattern = ScaledNames.zeroPattern(lowerName);
        FontDirectory bestDir = null;
        FontDirectory.Entry best = null;
        int bestScore = 0;
        double bestDx = 0, bestDy = 0, bestSdx = 0, bestSdy = 0, bestRescaleX = 1;
        double bestDxAmount = Double.POSITIVE_INFINITY;
        double bestDyAmount = Double.POSITIVE_INFINITY;
        FontDirectory unscaledDir = null;
        FontDirectory.Entry unscaled = null;
        int unscaledScore = -1;
        double unscaledSdx = 0, unscaledSdy = 0, unscaledRescaleX = 1;
        for (FontDirectory dir : directories) {
            if (dir.isBuiltins()) {
                continue;
            }
            FontDirectory.Entry family = dir.scalableFamily(zeroPattern);
            if (family == null) {
                continue;
            }
            for (FontDirectory.Entry bitmap : dir.familyBitmaps(family.name())) {
                ScaledNames.Sizes from = ScaledNames.parse(bitmap.name());
                if (from == null) {
                    continue;
                }
                ScaledNames.Sizes completed = from.copy();
                if (ScaledNames.complete(completed, 75, 75)) {
                    from = completed;
                }
                // else libXfont keeps the name's own pixel size (e.g. the 32 px, 24.6 pt, 100 dpi arabic
                // newspaper font, whose sizes disagree by more than a pixel).
                if (from.pixel0 < EPS || from.pixel3 < EPS) {
                    continue;
                }
                double dx = vals.pixel0 / from.pixel0;
                double sdx = 1000.0 / from.pixel0;
                double dy = vals.pixel3 / from.pixel3;
                double sdy = 1000.0 / from.pixel3;
                double rescaleX = 1.0;
                if (from.width > 0 && vals.width > 0 && Math.abs(dx) > EPS) {
                    // A width in the name overrides the set size: scale horizontally to reach it.
                    double rescale = (double) vals.width / from.width;
                    rescaleX = rescale / dx;
                    dx = rescale;
                }
                int score = score(dy, 10) + score(dx, 1);
                if (score > bestScore
                        || (score == bestScore && (dy < bestDyAmount || (dy == bestDyAmount && dx < bestDxAmount)))) {
                    bestDir = dir;
                    best = bitmap;
                    bestScore = score;
                    bestDx = dx;
                    bestDy = dy;
                    bestSdx = sdx;
                    bestSdy = sdy;
                    bestDxAmount = dx;
                    bestDyAmount = dy;
                    bestRescaleX = rescaleX;
                }
                // A bitmap within a pixel of the request is used as is, unscaled.
                if (Math.abs(dx) > EPS && Math.abs(dy) > EPS && Math.abs(vals.pixel0 * rescaleX - from.pixel0) < 1
                        && Math.abs(vals.pixel3 - from.pixel3) < 1) {
                    int s = score2(vals.pixel3 / from.pixel3, 10) + score2(vals.pixel0 * rescaleX / from.pixel0, 1);
                    if (s > unscaledScore) {
                        unscaledDir = dir;
                        unscaled = bitmap;
                        unscaledSdx = sdx / dx;
                        unscaledSdy = sdy / dy;
                        unscaledScore = s;
                        unscaledRescaleX = rescaleX;
                    }
                }
            }
        }
        if (unscaled != null) {
            FontDirectory.Entry chosen = unscaled;
            double sdx = unscaledSdx, sdy = unscaledSdy, rescaleX = unscaledRescaleX;
            return cache.get(unscaledDir, chosen.fileName())
                    .map(f -> new Source(f, chosen.name(), 1.0, 1.0, sdx, sdy, rescaleX)).orElse(null);
        }
        if (best != null) {
            FontDirectory.Entry chosen = best;
            double dx = bestDx, dy = bestDy, sdx = bestSdx, sdy = bestSdy, rescaleX = bestRescaleX;
            return cache.get(bestDir, chosen.fileName())
                    .map(f -> new Source(f, chosen.name(), dx, dy, sdx, sdy, rescaleX)).orElse(null);
        }
        return null;
    }

    private static int score(double m, int s) {
        if (m >= 1.0) {
            if (m == 1.0) {
                return 16 * s;
            }
            if (m == 2.0) {
                return 4 * s;
            }
            return (int) ((3.0 * s) / m);
        }
        return (int) ((2.0 * s) * m);
    }

    private static int score2(double m, int s) {
        return m >= 1.0 ? (int) ((8.0 * s) / m) : (int) ((8.0 * s) * m);
    }

    private static long doround(double x) {
        return x >= 0 ? (long) (x + .5) : (long) (x - .5);
    }

    /** ScaleFont + BitmapScaleBitmaps + ComputeScaledProperties. */
    private static CoreFont scale(Source source, ScaledNames.Sizes vals) {
        CoreFont src = source.font();
        double dx = source.dx();
        double dy = source.dy();
        // compute_xform_matrix for a diagonal pixel matrix, in libXfont's operation order.
        double x0 = dx / vals.pixel0;
        double x3 = dy / vals.pixel3;
        double xmult = vals.pixel0 * x0 + 0.0 * 0.0;
        double ymult = 0.0 * 0.0 + vals.pixel3 * x3;
        double det = xmult * ymult - 0.0 * 0.0;
        if (Math.abs(det) < EPS) {
            return null;
        }
        double inv0 = ymult / det;
        double inv3 = xmult / det;

        int cells = (src.maxByte1() - src.minByte1() + 1) * (src.maxCharOrByte2() - src.minCharOrByte2() + 1);
        int[] encoding = new int[cells];
        List<CharInfo> metrics = new ArrayList<>();
        List<Integer> sourceGlyphs = new ArrayList<>();
        CharInfo[] byCell = new CharInfo[cells];
        long totalWidth = 0;
        for (int cell = 0; cell < cells; cell++) {
            encoding[cell] = -1;
            int glyph = src.glyphAtCell(cell);
            if (glyph < 0) {
                continue;
            }
            CharInfo o = src.glyphMetrics(glyph);
            if (o.isNonexistent()) {
                continue;
            }
            double[] xs = {xmult * o.leftBearing(), xmult * o.rightBearing()};
            double[] ys = {ymult * -o.descent(), ymult * o.ascent()};
            double lsb = Math.min(xs[0], xs[1]);
            double rsb = Math.max(xs[0], xs[1]);
            double desc = -Math.min(ys[0], ys[1]);
            double asc = Math.max(ys[0], ys[1]);
            int left = (int) Math.floor(lsb);
            int right = (int) Math.floor(rsb + .5);
            int descent = (int) Math.ceil(desc);
            int ascent = (int) Math.floor(asc + .5);
            totalWidth += o.width();
            int width = (int) doround(o.width() * xmult);
            int attributes = (int) doround(o.width() * source.sdx()) & 0xffff;
            if (width == 0) {
                // Shrunk to nothing: keep it distinguishable from a missing character.
                if (right == left) {
                    right++;
                }
                if (ascent == -descent) {
                    ascent++;
                }
            }
            CharInfo info = new CharInfo(left, right, width, ascent, descent, attributes);
            encoding[cell] = metrics.size();
            metrics.add(info);
            sourceGlyphs.add(glyph);
            byCell[cell] = info;
        }

        CharInfo min = null;
        CharInfo max = null;
        long sWidth = 0;
        int totalChars = 0;
        for (CharInfo c : metrics) {
            totalChars++;
            sWidth += Math.abs((short) c.attributes());
            if (min == null) {
                min = c;
                max = c;
                continue;
            }
            min = new CharInfo(Math.min(min.leftBearing(), c.leftBearing()),
                    Math.min(min.rightBearing(), c.rightBearing()), Math.min(min.width(), c.width()),
                    Math.min(min.ascent(), c.ascent()), Math.min(min.descent(), c.descent()),
                    (short) c.attributes() < (short) min.attributes() ? c.attributes() : min.attributes());
            max = new CharInfo(Math.max(max.leftBearing(), c.leftBearing()),
                    Math.max(max.rightBearing(), c.rightBearing()), Math.max(max.width(), c.width()),
                    Math.max(max.ascent(), c.ascent()), Math.max(max.descent(), c.descent()),
                    (short) c.attributes() > (short) max.attributes() ? c.attributes() : max.attributes());
        }
        int averageWidth;
        if (totalChars > 0) {
            sWidth = (sWidth * 10 + totalChars / 2) / totalChars;
            if (totalWidth < 0) {
                sWidth = -sWidth; // mostly right-to-left
            }
            averageWidth = min.width() == max.width() ? min.width() * 10
                    : (int) doround(sWidth * vals.pixel0 / 1000.0);
        } else {
            averageWidth = 0;
            sWidth = 0;
            min = CharInfo.NONEXISTENT;
            max = CharInfo.NONEXISTENT;
        }

        CoreFont.Builder b = new CoreFont.Builder();
        b.drawDirection = src.drawDirection();
        b.fontAscent = (int) (src.fontAscent() * ymult);
        b.fontDescent = (int) (src.fontDescent() * ymult);
        b.maxOverlap = src.maxOverlap();
        b.inkMetricsFlag = src.inkMetrics();
        b.minBounds = min;
        b.maxBounds = max;
        b.inkMinBounds = min;
        b.inkMaxBounds = max;
        computeAccelerators(b);
        b.firstCol = src.minCharOrByte2();
        b.lastCol = src.maxCharOrByte2();
        b.firstRow = src.minByte1();
        b.lastRow = src.maxByte1();
        b.defaultChar = src.defaultChar();
        b.allCharsExist = src.allCharsExist();
        b.encoding = encoding;
        CharInfo[] metricArray = metrics.toArray(new CharInfo[0]);
        b.metrics = metricArray;
        b.inkMetrics = metricArray;

        int[] offsets = new int[metricArray.length];
        long words = 0;
        for (int g = 0; g < metricArray.length; g++) {
            offsets[g] = (int) words;
            words += (long) PcfReader.stride(metricArray[g]) * PcfReader.height(metricArray[g]);
            if (words > MAX_BITMAP_WORDS) {
                return null;
            }
        }
        int[] bits = new int[(int) words];
        for (int g = 0; g < metricArray.length; g++) {
            scaleBitmap(src, sourceGlyphs.get(g), metricArray[g], bits, offsets[g], inv0, inv3, dx, dy);
        }
        b.bitmapWords = bits;
        b.bitmapOffsets = offsets;
        b.properties = properties(source, vals, xmult, ymult, averageWidth, sWidth);
        return b.build();
    }

    /** FontComputeInfoAccelerators: the drawing-shortcut flags from the recomputed bounds. */
    private static void computeAccelerators(CoreFont.Builder b) {
        CharInfo min = b.minBounds;
        CharInfo max = b.maxBounds;
        b.noOverlap = b.maxOverlap <= min.leftBearing();
        b.constantMetrics = min.ascent() == max.ascent() && min.descent() == max.descent()
                && min.leftBearing() == max.leftBearing() && min.rightBearing() == max.rightBearing()
                && min.width() == max.width() && min.attributes() == max.attributes();
        b.terminalFont = b.constantMetrics && max.leftBearing() == 0 && max.rightBearing() == max.width()
                && max.ascent() == b.fontAscent && max.descent() == b.fontDescent;
        b.constantWidth = min.width() == max.width();
        b.inkInside = min.leftBearing() >= 0 && b.maxOverlap <= 0 && min.ascent() >= -b.fontDescent
                && max.ascent() <= b.fontAscent && -min.descent() <= b.fontAscent
                && max.descent() <= b.fontDescent;
    }

    /** ScaleBitmap: point sampling when enlarging; box filter, darkening and error diffusion when shrinking. */
    private static void scaleBitmap(CoreFont src, int srcGlyph, CharInfo pci, int[] out, int offset,
                                    double inv0, double inv3, double widthMult, double heightMult) {
        CharInfo opci = src.glyphMetrics(srcGlyph);
        int width = PcfReader.width(opci);
        int height = PcfReader.height(opci);
        int newWidth = PcfReader.width(pci);
        int newHeight = PcfReader.height(pci);
        if (newWidth <= 0 || newHeight <= 0 || width <= 0 || height <= 0) {
            return;
        }
        int stride = PcfReader.stride(pci);
        int[] gray = null;
        int[] diffusion = null;
        int thisRow = 0;
        int nextRow = 0;
        int w1 = width + 1;
        if (widthMult > 0.0 && heightMult > 0.0 && (widthMult < 1.0 || heightMult < 1.0)) {
            double boxW = Math.ceil(1.0 / widthMult);
            double boxH = Math.ceil(1.0 / heightMult);
            int boxX = width / 2;
            int boxY = height / 2;
            if (boxW < boxX) {
                boxX = (int) boxW;
            }
            if (boxH < boxY) {
                boxY = (int) boxH;
            }
            int pixmult = boxX * boxY * 192;
            if (boxX > 1 || boxY > 1) {
                gray = new int[w1 * (height + 1)];
                diffusion = new int[(newWidth + 2) * 2];
                thisRow = 1;
                nextRow = newWidth + 3;
                for (int row = 0; row < height; row++) {
                    for (int col = 0; col < width; col++) {
                        gray[row * w1 + col] = src.bit(srcGlyph, col, row) ? 255 : 0;
                    }
                }
                if (boxX > 1) {
                    filterRows(gray, width, height, boxX);
                }
                if (boxY > 1) {
                    filterColumns(gray, width, height, boxY);
                }
                for (int row = 0; row < height; row++) {
                    for (int col = 0; col < width; col++) {
                        int v = gray[row * w1 + col] * pixmult / 256;
                        gray[row * w1 + col] = Math.min(v, 255);
                    }
                }
            }
        }
        int deltaX = (int) (inv0 * 65536.0);
        for (int row = 0; row < newHeight; row++) {
            double px = inv0 * (pci.leftBearing() + .5);
            double py = inv3 * (pci.ascent() - row - .5);
            px -= opci.leftBearing();
            py = opci.ascent() - py;
            int xValue = (int) (px * 65536.0);
            int yValue = (int) (py * 65536.0);
            int rowBase = offset + row * stride;
            if (gray != null) {
                for (int col = 0; col < newWidth; col++) {
                    int x = xValue >> 16;
                    int y = yValue >> 16;
                    int pix = (x >= 0 && x < width && y >= 0 && y < height ? gray[x + y * w1] : 0)
                            + diffusion[thisRow + col] / 16;
                    pix = Math.max(0, Math.min(255, pix));
                    int error;
                    if (pix >= 128) {
                        out[rowBase + (col >>> 5)] |= 1 << (31 - (col & 31));
                        error = pix - 255;
                    } else {
                        error = -pix;
                    }
                    diffusion[thisRow + col + 1] += error * 7;
                    diffusion[nextRow + col - 1] += error * 3;
                    diffusion[nextRow + col] += error * 5;
                    diffusion[nextRow + col + 1] = error;
                    xValue += deltaX;
                }
                diffusion[nextRow] += diffusion[nextRow - 1];
                diffusion[nextRow + newWidth - 2] += diffusion[thisRow + newWidth];
                diffusion[nextRow + newWidth - 1] += diffusion[nextRow + newWidth];
                diffusion[nextRow + newWidth] = 0;
                int swap = nextRow;
                nextRow = thisRow;
                thisRow = swap;
                diffusion[nextRow - 1] = 0;
                diffusion[nextRow] = 0;
            } else {
                for (int col = 0; col < newWidth; col++) {
                    int x = xValue >> 16;
                    int y = yValue >> 16;
                    if (x >= 0 && x < width && y >= 0 && y < height && src.bit(srcGlyph, x, y)) {
                        out[rowBase + (col >>> 5)] |= 1 << (31 - (col & 31));
                    }
                    xValue += deltaX;
                }
            }
        }
    }

    /** Horizontal moving-average box filter of width box, shrinking at the row ends. */
    private static void filterRows(int[] g, int width, int height, int box) {
        int w1 = width + 1;
        int rightWidth = box / 2;
        int leftWidth = box - rightWidth - 1;
        int scratch = w1 * height;
        for (int row = 0; row < height; row++) {
            int sum = 0;
            int src = w1 * row;
            int dst = scratch;
            int rightSize;
            for (rightSize = 0; rightSize < rightWidth; rightSize++) {
                sum += g[src + rightSize];
            }
            int leftSize;
            for (leftSize = 0; leftSize < leftWidth; leftSize++) {
                sum += g[src + rightWidth];
                g[dst++] = sum / (leftSize + rightWidth + 1);
                src++;
            }
            for (int col = leftSize; col + rightSize < width; col++) {
                sum += g[src + rightWidth];
                g[dst++] = sum / box;
                sum -= g[src - leftWidth];
                src++;
            }
            for (; rightSize > 0; rightSize--) {
                g[dst++] = sum / (leftWidth + rightSize);
                sum -= g[src - leftWidth];
                src++;
            }
            System.arraycopy(g, scratch, g, w1 * row, width);
        }
    }

    /** Vertical moving-average box filter of height box, using the spare column as scratch. */
    private static void filterColumns(int[] g, int width, int height, int box) {
        int w1 = width + 1;
        int bottomHeight = box / 2;
        int topHeight = box - bottomHeight - 1;
        for (int col = 0; col < width; col++) {
            int sum = 0;
            int src = col;
            int dst = width;
            int bottomSize;
            for (bottomSize = 0; bottomSize < bottomHeight; bottomSize++) {
                sum += g[src + bottomSize * w1];
            }
            int topSize;
            for (topSize = 0; topSize < topHeight; topSize++) {
                sum += g[src + bottomHeight * w1];
                g[dst] = sum / (topSize + bottomHeight + 1);
                dst += w1;
                src += w1;
            }
            for (int row = topSize; row + bottomSize < height; row++) {
                sum += g[src + bottomHeight * w1];
                g[dst] = sum / box;
                dst += w1;
                sum -= g[src - topHeight * w1];
                src += w1;
            }
            for (; bottomSize > 0; bottomSize--) {
                g[dst] = sum / (topHeight + bottomSize);
                dst += w1;
                sum -= g[src - topHeight * w1];
                src += w1;
            }
            for (int row = 0; row < height; row++) {
                g[col + row * w1] = g[width + row * w1];
            }
        }
    }

    /** ComputeScaledProperties: the XLFD and RAW_ properties, then the source's scaled/copied ones. */
    private static List<FontProperty> properties(Source source, ScaledNames.Sizes vals, double xmult, double ymult,
                                                 int averageWidth, long sWidth) {
        String[] f = FontNames.xlfdFields(source.name());
        int pixel = (int) doround(vals.pixel3);
        int point = (int) doround(vals.point3 * 10.0);
        String encoding = f[14].contains("[") ? f[14].substring(0, f[14].indexOf('[')) : f[14];
        String name = "-" + f[1] + "-" + f[2] + "-" + f[3] + "-" + f[4] + "-" + f[5] + "-" + f[6] + "-" + pixel
                + "-" + point + "-" + vals.x + "-" + vals.y + "-" + f[11] + "-" + averageWidth + "-" + f[13] + "-"
                + f[14];
        List<FontProperty> props = new ArrayList<>();
        for (int i = 0; i < NAME_PROPERTIES.length; i++) {
            props.add(FontProperty.ofString(NAME_PROPERTIES[i], f[i + 1]));
        }
        props.add(FontProperty.ofInt("PIXEL_SIZE", pixel));
        props.add(FontProperty.ofInt("POINT_SIZE", point));
        props.add(FontProperty.ofInt("RESOLUTION_X", vals.x));
        props.add(FontProperty.ofInt("RESOLUTION_Y", vals.y));
        props.add(FontProperty.ofString("SPACING", f[11]));
        props.add(FontProperty.ofInt("AVERAGE_WIDTH", averageWidth));
        props.add(FontProperty.ofString("CHARSET_REGISTRY", f[13]));
        props.add(FontProperty.ofString("CHARSET_ENCODING", encoding));
        props.add(FontProperty.ofString("FONT", name));
        CoreFont src = source.font();
        props.add(FontProperty.ofInt("RAW_ASCENT", (int) (src.fontAscent() * source.sdy())));
        props.add(FontProperty.ofInt("RAW_DESCENT", (int) (src.fontDescent() * source.sdy())));
        props.add(FontProperty.ofInt("RAW_PIXEL_SIZE", 1000));
        props.add(FontProperty.ofInt("RAW_POINT_SIZE", (int) (long) (72270.0 / vals.y + .5)));
        props.add(FontProperty.ofInt("RAW_AVERAGE_WIDTH", (int) sWidth));
        for (FontProperty p : src.properties()) {
            if (UNSCALED.contains(p.name())) {
                props.add(p);
            } else if (SCALED_X.contains(p.name()) || SCALED_Y.contains(p.name())) {
                boolean horizontal = SCALED_X.contains(p.name());
                double factor = horizontal ? xmult : ymult;
                double rawFactor = horizontal ? source.sdx() : source.sdy();
                props.add(FontProperty.ofInt(p.name(), (int) doround(factor * p.value())));
                props.add(FontProperty.ofInt("RAW_" + p.name(), (int) doround(rawFactor * p.value())));
            }
        }
        return props;
    }
}
