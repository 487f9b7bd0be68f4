package org.sumac.x11.font;

/**
 * Font-name rules of libXfont's font directories: Latin-1 lowercasing, the digit-aware sort order,
 * the dash-counting wildcard matcher, and the XLFD size fields.
 */
final class FontNames {

    private FontNames() {
    }

    /** Lowercases ASCII and Latin-1 capitals (not the multiplication sign), like CopyISOLatin1Lowered. */
    static String lower(String s) {
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = (char) (c + 32);
            }
        }
        return chars == null ? s : new String(chars);
    }

    static int countDashes(String s) {
        int dashes = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '-') {
                dashes++;
            }
        }
        return dashes;
    }

    static boolean hasWildcard(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0;
    }

    /**
     * Byte-wise order, except that runs of digits compare by length first (so "iso8859-2" sorts before
     * "iso8859-10", which sorts before "iso10646-1"), the order of directory listings.
     */
    static int compare(String a, String b) {
        int i = 0;
        boolean previousWasDigits = false;
        while (true) {
            char ca = i < a.length() ? a.charAt(i) : 0;
            char cb = i < b.length() ? b.charAt(i) : 0;
            if (ca == 0 && cb == 0) {
                return 0;
            }
            boolean digits = isDigit(ca) && isDigit(cb);
            if (digits && !previousWasDigits) {
                int j = i;
                while (isDigit(charAt(a, j)) && isDigit(charAt(b, j))) {
                    j++;
                }
                boolean aMore = isDigit(charAt(a, j));
                boolean bMore = isDigit(charAt(b, j));
                if (!aMore && bMore) {
                    return -1;
                }
                if (aMore && !bMore) {
                    return 1;
                }
            }
            if (ca != cb) {
                return ca < cb ? -1 : 1;
            }
            previousWasDigits = digits;
            i++;
        }
    }

    private static char charAt(String s, int i) {
        return i < s.length() ? s.charAt(i) : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether a lowercased pattern matches a lowercased name. '*' matches any run, '?' one character;
     * a "*-" consumes whole fields, so a pattern never matches a name with fewer dashes than it has.
     */
    static boolean matches(String pattern, String name) {
        return match(pattern, 0, hasWildcard(pattern) ? countDashes(pattern) : -1, name, 0, countDashes(name));
    }

    private static boolean match(String pat, int p, int patDashes, String str, int s, int strDashes) {
        if (strDashes < patDashes) {
            return false;
        }
        while (true) {
            char c = charAt(pat, p++);
            switch (c) {
                case '*': {
                    c = charAt(pat, p++);
                    if (c == 0) {
                        return true;
                    }
                    if (c == '-') {
                        patDashes--;
                        while (true) {
                            char t;
                            while ((t = charAt(str, s++)) != '-') {
                                if (t == 0) {
                                    return false;
                                }
                            }
                            strDashes--;
                            if (match(pat, p, patDashes, str, s, strDashes)) {
                                return true;
                            }
                            if (strDashes == patDashes) {
                                return false;
                            }
                        }
                    }
                    while (true) {
                        char t;
                        while ((t = charAt(str, s++)) != c) {
                            if (t == 0) {
                                return false;
                            }
                            if (t == '-' && strDashes-- < patDashes) {
                                return false;
                            }
                        }
                        if (match(pat, p, patDashes, str, s, strDashes)) {
                            return true;
                        }
                    }
                }
                case '?': {
                    char t = charAt(str, s++);
                    if (t == '-') {
                        strDashes--;
                    }
                    if (t == 0) {
                        return false;
                    }
                    break;
                }
                case 0:
                    return s >= str.length();
                case '-':
                    if (charAt(str, s++) == '-') {
                        patDashes--;
                        strDashes--;
                        break;
                    }
                    return false;
                default:
                    if (c == charAt(str, s++)) {
                        break;
                    }
                    return false;
            }
        }
    }

    /** The 15 XLFD fields (index 0 is the empty text before the first dash), or null. */
    static String[] xlfdFields(String name) {
        if (countDashes(name) != 14 || !name.startsWith("-")) {
            return null;
        }
        return name.split("-", -1);
    }

    private static boolean isDecimalOrEmpty(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int decimal(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        return s.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(s);
    }

    /**
     * For a bitmap font name with numeric size fields, the name of its scalable family entry: pixel size,
     * point size and average width zeroed (libXfont lists these for its bitmap scaler). Null when the name
     * is not such an XLFD name. Fields: [7] pixel, [8] point, [9]/[10] resolution, [12] average width.
     */
    static String scalableName(String[] f) {
        if (f == null || !isDecimalOrEmpty(f[7]) || !isDecimalOrEmpty(f[8]) || !isDecimalOrEmpty(f[9])
                || !isDecimalOrEmpty(f[10]) || !isDecimalOrEmpty(f[12])) {
            return null;
        }
        return "-" + f[1] + "-" + f[2] + "-" + f[3] + "-" + f[4] + "-" + f[5] + "-" + f[6] + "-0-0-"
                + decimal(f[9]) + "-" + decimal(f[10]) + "-" + f[11] + "-0-" + f[13] + "-" + f[14];
    }

    /** Whether a scalable-form name has its size given (pixel or point size nonzero). */
    static boolean sizeSpecified(String[] f) {
        return decimal(f[7]) != 0 || decimal(f[8]) != 0;
    }

    /** Whether an XLFD pattern's numeric fields are plain numbers or '*' (libXfont then treats it as XLFD). */
    static boolean isXlfdPattern(String lowerPattern) {
        if (countDashes(lowerPattern) != 14) {
            return false;
        }
        if (!(lowerPattern.startsWith("-") || lowerPattern.startsWith("*-"))) {
            return false;
        }
        String[] f = lowerPattern.split("-", -1);
        return numericOrStar(f[7], true) && numericOrStar(f[8], true) && numericOrStar(f[9], false)
                && numericOrStar(f[10], false) && numericOrStar(f[12], false);
    }

    private static boolean numericOrStar(String field, boolean matrixAllowed) {
        return field.equals("*") || isDecimalOrEmpty(field) || (matrixAllowed && field.startsWith("["));
    }

    /** Aliases that name a scalable XLFD without a size are skipped when listing XLFD patterns. */
    static boolean isSizelessXlfd(String lowerName) {
        String[] f = xlfdFields(lowerName);
        if (f == null || !isXlfdPattern(lowerName)) {
            return false;
        }
        return (f[7].equals("*") || decimal(f[7]) == 0) && (f[8].equals("*") || decimal(f[8]) == 0);
    }
}
