package org.sumac.app.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sumac.app.testing.XClients;
import org.sumac.app.testing.XServerProcess;

/**
 * Issue 13, XKEYBOARD, acceptance point 2: the layout a user chooses at run time. setxkbmap (GetKbdByName) and
 * xkbcomp uploading a keymap (SetMap, SetCompatMap, SetIndicatorMap, SetNames, SetGeometry) change the keyboard on
 * Sumac as on Xvfb: xkbcomp prints the same keymap back and xmodmap the same core keymap.
 *
 * Why both servers run with -noreset (TestServers): Xorg rebuilds its keyboard from its start options when its last
 * client leaves, so on a server that resets, setxkbmap's layout is gone as soon as setxkbmap exits (what made Xvfb
 * seem to keep "us" after "setxkbmap de"). Sumac does the same; aResetBringsBackTheStartLayout shows it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XkbLayoutTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private XServerProcess xvfb;
    private XServerProcess sumac;

    @BeforeAll
    void startServers() {
        xvfb = TestServers.xvfb(320, 240);
        sumac = TestServers.underTest(320, 240);
    }

    @AfterAll
    void stopServers() {
        try {
            if (sumac != null) sumac.close();
        } finally {
            if (xvfb != null) xvfb.close();
        }
    }

    private static XClients.Result run(XServerProcess server, String... command) {
        return XClients.run(server, TIMEOUT, command);
    }

    private static String output(XServerProcess server, String... command) {
        return IntrospectionToolsTest.run(server, command);
    }

    private static String[] setxkbmap(String layout, String variant) {
        List<String> c = new ArrayList<>(List.of("setxkbmap", "-layout", layout));
        if (!variant.isEmpty()) c.addAll(List.of("-variant", variant));
        return c.toArray(new String[0]);
    }

    @ParameterizedTest(name = "setxkbmap -layout {0} {1}")
    @CsvSource({"de,", "fr,oss", "'us,ru',"})
    void setxkbmapSwitchesTheLayoutAndXkbcompAndXmodmapPrintWhatXvfbPrints(String layout, String variant) {
        String v = variant == null ? "" : variant;
        for (XServerProcess s : List.of(xvfb, sumac)) output(s, setxkbmap(layout, v));
        String keymap = output(xvfb, "xkbcomp", "-w", "0", xvfb.display(), "-");
        String symbols = "pc+" + layout.replace(",", "+").replace("ru", "ru:2") + (v.isEmpty() ? "" : "(" + v + ")");
        assertTrue(keymap.contains("xkb_symbols \"" + symbols), "Xvfb switched to " + symbols + ":\n"
                + keymap.substring(0, Math.min(400, keymap.length())));
        assertEquals(keymap, output(sumac, "xkbcomp", "-w", "0", sumac.display(), "-"), "xkbcomp :N -");
        assertEquals(output(xvfb, "xmodmap", "-pke"), output(sumac, "xmodmap", "-pke"), "xmodmap -pke");
        assertEquals(output(xvfb, "xmodmap", "-pm"), output(sumac, "xmodmap", "-pm"), "xmodmap -pm");
        assertEquals(output(xvfb, "setxkbmap", "-query"), output(sumac, "setxkbmap", "-query"));
    }

    @Test
    void aLayoutThatDoesNotExistFailsAsOnXvfbAndTheLayoutStays() {
        for (XServerProcess s : List.of(xvfb, sumac)) output(s, setxkbmap("de", ""));
        XClients.Result onXvfb = run(xvfb, setxkbmap("xx", ""));
        XClients.Result onSumac = run(sumac, setxkbmap("xx", ""));
        assertNotEquals(0, onXvfb.exitCode(), "Xvfb refuses it: " + onXvfb);
        assertEquals(onXvfb.exitCode(), onSumac.exitCode(), onSumac.toString());
        assertEquals(onXvfb.stderr(), onSumac.stderr());
        String keymap = output(sumac, "xkbcomp", "-w", "0", sumac.display(), "-");
        assertTrue(keymap.contains("xkb_symbols \"pc+de+inet(evdev)\""), "still German");
        assertEquals(output(xvfb, "xkbcomp", "-w", "0", xvfb.display(), "-"), keymap);
    }

    @ParameterizedTest(name = "xkbcomp uploads {0} {1}")
    @CsvSource({"de,", "fr,oss"})
    void xkbcompUploadsAKeymapThatReadsBackAsOnXvfb(String layout, String variant, @TempDir Path dir) throws Exception {
        String v = variant == null ? "" : variant;
        List<String> print = new ArrayList<>(List.of(setxkbmap(layout, v)));
        print.add("-print");
        Path file = dir.resolve("keymap.xkb");
        Files.writeString(file, output(xvfb, print.toArray(new String[0])));
        for (XServerProcess s : List.of(xvfb, sumac)) {
            output(s, "setxkbmap", "-layout", "us"); // start from another layout, so the upload has to change it
            output(s, "xkbcomp", "-w", "0", file.toString(), s.display());
        }
        String keymap = output(xvfb, "xkbcomp", "-w", "0", xvfb.display(), "-");
        assertTrue(keymap.contains("(" + layout) || keymap.contains("+" + layout), "Xvfb has the uploaded layout");
        assertEquals(keymap, output(sumac, "xkbcomp", "-w", "0", sumac.display(), "-"), "xkbcomp :N -");
        assertEquals(output(xvfb, "xmodmap", "-pke"), output(sumac, "xmodmap", "-pke"), "xmodmap -pke");
    }

    @Test
    void aResetBringsBackTheStartLayout() {
        // Sumac without -noreset: setxkbmap is its only client, so the display resets when it leaves
        org.sumac.app.testing.SumacProcess.assumeAvailable();
        try (XServerProcess resetting = org.sumac.app.testing.SumacProcess.start(320, 240)) {
            output(resetting, setxkbmap("de", ""));
            // the reset happens once the server has seen setxkbmap leave; a client arriving first would delay it
            String keymap = "";
            for (int tries = 0; tries < 20 && !keymap.contains("pc+us+inet(evdev)"); tries++) {
                sleep(100);
                keymap = output(resetting, "xkbcomp", "-w", "0", resetting.display(), "-");
            }
            assertTrue(keymap.contains("xkb_symbols \"pc+us+inet(evdev)\""), keymap.substring(0, Math.min(300, keymap.length())));
        }
    }

    @Test
    void aDisplayStartedWithXkblayoutHasTheKeymapSetxkbmapGivesXvfb() {
        org.sumac.app.testing.SumacProcess.assumeAvailable();
        try (XServerProcess german = org.sumac.app.testing.SumacProcess.start(320, 240, "-noreset", "-xkblayout", "de",
                "-xkbvariant", "nodeadkeys", "-xkboptions", "caps:escape")) {
            output(xvfb, "setxkbmap", "-layout", "de", "-variant", "nodeadkeys", "-option", "", "-option", "caps:escape");
            String keymap = output(xvfb, "xkbcomp", "-w", "0", xvfb.display(), "-");
            assertTrue(keymap.contains("xkb_symbols \"pc+de(nodeadkeys)+inet(evdev)+capslock(escape)\""),
                    keymap.substring(0, Math.min(400, keymap.length())));
            assertEquals(keymap, output(german, "xkbcomp", "-w", "0", german.display(), "-"));
            assertEquals(output(xvfb, "xmodmap", "-pke"), output(german, "xmodmap", "-pke"));
            assertEquals(output(xvfb, "setxkbmap", "-query"), output(german, "setxkbmap", "-query"));
        }
    }

    @Test
    void aLayoutThatDoesNotExistAtStartIsAOneLineError() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.sumac.app.ServerOptions.UsageException.class,
            () -> org.sumac.app.ServerOptions.parse(new String[] {":7", "-xkblayout", "nosuchlayout"}));
        assertTrue(e.getMessage().startsWith("keyboard: ") && !e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("nosuchlayout"), e.getMessage());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
