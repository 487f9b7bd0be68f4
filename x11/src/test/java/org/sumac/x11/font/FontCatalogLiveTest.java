package org.sumac.x11.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sumac.x11.color.LiveXvfb;

/** Our catalog and fonts against a live Xvfb on the same font path: answers must be identical. */
class FontCatalogLiveTest {

    /** argv: display, then (pattern, max) pairs. Prints "list PATTERN MAX COUNT" then one name per line. */
    private static final String LIST_SCRIPT = """
            import sys
            from Xlib import display
            d = display.Display(sys.argv[1])
            args = sys.argv[2:]
            for i in range(0, len(args), 2):
                names = d.list_fonts(args[i], int(args[i + 1]))
                print("list %s %s %d" % (args[i], args[i + 1], len(names)))
                for n in names:
                    print(n)
            print("path " + ",".join(d.get_font_path()))
            """;

    /** argv: display, then font names. Prints every QueryFont field, properties with atom names, char infos. */
    private static final String QUERY_SCRIPT = """
            import sys
            from Xlib import display, error
            d = display.Display(sys.argv[1])
            def ci(c):
                return "%d %d %d %d %d %d" % (c.left_side_bearing, c.right_side_bearing, c.character_width,
                                              c.ascent, c.descent, c.attributes)
            for name in sys.argv[2:]:
                f = d.open_font(name)
                q = f.query()
                print("font " + name)
                print("min " + ci(q.min_bounds))
                print("max " + ci(q.max_bounds))
                print("range %d %d %d %d default %d dir %d all %d ascent %d descent %d" % (
                    q.min_char_or_byte2, q.max_char_or_byte2, q.min_byte1, q.max_byte1, q.default_char,
                    q.draw_direction, q.all_chars_exist, q.font_ascent, q.font_descent))
                for p in q.properties:
                    try:
                        atom = d.get_atom_name(p.value)
                    except error.XError:
                        atom = "-"
                    print("prop %s %d %s" % (d.get_atom_name(p.name), p.value & 0xffffffff, atom))
                print("chars %d" % len(q.char_infos))
                for c in q.char_infos:
                    print(ci(c))
                for i, text in enumerate(["Hello, World", "", "\\u00e9t\\u00e9", "\\u4e00x", "\\u0000\\u00ff\\u0100", "\\uffff\\u2500"]):
                    e = f.query_text_extents([ord(c) for c in text])
                    print("extents %d %d %d %d %d %d %d %d %d" % (i, e.draw_direction, e.font_ascent,
                          e.font_descent, e.overall_ascent, e.overall_descent, e.overall_width,
                          e.overall_left, e.overall_right))
                f.close()
            """;

