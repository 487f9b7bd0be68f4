package org.sumac.app.apps;

import java.util.List;
import java.util.Optional;

/**
 * The catalogue: real desktop applications and X tools, each started, typed into and clicked on Xvfb and on
 * Sumac. Coordinates are screen positions on the 1024x768 screen (no window manager places windows at 0,0,
 * the same on both servers). Differences expected until Sumac has an extension are marked pending with that
 * extension; a finding that looks like a bug fixed before carries a hint naming the fix, in case it came back.
 */
final class AppCases {
    private AppCases() {
    }

    /** The CreateCursor hotspot bug: GTK hides the pointer while typing with a 1x1 cursor, hotspot (1,1). */
    private static final String CURSOR_HOTSPOT = "CreateCursor with the hotspot equal to the cursor size is "
            + "BadMatch on Sumac (Xorg accepts it); fixed in 2ee8cb7, so this finding means it came back";
    /** GTK draws focus only when the toplevel has it; PointerRoot focus sets no focus flag in EnterNotify. */
    private static final String POINTER_ROOT_FOCUS = "EnterNotify carries no focus flag under PointerRoot focus, "
            + "so GTK draws windows unfocused; fixed in be3eeed, so this finding means it came back";

    /** Found by this suite: a keyboard grab that ends with its window unmapped sends no FocusIn NotifyUngrab. */
    private static final String UNGRAB_FOCUS = "when a keyboard grab ends because its window is unmapped (a popup "
            + "menu closing), Sumac sends no FocusIn NotifyUngrab to the focus window, so GTK keeps the editor "
            + "unfocused (caret hidden); Input.releaseKeyboardGrab skips the focus events when the grab window is "
            + "no longer viewable, Xorg's DeactivateKeyboardGrab always sends them";

    static List<AppCase> all() {
        return List.of(gtk3WidgetFactory(), gtk3Demo(), gtk3TreeView(), mousepad(), mousepadThroughSpice(), gtk4Demo(),
                featherpad(), firefox(), xfceSession(), xfwm4Focus(), gtk3Shadows(), setxkbmap(), xkbcomp(), xrandr(),
                xinput());
    }

