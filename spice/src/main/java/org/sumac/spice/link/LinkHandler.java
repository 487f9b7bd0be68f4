package org.sumac.spice.link;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumac.spice.link.TicketThrottle.Turn;
import org.sumac.spice.wire.MessageFrameDecoder;
import org.sumac.spice.wire.Spice;

/**
 * Runs the SPICE link on one fresh connection: SpiceLinkHeader + SpiceLinkMess in, SpiceLinkReply out, then the
 * optional auth mechanism and the 128-byte RSA ticket in, then the u32 link result out. On success it hands the
 * connection over to the channel handler chosen by the {@link LinkRouter}; on any failure it sends the fitting
 * SpiceLinkErr (where the protocol has a place for one) and closes; refusals are logged per burst
 * ({@link LinkRouter#linkLog()}), since anyone who reaches the port can cause them at will. The ticket is checked
 * on the turn the {@link TicketThrottle} gives, waited for with the event loop's schedule(), never by blocking it.
 */
public final class LinkHandler extends ByteToMessageDecoder {
    private static final Logger log = LoggerFactory.getLogger(LinkHandler.class);
    static final int HEADER_SIZE = 16;
    static final int LINK_MESS_SIZE = 18;
    static final int MAX_LINK_SIZE = 4096;
    static final int MAX_CAPS_WORDS = 1024;
    static final int LINK_REPLY_SIZE = 178;
    static final int MAX_BYTES_WHILE_WAITING = 8192;

    /** The SASL mechanism offered with logins; spice-gtk needs TLS for it (and libsasl2-modules). */
    static final String SASL_MECHANISM = "PLAIN";
    static final int MAX_SASL_MECHNAME = 100;
    static final int MAX_SASL_DATA = 4096;

    private enum State { HEADER, LINK_MESSAGE, AUTH_MECHANISM, TICKET, SASL_START, WAITING_FOR_TURN, DONE }

    private final LinkRouter router;
    private final boolean overWebSocket;
    private State state = State.HEADER;
    private int linkSize;
    private LinkRequest request;
    private long bytesSeen;
    private ScheduledFuture<?> timeout;
    private final long deadlineNanos;
    private Turn turn;

    public LinkHandler(LinkRouter router) {
        this(router, false, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(router.linkTimeoutMillis()));
    }

    private LinkHandler(LinkRouter router, boolean overWebSocket, long deadlineNanos) {
        this.router = router;
        this.overWebSocket = overWebSocket;
        this.deadlineNanos = deadlineNanos;
    }

