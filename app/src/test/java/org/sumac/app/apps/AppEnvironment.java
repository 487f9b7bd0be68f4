package org.sumac.app.apps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fresh HOME for one run of an application on one server, with the settings that make two runs draw the
 * same: C.UTF-8 locale, the same theme and font, no cursor blinking, no animations, no accessibility bus,
 * in-memory GSettings, Firefox's first-run pages and smooth scrolling off, Xfce's panel with its default
 * layout (no first-start dialog). Everything an application writes stays in that directory.
 *
 * @param home the directory
 * @param env  the environment the application runs with (DISPLAY included)
 */
record AppEnvironment(Path home, Map<String, String> env) {
    /** Variables of the test's own session that would let an application reach outside its run. */
    private static final List<String> DROPPED = List.of("DBUS_SESSION_BUS_ADDRESS", "XAUTHORITY", "WAYLAND_DISPLAY",
            "SESSION_MANAGER", "XDG_SESSION_TYPE", "XDG_CURRENT_DESKTOP", "GNOME_DESKTOP_SESSION_ID", "QT_QPA_PLATFORM",
            "GTK_MODULES", "LANGUAGE", "LC_ALL", "LANG");

    static final String GTK_SETTINGS = """
            [Settings]
            gtk-cursor-blink=false
            gtk-enable-animations=false
            gtk-theme-name=Adwaita
            gtk-icon-theme-name=Adwaita
            gtk-font-name=DejaVu Sans 10
            gtk-xft-antialias=1
            gtk-xft-hinting=1
            gtk-xft-hintstyle=hintslight
            gtk-xft-rgba=none
            gtk-overlay-scrolling=false
            """;

    static final String FIREFOX_PREFS = """
            user_pref("browser.shell.checkDefaultBrowser", false);
            user_pref("browser.startup.homepage_override.mstone", "ignore");
            user_pref("browser.aboutwelcome.enabled", false);
            user_pref("datareporting.policy.dataSubmissionEnabled", false);
            user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);
            user_pref("app.update.auto", false);
            user_pref("browser.tabs.warnOnClose", false);
            user_pref("general.smoothScroll", false);
            user_pref("ui.caretBlinkTime", -1);
            user_pref("ui.prefersReducedMotion", 1);
            user_pref("toolkit.cosmeticAnimations.enabled", false);
            user_pref("layout.css.devPixelsPerPx", "1.0");
            user_pref("browser.sessionstore.resume_from_crash", false);
            user_pref("extensions.autoDisableScopes", 15);
            user_pref("network.proxy.type", 0);
            user_pref("widget.gtk.overlay-scrollbars.enabled", false);
            """;

    /** What xfsettingsd publishes as XSETTINGS: the same theme and font as the GTK settings, no blinking. */
    static final String XFCE_XSETTINGS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <channel name="xsettings" version="1.0">
              <property name="Net" type="empty">
                <property name="ThemeName" type="string" value="Adwaita"/>
                <property name="IconThemeName" type="string" value="Adwaita"/>
                <property name="CursorBlink" type="bool" value="false"/>
                <property name="EnableEventSounds" type="bool" value="false"/>
              </property>
              <property name="Gtk" type="empty">
                <property name="FontName" type="string" value="DejaVu Sans 10"/>
                <property name="EnableAnimations" type="bool" value="false"/>
              </property>
            </channel>
            """;

    /**
     * No icons on the Xfce desktop: xfdesktop shows them only once its call to a thumbnailer (not installed)
     * times out, at a moment that differs from run to run.
     */
    static final String XFCE_DESKTOP = """
            <?xml version="1.0" encoding="UTF-8"?>
            <channel name="xfce4-desktop" version="1.0">
              <property name="desktop-icons" type="empty">
                <property name="style" type="int" value="0"/>
              </property>
            </channel>
            """;

    /** Creates {@code dir} as a fresh HOME for {@code display} and writes the case's files into it. */
    static AppEnvironment create(Path dir, String display, Map<String, String> caseFiles) {
        try {
            Files.createDirectories(dir);
            Path config = dir.resolve(".config");
            write(config.resolve("gtk-3.0/settings.ini"), GTK_SETTINGS);
            write(config.resolve("gtk-4.0/settings.ini"), GTK_SETTINGS);
            write(dir.resolve("firefox-profile/user.js"), FIREFOX_PREFS);
            Path defaultPanel = Path.of("/etc/xdg/xfce4/panel/default.xml");
            if (Files.exists(defaultPanel)) {
                write(config.resolve("xfce4/xfconf/xfce-perchannel-xml/xfce4-panel.xml"),
                        Files.readString(defaultPanel));
            }
            write(config.resolve("xfce4/xfconf/xfce-perchannel-xml/xsettings.xml"), XFCE_XSETTINGS);
            write(config.resolve("xfce4/xfconf/xfce-perchannel-xml/xfce4-desktop.xml"), XFCE_DESKTOP);
            Path runtime = dir.resolve(".run");
            Files.createDirectories(runtime);
            runtime.toFile().setReadable(false, false);
            runtime.toFile().setReadable(true, true);
            runtime.toFile().setExecutable(false, false);
            runtime.toFile().setExecutable(true, true);
            for (var file : caseFiles.entrySet()) {
                write(dir.resolve(file.getKey()), expand(file.getValue(), dir));
            }
            Map<String, String> env = new HashMap<>(System.getenv());
            DROPPED.forEach(env::remove);
            env.put("DISPLAY", display);
            env.put("HOME", dir.toString());
            env.put("XDG_CONFIG_HOME", config.toString());
            env.put("XDG_DATA_HOME", dir.resolve(".local/share").toString());
            env.put("XDG_CACHE_HOME", dir.resolve(".cache").toString());
            env.put("XDG_RUNTIME_DIR", runtime.toString());
            env.put("LANG", "C.UTF-8");
            env.put("LC_ALL", "C.UTF-8");
            env.put("TZ", "UTC");
            env.put("GSETTINGS_BACKEND", "memory");
            env.put("NO_AT_BRIDGE", "1");
            env.put("GTK_A11Y", "none");
            env.put("GDK_BACKEND", "x11");
            env.put("GDK_SCALE", "1");
            env.put("GSK_RENDERER", "cairo");
            // Overlay scrollbars show on motion and fade after a delay: their moment differs between runs (GTK 4
            // and Firefox take gtk-overlay-scrolling and their own pref above instead).
            env.put("GTK_OVERLAY_SCROLLING", "0");
            env.put("QT_QPA_PLATFORM", "xcb");
            env.put("QT_AUTO_SCREEN_SCALE_FACTOR", "0");
            env.put("QT_ACCESSIBILITY", "0");
            env.put("MOZ_CRASHREPORTER_DISABLE", "1");
            env.put("MOZ_DISABLE_AUTO_SAFE_MODE", "1");
            return new AppEnvironment(dir, Map.copyOf(env));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare HOME " + dir, e);
        }
    }

    /** Replaces {@code {HOME}} with the run's HOME. */
    static String expand(String text, Path home) {
        return text.replace("{HOME}", home.toString());
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
