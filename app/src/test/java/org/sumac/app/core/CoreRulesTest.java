package org.sumac.app.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sumac.app.testing.ScriptComparison;

/**
 * Core-protocol rules that real applications tripped over, each checked by a python-xlib script that runs on
 * Xvfb and on Sumac and must print the same lines: GTK 3 apps exited at their first keystroke (the 1x1 cursor
 * with hot spot 1,1 that hides the pointer was BadMatch), GTK 3 and Firefox never looked focused without a
 * window manager (no focus flag in crossing events under PointerRoot), and xfdesktop left closed windows'
 * pixels on the root (background None on the root did not restore the default background), and the Xfce
 * panel's launchers went deaf (a ShapeNotify for removing an input shape that was not there), and xfwm4's
 * Alt+F4 reached the application instead (a key grab on the root was ignored while a window had the focus), and
 * its Alt+Tab switcher never closed (GrabKeyboard in Asynchronous mode did not thaw the frozen keyboard), and GTK
 * editors lost their text cursor after a menu (no FocusIn(Ungrab) when a grab ended with its window unmapped).
 */
class CoreRulesTest {
    private static final Path SCRIPTS = Path.of("src/test/resources/core");

    private static String onXvfbAndSumac(String script, String... serverArgs) {
        return ScriptComparison.onXvfbAndSumac(SCRIPTS.resolve(script), serverArgs);
    }

    @Test
    void colormapCirculateAndButtonGrabEventsAreThoseOfXvfb() {
        String out = onXvfbAndSumac("notify_events.py");
        assertTrue(out.contains("free c1 (installed): ['w cmap=c1 new=0 state=0', 'child cmap=c1 new=0 state=0', "
            + "'root cmap=default new=0 state=1', 'w cmap=None new=1 state=0']")
            && out.contains("LowerHighest under redirect: wm: ['CirculateRequest parent=p window=ovr place=1']")
            && out.contains("click in g: wm: ['press 1 on root', 'release 1 on root']"), out);
    }

    @Test
    void aCursorHotSpotMayLieOnTheFarEdgeOfItsBitmap() {
        String out = onXvfbAndSumac("cursor_hotspot.py");
        assertTrue(out.contains("1x1 hot spot (1,1): ok") && out.contains("1x1 hot spot (2,1): BadMatch"), out);
    }

    @Test
    void crossingEventsCarryTheFocusFlagUnderPointerRootAndInsideTheFocusWindow() {
        String out = onXvfbAndSumac("crossing_focus.py");
        assertTrue(out.contains("focus PointerRoot: Enter child detail 0 flags 3")
            && out.contains("focus None: Enter child detail 0 flags 2"), out);
    }

    @Test
    void backgroundNoneOnTheRootRestoresTheDefaultBackground() {
        String out = onXvfbAndSumac("root_background.py");
        assertTrue(out.contains("background None: 000000") && out.contains("background None, cleared: 000000"), out);
    }

    @Test
    void removingAShapeThatIsNotThereSendsNoShapeNotify() {
        String out = onXvfbAndSumac("shape_notify.py");
        assertTrue(out.contains("input None again: []") && out.contains("root bounding set: []"), out);
    }

    @Test
    void focusChangesTellTheWindowsOnThePointersSideWithDetailPointer() {
        String out = onXvfbAndSumac("focus_details.py");
        assertTrue(out.contains("to PointerRoot: Out root/7 In root/6 In root/5 In top/5 In C/5 In G/5"), out);
    }

    @Test
    void pointerGrabsCrossToTheGrabWindowAndFocusEventsFollowTheWindowEntered() {
        String out = onXvfbAndSumac("focus_pointer.py");
        assertTrue(out.contains("pointer grabbed by other: Leave inner Nonlinear m1 Leave top NonlinearVirtual m1 "
            + "Enter other Nonlinear m1")
            && out.contains("to inner, pointer grabbed: Out other Pointer m0 Out root Pointer m0")
            && out.contains("pressed in inner, top selects presses: Leave inner Ancestor m1 Enter top Inferior m1")
            && out.contains("released: Leave top Inferior m2 Enter inner Ancestor m2"), out);
    }

    @Test
    void visibilityNotifyTellsWindowsHowMuchOfThemIsObscured() {
        String out = onXvfbAndSumac("visibility.py");
        assertTrue(out.contains("c mapped over all: map c, c Unobscured, b Fully, a Fully")
            && out.contains("a further off: child Fully, b Unobscured")
            && out.contains("InputOnly glass mapped over both: map glass\n")
            && out.contains("small over all of s: s Fully"), out);
    }

