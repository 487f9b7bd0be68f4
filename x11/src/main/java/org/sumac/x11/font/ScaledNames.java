package org.sumac.x11.font;

import java.util.List;

/**
 * The names libXfont lists for XLFD patterns (14 dashes) by completing each matching scalable family
 * (a "-0-0-" name) with the pattern's sizes: pixel size, point size and resolution are made consistent the
 * way FontFileCompleteXLFD does (screen resolution 75 or 100 dpi, 12 point default), e.g.
 * "-*-fixed-medium-r-*-*-13-*-*-*-*-*-iso8859-1" lists "-misc-fixed-medium-r-normal--13-94-100-100-c-0-iso8859-1".
 * Only scalar sizes are handled; matrix ("[...]") patterns list no scaled names.
 */
final class ScaledNames {

    private static final double EPS = 1.0e-20;
    private static final double POINTS_PER_INCH = 72.27;

    private ScaledNames() {
    }

    /** Size fields of an XLFD name or pattern. Negative x/y/width mean '*'. */
    static final class Sizes {
        boolean pixelGiven;
        boolean pixelWildcard;
        boolean pixelNormalized;
        double pixel0;
        double pixel3;
        boolean pointGiven;
        boolean pointWildcard;
        double point0;
        double point3;
        int x;
        int y;
        int width;

        Sizes copy() {
            Sizes s = new Sizes();
            s.pixelGiven = pixelGiven;
            s.pixelWildcard = pixelWildcard;
            s.pixelNormalized = pixelNormalized;
            s.pixel0 = pixel0;
            s.pixel3 = pixel3;
            s.pointGiven = pointGiven;
            s.pointWildcard = pointWildcard;
            s.point0 = point0;
            s.point3 = point3;
            s.x = x;
            s.y = y;
            s.width = width;
            return s;
        }
    }

    /** Parses the size fields of a lowercased XLFD pattern; null for matrices or anything unparseable. */
    static Sizes parse(String lowerPattern) {
        if (!FontNames.isXlfdPattern(lowerPattern)) {
            return null;
        }
        String[] f = lowerPattern.split("-", -1);
        if (f[7].startsWith("[") || f[8].startsWith("[")) {
            return null;
        }
        Sizes s = new Sizes();
        int pixel = intField(f[7]);
        if (pixel > 0) {
            s.pixelGiven = true;
            s.pixel0 = s.pixel3 = pixel;
        } else if (pixel < 0) {
            s.pixelWildcard = true;
        }
        int point = intField(f[8]);
        if (point > 0) {
            s.pointGiven = true;
            s.point0 = s.point3 = point / 10.0;
        } else if (point < 0) {
            s.pointWildcard = true;
        }
        s.x = intField(f[9]);
        s.y = intField(f[10]);
        s.width = intField(f[12]);
        return s;
    }

    /** "*" is -1, "" is 0, digits their value (saturating). */
    private static int intField(String field) {
        if (field.equals("*")) {
            return -1;
        }
        if (field.isEmpty()) {
            return 0;
        }
        return field.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(field);
    }

    /** The pattern with its sizes zeroed and resolutions wildcarded: what scalable families must match. */
    static String zeroPattern(String lowerPattern) {
        String[] f = lowerPattern.split("-", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i <= 6; i++) {
            b.append(f[i]).append('-');
        }
        b.append("0-0-*-*-").append(f[11].isEmpty() ? "*" : f[11]).append("-0-").append(f[13]).append('-')
                .append(f[14]);
        return b.toString();
    }

