package org.sumac.spice.link;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;

/**
 * The server side of a link: the port's key, the capabilities offered, which desktop a ticket opens, and where an
 * authenticated link goes.
 */
public interface LinkRouter {
    /** The X.509 DER of the port's RSA key, sent in every link reply. */
    byte[] publicKeyDer();

    /**
     * Checks an encrypted ticket; when accepted, {@link TicketCheck#target()} routes the link (on a port that serves
     * many desktops, the one whose ticket it is). Called on the channel's event loop.
     */
    TicketCheck checkTicket(byte[] encryptedTicket);

    /** Channel capabilities the server advertises for a channel type. */
    int[] channelCaps(int channelType);

    /** Upper bound on a client message body once linked. */
    int maxClientMessageSize();

    /** Milliseconds a peer may take to complete the link. */
    long linkTimeoutMillis();

    /** Paces ticket checks (password guessing). */
    TicketThrottle throttle();

    /** Where refused and abandoned links are logged, per burst. */
    BurstLog linkLog();

    /**
     * Logins with user name and password (SASL) instead of tickets, or null when the port takes tickets only. With
     * logins the link reply offers SASL, not SPICE tickets.
     */
    default LoginAuthority<Target> logins() {
        return null;
    }

    /** Called on the channel's event loop once a link succeeded, before the channel handler is installed. */
    default void linked(Channel channel) {}

    /** The verdict on a ticket and, when accepted, where its links go (null otherwise). */
    record TicketCheck(TicketAuthority.Verdict verdict, Target target) {}

    /** What an accepted ticket opens. */
    interface Target {
        /**
         * Called on the channel's event loop after the ticket was accepted. Returns a handler that serves the
         * channel (installed after the link result OK is written), or a refusal.
         */
        Decision route(LinkRequest request, Channel channel);
    }

    sealed interface Decision permits Accept, Refuse {}

    record Accept(ChannelHandler handler) implements Decision {}

    record Refuse(int linkError, String reason) implements Decision {}
}
