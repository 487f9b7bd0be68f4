package org.sumac.sessions;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What needs root, done by a separate process ({@code sessions/helper/sumac-helper}) so that the process hosting the
 * X displays never runs as root: checking a password with PAM, and starting a user's session as that user with a
 * PAM session opened. Nothing else: the helper runs no command the caller names, and starts a session only with
 * the single-use token a successful login gave.
 */
public interface PrivilegedHelper extends AutoCloseable {
    /**
     * Checks {@code user}'s password with PAM (authentication and account). Completes with a single-use token that
     * starts this user's session within a minute, or empty when refused (wrong password and unknown user alike).
     */
    CompletableFuture<Optional<String>> authenticate(String user, byte[] password, String remoteHost);

    /**
     * Starts the session of the user {@code token} names on display {@code display}: the cookie goes into their
     * ~/.Xauthority, the configured session command runs as them. Completes with the session's process id.
     */
    CompletableFuture<Long> startSession(String token, int display, byte[] cookie);

    /** Ends a session this client started (its process group gets SIGTERM, its PAM session is closed). */
    CompletableFuture<Void> stopSession(long pid);

    /** Tells {@code listener} (on a helper thread) when a session ends, with its exit status. */
    void onSessionEnded(SessionEnded listener);

    @FunctionalInterface
    interface SessionEnded {
        void ended(long pid, int status);
    }

    @Override
    void close();
}
