package org.sumac.spice.link;

import java.net.SocketAddress;
import java.util.concurrent.CompletableFuture;

/**
 * Logins with a user name and password, for a port that serves each user their own desktop: the port then offers
 * SPICE's SASL auth (mechanism PLAIN, as stock spice-gtk sends it through cyrus-sasl) instead of tickets.
 *
 * @param <T> where an accepted login's links go
 */
public interface LoginAuthority<T> {
    /**
     * Whether a link from {@code remote} may go on over this transport; false answers NEED_SECURED in the link
     * reply, on which spice-gtk reconnects the channel over TLS. Called on the event loop: must not block.
     */
    boolean transportAllowed(SocketAddress remote, boolean tls);

    /**
     * Checks {@code user}'s {@code password} (which the callee may wipe) for a link of {@code request}. Completes
     * with where the link goes, or with null when the login is refused (for any reason: the client is never told
     * which of user or password was wrong). May take long; it must not block the calling event loop.
     */
    CompletableFuture<T> login(String user, byte[] password, LinkRequest request, boolean tls);
}