    /**
     * ListFontsWithInfo over a raw connection (python-xlib's own implementation is broken on Python 3).
     * argv: display, patterns. Prints "list PATTERN COUNT", then per font its name, bounds, ranges, properties.
     */
    private static final String LIST_WITH_INFO_SCRIPT = """
import sys, socket, struct
disp = int(sys.argv[1].lstrip(':'))
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.connect("/tmp/.X11-unix/X%d" % disp)
def recv(n):
    b = b''
    while len(b) < n:
        c = s.recv(n - len(b))
        if not c: raise EOFError
        b += c
    return b
s.sendall(struct.pack('<BxHHHHxx', ord('l'), 11, 0, 0, 0))
h = recv(8)
assert h[0] == 1, h
recv(struct.unpack('<H', h[6:8])[0] * 4)
def pad(b): return b + b'\\0' * ((4 - len(b) % 4) % 4)
def atom_name(a):
    s.sendall(struct.pack('<BxHI', 17, 2, a))
    r = recv(32)
    if r[0] == 0: return None
    n = struct.unpack('<H', r[8:10])[0]
    return recv(struct.unpack('<I', r[4:8])[0] * 4)[:n].decode('latin-1')
def ci(b): return "%d %d %d %d %d %d" % struct.unpack('<hhhhhH', b)
for p in sys.argv[2:]:
    pat = p.encode('latin-1')
    maxn = 1000
    s.sendall(struct.pack('<BxHHH', 50, 2 + (len(pat) + 3) // 4, maxn, len(pat)) + pad(pat))
    out = []
    while True:
        r = recv(32)
        extra = recv(struct.unpack('<I', r[4:8])[0] * 4)
        d = r + extra
        if d[1] == 0: break
        nprops = struct.unpack('<H', d[46:48])[0]
        props = [struct.unpack('<II', d[60 + 8 * i: 68 + 8 * i]) for i in range(nprops)]
        name = d[60 + 8 * nprops: 60 + 8 * nprops + d[1]].decode('latin-1')
        out.append((name, d, props))
    print("list %s %d" % (p, len(out)))
    for name, d, props in out:
        print("font " + name)
        print("min " + ci(d[8:20]) + " max " + ci(d[24:36]))
        mc, xc, dc = struct.unpack('<HHH', d[40:46])
        print("range %d %d %d %d default %d dir %d all %d ascent %d descent %d" % (
            mc, xc, d[49], d[50], dc, d[48], d[51], *struct.unpack('<hh', d[52:56])))
        for (n, v) in props:
            print("prop %s %d %s" % (atom_name(n), v, atom_name(v) if 0 < v < 10000000 else None))
            """;

    private static final String[] EXTENT_TEXTS = {"Hello, World", "", "\u00e9t\u00e9", "\u4e00x",
        "\u0000\u00ff\u0100", "\uffff\u2500"};

    private static LiveXvfb xvfb;
    private static FontCatalog catalog;

    @BeforeAll
    static void startXvfb() throws Exception {
        xvfb = LiveXvfb.start();
        catalog = FontCatalog.xvfbDefault();
    }

    @AfterAll
    static void stopXvfb() {
        if (xvfb != null) {
            xvfb.close();
        }
    }

