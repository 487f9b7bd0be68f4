package org.sumac.app.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The normalisation removes exactly the legitimate differences and keeps everything else visible. */
class ToolOutputsTest {
    private static final String XVFB = """
            name of display:    :374
            version number:    11.0
            vendor string:    The X.Org Foundation
            vendor release number:    12101007
            X.Org version: 1.21.1.7
            number of extensions:    3
                BIG-REQUESTS
                Composite
                XTEST
            default screen number:    0
            screen #0:
              dimensions:    1024x768 pixels (260x195 millimeters)
              root window id:    0x42
              default colormap:    0x20
              default visual id:  0x21
              visual:
                visual id:    0x21
              visual:
                visual id:    0x40
            """;

    @Test
    void xdpyinfoKeepsEverythingButNamesIdsAndUnofferedExtensions() {
        String sumac = XVFB.replace(":374", ":375").replace("The X.Org Foundation", "Sumac")
                .replace("12101007", "10000000").replace("X.Org version: 1.21.1.7\n", "")
                .replace("number of extensions:    3", "number of extensions:    2").replace("    Composite\n", "")
                .replace("0x42", "0x200").replace("0x21", "0x23").replace("0x40", "0x24");
        Set<String> offered = Set.of("BIG-REQUESTS", "XTEST");
        assertEquals(ToolOutputs.xdpyinfo(XVFB, offered), ToolOutputs.xdpyinfo(sumac, offered));
        assertEquals(List.of("BIG-REQUESTS", "Composite", "XTEST"), ToolOutputs.xdpyinfoExtensions(XVFB));
    }

    @Test
    void xdpyinfoStillSeesDimensionsVisualStructureAndVersion() {
        Set<String> offered = Set.of("BIG-REQUESTS", "XTEST");
        String expected = ToolOutputs.xdpyinfo(XVFB, offered);
        assertNotEquals(expected, ToolOutputs.xdpyinfo(XVFB.replace("1024x768", "1024x767"), offered));
        assertNotEquals(expected, ToolOutputs.xdpyinfo(XVFB.replace("11.0", "11.1"), offered));
        // default visual no longer the first one listed
        assertNotEquals(expected, ToolOutputs.xdpyinfo(XVFB.replace("default visual id:  0x21",
                "default visual id:  0x40"), offered));
        // an extension outside the offered set only disappears, it never replaces an offered one
        assertNotEquals(expected, ToolOutputs.xdpyinfo(XVFB.replace("    XTEST\n", "    XTESTING\n"), offered));
    }

    @Test
    void xwininfoRenamesIdsButNotGeometry() {
        String a = "  Root window id: 0x42 (the root window)\n  Parent window id: 0x0 (none)\n"
                + "     0x200003 \"xlogo\": (\"xlogo\" \"XLogo\")  100x100+10+10  +10+10\n";
        String b = a.replace("0x42", "0x100").replace("0x200003", "0x400007");
        assertEquals(ToolOutputs.xwininfo(a), ToolOutputs.xwininfo(b));
        assertNotEquals(ToolOutputs.xwininfo(a), ToolOutputs.xwininfo(a.replace("+10+10  +10+10", "+10+11  +10+11")));
        assertNotEquals(ToolOutputs.xwininfo(a), ToolOutputs.xwininfo(a.replace("0x0 (none)", "0x1 (none)")));
    }

    @Test
    void fontPropertiesResolveOnlyNamedStringProperties() {
        String xvfb = "      CAP_HEIGHT            9\n      _GBDFED_INFO          110\n";
        String sumac = "      CAP_HEIGHT            9\n      _GBDFED_INFO          347\n";
        Map<Integer, String> xvfbAtoms = Map.of(110, "Edited with gbdfed 1.3.");
        Map<Integer, String> sumacAtoms = Map.of(347, "Edited with gbdfed 1.3.");
        Set<String> strings = Set.of("_GBDFED_INFO");
        assertEquals(ToolOutputs.fontProperties(xvfb, strings, xvfbAtoms::get),
                ToolOutputs.fontProperties(sumac, strings, sumacAtoms::get));
        assertNotEquals(ToolOutputs.fontProperties(xvfb, strings, xvfbAtoms::get),
                ToolOutputs.fontProperties(sumac.replace("9", "8"), strings, sumacAtoms::get));
    }

    @Test
    void atomsParsesNumbersAndNames() {
        assertEquals(Map.of(1, "PRIMARY", 69, "_XKB_RULES_NAMES"), ToolOutputs.atoms("1\tPRIMARY\n69\t_XKB_RULES_NAMES\n"));
    }
}
