package org.sumac.sessions;

import java.nio.file.Path;
import org.sumac.x11.port.HostedDisplay;

/** Builds (does not start) the X display of a user's desktop; the application knows how displays are made. */
@FunctionalInterface
public interface DisplayFactory {
    /**
     * A display numbered {@code number}, {@code width} x {@code height}, that admits only clients holding a cookie
     * of the Xauthority file {@code authFile} (no host-based access: the socket is reachable by every local user).
     */
    HostedDisplay create(int number, int width, int height, Path authFile);
}
