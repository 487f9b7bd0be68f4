package org.sumac.spice.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.SocketChannel;
import io.netty.util.AttributeKey;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.sumac.spice.link.BurstLog;
import org.sumac.spice.link.TicketThrottle;

/**
 * Sits on the listening channels, before Netty's acceptor, and keeps the SPICE side within its own budget of
 * file descriptors, so that a connection storm on the SPICE port can neither take the descriptors the X side
 * needs nor stop SPICE from accepting: at most {@code maxConnections} connections in all, of which at most
 * {@code maxPending} (and {@code maxPendingPerSource} per source, see {@link TicketThrottle#sourceOf}) are still
 * linking. A connection over a
 * limit is reset at once, on the accepting thread, before any byte is read. Accept errors (EMFILE, ENFILE, any
 * other) pause accepting with a back-off (20 ms doubling to 1 s) instead of ending or spinning. Both are logged
 * per burst, not per connection.
 */
@ChannelHandler.Sharable
final class AcceptGuard extends ChannelInboundHandlerAdapter {
    private static final AttributeKey<Admission> ADMISSION = AttributeKey.valueOf(AcceptGuard.class, "admission");
    private static final long MIN_PAUSE_MILLIS = 20;
    private static final long MAX_PAUSE_MILLIS = 1000;

    /** What one admitted connection holds of the budget. */
    private static final class Admission {
        final String source;
        boolean pending = true;

        Admission(String source) {
            this.source = source;
        }
    }

    private final int maxConnections;
    private final int maxPending;
    private final int maxPendingPerSource;
    private final BurstLog refusals;
    private final BurstLog acceptErrors;
    private final Map<String, Integer> pendingBySource = new HashMap<>();
    private int connections;
    private int pending;
    private long pauseMillis;

    AcceptGuard(int maxConnections, int maxPending, int maxPendingPerSource, BurstLog refusals, BurstLog acceptErrors) {
        this.maxConnections = maxConnections;
        this.maxPending = maxPending;
        this.maxPendingPerSource = maxPendingPerSource;
        this.refusals = refusals;
        this.acceptErrors = acceptErrors;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        pauseMillis = 0; // accepting works again
        Channel child = (Channel) msg;
        String source = TicketThrottle.sourceOf(child.remoteAddress());
        String refusal;
        Admission admission = null;
        synchronized (this) {
            int fromSource = pendingBySource.getOrDefault(source, 0);
            if (connections >= maxConnections) {
                refusal = "connection limit";
            } else if (pending >= maxPending) {
                refusal = "link limit";
            } else if (fromSource >= maxPendingPerSource) {
                refusal = "per-source link limit";
            } else {
                refusal = null;
                connections++;
                pending++;
                pendingBySource.put(source, fromSource + 1);
                admission = new Admission(source);
            }
        }
        if (admission == null) {
            reset(child);
            String why = refusal;
            refusals.event(why, source, () -> "SPICE connection from " + child.remoteAddress() + " refused: " + why
                    + " (" + describeLimits() + ")");
            return;
        }
        Admission held = admission;
        child.attr(ADMISSION).set(held);
        child.closeFuture().addListener(f -> release(held, true));
        ctx.fireChannelRead(child);
    }

    /** The connection finished its link: it no longer counts against the link limits. */
    void linked(Channel channel) {
        Admission a = channel.attr(ADMISSION).get();
        if (a != null) release(a, false);
    }

    private void release(Admission a, boolean closed) {
        synchronized (this) {
            if (a.pending) {
                a.pending = false;
                pending--;
                pendingBySource.computeIfPresent(a.source, (k, n) -> n <= 1 ? null : n - 1);
            }
            if (closed) connections--;
        }
    }

    synchronized String describeLimits() {
        return connections + "/" + maxConnections + " connections, " + pending + "/" + maxPending + " linking, at most "
                + maxPendingPerSource + " linking per source";
    }

    /** Connections open now, and of those still linking (for tests and logs). */
    synchronized int[] counts() {
        return new int[] {connections, pending};
    }

    /** Closes with a reset: no TIME_WAIT kept for a connection we never wanted. */
    private static void reset(Channel child) {
        try {
            if (child instanceof SocketChannel socket) socket.config().setSoLinger(0);
        } catch (RuntimeException ignored) {
            // closing matters, the reset is a nicety
        }
        child.unsafe().closeForcibly();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // An accept failed (often EMFILE or ENFILE: the process or system is out of descriptors). Netty would
        // pause a second and log each time; pause briefly, back off while it goes on, and log per burst.
        Channel listener = ctx.channel();
        pauseMillis = pauseMillis == 0 ? MIN_PAUSE_MILLIS : Math.min(MAX_PAUSE_MILLIS, pauseMillis * 2);
        long pause = pauseMillis;
        listener.config().setAutoRead(false);
        listener.eventLoop().schedule(() -> {
            if (listener.isOpen()) listener.config().setAutoRead(true);
        }, pause, TimeUnit.MILLISECONDS);
        String what = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        acceptErrors.event(what, null, () -> "SPICE cannot accept on " + listener.localAddress() + ": " + what
                + " (" + describeLimits() + "); pausing accepts " + pause + " ms");
    }
}
