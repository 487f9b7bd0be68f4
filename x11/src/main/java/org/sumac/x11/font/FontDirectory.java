package org.sumac.x11.font;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One font path element: a directory with fonts.dir / fonts.alias, or the built-ins. Its tables are read
 * on first use. Names are lowercased and sorted like libXfont's directory tables: the bitmap fonts and
 * aliases ("non-scalable" table), then one zero-size name per scalable family ("scalable" table).
 */
final class FontDirectory {

    static final String BUILTINS = "built-ins";

    /** A table entry: a font file (fileName set) or an alias (aliasTarget set). */
    record Entry(String name, String fileName, String aliasTarget) {
        boolean isAlias() {
            return aliasTarget != null;
        }
    }

    private record Tables(List<Entry> nonScalable, List<Entry> scalable, List<Entry> bitmapsInFileOrder) {
    }

    private final String element;
    private final Path directory;
    private final boolean unscaled;
    private volatile Tables tables;

    private FontDirectory(String element, Path directory, boolean unscaled) {
        this.element = element;
        this.directory = directory;
        this.unscaled = unscaled;
    }

    /**
     * The element as a directory, or null when Xorg would refuse it (not absolute, or neither fonts.dir nor
     * fonts.alias readable). A ":unscaled" attribute suppresses the scalable names.
     */
    static FontDirectory forElement(String element) {
        if (element.equals(BUILTINS)) {
            return new FontDirectory(element, null, false);
        }
        if (!element.startsWith("/")) {
            return null;
        }
        int colon = element.indexOf(':');
        String path = colon >= 0 ? element.substring(0, colon) : element;
        boolean unscaled = colon >= 0 && List.of(element.substring(colon + 1).split(":")).contains("unscaled");
        try {
            Path dir = Path.of(path);
            if (!Files.isReadable(dir.resolve("fonts.dir")) && !Files.isReadable(dir.resolve("fonts.alias"))) {
                return null;
            }
            return new FontDirectory(element, dir, unscaled);
        } catch (RuntimeException e) {
            return null;
        }
    }

    String element() {
        return element;
    }

    boolean isBuiltins() {
        return directory == null;
    }

    /** Where a font file lives (null for built-ins, whose files are resources). */
    Path resolve(String fileName) {
        return directory == null ? null : directory.resolve(fileName);
    }

    private Tables tables() {
        Tables t = tables;
        if (t == null) {
            t = directory == null ? builtinTables() : readTables();
            tables = t;
        }
        return t;
    }

    /**
     * Entries matching a lowercased pattern, in listing order, at most max of them (aliases count).
     * XLFD patterns (14 dashes) skip size-less scalable aliases and list, after the bitmap fonts, the
     * scaled names libXfont derives from each matching scalable family (see {@link ScaledNames}).
     */
    List<Entry> list(String lowerPattern, int max, int resolutionX, int resolutionY) {
        List<Entry> result = new ArrayList<>();
        if (max <= 0) {
            return result;
        }
        Tables t = tables();
        ScaledNames.Sizes sizes = ScaledNames.parse(lowerPattern);
        boolean xlfd = FontNames.isXlfdPattern(lowerPattern);
        for (Entry e : t.nonScalable()) {
            if (FontNames.matches(lowerPattern, e.name())) {
                if (xlfd && e.isAlias() && FontNames.isSizelessXlfd(e.name())) {
                    continue;
                }
                result.add(e);
                if (result.size() == max) {
                    return result;
                }
            }
        }
        if (xlfd) {
            if (sizes != null) {
                String zeroPattern = ScaledNames.zeroPattern(lowerPattern);
                List<Entry> families = new ArrayList<>();
                for (Entry e : t.scalable()) {
                    if (families.size() < max - result.size() && FontNames.matches(zeroPattern, e.name())) {
                        families.add(e);
                    }
                }
                ScaledNames.addScaledNames(lowerPattern, sizes, families, max - result.size(), resolutionX,
                        resolutionY, result);
            }
        } else {
            for (Entry e : t.scalable()) {
                if (FontNames.matches(lowerPattern, e.name())) {
                    result.add(e);
                    if (result.size() == max) {
                        return result;
                    }
                }
            }
        }
        return result;
    }

