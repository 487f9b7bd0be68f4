package org.sumac.x11.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Offline checks of the name rules, caching, limits and speed (the live tests compare with Xvfb). */
class FontCatalogTest {

    @Test
    void digitRunsSortByValue() {
        List<String> names = new ArrayList<>(List.of("iso10646-1", "iso8859-10", "iso8859-2", "a10", "a9", "a09"));
        names.sort(FontNames::compare);
        assertEquals(List.of("a9", "a09", "a10", "iso8859-2", "iso8859-10", "iso10646-1"), names);
    }

    @Test
    void wildcardsCountDashes() {
        assertTrue(FontNames.matches("*", "-misc-fixed-medium-r-normal--13-120-75-75-c-70-iso8859-1"));
        assertTrue(FontNames.matches("-misc-fixed-*", "-misc-fixed-medium-r-normal--13-120-75-75-c-70-iso8859-1"));
        assertFalse(FontNames.matches("-*-*-*", "fixed"));
        assertTrue(FontNames.matches("fix?d", "fixed"));
        assertFalse(FontNames.matches("fix?d", "fixxed"));
        assertTrue(FontNames.matches("*x13", "6x13"));
        assertFalse(FontNames.matches("*x13", "6x13bold"));
        assertEquals("fixed-ÿàé", FontNames.lower("FIXED-ÿÀÉ"));
    }

    @Test
    void fontsAliasLexerHandlesQuotesCommentsAndEscapes() throws Exception {
        List<String[]> aliases = new ArrayList<>();
        FontDirectory.readFontsAlias(new StringReader("""
                ! comment line
                fixed   -misc-fixed-medium-r-semicondensed--13-120-75-75-c-60-iso8859-1
                "two words"  "-adobe-new century schoolbook-*"
                esc\\ aped target
                lonely
                """), (alias, target) -> aliases.add(new String[] {alias, target}));
        assertEquals(3, aliases.size());
        assertEquals("two words", aliases.get(1)[0]);
        assertEquals("-adobe-new century schoolbook-*", aliases.get(1)[1]);
        assertEquals("esc aped", aliases.get(2)[0]);
    }

    @Test
    void fontsAreParsedOnceAndSharedAcrossPathChanges() throws Exception {
        FontCatalog catalog = FontCatalog.xvfbDefault();
        CoreFont fixed = catalog.open("fixed").orElseThrow();
        assertSame(fixed, catalog.open("FIXED").orElseThrow());
        FontCatalog builtinsOnly = catalog.withFontPath(List.of("built-ins"));
        assertEquals(List.of("built-ins"), builtinsOnly.fontPath());
        assertNotSame(fixed, builtinsOnly.open("fixed").orElseThrow(), "built-in fixed is its own copy");
        assertSame(fixed, builtinsOnly.withFontPath(List.of()).open("fixed").orElseThrow());
        FontCatalog.InvalidFontPathException bad = assertThrows(FontCatalog.InvalidFontPathException.class,
                () -> catalog.withFontPath(List.of("built-ins", "/nonexistent/fonts")));
        assertEquals(1, bad.index());
        assertTrue(FontCatalog.lenient(List.of("relative/dir", "/nonexistent")).fontPath().isEmpty());
    }

    @Test
    void hostileNamesAreHarmless() {
        FontCatalog catalog = FontCatalog.xvfbDefault();
        assertTrue(catalog.listFonts("", 100).isEmpty());
        assertTrue(catalog.open("").isEmpty());
        assertTrue(catalog.open("*".repeat(5000)).isEmpty());
        assertTrue(catalog.listFonts("-".repeat(2000), 100).isEmpty());
        assertTrue(catalog.listFonts("*1*2*3*4*5*6*7*8*9*0*1*2*3*4*5*6*7*8*9*0*", 10).isEmpty());
        assertTrue(catalog.listFonts("-*-*-*-*-*-*-[1 2 3 4]-*-*-*-*-*-*-*", 10).isEmpty());
        assertTrue(catalog.listFonts("\u0000\uffff", 10).isEmpty());
        assertEquals(List.of(), catalog.listFonts("*", 0));
    }

    /** Speed is for benchmarks; what a test can check is that a big font is parsed once and its table shared. */
    @Test
    void bigFontsAreParsedOnceAndShared() {
        FontCatalog catalog = FontCatalog.xvfbDefault();
        CoreFont unicode = catalog.open("-misc-fixed-medium-r-semicondensed--13-120-75-75-c-60-iso10646-1").orElseThrow();
        List<CharInfo> infos = unicode.charInfos();
        assertEquals(65536, infos.size());
        // A second OpenFont/QueryFont reuses the parsed font and the built table.
        assertSame(infos, catalog.open("-misc-fixed-medium-r-semicondensed--13-120-75-75-c-60-iso10646-1")
                .orElseThrow().charInfos());
    }

    @Test
    void textExtentsFollowTheProtocol() {
        CoreFont fixed = FontCatalog.xvfbDefault().open("fixed").orElseThrow();
        int[] hello = "Hello".chars().toArray();
        TextExtents e = fixed.queryTextExtents(hello, hello.length);
        assertEquals(30, e.overallWidth());
        assertEquals(11, e.fontAscent());
        assertEquals(2, e.fontDescent());
        int[] glyphs = new int[hello.length];
        for (int i = 0; i < hello.length; i++) {
            glyphs[i] = fixed.glyphIndex8(hello[i]);
        }
        assertEquals(30, fixed.glyphExtents(glyphs, glyphs.length).overallWidth());
        assertEquals(0, fixed.queryTextExtents(new int[0], 0).overallWidth());
    }

    @Test
    void scaledFontsAreReusedAndHostileSizesRefused() {
        FontCatalog catalog = FontCatalog.xvfbDefault();
        String name = "-misc-fixed-bold-r-normal--20-145-100-100-c-0-iso8859-1";
        CoreFont scaled = catalog.open(name).orElseThrow();
        assertSame(scaled, catalog.open(name.toUpperCase()).orElseThrow());
        assertEquals(20, scaled.intProperty("PIXEL_SIZE", -1));
        assertTrue(catalog.open("-misc-fixed-medium-r-normal--99999-0-100-100-c-0-iso8859-1").isEmpty());
        assertTrue(catalog.open("-misc-fixed-medium-r-normal--0-1-100-100-c-0-iso8859-1").isEmpty());
        assertTrue(catalog.open("-misc-fixed-medium-r-normal--3000-0-100-100-c-0-iso10646-1").isEmpty());
    }
}
