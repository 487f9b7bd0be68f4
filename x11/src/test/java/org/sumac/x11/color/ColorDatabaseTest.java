package org.sumac.x11.color;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColorDatabaseTest {

    /** Prints "name|r g b" or "name|BadName" per argument, straight from Xvfb's LookupColor. */
    private static final String LOOKUP_SCRIPT = """
            import sys
            from Xlib import display, error
            d = display.Display(sys.argv[1])
            cm = d.screen().default_colormap
            for n in sys.argv[2:]:
                try:
                    r = cm.lookup_color(n)
                    print("%s|%d %d %d" % (n, r.exact_red, r.exact_green, r.exact_blue))
                except error.BadName:
                    print("%s|BadName" % n)
            """;

    @Test
    void replicatesEightBitValuesAndFoldsCase() {
        ColorDatabase db = ColorDatabase.builtin();
        assertEquals(Optional.of(new Rgb16(0x7070, 0x8080, 0x9090)), db.lookup("slate gray"));
        assertEquals(db.lookup("slate gray"), db.lookup("SlateGray"));
        assertEquals(db.lookup("slate gray"), db.lookup("SLATEGREY"));
        assertEquals(Optional.empty(), db.lookup("slate  gray"));
        assertEquals(Optional.empty(), db.lookup("no such color"));
        assertEquals(782, db.size());
        byte[] bytes = "xxRedxx".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Optional.of(new Rgb16(0xffff, 0, 0)), db.lookup(bytes, 2, 3));
        assertEquals(Optional.empty(), db.lookup(bytes, 5, 9));
    }

    @Test
    void parsesRgbTxtAndSkipsGarbage() throws Exception {
        ColorDatabase db = ColorDatabase.parse(new StringReader(
                "! comment\n 1  2  3\t\tFoo Bar\n999 0 0 toobig\nx y z bad\n4 5 6\n7 8 9 foo bar\n"));
        assertEquals(List.of("Foo Bar"), db.names());
        assertEquals(Optional.of(Rgb16.fromRgb8(1, 2, 3)), db.lookup("foo bar"));
    }

    @Test
    void rgbTxtOnlyAddsNamesXorgLacks() throws Exception {
        Path file = Files.createTempFile("rgb", ".txt");
        try {
            Files.writeString(file, "1 2 3\tred\n10 20 30\tSumacTestColor\n");
            ColorDatabase db = ColorDatabase.builtinPlusRgbTxt(file);
            assertEquals(Optional.of(new Rgb16(0xffff, 0, 0)), db.lookup("red"));
            assertEquals(Optional.of(Rgb16.fromRgb8(10, 20, 30)), db.lookup("sumactestcolor"));
        } finally {
            Files.delete(file);
        }
    }

    /** Every built-in name plus odd spellings must get exactly Xvfb's answer. */
    @Test
    void matchesXvfbLookupColor() throws Exception {
        ColorDatabase db = ColorDatabase.builtin();
        List<String> names = new ArrayList<>(db.names());
        names.addAll(List.of("SLATE GRAY", "slategrey", "Slate  Gray", " red", "red ", "DebianRed", "gray100",
                "GREY42", "LightGoldenrodYellow", "light goldenrod yellow", "lightgoldenrod yellow", "x11 gray",
                "web grey", "aqua", "rebecca purple", "nosuchcolor", "", "#ff0000", "navy blue", "NavyBlue"));
        try (LiveXvfb xvfb = LiveXvfb.start()) {
            List<String> expected = xvfb.python(LOOKUP_SCRIPT, names);
            List<String> actual = new ArrayList<>();
            for (String name : names) {
                actual.add(name + "|" + db.lookup(name)
                        .map(c -> c.red() + " " + c.green() + " " + c.blue())
                        .orElse("BadName"));
            }
            assertEquals(expected.size(), names.size());
            assertEquals(expected, actual);
            assertTrue(expected.contains("DebianRed|BadName"), "reference really answered BadName");
        }
    }
}
