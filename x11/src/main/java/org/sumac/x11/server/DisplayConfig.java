package org.sumac.x11.server;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How one X display is set up. Mirrors the options of Xvfb: display number, screen size and
 * depth, authorization file (MIT-MAGIC-COOKIE-1), access control, TCP listening, font path.
 *
 * @param socketDir directory of the Unix socket (normally /tmp/.X11-unix) and lock files' parent
 *                  is /tmp; tests may point both elsewhere
 * @param memory    the memory budgets of the display and each of its clients
 * @param extensions extensions turned on (true) or off (false) by name, as Xorg's {@code +extension} and
 *                   {@code -extension}; the others are offered as the server's defaults say
 * @param reset     whether the server resets (atoms, root properties and attributes, font path) when its last
 *                  client leaves, as Xorg does unless given {@code -noreset}
 * @param keyboard  the keyboard layout the display starts with (and returns to on a reset)
 */
public record DisplayConfig(int displayNumber, int width, int height, int depth, Path authFile,
                            boolean accessControl, boolean listenTcp, List<String> fontPath,
                            Path socketDir, Path lockDir, MemoryLimits memory, Map<String, Boolean> extensions,
                            boolean reset, KeyboardLayout keyboard) {
    public static final int DEFAULT_WIDTH = 1024, DEFAULT_HEIGHT = 768, DEFAULT_DEPTH = 24;

    public DisplayConfig {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        keyboard = keyboard == null ? KeyboardLayout.DEFAULT : keyboard;
    }

    /** A display with the default keyboard (evdev, pc105, us). */
    public DisplayConfig(int displayNumber, int width, int height, int depth, Path authFile, boolean accessControl,
                         boolean listenTcp, List<String> fontPath, Path socketDir, Path lockDir, MemoryLimits memory,
                         Map<String, Boolean> extensions, boolean reset) {
        this(displayNumber, width, height, depth, authFile, accessControl, listenTcp, fontPath, socketDir, lockDir,
            memory, extensions, reset, KeyboardLayout.DEFAULT);
    }

    /** A display that resets when its last client leaves. */
    public DisplayConfig(int displayNumber, int width, int height, int depth, Path authFile, boolean accessControl,
                         boolean listenTcp, List<String> fontPath, Path socketDir, Path lockDir, MemoryLimits memory,
                         Map<String, Boolean> extensions) {
        this(displayNumber, width, height, depth, authFile, accessControl, listenTcp, fontPath, socketDir, lockDir,
            memory, extensions, true);
    }

    /** A display offering the server's default extensions. */
    public DisplayConfig(int displayNumber, int width, int height, int depth, Path authFile, boolean accessControl,
                         boolean listenTcp, List<String> fontPath, Path socketDir, Path lockDir, MemoryLimits memory) {
        this(displayNumber, width, height, depth, authFile, accessControl, listenTcp, fontPath, socketDir, lockDir,
            memory, Map.of());
    }

    /** A display with the default memory limits. */
    public DisplayConfig(int displayNumber, int width, int height, int depth, Path authFile, boolean accessControl,
                         boolean listenTcp, List<String> fontPath, Path socketDir, Path lockDir) {
        this(displayNumber, width, height, depth, authFile, accessControl, listenTcp, fontPath, socketDir, lockDir,
            MemoryLimits.DEFAULT);
    }

    public static DisplayConfig of(int displayNumber) {
        return new DisplayConfig(displayNumber, DEFAULT_WIDTH, DEFAULT_HEIGHT, DEFAULT_DEPTH, null, true, false,
            null, Path.of("/tmp/.X11-unix"), Path.of("/tmp"));
    }

    public DisplayConfig withSize(int w, int h, int d) {
        return new DisplayConfig(displayNumber, w, h, d, authFile, accessControl, listenTcp, fontPath, socketDir, lockDir, memory, extensions, reset, keyboard);
    }

    /** The same display with its socket in {@code socketDir} and its lock file in {@code lockDir} (tests). */
    public DisplayConfig withDirectories(Path socket, Path lock) {
        return new DisplayConfig(displayNumber, width, height, depth, authFile, accessControl, listenTcp, fontPath, socket, lock, memory, extensions, reset, keyboard);
    }

    public DisplayConfig withAccessControl(boolean on) {
        return new DisplayConfig(displayNumber, width, height, depth, authFile, on, listenTcp, fontPath, socketDir, lockDir, memory, extensions, reset, keyboard);
    }

    public DisplayConfig withMemory(MemoryLimits m) {
        return new DisplayConfig(displayNumber, width, height, depth, authFile, accessControl, listenTcp, fontPath, socketDir, lockDir, m, extensions, reset, keyboard);
    }

    /** The same display with an extension turned on or off by name ({@code +extension} / {@code -extension}). */
    public DisplayConfig withExtension(String name, boolean on) {
        Map<String, Boolean> m = new HashMap<>(extensions);
        m.put(name, on);
        return new DisplayConfig(displayNumber, width, height, depth, authFile, accessControl, listenTcp, fontPath, socketDir, lockDir, memory, m, reset, keyboard);
    }

    /** The same display resetting, or not ({@code -noreset}), when its last client leaves. */
    public DisplayConfig withReset(boolean on) {
        return new DisplayConfig(displayNumber, width, height, depth, authFile, accessControl, listenTcp, fontPath, socketDir, lockDir, memory, extensions, on, keyboard);
    }

    /** The same display starting with another keyboard layout ({@code -xkblayout} and the like). */
    public DisplayConfig withKeyboard(KeyboardLayout k) {
        return new DisplayConfig(displayNumber, width, height, depth, authFile, accessControl, listenTcp, fontPath, socketDir, lockDir, memory, extensions, reset, k);
    }

    /** Whether the display offers an extension that is on or off ({@code byDefault}) unless configured. */
    public boolean extensionEnabled(String name, boolean byDefault) {
        return extensions.getOrDefault(name, byDefault);
    }
}