    static Optional<AppCase> named(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    static AppCase gtk3WidgetFactory() {
        String typed = "Typed on Sumac: 123 (ok)!";
        return AppCase.named("gtk3-widget-factory", "GTK 3's widget gallery: choose from a combo box, type into an "
                        + "entry and copy it, tick a check button, switch to page 2")
                .run("gtk3-widget-factory")
                .window("^gtk3-widget-factory$")
                .click(463, 253).pause(800).shot("combo-open").click(463, 280).pause(500).shot("combo-chosen")
                .click(190, 253).keys("ctrl+a").type(typed).keys("ctrl+a", "ctrl+c").shot("typed")
                .click(27, 407)
                .click(682, 27)
                .readSelection("CLIPBOARD", typed)
                .ignore(555, 90, 312, 14, "the pulsing progress bar: an animation the application runs itself")
                .hint("BadMatch|request_code 93|exited|window:|died", CURSOR_HOTSPOT)
                .hint("^pixels", POINTER_ROOT_FOCUS)
                .build();
    }

    static AppCase gtk3Demo() {
        String typed = "Sumac typed this. ";
        return AppCase.named("gtk3-demo", "GTK 3's demo, text view example over the main window: type at the "
                        + "start of the text and copy it, pick another demo in the list")
                .run("gtk3-demo --run=textview")
                .window("^Multiple Views$")
                .click(300, 13).keys("ctrl+Home").type(typed).keys("shift+Home", "ctrl+c")
                .click(60, 523)
                .readSelection("CLIPBOARD", typed)
                .hint("BadMatch|request_code 93|exited|window:|died|text:", CURSOR_HOTSPOT)
                .hint("^pixels", POINTER_ROOT_FOCUS)
                .build();
    }

    /** Issue 14: a GTK 3 tree view's column headers, drawn through RENDER, sorted by a click on one. */
    static AppCase gtk3TreeView() {
        return AppCase.named("gtk3-treeview", "GTK 3's demo, list store example: a tree view with column headers; "
                        + "sort by a column by clicking its header")
                .run("gtk3-demo --run=list_store")
                .window("^List Store$")
                .click(230, 45).pause(500).shot("sorted")
                .ignore(705, 58, 98, 192, "the Spinning column: spinners the demo turns itself")
                .build();
    }

    /**
     * GTK 3 under a compositing manager draws its own title bar and a blurred shadow around it (client-side
     * decorations), blurring in A8 images that cairo-xlib would put in depth-8 shared pixmaps where the server offers
     * shared pixmaps: Sumac cannot make those, and answering BadAlloc killed the demo at its first window.
     */
    static AppCase gtk3Shadows() {
        return AppCase.named("gtk3-shadows", "GTK 3's demo under xfwm4 with its compositor: the main window draws its "
                        + "own title bar and shadow; pick another demo in the list")
                .run("xfwm4 --compositor=on", WM_UP + COMPOSITOR_UP + "gtk3-demo")
                .window("^Application Class$")
                .pause(500).shot("window")
                .click(60, 120).pause(500)
                .hint("BadAlloc|exited|died", "cairo asked for a depth-8 shared pixmap, which Sumac cannot make: "
                        + "QueryVersion must not offer shared pixmaps (Shm's javadoc)")
                .build();
    }

    static AppCase mousepad() {
        return mousepadCase("mousepad", "Xfce's text editor: type below the first line of a file, save with "
                + "Ctrl+S, open and close the File menu").build();
    }

    /** The same, typed and clicked through spice-gtk's inputs channel on Sumac (XTEST on Xvfb). */
    static AppCase mousepadThroughSpice() {
        return mousepadCase("mousepad-spice", "mousepad driven through a spice-gtk client on Sumac: scancodes and "
                + "absolute pointer positions from the SPICE inputs channel").spiceInput().build();
    }

    private static AppCase.Builder mousepadCase(String name, String description) {
        String typed = "Typed on Sumac: hello, world! 42 <ok> [x] {y}";
        return AppCase.named(name, description)
                .file("notes.txt", "First line\n")
                .run("mousepad {HOME}/notes.txt")
                .window("notes\\.txt")
                .click(400, 300).keys("ctrl+End").type(typed).keys("Return").keys("ctrl+s").pause(500)
                .click(20, 12).pause(500).keys("Escape")
                .readFile("notes.txt", "First line\n" + typed + "\n")
                .hint("BadMatch|request_code 93|exited|window:|died|text:", CURSOR_HOTSPOT)
                .hint("^pixels", POINTER_ROOT_FOCUS);
    }

    static AppCase gtk4Demo() {
        return AppCase.named("gtk4-demo", "GTK 4's demo: type a search into the demo list, click a demo")
                .run("gtk4-demo")
                .window("GTK Demo")
                // The click waits for the filtered list (under load it came while the list changed, and focus
                // stayed in the search entry or not). GTK 4 hides the focus ring 3 s after the last key
                // (VISIBLE_FOCUS_DURATION): the end shot waits for that on both servers rather than catch it
                // before or after, as each one's load decides.
                .click(100, 200).type("text").settle().click(100, 120).pause(3500)
                .build();
    }

    static AppCase featherpad() {
        String typed = "Typed on Sumac: hello, world! 42";
        return AppCase.named("featherpad", "FeatherPad (Qt 5): open the File menu, close it with a click "
                        + "outside, then by clicking its title again; type below the first line of a file, save "
                        + "with Ctrl+S")
                .file("notes.txt", "First line\n")
                .run("featherpad {HOME}/notes.txt")
                .window("notes\\.txt")
                .click(20, 12).pause(800).shot("menu-open").click(400, 300).pause(500).shot("menu-closed")
                .click(20, 12).pause(800).click(20, 12).pause(500).shot("menu-toggled")
                .keys("ctrl+End").type(typed).keys("Return").keys("ctrl+s").pause(500)
                .readFile("notes.txt", "First line\n" + typed + "\n")
                .ignore(4, 90, 1, 420, "the text cursor blinks: Qt takes no setting for it without a desktop theme")
                .ignore(0, 415, 700, 28, "FeatherPad's \"Root Instance\" banner (the tests run as root) shows for a "
                        + "few seconds after start: which screens have it depends on each server's start-up time")
                .build();
    }

    static AppCase firefox() {
        String typed = "Typed on Sumac: hello, world! 42";
        return AppCase.named("firefox-esr", "Firefox in kiosk mode on a local page (text, a table, CSS gradients, "
                        + "images, a text area): type into the text area and copy it, follow a link down the page, "
                        + "scroll back up with the wheel")
                .file("page.html", PAGE)
                .run("firefox-esr --no-remote --new-instance --profile {HOME}/firefox-profile --kiosk "
                        + "file://{HOME}/page.html")
                .window("App compare page")
                .click(200, 420).keys("ctrl+End").type(typed).keys("ctrl+a", "ctrl+c").shot("typed")
                .click(60, 25).pause(1000).shot("jumped")
                .click(500, 300, 4).click(500, 300, 4).click(500, 300, 4).pause(1000)
                .readSelection("CLIPBOARD", "Text area: " + typed)
                .build();
    }

    /**
     * A shell prefix that waits until the window manager has finished starting: xfwm4 names its check window once its
     * compositor runs, just before it frames the windows already there. Waiting only for the workspace count (set a
     * moment earlier) let the panel map while xfwm4 was still starting, and xfwm4 gives a panel it adopts then a
     * shadow that it does not give one it is asked to map later (Xvfb draws the same shadow when the panel comes
     * first), and the panel's pager, started before xfwm4 names the current workspace, kept square cells in about half
     * of the runs (xfce4-panel 4.18.2 keeps the pager's ratio 1 until libwnck has an active workspace and does not ask
     * for a new size when it gets one; fixed upstream in 4.18.5, issue 789).
     */
    private static final String WM_UP = "until xprop -root _NET_SUPPORTING_WM_CHECK | grep -q '#'; do sleep 0.2; done; ";
    /**
     * A shell prefix that waits until xfsettingsd has applied its settings: it writes the Xft resources to the root's
     * RESOURCE_MANAGER right after serving XSETTINGS. A fixed wait was too short on a loaded machine (a GTK client that
     * started first drew its text with other hinting, on either server).
     */
    private static final String SETTINGS_UP =
            "until xprop -root RESOURCE_MANAGER | grep -q Xft.hintstyle; do sleep 0.2; done; ";
    /**
     * A shell prefix that waits until xfdesktop has drawn its backdrop (it then names the pixmap in the root's
     * _XROOTPMAP_ID): with the compositor on, a loaded machine now and then took the start shot on a black desktop.
     */
    private static final String DESKTOP_UP = "until xprop -root _XROOTPMAP_ID | grep -q '#'; do sleep 0.2; done; ";

    /**
     * A shell prefix that waits until a compositing manager owns the screen's _NET_WM_CM_S0 selection, so a case that
     * wants xfwm4's compositor cannot pass without it (its editor never starts).
     */
    private static final String COMPOSITOR_UP = "until /usr/bin/python3 -c \"from Xlib.display import Display; "
            + "d = Display(); raise SystemExit(d.get_selection_owner(d.intern_atom('_NET_WM_CM_S0')) == 0)\"; "
            + "do sleep 0.2; done; ";

    static AppCase xfceSession() {
        String typed = "Typed in Xfce";
        return AppCase.named("xfce-session", "An Xfce session (xfwm4, panel, desktop, settings daemon) with "
                        + "mousepad in it: type and save, open the desktop menu, close it")
                .file("notes.txt", "First line\n")
                // xfsettingsd once xfwm4 has started (else it may ask for the workspace count first and warn, on
                // either server); the panel and xfdesktop once the settings daemon serves XSETTINGS (else the
                // desktop menu has icons or not, and panel labels are drawn one way or the other, depending on
                // which came first, on either server); mousepad last, once the desktop is drawn and composited.
                // xfwm4 warns "Another compositing manager is running on screen 0" on both servers: it starts its
                // compositor when it first stores its settings in xfconf and again for --compositor=on; the second
                // start finds the first one running.
                .run("xfwm4 --compositor=on", WM_UP + "xfsettingsd --no-daemon --replace",
                        WM_UP + SETTINGS_UP + "xfce4-panel", WM_UP + SETTINGS_UP + "xfdesktop",
                        WM_UP + SETTINGS_UP + DESKTOP_UP + COMPOSITOR_UP + "sleep 3; mousepad {HOME}/notes.txt")
                .window("notes\\.txt")
                // xfwm4 now and then leaves the focus on its own window instead of giving it to the new editor, on
                // Xvfb too (seen while tracing, more often on a loaded machine): asked for, the editor always has it
                .activate()
                .click(400, 300).keys("ctrl+End").type(typed).keys("Return").keys("ctrl+s").pause(500)
                .drag(300, 42, 400, 142).shot("window-moved")
                .click(900, 650, 3).pause(800).shot("desktop-menu").keys("Escape")
                .readFile("notes.txt", "First line\n" + typed + "\n")
                .ignore(30, 30, 540, 24, "the window title shows the file's path, which is each run's own HOME")
                .ignore(130, 130, 540, 24, "the same title once the window is moved")
                .ignore(130, 0, 185, 24, "the task list button shows that title too")
                .ignore(910, 0, 100, 26, "the panel clock")
                .tolerate("FileManager", "xfdesktop asks D-Bus for Thunar, which is not installed")
                .hint("BadMatch|request_code 93|window:|died|text:", CURSOR_HOTSPOT)
                .build();
    }

    /**
     * The window manager and desktop without the settings daemon, so nothing pending hides a difference: the
     * focus a popup menu's grab takes away must come back to the editor when the menu closes.
     */
    static AppCase xfwm4Focus() {
        String typed = "Typed under xfwm4";
        return AppCase.named("xfwm4-focus", "xfwm4 and xfdesktop with mousepad, no settings daemon: type and "
                        + "save, move the window, open the desktop menu and close it with Escape (the editor "
                        + "must get its focus back)")
                .file("notes.txt", "First line\n")
                .run("xfwm4 --compositor=on", "xfdesktop", "sleep 3; mousepad {HOME}/notes.txt")
                .window("notes\\.txt")
                // as in xfce-session: xfwm4 now and then keeps the focus on its own window at start, on Xvfb too
                .activate()
                .click(400, 300).keys("ctrl+End").type(typed).keys("Return").keys("ctrl+s").pause(500)
                .drag(300, 15, 400, 115).shot("window-moved")
                .click(900, 650, 3).pause(800).shot("desktop-menu").keys("Escape")
                .readFile("notes.txt", "First line\n" + typed + "\n")
                .ignore(30, 4, 540, 24, "the window title shows the file's path, which is each run's own HOME")
                .ignore(130, 104, 540, 24, "the same title once the window is moved")
                .tolerate("FileManager", "xfdesktop asks D-Bus for Thunar, which is not installed")
                .hint("pixels at end", UNGRAB_FOCUS)
                .build();
    }

    static AppCase setxkbmap() {
        return AppCase.named("setxkbmap", "setxkbmap switches to a German layout and reads it back")
                .tool("setxkbmap -layout de", "setxkbmap -query")
                .build();
    }

    static AppCase xkbcomp() {
        return AppCase.named("xkbcomp", "xkbcomp reads the server's keymap into a file, and loads a keymap "
                        + "compiled from the rules (setxkbmap -print | xkbcomp - $DISPLAY)")
                .tool("xkbcomp -w 0 $DISPLAY {HOME}/keymap.xkb",
                        "setxkbmap -layout us -print | xkbcomp -w 0 - $DISPLAY")
                .build();
    }

    static AppCase xrandr() {
        return AppCase.named("xrandr", "xrandr lists the outputs and modes")
                .tool("xrandr")
                .tolerate("maximum 4096 x 4096", "Sumac's screen grows up to 4096x4096 (xrandr --fb, the SPICE "
                        + "agent); Xvfb's maximum is its initial size")
                .build();
    }

    static AppCase xinput() {
        // The one difference kept on purpose: the slaves that carry real input are the SPICE client's, named so.
        // No ';' in the commands: the suite takes the word after the last one as a program that must be installed.
        String sources = " | sed -E -e 's/Xvfb mouse|SPICE pointer/POINTER SOURCE/' -e 's/Xvfb keyboard|SPICE keyboard/"
                + "KEYBOARD SOURCE/' -e 's/[[:space:]]+/ /g'";
        return AppCase.named("xinput", "xinput lists the input devices and the XTEST pointer's properties")
                .tool("xinput list" + sources, "xinput list-props 'Virtual core XTEST pointer' | sed -E 's/\\([0-9]+\\)//'")
                .build();
    }

    /** Firefox's page: text, a table, CSS gradients, images and a text area, nothing that moves. */
    static final String PAGE = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>App compare page</title>
            <style>
            body { font-family: "DejaVu Sans", sans-serif; margin: 16px; background: #fafafa; caret-color: black; }
            .band { height: 40px; background: linear-gradient(90deg, #1e5799, #2989d8 50%, #7db9e8); }
            .radial { width: 120px; height: 80px; background: radial-gradient(circle, #ffd700, #ff4500); float: right; }
            table { border-collapse: collapse; margin: 8px 0; }
            td, th { border: 1px solid #555; padding: 3px 8px; }
            th { background: linear-gradient(#eee, #bbb); }
            textarea { width: 400px; height: 60px; font: 14px "DejaVu Sans Mono", monospace; }
            </style></head>
            <body>
            <a href="#second">Second section</a>
            <div class="band"></div>
            <div class="radial"></div>
            <h1>Sumac and Firefox</h1>
            <p>A paragraph of <b>bold</b>, <i>italic</i> and <code>monospace</code> text that wraps across the
            width of the window, drawn the same way on both servers.</p>
            <table><tr><th>Server</th><th>Extension</th><th>State</th></tr>
            <tr><td>Xvfb</td><td>RENDER</td><td>yes</td></tr>
            <tr><td>Sumac</td><td>core</td><td>yes</td></tr></table>
            <img src="file:///usr/share/pixmaps/debian-logo.png" width="48" height="48" alt="logo">
            <img src="file:///usr/share/icons/hicolor/48x48/apps/firefox-esr.png" width="48" height="48" alt="icon">
            <p><textarea id="t">Text area: </textarea></p>
            <div style="height: 900px; background: repeating-linear-gradient(45deg, #eee 0 10px, #ddd 10px 20px)"></div>
            <h2 id="second">Second section</h2>
            <p>Below the text area.</p>
            </body></html>
            """;
}
