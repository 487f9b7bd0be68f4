package org.sumac.x11.server;

import java.nio.file.Path;
import java.util.List;

/**
 * How one X display is set up. Mirrors the options of Xvfb: display number, screen size and
 * depth, authorization file (MIT-MAGIC-COOKIE-1), access control, TCP listening, font path.
 *
 * @param socketDir directory of the Unix socket (normally /tmp/.X11-unix) and lock files' parent
 *                  is /tmp; tests may point both elsewhere
 * @param memory    the memory budgets of the display and each of its clients
 */
public record DisplayConfig(int displayNumber, int width, int height, int depth, Path authFile,
                            boolean accessControl, boolean listenTcp, List<String> fontPath,
                            Path socketDir, Path lockDir, MemoryLimits memory) {
    public static final int DEFAULT_WIDTH = 1024, DEFAULT_HEIGHT = 768, DEFAULT_DEPTH = 24;

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
        return new DisplayConfig(displayNumber, w, h, d, authFile, accessControl, listenTcp, fontPath, socketDir, lockDir, memory);
    }

    /** The same display with its socket in {@code socketDir} and its lock file in {@code lockDir} (tests). */
    public DisplayConfig withDirectories(Path socket, Path lock) {
        return new DisplayConfig(displayNumber, width, height, depth, authFile, accessControl, listenTcp, fontPath, socket, lock, memory);
    }

    public DisplayConfig withAccessControl(boolean on) {
        return new DisplayConfig(displayNumber, width, height, depth, authFile, on, listenTcp, fontPath, socketDir, lockDir, memory);
    }

    public DisplayConfig withMemory(MemoryLimits m) {
        return new DisplayConfig(displayNumber, width, height, depth, authFile, accessControl, listenTcp, fontPath, socketDir, lockDir, m);
    }
}