    /**
     * The bitmap instance libXfont reports for a listed scalable family name ("-0-0-x-y-" form): the
     * first font in fonts.dir order of that family at the default 12 points. Null when only bitmap scaling
     * could produce it (not offered here).
     */
    Entry twelvePointInstance(String familyName) {
        for (Entry e : tables().bitmapsInFileOrder()) {
            String[] fields = FontNames.xlfdFields(e.name());
            if (fields != null && fields[8].equals("120") && familyName.equals(FontNames.scalableName(fields))) {
                // libXfont only counts it as the 12-point instance when its pixel size agrees with 12
                // points at its resolution to within a pixel.
                double expectedPixels = 12.0 * Integer.parseInt(fields[10].isEmpty() ? "0" : fields[10]) / 72.27;
                int pixels = fields[7].isEmpty() ? 0 : Integer.parseInt(fields[7]);
                if (Math.abs(pixels - expectedPixels) <= 1) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The first scalable family entry matching a zero-size pattern (the bitmap scaler's family), or null. */
    Entry scalableFamily(String zeroPattern) {
        for (Entry e : tables().scalable()) {
            if (FontNames.matches(zeroPattern, e.name())) {
                return e;
            }
        }
        return null;
    }

    /** The bitmap fonts of a scalable family in fonts.dir order: the sources the bitmap scaler may use. */
    List<Entry> familyBitmaps(String familyName) {
        List<Entry> result = new ArrayList<>();
        for (Entry e : tables().bitmapsInFileOrder()) {
            if (familyName.equals(FontNames.scalableName(FontNames.xlfdFields(e.name())))) {
                result.add(e);
            }
        }
        return result;
    }

    /** Whether the name is one of this element's scalable family names. */
    boolean isScalableName(String lowerName) {
        for (Entry e : tables().scalable()) {
            if (e.name().equals(lowerName)) {
                return true;
            }
        }
        return false;
    }

    /** The first bitmap font or alias whose name matches (what OpenFont picks in this element). */
    Entry find(String lowerPattern) {
        for (Entry e : tables().nonScalable()) {
            if (FontNames.matches(lowerPattern, e.name())) {
                return e;
            }
        }
        return null;
    }

    // ---- building the tables ----

    private static final class TableBuilder {
        final List<Entry> nonScalable = new ArrayList<>();
        final List<Entry> scalable = new ArrayList<>();
        final List<Entry> bitmapsInFileOrder = new ArrayList<>();
        final Set<String> scalableNames = new HashSet<>();
        final boolean unscaled;

        TableBuilder(boolean unscaled) {
            this.unscaled = unscaled;
        }

        void addFont(String fontName, String fileName) {
            if (!isLoadable(fileName)) {
                return; // libXfont skips files no renderer claims
            }
            String name = FontNames.lower(fontName);
            String[] fields = FontNames.xlfdFields(name);
            String scalableName = unscaled ? null : FontNames.scalableName(fields);
            if (scalableName == null || FontNames.sizeSpecified(fields)) {
                Entry bitmap = new Entry(name, fileName, null);
                nonScalable.add(bitmap);
                bitmapsInFileOrder.add(bitmap);
            }
            if (scalableName != null && scalableNames.add(scalableName)) {
                scalable.add(new Entry(scalableName, fileName, null));
            }
        }

        void addAlias(String alias, String target) {
            String name = FontNames.lower(alias);
            String resolved = FontNames.lower(target);
            if (!name.equals(resolved)) {
                nonScalable.add(new Entry(name, null, resolved));
            }
        }

        Tables build() {
            nonScalable.sort((a, b) -> FontNames.compare(a.name(), b.name()));
            scalable.sort((a, b) -> FontNames.compare(a.name(), b.name()));
            return new Tables(List.copyOf(nonScalable), List.copyOf(scalable), List.copyOf(bitmapsInFileOrder));
        }
    }

    static boolean isLoadable(String fileName) {
        return fileName.endsWith(".pcf") || fileName.endsWith(".pcf.gz");
    }

    private static Tables builtinTables() {
        TableBuilder b = new TableBuilder(false);
        String sixByThirteen = "-misc-fixed-medium-r-semicondensed--13-120-75-75-c-60-iso8859-1";
        b.addFont(sixByThirteen, BuiltinFonts.FIXED_FILE);
        b.addFont("cursor", BuiltinFonts.CURSOR_FILE);
        b.addAlias("fixed", sixByThirteen);
        b.addAlias("6x13", sixByThirteen);
        b.addAlias("-misc-fixed-medium-r-semicondensed--13-100-100-100-c-60-iso8859-1", sixByThirteen);
        return b.build();
    }

    private Tables readTables() {
        TableBuilder b = new TableBuilder(unscaled);
        try {
            Path fontsDir = directory.resolve("fonts.dir");
            if (Files.isReadable(fontsDir)) {
                readFontsDir(Files.readAllLines(fontsDir, StandardCharsets.ISO_8859_1), b);
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable fonts.dir leaves the element empty rather than failing every request.
        }
        try {
            Path fontsAlias = directory.resolve("fonts.alias");
            if (Files.isReadable(fontsAlias)) {
                try (BufferedReader in = Files.newBufferedReader(fontsAlias, StandardCharsets.ISO_8859_1)) {
                    readFontsAlias(in, b);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Same: keep what was read.
        }
        return b.build();
    }

    /** fonts.dir: a count line, then "file-name font-name" (the font name is the rest of the line). */
    private static void readFontsDir(List<String> lines, TableBuilder b) {
        boolean first = true;
        for (String line : lines) {
            String trimmed = line.strip();
            if (first) {
                first = false;
                continue;
            }
            if (trimmed.isEmpty()) {
                continue;
            }
            int space = indexOfWhitespace(trimmed);
            if (space < 0) {
                continue;
            }
            String file = trimmed.substring(0, space);
            String font = line.substring(line.indexOf(file) + file.length()).stripLeading();
            if (file.contains("/") || font.isEmpty()) {
                continue; // font files must live in the directory itself
            }
            b.addFont(font, file);
        }
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ' || s.charAt(i) == '\t') {
                return i;
            }
        }
        return -1;
    }

    /**
     * fonts.alias: pairs "alias target" per line; '!' at the start of a token begins a comment to end of
     * line, double quotes group words, backslash escapes the next character.
     */
    static void readFontsAlias(Reader reader, TableBuilder b) throws IOException {
        readFontsAlias(reader, b::addAlias);
    }

    /** Receives each alias pair of a fonts.alias file. */
    interface AliasSink {
        void alias(String alias, String target);
    }

    static void readFontsAlias(Reader reader, AliasSink sink) throws IOException {
        PushbackReader in = new PushbackReader(reader, 2);
        List<String> tokens = new ArrayList<>();
        while (true) {
            String token = nextToken(in);
            if (token == null || token.equals("\n")) {
                if (tokens.size() >= 2) {
                    for (int i = 0; i + 1 < tokens.size(); i += 2) {
                        sink.alias(tokens.get(i), tokens.get(i + 1));
                    }
                }
                tokens.clear();
                if (token == null) {
                    return;
                }
                continue;
            }
            tokens.add(token);
        }
    }

    /** Returns a name, "\n" at an end of line, or null at the end of the file. */
    private static String nextToken(PushbackReader in) throws IOException {
        StringBuilder token = new StringBuilder();
        boolean started = false;
        boolean quoted = false;
        boolean comment = false;
        while (true) {
            int c = in.read();
            if (c == '\\') {
                int next = in.read();
                if (next < 0) {
                    c = -1;
                } else {
                    if (!comment) {
                        token.append((char) next);
                        started = true;
                    }
                    continue;
                }
            }
            if (c < 0 || c == '\n' || c == '\r') {
                if (started) {
                    if (c >= 0) {
                        in.unread(c);
                    }
                    return token.toString();
                }
                return c < 0 ? null : "\n";
            }
            if (comment) {
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
                started = true;
                continue;
            }
            if ((c == ' ' || c == '\t') && !quoted) {
                if (started) {
                    return token.toString();
                }
                continue;
            }
            if (c == '!' && !started) {
                comment = true;
                continue;
            }
            token.append((char) c);
            started = true;
        }
    }
}
