package org.sumac.app.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Finds an X display number nobody uses: neither a lock file {@code /tmp/.XN-lock} nor a socket
 * {@code /tmp/.X11-unix/XN} exists. Numbers are drawn at random from a high range so concurrent test
 * JVMs rarely collide; a server that still loses the race fails to start and the caller retries
 * (see {@link XvfbProcess#start} and {@link SumacProcess#start}, which do so).
 */
public final class DisplayNumbers {
    /** Lowest number handed out; low numbers belong to real desktops and hand-started servers. */
    public static final int FIRST = 200;
    /** One past the highest number handed out. */
    public static final int LIMIT = 900;

    private DisplayNumbers() {
    }

    /** True when no lock file and no socket exist for display {@code n}. */
    public static boolean isFree(int n) {
        return !Files.exists(lockFile(n)) && !Files.exists(socketPath(n));
    }

    /** A display number that is free right now. */
    public static int findFree() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 1000; attempt++) {
            int n = random.nextInt(FIRST, LIMIT);
            if (isFree(n)) {
                return n;
            }
        }
        throw new IllegalStateException("no free X display number in [" + FIRST + ", " + LIMIT + ")");
    }

    /** {@code /tmp/.X11-unix/XN}, where an X server for display N listens. */
    public static Path socketPath(int n) {
        return Path.of("/tmp/.X11-unix/X" + n);
    }

    /** {@code /tmp/.XN-lock}, the lock file holding the server's pid. */
    public static Path lockFile(int n) {
        return Path.of("/tmp/.X" + n + "-lock");
    }
}