    @Test
    void listFontsMatchesXvfb() throws Exception {
        List<String> args = List.of("*", "65535", "fixed", "100", "-misc-fixed-*", "1000", "*-iso10646-1", "500",
                "cursor", "10", "*bold*", "1000", "FIXED", "5", "Fix?d", "5", "*x13*", "300", "nosuch*", "10",
                "variable", "10", "*", "7", "-misc-fixed-*", "3", "6x13", "10", "-*-*-bold-*", "400",
                "*-koi8-r", "100", "?x?", "50", "*", "0", "*cursor*", "50", "*--0-0-*", "400", "*fixed*ja*", "20",
                // XLFD patterns: bitmap names, then the scaled names libXfont derives from each family
                "-misc-fixed-medium-r-semicondensed--13-120-75-75-c-60-iso8859-1", "10",
                "-*-fixed-medium-r-*-*-13-*-*-*-*-*-iso8859-1", "100", "-*-*-*-*-*-*-*-*-*-*-*-*-*-*", "2000",
                "-*-*-*-*-*-*-*-*-*-*-*-*-*-*", "30", "-misc-fixed-bold-r-normal--*-*-*-*-*-*-iso10646-1", "100",
                "-*-*-medium-r-normal--*-120-*-*-*-*-iso8859-1", "200", "-*-*-*-*-*-*-14-*-75-75-*-*-*-*", "100",
                "-*-*-*-*-*-*-0-0-*-*-*-0-*-*", "100", "-*-*-*-*-*-*-*-140-*-*-c-*-*-*", "100",
                "-*-fixed-*-*-*-*-20-*-100-75-*-*-*-*", "50", "-*-*-*-*-*-*-1?-*-*-*-*-*-*-*", "50",
                "*-*-*-*-*-*-*-*-*-*-*-*-*-*", "30", "-misc-fixed-medium-r-normal--13-*-*-*-*-*-iso8859-1", "20");
        List<String> expected = xvfb.python(LIST_SCRIPT, args);
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < args.size(); i += 2) {
            List<String> names = catalog.listFonts(args.get(i), Integer.parseInt(args.get(i + 1)));
            actual.add("list " + args.get(i) + " " + args.get(i + 1) + " " + names.size());
            actual.addAll(names);
        }
        actual.add("path " + String.join(",", catalog.fontPath()));
        assertSameLines(expected, actual);
    }

    @Test
    void listFontsWithInfoMatchesXvfb() throws Exception {
        List<String> patterns = List.of("fixed", "6x1*", "cursor", "8x1?", "-misc-fixed-bold-r-*--13-*", "variable",
                "-misc-fixed-medium-r-semicondensed-*");
        List<String> raw = xvfb.python(LIST_WITH_INFO_SCRIPT, patterns);
        List<String> actual = new ArrayList<>();
        List<Boolean> stringProperties = new ArrayList<>();
        for (String pattern : patterns) {
            List<FontCatalog.NamedFont> fonts = catalog.listFontsWithInfo(pattern, 1000);
            actual.add("list " + pattern + " " + fonts.size());
            for (FontCatalog.NamedFont named : fonts) {
                CoreFont f = named.font();
                actual.add("font " + named.name());
                actual.add("min " + ci(f.minBounds()) + " max " + ci(f.maxBounds()));
                actual.add("range " + f.minCharOrByte2() + " " + f.maxCharOrByte2() + " " + f.minByte1() + " "
                        + f.maxByte1() + " default " + f.defaultChar() + " dir " + f.drawDirection() + " all "
                        + (f.allCharsExist() ? 1 : 0) + " ascent " + f.fontAscent() + " descent " + f.fontDescent());
                for (FontProperty p : f.properties()) {
                    actual.add("prop " + p.name() + (p.isString() ? " string " + p.stringValue()
                            : " int " + Integer.toUnsignedString(p.value())));
                    stringProperties.add(p.isString());
                }
            }
        }
        List<String> expected = new ArrayList<>();
        normalizeProperties(raw, stringProperties, expected);
        assertSameLines(expected, actual);
    }

    /**
     * The names xlsfonts -l prints: ListFontsWithInfo with the patterns it sends. Aliases must come back
     * under their resolved XLFD (6x10 answers -misc-fixed-medium-r-normal--10-100-75-75-c-60-iso8859-1),
     * sizes at the catalog's resolution, and names only the bitmap scaler can open (average width 0, e.g.
     * "--10-72-100-100-c-0-") are listed too.
     */
    @Test
    void listFontsWithInfoNamesMatchXvfbForXlsfontsPatterns() throws Exception {
        List<String> patterns = List.of("*", "6x10", "fixed", "-misc-fixed-medium-r-normal--10-*-*-*-*-*-iso10646-1",
                "6x13", "variable", "*-iso10646-1");
        List<String> raw = xvfb.python(LIST_WITH_INFO_SCRIPT, patterns);
        int line = 0;
        int scaledNames = 0;
        for (String pattern : patterns) {
            assertTrue(raw.get(line).startsWith("list " + pattern + " "), raw.get(line));
            line++;
            List<String> xvfbNames = new ArrayList<>();
            for (; line < raw.size() && !raw.get(line).startsWith("list "); line++) {
                if (raw.get(line).startsWith("font ")) {
                    xvfbNames.add(raw.get(line).substring("font ".length()));
                }
            }
            List<String> ours = catalog.listFontsWithInfo(pattern, 1000).stream()
                    .map(FontCatalog.NamedFont::name).toList();
            assertSameLines(xvfbNames, ours);
            scaledNames += (int) ours.stream().filter(n -> n.split("-", -1).length == 15
                    && n.split("-", -1)[12].equals("0")).count();
        }
        assertTrue(scaledNames > 0, "the patterns covered scaled-bitmap names");
    }

    /** Other font paths (-fp): built-ins alone, and a directory with the ":unscaled" attribute. */
    @Test
    void otherFontPathsMatchXvfb() throws Exception {
        for (String path : List.of("built-ins", "/usr/share/fonts/X11/misc/:unscaled,built-ins")) {
            FontCatalog ours = FontCatalog.lenient(List.of(path.split(",")));
            try (LiveXvfb other = LiveXvfb.start("-fp", path)) {
                List<String> args = List.of("*", "1000", "fixed", "10", "*6x13*", "10", "cursor", "10");
                List<String> actual = new ArrayList<>();
                for (int i = 0; i < args.size(); i += 2) {
                    List<String> names = ours.listFonts(args.get(i), Integer.parseInt(args.get(i + 1)));
                    actual.add("list " + args.get(i) + " " + args.get(i + 1) + " " + names.size());
                    actual.addAll(names);
                }
                actual.add("path " + String.join(",", ours.fontPath()));
                assertSameLines(other.python(LIST_SCRIPT, args), actual);

                List<String> fonts = List.of("fixed", "cursor", "6x13",
                        "-misc-fixed-medium-r-semicondensed--13-100-100-100-c-60-iso8859-1");
                List<String> expected = new ArrayList<>();
                List<String> raw = other.python(QUERY_SCRIPT, fonts);
                List<String> mine = new ArrayList<>();
                List<Boolean> stringProperties = new ArrayList<>();
                for (String name : fonts) {
                    CoreFont font = ours.open(name).orElseThrow(() -> new AssertionError("cannot open " + name));
                    describe(name, font, mine);
                    font.properties().forEach(p -> stringProperties.add(p.isString()));
                }
                normalizeProperties(raw, stringProperties, expected);
                assertSameLines(expected, mine);
            }
        }
    }

    @Test
    void queryFontMatchesXvfb() throws Exception {
        List<String> fonts = List.of("fixed", "cursor", "6x13", "-misc-fixed-medium-r-normal--13-120-75-75-c-70-iso10646-1",
                "10x20", "-misc-fixed-bold-r-normal--13-120-75-75-c-70-iso8859-1",
                "-misc-fixed-medium-r-normal-ja-13-120-75-75-c-120-iso10646-1", "olcursor", "nil2",
                "-arabic-newspaper-medium-r-normal--32-246-100-100-p-137-iso10646-1", "kanji16", "micro",
                "-schumacher-clean-medium-r-normal--12-120-75-75-c-60-iso10646-1", "*-ko-*", "8x16kana",
                "-misc-fixed-medium-r-semicondensed--0-0-75-75-c-0-iso8859-1", "-MISC-Fixed-*-R-*-*-*-140-*");
        List<String> raw = xvfb.python(QUERY_SCRIPT, fonts);
        List<String> actual = new ArrayList<>();
        List<Boolean> stringProperties = new ArrayList<>();
        for (String name : fonts) {
            CoreFont font = catalog.open(name).orElseThrow(() -> new AssertionError("cannot open " + name));
            describe(name, font, actual);
            font.properties().forEach(p -> stringProperties.add(p.isString()));
        }
        List<String> expected = new ArrayList<>();
        normalizeProperties(raw, stringProperties, expected);
        assertSameLines(expected, actual);
        assertTrue(expected.size() > 70000, "the comparison covered the big fonts");
    }

    /**
     * Names only libXfont's bitmap scaler can open (enlarged and shrunk from the nearest bitmap): every
     * QueryFont field, property and char info must equal Xvfb's.
     */
    @Test
    void scaledBitmapFontsMatchXvfb() throws Exception {
        List<String> fonts = List.of("-jis-fixed-medium-r-normal--17-120-100-100-c-0-jisx0208.1983-0",
                "-misc-fixed-bold-r-normal--20-145-100-100-c-0-iso8859-1",
                "-misc-fixed-medium-r-normal--10-72-100-100-c-0-iso10646-1",
                "-misc-fixed-medium-r-normal--40-290-100-100-c-0-iso8859-1",
                "-misc-fixed-medium-r-semicondensed--7-50-100-100-c-0-iso8859-1",
                "-arabic-newspaper-medium-r-normal--0-0-100-100-p-0-iso10646-1",
                "-daewoo-gothic-medium-r-normal--0-0-100-100-c-0-ksc5601.1987-0",
                "-misc-fixed-medium-r-normal--25-*-*-*-c-*-iso8859-1", "-misc-fixed-medium-r-normal--30-*-75-75-c-0-iso8859-1",
                "-misc-fixed-medium-r-normal--25-180-100-100-c-130-iso8859-1",
                "-misc-fixed-bold-r-normal--17-120-100-100-c-70-iso8859-1");
        List<String> raw = xvfb.python(QUERY_SCRIPT, fonts);
        List<String> actual = new ArrayList<>();
        List<Boolean> stringProperties = new ArrayList<>();
        for (String name : fonts) {
            CoreFont font = catalog.open(name).orElseThrow(() -> new AssertionError("cannot open " + name));
            describe(name, font, actual);
            font.properties().forEach(p -> stringProperties.add(p.isString()));
        }
        List<String> expected = new ArrayList<>();
        normalizeProperties(raw, stringProperties, expected);
        assertSameLines(expected, actual);
    }

    private static void describe(String name, CoreFont f, List<String> out) {
        out.add("font " + name);
        out.add("min " + ci(f.minBounds()));
        out.add("max " + ci(f.maxBounds()));
        out.add("range " + f.minCharOrByte2() + " " + f.maxCharOrByte2() + " " + f.minByte1() + " " + f.maxByte1()
                + " default " + f.defaultChar() + " dir " + f.drawDirection() + " all " + (f.allCharsExist() ? 1 : 0)
                + " ascent " + f.fontAscent() + " descent " + f.fontDescent());
        for (FontProperty p : f.properties()) {
            out.add("prop " + p.name() + (p.isString() ? " string " + p.stringValue()
                    : " int " + Integer.toUnsignedString(p.value())));
        }
        List<CharInfo> infos = f.charInfos();
        out.add("chars " + infos.size());
        for (CharInfo c : infos) {
            out.add(ci(c));
        }
        for (int i = 0; i < EXTENT_TEXTS.length; i++) {
            int[] codes = EXTENT_TEXTS[i].chars().toArray();
            TextExtents e = f.queryTextExtents(codes, codes.length);
            out.add("extents " + i + " " + e.drawDirection() + " " + e.fontAscent() + " "
                    + e.fontDescent() + " " + e.overallAscent() + " " + e.overallDescent() + " " + e.overallWidth()
                    + " " + e.overallLeft() + " " + e.overallRight());
        }
    }

    private static String ci(CharInfo c) {
        return c.leftBearing() + " " + c.rightBearing() + " " + c.width() + " " + c.ascent() + " " + c.descent()
                + " " + c.attributes();
    }

    /** Reports the first difference with a little context instead of two huge strings. */
    static void assertSameLines(List<String> expected, List<String> actual) {
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                int from = Math.max(0, i - 3);
                assertEquals(String.join("\n", expected.subList(from, Math.min(expected.size(), i + 4))),
                        String.join("\n", actual.subList(from, Math.min(actual.size(), i + 4))),
                        "first difference at line " + i);
            }
        }
        assertEquals(expected.size(), actual.size(), "line count; extra lines start at " + n);
    }

    /** The reference's string values are atoms: compare their names where our property is a string. */
    private static void normalizeProperties(List<String> raw, List<Boolean> stringProperties, List<String> out) {
        int propertyIndex = 0;
        for (String line : raw) {
            if (line.startsWith("prop ")) {
                String[] f = line.split(" ", 4);
                boolean isString = propertyIndex < stringProperties.size() && stringProperties.get(propertyIndex++);
                line = "prop " + f[1] + (isString ? " string " + f[3] : " int " + f[2]);
            }
            out.add(line);
        }
    }
}
