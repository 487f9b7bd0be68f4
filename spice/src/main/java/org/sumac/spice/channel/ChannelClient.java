package org.sumac.spice.channel;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumac.spice.link.LinkRequest;
import org.sumac.spice.server.Session;
import org.sumac.spice.wire.OutMessage;
import org.sumac.spice.wire.ProtocolException;
import org.sumac.spice.wire.Spice;
import org.sumac.spice.wire.SpiceMessage;

/**
 * One linked SPICE channel connection. Handles what every channel shares: headers, serials, the ACK window,
 * PING/PONG, DISCONNECTING, unknown message types and framing errors (one log line, then close). All methods run
 * on the connection's event loop unless they say otherwise.
 */
public abstract class ChannelClient extends ChannelInboundHandlerAdapter {
    protected final Logger log = LoggerFactory.getLogger(getClass());
    protected final Session session;
    protected final LinkRequest link;
    protected final Channel channel;
    private final boolean miniHeader;
    private long serial;
    private int ackGeneration;
    // Read by the display worker too (canSendBulk), written on the event loop only.
    private volatile int ackWindow;
    private volatile long unacknowledged;
    private int clientAckGeneration = -1;
    private volatile boolean closing;
    private boolean warnedUnknown;
    private int nextPingId = 1;
    private long pendingPingId = -1;
    private long pendingPingSentNanos;
    private int pendingPingPadding;
    private long smallPingRttNanos = -1;

    protected ChannelClient(Session session, LinkRequest link, Channel channel) {
        this.session = session;
        this.link = link;
        this.channel = channel;
        this.miniHeader = link.hasCommonCap(Spice.COMMON_CAP_MINI_HEADER);
    }

    public int channelType() {
        return link.channelType();
    }

    public int channelId() {
        return link.channelId();
    }

    public Session session() {
        return session;
    }

    public String describe() {
        return link.describe();
    }

    public Channel nettyChannel() {
        return channel;
    }

    /** Runs after the link result OK went out. */
    protected abstract void start();

    /** A channel-specific message (type >= 101). */
    protected abstract void handleMessage(SpiceMessage message) throws ProtocolException;

    /** The connection went away. */
    protected void closed() {}