    /** The link timeout runs from the connection's start; a switch to WebSocket does not restart it. */
    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        timeout = ctx.executor().schedule(() -> {
            if (state != State.DONE) {
                fail(ctx, -1, "timeout", "link not completed within " + router.linkTimeoutMillis() + " ms (state "
                        + state + ")");
            }
        }, Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    @Override
    protected void handlerRemoved0(ChannelHandlerContext ctx) {
        if (timeout != null) {
            timeout.cancel(false);
        }
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (state != State.DONE && ctx.channel().isActive()) {
            switch (state) {
                case HEADER -> {
                    if (!overWebSocket && WebSocketBridge.startsWithGet(in)) {
                        switchToWebSocket(ctx, in);
                        return;
                    }
                    if (in.readableBytes() >= 4 && in.getIntLE(in.readerIndex()) != Spice.MAGIC) {
                        int magic = in.getIntLE(in.readerIndex());
                        fail(ctx, Spice.LINK_INVALID_MAGIC, "wrong magic", "wrong magic " + String.format("%08x", magic));
                        return;
                    }
                    if (in.readableBytes() < HEADER_SIZE) return;
                    in.skipBytes(4);
                    long major = in.readUnsignedIntLE();
                    in.readUnsignedIntLE(); // minor: nobody checks it
                    long size = in.readUnsignedIntLE();
                    bytesSeen += HEADER_SIZE;
                    if (major != Spice.VERSION_MAJOR) {
                        fail(ctx, Spice.LINK_VERSION_MISMATCH, "version mismatch", "unsupported protocol major version " + major);
                        return;
                    }
                    if (size < LINK_MESS_SIZE || size > MAX_LINK_SIZE) {
                        fail(ctx, Spice.LINK_INVALID_DATA, "bad link message", "link message size " + size + " outside 18..4096");
                        return;
                    }
                    linkSize = (int) size;
                    state = State.LINK_MESSAGE;
                }
                case LINK_MESSAGE -> {
                    if (in.readableBytes() < linkSize) return;
                    ByteBuf mess = in.readSlice(linkSize);
                    bytesSeen += linkSize;
                    if (!parseLinkMessage(ctx, mess)) return;
                    LoginAuthority<LinkRouter.Target> logins = router.logins();
                    if (logins != null && !logins.transportAllowed(request.remote(), overTls(ctx))) {
                        fail(ctx, Spice.LINK_NEED_SECURED, "unencrypted login", "logins need TLS from "
                                + request.remote());
                        return;
                    }
                    sendLinkReply(ctx);
                    state = request.hasCommonCap(Spice.COMMON_CAP_AUTH_SELECTION) ? State.AUTH_MECHANISM : State.TICKET;
                }
                case AUTH_MECHANISM -> {
                    if (in.readableBytes() < 4) return;
                    long mechanism = in.readUnsignedIntLE();
                    bytesSeen += 4;
                    if (router.logins() != null) {
                        if (mechanism != Spice.COMMON_CAP_AUTH_SASL) {
                            sendResultAndClose(ctx, Spice.LINK_INVALID_DATA, "unsupported auth mechanism",
                                    "auth mechanism " + mechanism + " on a port that takes logins (SASL) only");
                            return;
                        }
                        byte[] mechs = SASL_MECHANISM.getBytes(StandardCharsets.US_ASCII);
                        ctx.writeAndFlush(ctx.alloc().buffer(4 + mechs.length).writeIntLE(mechs.length).writeBytes(mechs));
                        state = State.SASL_START;
                        continue;
                    }
                    if (mechanism != Spice.COMMON_CAP_AUTH_SPICE) {
                        sendResultAndClose(ctx, Spice.LINK_PERMISSION_DENIED, "unsupported auth mechanism",
                                "unsupported auth mechanism " + mechanism + " (only SPICE tickets)");
                        return;
                    }
                    state = State.TICKET;
                }
                case TICKET -> {
                    if (in.readableBytes() < Spice.ENCRYPTED_TICKET_BYTES) return;
                    byte[] ticket = new byte[Spice.ENCRYPTED_TICKET_BYTES];
                    in.readBytes(ticket);
                    bytesSeen += ticket.length;
                    awaitTurn(ctx, ticket);
                    return;
                }
                case SASL_START -> {
                    // u32 mechname length, mechname, u32 client data length (its NUL included), client data
                    if (in.readableBytes() < 4) return;
                    long nameLength = in.getUnsignedIntLE(in.readerIndex());
                    if (nameLength == 0 || nameLength > MAX_SASL_MECHNAME) {
                        fail(ctx, -1, "bad SASL start", "SASL mechanism name of " + nameLength + " bytes");
                        return;
                    }
                    if (in.readableBytes() < 8 + nameLength) return;
                    long dataLength = in.getUnsignedIntLE(in.readerIndex() + 4 + (int) nameLength);
                    if (dataLength > MAX_SASL_DATA) {
                        fail(ctx, -1, "bad SASL start", "SASL start data of " + dataLength + " bytes");
                        return;
                    }
                    if (in.readableBytes() < 8 + nameLength + dataLength) return;
                    in.skipBytes(4);
                    String mechanism = in.readCharSequence((int) nameLength, StandardCharsets.US_ASCII).toString();
                    in.skipBytes(4);
                    byte[] data = new byte[(int) dataLength];
                    in.readBytes(data);
                    bytesSeen += 8 + nameLength + dataLength;
                    if (!SASL_MECHANISM.equals(mechanism)) {
                        fail(ctx, -1, "bad SASL start", "SASL mechanism " + mechanism.replaceAll("[^ -~]", "?")
                                + " not offered");
                        return;
                    }
                    PlainCredentials credentials = PlainCredentials.parse(data);
                    java.util.Arrays.fill(data, (byte) 0);
                    if (credentials == null) {
                        fail(ctx, -1, "bad SASL start", "malformed PLAIN response");
                        return;
                    }
                    awaitLogin(ctx, credentials);
                    return;
                }
                case WAITING_FOR_TURN -> {
                    // Clients send nothing until the link result; do not buffer a stranger's stream meanwhile.
                    if (in.readableBytes() > MAX_BYTES_WHILE_WAITING) {
                        fail(ctx, -1, "data before the link result", in.readableBytes()
                                + " bytes sent while the ticket waited for its turn");
                    }
                    return;
                }
                case DONE -> { return; }
            }
        }
    }

    /** An HTTP upgrade instead of REDQ: run the link again inside WebSocket binary frames. */
    private void switchToWebSocket(ChannelHandlerContext ctx, ByteBuf in) {
        state = State.DONE;
        ByteBuf request = in.readRetainedSlice(in.readableBytes());
        String name = ctx.name();
        LinkHandler inner = new LinkHandler(router, true, deadlineNanos);
        ctx.pipeline().addAfter(name, "spice-link-ws", inner);
        WebSocketBridge.install(ctx.pipeline(), "spice-link-ws");
        ctx.pipeline().remove(this);
        // Replay the request bytes from the start of the pipeline, through the HTTP decoder.
        ctx.channel().pipeline().fireChannelRead(request);
    }

    private boolean parseLinkMessage(ChannelHandlerContext ctx, ByteBuf mess) {
        long connectionId = mess.readUnsignedIntLE();
        int channelType = mess.readUnsignedByte();
        int channelId = mess.readUnsignedByte();
        long commonWords = mess.readUnsignedIntLE();
        long channelWords = mess.readUnsignedIntLE();
        long capsOffset = mess.readUnsignedIntLE();
        if (commonWords + channelWords > MAX_CAPS_WORDS
                || capsOffset < LINK_MESS_SIZE
                || capsOffset + 4 * (commonWords + channelWords) > linkSize) {
            fail(ctx, Spice.LINK_INVALID_DATA, "bad link message", "capabilities (" + commonWords + "+" + channelWords
                    + " words at offset " + capsOffset + ") do not fit the " + linkSize + "-byte link message");
            return false;
        }
        int[] common = new int[(int) commonWords];
        int[] channel = new int[(int) channelWords];
        int at = (int) capsOffset;
        for (int i = 0; i < common.length; i++, at += 4) common[i] = mess.getIntLE(at);
        for (int i = 0; i < channel.length; i++, at += 4) channel[i] = mess.getIntLE(at);
        request = new LinkRequest(connectionId, channelType, channelId, common, channel, ctx.channel().remoteAddress());
        return true;
    }

    private void sendLinkReply(ChannelHandlerContext ctx) {
        int[] common = router.logins() != null
                ? Spice.caps(Spice.COMMON_CAP_AUTH_SELECTION, Spice.COMMON_CAP_AUTH_SASL, Spice.COMMON_CAP_MINI_HEADER)
                : Spice.caps(Spice.COMMON_CAP_AUTH_SELECTION, Spice.COMMON_CAP_AUTH_SPICE, Spice.COMMON_CAP_MINI_HEADER);
        int[] channel = router.channelCaps(request.channelType());
        int size = LINK_REPLY_SIZE + 4 * (common.length + channel.length);
        ByteBuf reply = ctx.alloc().buffer(HEADER_SIZE + size);
        reply.writeIntLE(Spice.MAGIC).writeIntLE(Spice.VERSION_MAJOR).writeIntLE(Spice.VERSION_MINOR).writeIntLE(size);
        reply.writeIntLE(Spice.LINK_OK);
        reply.writeBytes(router.publicKeyDer());
        reply.writeIntLE(common.length).writeIntLE(channel.length).writeIntLE(LINK_REPLY_SIZE);
        for (int w : common) reply.writeIntLE(w);
        for (int w : channel) reply.writeIntLE(w);
        ctx.writeAndFlush(reply);
    }

    /**
     * Takes this source's turn to have a ticket checked and checks it then. A turn that would come after the link
     * timeout is refused without looking at the ticket.
     */
    private void awaitTurn(ChannelHandlerContext ctx, byte[] ticket) {
        state = State.WAITING_FOR_TURN;
        String source = TicketThrottle.sourceOf(ctx.channel().remoteAddress());
        turn = router.throttle().take(source, deadlineNanos - System.nanoTime());
        if (turn.refused()) {
            turn = null;
            sendResultAndClose(ctx, Spice.LINK_PERMISSION_DENIED, "too many wrong tickets",
                    "too many wrong tickets from " + source + " (" + router.throttle().failures(source)
                            + " recent failures): no turn before the link timeout, ticket not checked");
            return;
        }
        if (turn.delayNanos() <= 0) {
            finishLink(ctx, ticket);
            return;
        }
        ctx.executor().schedule(() -> {
            if (state == State.WAITING_FOR_TURN && ctx.channel().isActive()) finishLink(ctx, ticket);
        }, turn.delayNanos(), TimeUnit.NANOSECONDS);
    }

    private void finishLink(ChannelHandlerContext ctx, byte[] ticket) {
        LinkRouter.TicketCheck check = router.checkTicket(ticket);
        TicketAuthority.Verdict verdict = check.verdict();
        Turn checked = turn;
        turn = null;
        if (checked != null && verdict != TicketAuthority.Verdict.NO_PASSWORD_SET) {
            router.throttle().checked(checked.source(), verdict == TicketAuthority.Verdict.ACCEPTED);
        } else if (checked != null) {
            router.throttle().abandoned(); // a server without a password refuses everyone: no guess was made
        }
        if (verdict != TicketAuthority.Verdict.ACCEPTED) {
            String why = switch (verdict) {
                case UNDECRYPTABLE -> "ticket cannot be decrypted";
                case NO_PASSWORD_SET -> "no password is set on the server";
                case EXPIRED -> "ticket expired";
                case WRONG_PASSWORD -> "wrong password";
                case ACCEPTED -> "";
            };
            String kind = verdict == TicketAuthority.Verdict.UNDECRYPTABLE ? "wrong password" : why;
            String source = checked != null ? checked.source() : TicketThrottle.sourceOf(ctx.channel().remoteAddress());
            int failures = router.throttle().failures(source);
            sendResultAndClose(ctx, Spice.LINK_PERMISSION_DENIED, kind, failures >= TicketThrottle.FREE_FAILURES
                    ? why + "; " + failures + " recent failures from " + source + ", its next tickets are checked at "
                            + "most every " + TimeUnit.NANOSECONDS.toMillis(TicketThrottle.spacing(failures)) + " ms"
                    : why);
            return;
        }
        route(ctx, check.target());
    }

    private static boolean overTls(ChannelHandlerContext ctx) {
        return ctx.pipeline().get(io.netty.handler.ssl.SslHandler.class) != null;
    }

    /**
     * Waits for this source's turn (as tickets do), then has the login checked off the event loop. The PLAIN
     * response held the password; it is wiped once the authority has it.
     */
    private void awaitLogin(ChannelHandlerContext ctx, PlainCredentials credentials) {
        state = State.WAITING_FOR_TURN;
        String source = TicketThrottle.sourceOf(ctx.channel().remoteAddress());
        turn = router.throttle().take(source, deadlineNanos - System.nanoTime());
        if (turn.refused()) {
            turn = null;
            credentials.wipe();
            saslRefused(ctx, "too many failed logins", "too many failed logins from " + source + " ("
                    + router.throttle().failures(source) + " recent failures): no turn before the link timeout");
            return;
        }
        Runnable check = () -> {
            if (state != State.WAITING_FOR_TURN || !ctx.channel().isActive()) {
                credentials.wipe();
                return;
            }
            java.util.concurrent.CompletableFuture<LinkRouter.Target> verdict;
            try {
                verdict = router.logins().login(credentials.user(), credentials.password(), request, overTls(ctx));
            } catch (RuntimeException e) {
                verdict = java.util.concurrent.CompletableFuture.failedFuture(e);
            }
            verdict.whenComplete((target, error) -> ctx.executor().execute(() -> finishLogin(ctx, credentials.user(),
                    target, error)));
        };
        if (turn.delayNanos() <= 0) {
            check.run();
        } else {
            ctx.executor().schedule(check, turn.delayNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void finishLogin(ChannelHandlerContext ctx, String user, LinkRouter.Target target, Throwable error) {
        Turn checked = turn;
        turn = null;
        if (checked != null) router.throttle().checked(checked.source(), target != null);
        if (state != State.WAITING_FOR_TURN || !ctx.channel().isActive()) return;
        if (error != null) {
            log.warn("SPICE login of {} for {} failed inside the server: {}", printable(user), request.describe(),
                    error.toString());
            saslRefused(ctx, "login error", "login of " + printable(user) + " failed inside the server");
            return;
        }
        if (target == null) {
            saslRefused(ctx, "login refused", "login of " + printable(user) + " refused");
            return;
        }
        // SASL done (complete, no server data), then the SASL result OK; the link result follows as with tickets.
        ctx.write(ctx.alloc().buffer(9).writeIntLE(0).writeByte(1).writeIntLE(0));
        route(ctx, target);
    }

    /** A refused login: SASL completes with result 1 and its message, then the connection closes. */
    private void saslRefused(ChannelHandlerContext ctx, String kind, String reason) {
        state = State.DONE;
        refused(ctx, kind, () -> "SPICE link " + request.describe() + " refused: " + reason);
        byte[] message = "Authentication failed".getBytes(StandardCharsets.US_ASCII);
        ctx.writeAndFlush(ctx.alloc().buffer(13 + message.length).writeIntLE(0).writeByte(1).writeIntLE(1)
                .writeIntLE(message.length).writeBytes(message)).addListener(ChannelFutureListener.CLOSE);
    }

    static String printable(String s) {
        String p = s.replaceAll("[^ -~]", "?");
        return p.length() > 64 ? p.substring(0, 64) + "..." : p;
    }

    private void route(ChannelHandlerContext ctx, LinkRouter.Target target) {
        LinkRouter.Decision decision;
        try {
            decision = target.route(request, ctx.channel());
        } catch (RuntimeException e) {
            log.warn("SPICE link {} failed inside the server: {}", request.describe(), e.toString(), e);
            sendResultAndClose(ctx, Spice.LINK_ERROR, "internal error", "internal error");
            return;
        }
        if (decision instanceof LinkRouter.Refuse refuse) {
            sendResultAndClose(ctx, refuse.linkError(), errorName(refuse.linkError()).toLowerCase(java.util.Locale.ROOT),
                    refuse.reason());
            return;
        }
        state = State.DONE;
        router.linked(ctx.channel());
        boolean mini = request.hasCommonCap(Spice.COMMON_CAP_MINI_HEADER);
        ctx.writeAndFlush(ctx.alloc().buffer(4).writeIntLE(Spice.LINK_OK));
        ctx.pipeline().addAfter(ctx.name(), "spice-frames", new MessageFrameDecoder(mini, router.maxClientMessageSize()));
        ctx.pipeline().addAfter("spice-frames", "spice-channel", ((LinkRouter.Accept) decision).handler());
        ctx.pipeline().remove(this); // hands any bytes already buffered to the frame decoder
    }

    private void sendResultAndClose(ChannelHandlerContext ctx, int error, String kind, String reason) {
        state = State.DONE;
        refused(ctx, kind, () -> "SPICE link " + request.describe() + " refused: " + reason + " (link error "
                + errorName(error) + ")");
        ctx.writeAndFlush(ctx.alloc().buffer(4).writeIntLE(error)).addListener(ChannelFutureListener.CLOSE);
    }

    /** Fails before the ticket stage: the error goes into a zeroed SpiceLinkReply, as the C server does. */
    private void fail(ChannelHandlerContext ctx, int error, String kind, String reason) {
        State was = state;
        state = State.DONE;
        giveBackTurn();
        String who = request != null ? request.describe() : "from " + ctx.channel().remoteAddress();
        refused(ctx, kind, () -> "SPICE link " + who + " refused: " + reason
                + (error >= 0 ? " (link error " + errorName(error) + ")" : ""));
        if (error < 0 || was == State.AUTH_MECHANISM || was == State.TICKET || was == State.SASL_START
                || was == State.WAITING_FOR_TURN) {
            ctx.close();
            return;
        }
        ByteBuf reply = ctx.alloc().buffer(HEADER_SIZE + LINK_REPLY_SIZE);
        reply.writeIntLE(Spice.MAGIC).writeIntLE(Spice.VERSION_MAJOR).writeIntLE(Spice.VERSION_MINOR)
                .writeIntLE(LINK_REPLY_SIZE).writeIntLE(error).writeZero(LINK_REPLY_SIZE - 4);
        ctx.writeAndFlush(reply).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (state != State.DONE) {
            State was = state;
            state = State.DONE;
            giveBackTurn();
            String who = request != null ? request.describe() : "from " + ctx.channel().remoteAddress();
            long bytes = bytesSeen + actualReadableBytes();
            refused(ctx, "abandoned", () -> "SPICE link " + who + " abandoned: connection closed after " + bytes
                    + " bytes (truncated link, waiting for " + was + ")");
        }
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (state != State.DONE) {
            fail(ctx, -1, "I/O error", "I/O error: " + cause.getMessage());
        } else {
            ctx.fireExceptionCaught(cause);
        }
    }

    /** A turn taken but not used (timeout or the peer left while waiting) uses up no guess. */
    private void giveBackTurn() {
        if (turn != null) {
            turn = null;
            router.throttle().abandoned();
        }
    }

    private void refused(ChannelHandlerContext ctx, String kind, java.util.function.Supplier<String> line) {
        String source = TicketThrottle.sourceOf(ctx.channel().remoteAddress());
        router.linkLog().event(kind, source, line);
    }

    static String errorName(int error) {
        return switch (error) {
            case Spice.LINK_OK -> "OK";
            case Spice.LINK_ERROR -> "ERROR";
            case Spice.LINK_INVALID_MAGIC -> "INVALID_MAGIC";
            case Spice.LINK_INVALID_DATA -> "INVALID_DATA";
            case Spice.LINK_VERSION_MISMATCH -> "VERSION_MISMATCH";
            case Spice.LINK_NEED_SECURED -> "NEED_SECURED";
            case Spice.LINK_NEED_UNSECURED -> "NEED_UNSECURED";
            case Spice.LINK_PERMISSION_DENIED -> "PERMISSION_DENIED";
            case Spice.LINK_BAD_CONNECTION_ID -> "BAD_CONNECTION_ID";
            case Spice.LINK_CHANNEL_NOT_AVAILABLE -> "CHANNEL_NOT_AVAILABLE";
            default -> String.valueOf(error);
        };
    }
}
