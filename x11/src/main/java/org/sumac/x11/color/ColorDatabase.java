package org.sumac.x11.color;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The X color-name database used by LookupColor and AllocNamedColor. Immutable and thread-safe.
 *
 * <p>Matching follows Xorg's {@code OsLookupColor}: the whole name must equal a table entry, ignoring ASCII
 * case only. "slate gray", "SlateGray" and "SLATEGRAY" all match because the table lists both spellings;
 * "slate  gray" (two spaces) does not, exactly as on Xvfb.
 */
public final class ColorDatabase {

    private static final String RESOURCE = "colors.txt";

    /** Keys are ASCII-lowercased names. */
    private final Map<String, Rgb16> byLowerName;
    private final List<String> names;

    private ColorDatabase(Map<String, Rgb16> byLowerName, List<String> names) {
        this.byLowerName = Map.copyOf(byLowerName);
        this.names = List.copyOf(names);
    }

    /** Lazily loaded immutable shared table; safe because nothing can mutate it. */
    private static final class BuiltinHolder {
        static final ColorDatabase INSTANCE = loadBuiltin();
    }

    /**
     * The table Xorg compiles into the server (same names and values Xvfb answers with), shipped as a
     * resource so the server works without /usr/share/X11/rgb.txt.
     */
    public static ColorDatabase builtin() {
        return BuiltinHolder.INSTANCE;
    }

    /**
     * The built-in table plus any names only present in an rgb.txt-format file (built-in values win on
     * conflicts, so answers for Xorg's names stay identical to Xvfb's). Unreadable file: built-in only.
     */
    public static ColorDatabase builtinPlusRgbTxt(Path rgbTxt) {
        ColorDatabase base = builtin();
        if (!Files.isReadable(rgbTxt)) {
            return base;
        }
        try (Reader reader = Files.newBufferedReader(rgbTxt, StandardCharsets.ISO_8859_1)) {
            ColorDatabase extra = parse(reader);
            Map<String, Rgb16> merged = new HashMap<>(base.byLowerName);
            List<String> names = new ArrayList<>(base.names);
            for (String name : extra.names) {
                if (merged.putIfAbsent(lower(name), extra.byLowerName.get(lower(name))) == null) {
                    names.add(name);
                }
            }
            return new ColorDatabase(merged, names);
        } catch (IOException | UncheckedIOException e) {
            return base;
        }
    }

    /**
     * Parses rgb.txt format: lines "R G B name" with 8-bit decimal values; '!' starts a comment line.
     * Malformed lines are skipped; the first spelling of a name (case-insensitively) wins.
     */
    public static ColorDatabase parse(Reader reader) throws IOException {
        Map<String, Rgb16> map = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String line;
        while ((line = in.readLine()) != null) {
            parseLine(line, map, names);
        }
        return new ColorDatabase(map, names);
    }

    private static void parseLine(String line, Map<String, Rgb16> map, List<String> names) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.charAt(0) == '!') {
            return;
        }
        int[] values = new int[3];
        int pos = 0;
        for (int i = 0; i < 3; i++) {
            while (pos < trimmed.length() && Character.isWhitespace(trimmed.charAt(pos))) {
                pos++;
            }
            int start = pos;
            while (pos < trimmed.length() && Character.isDigit(trimmed.charAt(pos))) {
                pos++;
            }
            if (start == pos || pos - start > 3) {
                return;
            }
            values[i] = Integer.parseInt(trimmed, start, pos, 10);
            if (values[i] > 255) {
                return;
            }
        }
        String name = trimmed.substring(pos).strip();
        if (name.isEmpty()) {
            return;
        }
        if (map.putIfAbsent(lower(name), Rgb16.fromRgb8(values[0], values[1], values[2])) == null) {
            names.add(name);
        }
    }

    private static ColorDatabase loadBuiltin() {
        try (InputStream stream = ColorDatabase.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new InputStreamReader(stream, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Looks a name up (ASCII case-insensitive, otherwise exact). */
    public Optional<Rgb16> lookup(String name) {
        return Optional.ofNullable(byLowerName.get(lower(name)));
    }

    /** Looks up a protocol STRING8 name (Latin-1 bytes); out-of-range offsets yield empty. */
    public Optional<Rgb16> lookup(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset > bytes.length - length) {
            return Optional.empty();
        }
        return lookup(new String(bytes, offset, length, StandardCharsets.ISO_8859_1));
    }

    /** Every name in table order, with its original spelling. */
    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    /** strncasecmp folds ASCII letters only; do the same so Latin-1 letters stay distinct. */
    private static String lower(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + 32);
            }
        }
        return new String(chars);
    }

    @Override
    public String toString() {
        return "ColorDatabase[" + names.size() + " names]";
    }
}