    /** The ACK window or the socket buffer has room again. */
    protected void sendWindowOpened() {}

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        start();
    }

    // ---- sending

    protected OutMessage message(int type, int bodySizeHint) {
        return new OutMessage(channel.alloc(), type, miniHeader, bodySizeHint);
    }

    /** Queues a message without flushing; counts it against the ACK window. */
    protected void write(OutMessage message) {
        if (closing || !channel.isActive()) {
            message.discard();
            return;
        }
        unacknowledged++;
        ByteBuf bytes = message.finish(++serial);
        if (session.server() != null) session.server().countSent(bytes.readableBytes());
        channel.write(bytes, channel.voidPromise());
        if (pendingBytes() > session.server().config().maxClientBacklogBytes()) {
            closeWithLog("client is not reading: more than " + session.server().config().maxClientBacklogBytes()
                    + " bytes are waiting to be sent");
        }
    }

    protected void send(OutMessage message) {
        write(message);
        channel.flush();
    }

    protected long pendingBytes() {
        var out = channel.unsafe().outboundBuffer();
        return out == null ? 0 : out.totalPendingWriteBytes();
    }

    /**
     * True when the socket buffer is below its high-water mark and the client has acknowledged enough. Any thread
     * (the display worker asks before it builds a frame; the event loop's {@link #sendWindowOpened} follows a
     * change from false to true).
     */
    protected boolean canSendBulk() {
        return channel.isWritable() && (ackWindow == 0 || unacknowledged <= 2L * ackWindow);
    }

    /** Starts ACK flow control (display and cursor channels, as the C server does). */
    protected void sendSetAck(int window) {
        ackGeneration++;
        ackWindow = window;
        unacknowledged = 0;
        OutMessage m = message(Spice.MSG_SET_ACK, 8).u32(ackGeneration).u32(window);
        send(m);
        unacknowledged = 0; // SET_ACK itself is not counted by the client
    }

    /** Sends a PING; with padding it measures bandwidth (the pong comes back only after the padding arrived). */
    protected void sendPing(int paddingBytes) {
        if (pendingPingId >= 0) {
            return; // one probe at a time keeps the arithmetic honest
        }
        int id = nextPingId++;
        pendingPingId = id;
        pendingPingPadding = paddingBytes;
        pendingPingSentNanos = System.nanoTime();
        OutMessage m = message(Spice.MSG_PING, 12 + paddingBytes).u32(id).u64(pendingPingSentNanos).zeros(paddingBytes);
        send(m);
    }

    /** Sends NOTIFY with a text the client shows or logs. */
    protected void sendNotify(String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        OutMessage m = message(Spice.MSG_NOTIFY, 24 + bytes.length + 1);
        m.u64(System.currentTimeMillis()).u32(Spice.NOTIFY_SEVERITY_WARN).u32(Spice.NOTIFY_VISIBILITY_HIGH)
                .u32(0).u32(bytes.length).bytes(bytes).u8(0);
        send(m);
    }

    // ---- receiving

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof SpiceMessage message)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            if (closing) return;
            if (message.type() < Spice.FIRST_CHANNEL_MESSAGE) {
                handleBaseMessage(message);
            } else {
                handleMessage(message);
            }
        } catch (ProtocolException e) {
            closeWithLog(e.getMessage());
        } catch (IndexOutOfBoundsException e) {
            closeWithLog("message type " + message.type() + " is shorter than its contents claim");
        } catch (RuntimeException e) {
            log.warn("SPICE {}: error handling message type {}, closing", describe(), message.type(), e);
            closeQuietly();
        } finally {
            message.body().release();
        }
    }

    private void handleBaseMessage(SpiceMessage message) throws ProtocolException {
        ByteBuf body = message.body();
        switch (message.type()) {
            case Spice.MSGC_ACK_SYNC -> {
                message.requireBody(4);
                clientAckGeneration = (int) body.readUnsignedIntLE();
            }
            case Spice.MSGC_ACK -> {
                if (clientAckGeneration == ackGeneration && ackWindow > 0) {
                    boolean wasBlocked = unacknowledged > 2L * ackWindow;
                    unacknowledged = Math.max(0, unacknowledged - ackWindow);
                    if (wasBlocked || unacknowledged <= 2L * ackWindow) {
                        sendWindowOpened();
                    }
                }
            }
            case Spice.MSGC_PONG -> {
                message.requireBody(12);
                long id = body.readUnsignedIntLE();
                if (id == pendingPingId) {
                    long rtt = System.nanoTime() - pendingPingSentNanos;
                    pendingPingId = -1;
                    pongReceived(rtt, pendingPingPadding);
                }
            }
            case Spice.MSGC_DISCONNECTING -> log.debug("SPICE {} says it is disconnecting", describe());
            case Spice.MSGC_MIGRATE_FLUSH_MARK, Spice.MSGC_MIGRATE_DATA -> { /* no migration */ }
            default -> unknownMessage(message);
        }
    }

    private void pongReceived(long rttNanos, int padding) {
        if (padding == 0) {
            smallPingRttNanos = smallPingRttNanos < 0 ? rttNanos : (smallPingRttNanos * 3 + rttNanos) / 4;
            session.stats().recordLatency(smallPingRttNanos);
        } else if (smallPingRttNanos >= 0) {
            long transferNanos = Math.max(rttNanos - smallPingRttNanos, 1_000);
            session.stats().recordBandwidth(padding * 1_000_000_000L / transferNanos);
        }
        pingAnswered(padding);
    }

    /** Hook for follow-up probes. */
    protected void pingAnswered(int padding) {}

    /** Unknown or misplaced message types are ignored (clients send extras); logged once per connection. */
    protected void unknownMessage(SpiceMessage message) {
        if (!warnedUnknown) {
            warnedUnknown = true;
            log.info("SPICE {}: ignoring message type {} ({} bytes), unknown on this channel",
                    describe(), message.type(), message.body().readableBytes());
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (channel.isWritable()) {
            sendWindowOpened();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        closing = true;
        try {
            closed();
        } finally {
            session.channelClosed(this);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        if (root instanceof ProtocolException) {
            closeWithLog(root.getMessage());
        } else if (root instanceof java.io.IOException) {
            log.debug("SPICE {}: connection error {}", describe(), root.toString());
            closeQuietly();
        } else {
            log.warn("SPICE {}: unexpected error, closing", describe(), cause);
            closeQuietly();
        }
    }

    /** Closes with one log line saying why. Safe from any thread. */
    public void closeWithLog(String reason) {
        if (closing) return;
        closing = true;
        log.info("SPICE {}: closing connection: {}", describe(), reason);
        channel.close();
    }

    public void closeQuietly() {
        closing = true;
        channel.close();
    }

    protected boolean isClosing() {
        return closing || !channel.isActive();
    }

    /** Runs a task on this connection's event loop. */
    public void execute(Runnable task) {
        channel.eventLoop().execute(() -> {
            if (!isClosing()) task.run();
        });
    }

    protected void schedule(Runnable task, long delayMillis) {
        channel.eventLoop().schedule(() -> {
            if (!isClosing()) task.run();
        }, delayMillis, TimeUnit.MILLISECONDS);
    }
}