    @Test
    void keymapNotifyFollowsEnterAndFocusInWithTheKeysHeldDown() {
        String out = onXvfbAndSumac("keymap_notify.py");
        assertTrue(out.contains("into two holding a and shift: b KeymapNotify keys [38, 50]"), out);
    }

    @Test
    void aKeyGrabOnTheRootActivatesWhileAWindowBelowHasTheFocus() {
        String out = onXvfbAndSumac("key_grab_ancestor.py");
        assertTrue(out.contains("focus on the window, pointer in it: wm press 70 state 8"), out);
    }

    @Test
    void anAsynchronousGrabByTheFreezingClientThawsTheDevice() {
        String out = onXvfbAndSumac("grab_thaws.py");
        assertTrue(out.contains("GrabKeyboard async (status 0): ['key release 23', 'key release 64']"), out);
    }

    @Test
    void aKeyboardGrabEndedByUnmappingItsWindowGivesTheFocusBack() {
        String out = onXvfbAndSumac("grab_ends_on_unmap.py");
        assertTrue(out.contains("unmap grab status 0 ['FocusOut Grab Nonlinear', 'FocusIn Ungrab Nonlinear']"), out);
    }

    @Test
    void aPopupUnmappedUnderPointerRootFocusHandsThePointerBackWithTheFocusFlag() {
        String out = onXvfbAndSumac("popup_unmap.py");
        assertTrue(out.contains("unmapped ['FocusOut P Ungrab Nonlinear', 'FocusIn P Ungrab Pointer', "
            + "'Leave P Normal Nonlinear focus=3', 'Enter T Normal Nonlinear focus=3']"), out);
    }

    @Test
    void everyListedVisualTakesColormapsWithAllocNoneAndAllocAllAndWindowsDrawnThroughThem() {
        String out = onXvfbAndSumac("visuals.py");
        assertTrue(out.contains("DirectColor depth 24 AllocAll:  \n")
            && out.contains("DirectColor depth 24 AllocAll query: [(4626, 22102, 39578), (65535, 0, 0), (0, 0, 0)]")
            && out.contains("DirectColor depth 24 AllocAll pixels: 00123456 00ff00ff 0000ff00"), out);
    }

    @Test
    void configureWindowRestacksOnlyWhenTheOcclusionHoldsAndSaysNothingWhenNothingChanges() {
        String out = onXvfbAndSumac("configure_window.py");
        assertTrue(out.contains("nothing changes: [] | a b c")
            && out.contains("TopIf c (occludes a): ['Configure a/a above c 10,10 50x50 bw 0', "
                + "'Configure top/a above c 10,10 50x50 bw 0'] | b c a")
            && out.contains("resize: ['Configure g/g above top 50,50 260x151 bw 3', 'Unmap g0/g0 1', 'Unmap g/g0 1', "
                + "'Gravity g9/g9 150,56'")
            && out.contains("g10 at 110,10"), out);
    }

    @Test
    void copiesPaintWhatTheirSourceLacksWithTheDestinationsBackground() {
        String out = onXvfbAndSumac("copy_exposures.py");
        assertTrue(out.contains("CopyArea without exposures to pixel background: []\n"
            + "  00ff00 00ff00 00ff00 00ff00 00ff00 00ff00 00ff00 00ff00\n"
            + "  00ff00 ffff00 ffff00 ffff00 ffff00 ffff00 00ff00 00ff00"), out);
    }

    @Test
    void theServerResetsWhenItsLastClientLeavesUnlessResourcesAreRetained() {
        String out = onXvfbAndSumac("lifecycle.py");
        assertTrue(out.contains("after the last client left: atom none, property None, root 000000, font path initial, "
                + "saver 600, root children 0")
            && out.contains("after a RetainPermanent client left: atom yes, property b'kept'")
            && out.contains("new client in the retained range: False")
            && out.contains("AllTemporary frees it: True")
            && out.contains("killed client window gone: True, events ['Unmap', 'Destroy']"), out);
    }

    @Test
    void withNoResetTheServerKeepsItsStateWhenItsLastClientLeaves() {
        String out = onXvfbAndSumac("noreset.py", "-noreset");
        assertTrue(out.contains("second client: atom yes, property b'kept', root 00ff00"), out);
    }

    @Test
    void aParentRelativeBackgroundTilesTheBorderFromTheParentsOriginAndRetilesItWhenItChanges() {
        String out = onXvfbAndSumac("border_tile.py");
        assertTrue(out.contains("background ParentRelative: 00ff00 0000ff ffff00 ff0000")
            && out.contains("background pixel again: ffff00 ff0000 00ff00 0000ff"), out);
    }
}
