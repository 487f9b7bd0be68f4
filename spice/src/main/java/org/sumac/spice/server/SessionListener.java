package org.sumac.spice.server;

/**
 * Follows client sessions of a {@link SpiceEndpoint}: what a host does when a client comes or goes (release the
 * keys it held, exit on disconnect). Each session is started once and ended once; when a new client replaces an
 * old one, the new session may start before the old one has ended.
 */
public interface SessionListener {
    /** A client linked its MAIN channel; its other channels follow. */
    default void sessionStarted(Session session) {}

    /** The session is over: its channels are closed or closing, and its input will not arrive any more. */
    void sessionEnded(Session session);
}
