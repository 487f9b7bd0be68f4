package org.sumac.spice.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.sumac.spice.link.BurstLog;
import org.sumac.spice.link.LinkHandler;
import org.sumac.spice.link.LinkRequest;
import org.sumac.spice.link.LinkRouter;
import org.sumac.spice.link.TicketAuthority;
import org.sumac.spice.link.TicketThrottle;
import org.sumac.spice.wire.Spice;
import org.sumac.spice.wire.SpiceMessage;

/**
 * Fuzzes the SPICE link decoder ({@link LinkHandler}) on an EmbeddedChannel: header, link message with its
 * capabilities, auth mechanism, ticket, then whatever follows (message frames once linked, or an HTTP upgrade to
 * WebSocket), all cut into chunks as a network would. Built well-formed most of the time so the later stages are
 * reached. A finding is an exception leaving the pipeline, a WARN the server logs, or a linked channel that hands
 * its handler something other than whole messages.
 */
class SpiceLinkFuzzTest {
    private static final String PASSWORD = "pw";
    private final TicketAuthority tickets = new TicketAuthority();
    private final byte[] goodTicket, wrongTicket;
    private LogWatch logs;
    private final FuzzReport report = new FuzzReport("spice link");
    /** Runs the refusal log's end-of-burst summaries, as the server's acceptor loop does. */
    private final java.util.concurrent.ScheduledExecutorService summaries =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor();

    SpiceLinkFuzzTest() throws Exception {
        tickets.setTicket(PASSWORD, null);
        goodTicket = tickets.encryptForTest(PASSWORD);
        wrongTicket = tickets.encryptForTest("not it");
    }

    @BeforeEach
    void watchLogs() { logs = new LogWatch(); }

    @AfterEach
    void stopWatching() {
        logs.close();
        summaries.shutdownNow();
        report.print();
    }

    @FuzzTest(maxDuration = "60s")
    // libFuzzer's dictionary syntax: \x0d\x0a is CR LF.
    @DictionaryEntries({"REDQ", "GET / HTTP/1.1\\x0d\\x0aUpgrade: websocket\\x0d\\x0aConnection: Upgrade\\x0d\\x0a"
        + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\\x0d\\x0aSec-WebSocket-Version: 13\\x0d\\x0a\\x0d\\x0a",
        "\\x0d\\x0a\\x0d\\x0a"})
    void anyLinkAttemptIsAnsweredOrClosedWithoutAnInternalError(FuzzedDataProvider data) {
        report.executed();
        tickets.setTicketingDisabled(data.consumeBoolean());
        boolean accept = data.consumeInt(0, 3) != 0;
        Router router = new Router(accept, data.consumeInt(0, 9));
        byte[] bytes = data.consumeInt(0, 3) == 0 ? data.consumeBytes(data.consumeInt(0, 4096)) : wellFormed(data);
        EmbeddedChannel ch = new EmbeddedChannel(new LinkHandler(router));
        try {
            int at = 0;
            while (at < bytes.length && ch.isOpen()) {
                int n = Math.min(bytes.length - at, data.remainingBytes() > 0 ? data.consumeInt(1, 300) : bytes.length);
                ch.writeInbound(Unpooled.wrappedBuffer(bytes, at, n));
                at += n;
                ch.checkException();
            }
            // The link timeout fires for a peer that stopped half-way.
            ch.advanceTimeBy(router.linkTimeoutMillis() + 1, TimeUnit.MILLISECONDS);
            ch.runPendingTasks();
            ch.checkException();
        } catch (RuntimeException e) {
            throw new AssertionError("exception out of the link pipeline", e);
        } finally {
            ch.finishAndReleaseAll();
        }
        String warnings = logs.take();
        if (!warnings.isEmpty()) fail("the server logged a warning:\n" + warnings);
    }

