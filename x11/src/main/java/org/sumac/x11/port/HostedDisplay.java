package org.sumac.x11.port;

import java.io.IOException;

/**
 * An X display this JVM hosts, as the side that shows it elsewhere holds it: its number, its lifecycle and its
 * {@link DisplayPort}. Whoever builds the display (the application) hands this over; the bridge never sees the
 * server behind it.
 */
public interface HostedDisplay extends AutoCloseable {
    /** The display number (":n"). */
    int displayNumber();

    /** The single entry point for observing and driving the display. */
    DisplayPort port();

    /**
     * Claims the display number and starts accepting X clients.
     *
     * @throws IOException if the display is in use or cannot listen
     */
    void start() throws IOException;

    /** Disconnects every client and releases the display number. */
    @Override
    void close();
}
