package org.sumac.app.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sumac.app.testing.XwdImage;

/** The harness's own logic, without servers: how findings become PASS, PENDING or FAIL. */
class AppComparisonTest {
    private static final AppCase CASE = AppCase.named("demo", "a case for the classifier")
            .run("demo")
            .pending("XInputExtension 2", "exited|XInput2", "exits without XInput 2")
            .pending("RANDR", "never matched", "a stale mark")
            .tolerate("FileManager", "not installed")
            .hint("pixels", "fixed elsewhere")
            .build();

    private static AppComparison.Verdict classify(String... findings) {
        return AppComparison.classify(CASE, List.of(findings), Path.of("."), Duration.ZERO);
    }

    @Test
    void noFindingsPassAndNameTheStaleMarks() {
        AppComparison.Verdict v = classify();
        assertEquals(AppComparison.Status.PASS, v.status());
        assertTrue(v.findings().stream().allMatch(f -> f.startsWith("note: marked pending")), v.findings().toString());
    }

    @Test
    void findingsAllAttributedToAnExtensionArePendingOnIt() {
        AppComparison.Verdict v = classify("exited: component demo exited with status 133",
                "stderr: Gdk-ERROR: XInput2 support not found", "stderr: FileManager failed");
        assertEquals(AppComparison.Status.PENDING, v.status());
        assertEquals(Set.of("XInputExtension 2"), v.extensions());
        assertTrue(v.line().startsWith("PENDING demo  (waits for XInputExtension 2)"), v.line());
    }

    @Test
    void anyOtherFindingFailsWithItsHint() {
        AppComparison.Verdict v = classify("exited: component demo exited with status 133",
                "pixels at end: 18 pixels differ");
        assertEquals(AppComparison.Status.FAIL, v.status());
        assertTrue(v.findings().contains("FAIL: pixels at end: 18 pixels differ [known: fixed elsewhere]"),
                v.findings().toString());
    }

    @Test
    void aBrokenReferenceIsNeverPending() {
        assertEquals(AppComparison.Status.FAIL, classify("reference: on Xvfb component demo exited").status());
    }

    @Test
    void stderrLinesOnlyOnSumacCountWithNumbersMasked() {
        String xvfb = "(demo:100): Gtk-WARNING **: 13:00:01.000: theme parsing error\nplain chatter\n";
        String sumac = "(demo:200): Gtk-WARNING **: 13:05:09.123: theme parsing error\n"
                + "The error was 'BadMatch (invalid parameter attributes)'.\nplain chatter only here\n";
        assertEquals(List.of("The error was 'BadMatch (invalid parameter attributes)'."),
                AppComparison.newStderrLines(xvfb, sumac));
    }

    @Test
    void screensCompareOutsideTheIgnoredRegions() {
        int[] a = new int[16];
        int[] b = new int[16];
        b[5] = 0xFF0000;
        b[15] = 0x00FF00;
        XwdImage left = new XwdImage(4, 4, 24, 32, a);
        XwdImage right = new XwdImage(4, 4, 24, 32, b);
        assertEquals(2, Screens.compare(left, right, List.of()).pixels());
        Screens.Difference d = Screens.compare(left, right, List.of(new AppCase.Region(1, 1, 1, 1, "blinks")));
        assertEquals(1, d.pixels());
        assertEquals(3, d.minX());
    }

    @Test
    void aWindowOfOneColourIsNotYetPainted() {
        int[] pixels = new int[16];
        java.util.Arrays.fill(pixels, 0xFF000000);
        pixels[0] = 0x123456; // outside the window: does not count
        XwdImage screen = new XwdImage(4, 4, 24, 32, pixels);
        assertFalse(AppRunner.painted(screen, new int[] {1, 1, 8, 8}), "mapped, nothing drawn yet");
        pixels[15] = 0x00FF00;
        assertTrue(AppRunner.painted(screen, new int[] {1, 1, 8, 8}), "one pixel drawn");
        assertTrue(AppRunner.painted(screen, null), "no window to check");
    }
}