    /**
     * Appends the scaled names for the scalable families (in table order) to out, at most max names
     * counting from what out already received for this pattern; returns how many were added.
     */
    static int addScaledNames(String lowerPattern, Sizes pattern, List<FontDirectory.Entry> families,
                              int max, int resolutionX, int resolutionY, List<FontDirectory.Entry> out) {
        int added = 0;
        for (FontDirectory.Entry family : families) {
            if (added >= max) {
                break;
            }
            String[] z = family.name().split("-", -1);
            Sizes completed = pattern.copy();
            if (!complete(completed, resolutionX, resolutionY)) {
                continue;
            }
            // Fields the pattern gave explicitly (or left at zero) are printed as the pattern had them.
            if (pattern.pixelGiven || !pattern.pixelWildcard || pattern.y == 0) {
                completed.pixelGiven = pattern.pixelGiven;
                completed.pixel3 = pattern.pixel3;
            }
            if (pattern.pointGiven || !pattern.pointWildcard || pattern.y == 0) {
                completed.pointGiven = pattern.pointGiven;
                completed.point3 = pattern.point3;
            }
            if (pattern.width <= 0) {
                completed.width = 0;
            }
            if (pattern.x == 0) {
                completed.x = 0;
            }
            if (pattern.y == 0) {
                completed.y = 0;
            }
            String name = format(z, completed);
            out.add(new FontDirectory.Entry(name, family.fileName(), null));
            added++;
            if (!name.equals(family.name()) && FontNames.matches(lowerPattern, family.name()) && added < max) {
                out.add(family);
                added++;
            }
        }
        return added;
    }

    private static String format(String[] z, Sizes s) {
        String pixel = s.pixelGiven ? Integer.toString((int) (s.pixel3 + .5)) : z[7];
        String point = s.pointGiven ? Integer.toString((int) (s.point3 * 10.0 + .5)) : z[8];
        int x = s.x >= 0 ? s.x : intField(z[9]);
        int y = s.y >= 0 ? s.y : intField(z[10]);
        int width = s.width >= 0 ? s.width : s.width < -1 ? -s.width : intField(z[12]);
        return "-" + z[1] + "-" + z[2] + "-" + z[3] + "-" + z[4] + "-" + z[5] + "-" + z[6] + "-" + pixel + "-"
                + point + "-" + x + "-" + y + "-" + z[11] + "-" + width + "-" + z[13] + "-" + z[14];
    }

    /** FontFileCompleteXLFD for scalar sizes: fills resolution and the missing one of pixel/point size. */
    static boolean complete(Sizes v, int resolutionX, int resolutionY) {
        if (!v.pixelGiven || !v.pointGiven) {
            if (v.x <= 0) {
                v.x = resolutionX;
            }
            if (v.y <= 0) {
                v.y = resolutionY;
            }
        } else {
            if (v.y <= 0) {
                double pixel = Math.abs(v.pixel3);
                double point = Math.abs(v.point3);
                if (point < EPS) {
                    return false;
                }
                v.y = (int) (pixel * POINTS_PER_INCH / point + .5);
            }
            if (v.x <= 0) {
                v.x = v.y;
            }
        }
        if (v.x <= 0 || v.y <= 0) {
            return false;
        }
        if (!v.pixelGiven && !v.pointGiven) {
            v.point0 = v.point3 = 12.0; // the server's default point size, 120 decipoints
            v.pointGiven = true;
        }
        double adjustment = 1.0;
        if (v.pixelGiven && !v.pixelNormalized) {
            adjustment = (double) v.x / v.y;
            v.pixel0 *= adjustment;
            v.pixelNormalized = true;
        }
        double sx = v.x / POINTS_PER_INCH;
        double sy = v.y / POINTS_PER_INCH;
        if (!v.pointGiven) {
            if (Math.abs(sx) < EPS || Math.abs(sy) < EPS) {
                return false;
            }
            // Point size from pixel size, rounded to decipoints so the name is repeatable.
            v.point0 = (int) (v.pixel0 / sx * 10.0 + .5) / 10.0;
            v.point3 = (int) (v.pixel3 / sy * 10.0 + .5) / 10.0;
            v.pointGiven = true;
        }
        double t0 = v.point0 * sx;
        double t3 = v.point3 * sy;
        if (v.pixelGiven && (Math.abs(v.pixel0 - t0) > adjustment || Math.abs(v.pixel3 - t3) > 1)) {
            return false;
        }
        v.pixel0 = round(t0);
        v.pixel3 = round(t3);
        v.pixelGiven = true;
        v.pixelNormalized = true;
        v.point0 = round(v.point0);
        v.point3 = round(v.point3);
        return true;
    }

    /** libXfont's xlfd_round_double: keep 10 significant bits of the mantissa, rounding half up. */
    static double round(double value) {
        if (value == 0) {
            return value;
        }
        long unit = 1L << 43;
        return Double.longBitsToDouble((Double.doubleToRawLongBits(value) + unit) & ~(unit - 1));
    }
}
