package org.sumac.spice.link;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;

/** The server side of a link: the key, the capabilities offered, and where an authenticated link goes. */
public interface LinkRouter {
    TicketAuthority tickets();

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

    /** Called on the channel's event loop once a link succeeded, before the channel handler is installed. */
    default void linked(Channel channel) {}

    /**
     * Called on the channel's event loop after the ticket was accepted. Returns a handler that serves the
     * channel (installed after the link result OK is written), or a refusal.
     */
    Decision route(LinkRequest request, Channel channel);

    sealed interface Decision permits Accept, Refuse {}

    record Accept(ChannelHandler handler) implements Decision {}

    record Refuse(int linkError, String reason) implements Decision {}
}