    /** A link as clients send it, with fields the fuzzer may bend. */
    private byte[] wellFormed(FuzzedDataProvider data) {
        ByteBuf b = Unpooled.buffer().order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int commonWords = data.consumeInt(0, 3), channelWords = data.consumeInt(0, 3), padding = data.consumeInt(0, 8);
        int size = 18 + 4 * (commonWords + channelWords) + padding;
        b.writeIntLE(data.consumeInt(0, 15) == 0 ? data.consumeInt() : Spice.MAGIC);
        b.writeIntLE(data.consumeInt(0, 15) == 0 ? data.consumeInt() : Spice.VERSION_MAJOR);
        b.writeIntLE(data.consumeInt());
        b.writeIntLE(data.consumeInt(0, 7) == 0 ? data.consumeInt() : size);
        b.writeIntLE(data.consumeInt()); // connection id
        b.writeByte(data.consumeInt(0, 6)).writeByte(data.consumeInt(0, 2));
        b.writeIntLE(commonWords).writeIntLE(channelWords);
        b.writeIntLE(data.consumeInt(0, 7) == 0 ? data.consumeInt(0, 64) : 18);
        boolean authSelection = false;
        for (int i = 0; i < commonWords; i++) {
            int caps = i == 0 ? data.consumeInt(0, 15) : data.consumeInt();
            if (i == 0) authSelection = (caps & 1) != 0;
            b.writeIntLE(caps);
        }
        for (int i = 0; i < channelWords; i++) b.writeIntLE(data.consumeInt());
        b.writeZero(padding);
        if (authSelection) b.writeIntLE(data.consumeInt(0, 3) == 0 ? data.consumeInt(0, 3) : Spice.COMMON_CAP_AUTH_SPICE);
        switch (data.consumeInt(0, 3)) {
            case 0 -> b.writeBytes(goodTicket);
            case 1 -> b.writeBytes(wrongTicket);
            default -> {
                byte[] t = data.consumeBytes(Spice.ENCRYPTED_TICKET_BYTES);
                b.writeBytes(t).writeZero(Spice.ENCRYPTED_TICKET_BYTES - t.length);
            }
        }
        // What follows the link: message frames (mini or full header) or garbage.
        b.writeBytes(data.consumeBytes(data.consumeInt(0, 512)));
        byte[] out = new byte[b.readableBytes()];
        b.readBytes(out);
        b.release();
        return out;
    }

    /** Accepts with a handler that checks it gets whole messages, or refuses with the error the input chose. */
    private final class Router implements LinkRouter {
        private final boolean accept;
        private final int refusal;

        Router(boolean accept, int refusal) {
            this.accept = accept;
            this.refusal = refusal;
        }

        @Override public byte[] publicKeyDer() { return tickets.publicKeyDer(); }
        @Override public TicketCheck checkTicket(byte[] ticket) { return new TicketCheck(tickets.check(ticket), this::route); }
        @Override public int[] channelCaps(int channelType) { return Spice.caps(Spice.DISPLAY_CAP_MONITORS_CONFIG); }
        @Override public int maxClientMessageSize() { return 1 << 16; }
        @Override public long linkTimeoutMillis() { return 1000; }
        // Fresh per input: each input is one connection, so its ticket is checked at once (the pacing across
        // connections has its own tests); a delayed turn still runs when the link timeout is advanced to.
        private final TicketThrottle throttle = new TicketThrottle();
        private final BurstLog refusals = new BurstLog(org.slf4j.LoggerFactory.getLogger(LinkHandler.class)::info,
            summaries, "SPICE links refused", 10, TimeUnit.SECONDS, 3);
        @Override public TicketThrottle throttle() { return throttle; }
        @Override public BurstLog linkLog() { return refusals; }

        private Decision route(LinkRequest request, Channel channel) {
            if (!accept) return new Refuse(refusal, "refused by the fuzzer");
            return new Accept(new ChannelInboundHandlerAdapter() {
                @Override public void channelRead(ChannelHandlerContext ctx, Object msg) {
                    if (!(msg instanceof SpiceMessage m)) {
                        ReferenceCountUtil.release(msg);
                        throw new AssertionError("linked handler got " + msg);
                    }
                    int size = m.body().readableBytes();
                    m.body().release();
                    if (size > maxClientMessageSize()) throw new AssertionError("oversized message " + m.type());
                }

                /** A framing error closes the connection, as ChannelClient does; anything else goes on to fail. */
                @Override public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                    if (cause.getCause() instanceof org.sumac.spice.wire.ProtocolException) ctx.close();
                    else ctx.fireExceptionCaught(cause);
                }
            });
        }
    }
}
