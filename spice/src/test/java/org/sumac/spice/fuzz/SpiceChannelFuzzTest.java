package org.sumac.spice.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.sumac.spice.RawSpiceClient;
import org.sumac.spice.SpiceTestSupport;
import org.sumac.spice.agent.AgentHandler;
import org.sumac.spice.agent.AgentPort;
import org.sumac.spice.channel.ChannelClient;
import org.sumac.spice.channel.cursor.CursorChannelClient;
import org.sumac.spice.channel.display.DisplayChannelClient;
import org.sumac.spice.channel.display.FramebufferScreen;
import org.sumac.spice.channel.display.ImageCodecs;
import org.sumac.spice.channel.inputs.InputSink;
import org.sumac.spice.channel.inputs.InputsChannelClient;
import org.sumac.spice.channel.main.MainChannelClient;
import org.sumac.spice.link.LinkRequest;
import org.sumac.spice.server.Session;
import org.sumac.spice.server.SpiceServer;
import org.sumac.spice.server.SpiceServerConfig;
import org.sumac.spice.wire.MessageFrameDecoder;
import org.sumac.spice.wire.Spice;

/**
 * Fuzzes the SPICE message decoders once a channel is linked: the frame decoder (mini and full headers) and the
 * handlers of the main (with the agent stream decoder behind AGENT_DATA), inputs, display and cursor channels.
 * Each input is one connection on an EmbeddedChannel, joined to the session of a real server that a real client
 * linked, fed messages of known and unknown types with fuzzed bodies in network-like chunks, timers run. A finding
 * is an exception leaving the pipeline, a WARN or ERROR log (internal errors, Netty's leak detector), or server
 * output that is not a sequence of whole messages.
 */
class SpiceChannelFuzzTest {
    private static final int MAX_MESSAGE = 1 << 16;
    private static final int[] TYPES = {Spice.CHANNEL_MAIN, Spice.CHANNEL_INPUTS, Spice.CHANNEL_DISPLAY, Spice.CHANNEL_CURSOR};
    private SpiceServer server;
    private RawSpiceClient mainClient;
    private Session session;
    private LogWatch logs;
    private final FuzzReport report = new FuzzReport("spice channels");

    @BeforeEach
    void start() throws Exception {
        logs = new LogWatch();
        int port = SpiceTestSupport.freePort();
        server = new SpiceServer(SpiceServerConfig.builder().listen("127.0.0.1", port).disableTicketing()
            .maxClientMessageSize(MAX_MESSAGE).pingInterval(Duration.ofMillis(500)).build(), new FramebufferScreen(64, 48));
        server.setInputSink(new InputSink() { });
        // An agent that answers each message with one of the same type and size: the agent's send path runs too.
        server.setAgentHandler(new AgentHandler() {
            @Override public void messageReceived(AgentPort port, int type, byte[] data) { port.send(type, data); }
        });
        server.start();
        mainClient = new RawSpiceClient(port);
        assertEquals(0, mainClient.link(0, Spice.CHANNEL_MAIN, ""));
        mainClient.readUntil(Spice.MSG_MAIN_INIT);
        session = server.currentSession().orElseThrow();
    }

    @AfterEach
    void stop() throws Exception {
        try {
            mainClient.close();
            server.close();
        } finally {
            logs.close();
            report.print();
        }
    }

    @FuzzTest(maxDuration = "60s")
    void anyMessagesOnALinkedChannelAreHandledOrRefusedWithoutAnInternalError(FuzzedDataProvider data) {
        report.executed();
        int channelType = TYPES[data.consumeInt(0, TYPES.length - 1)];
        boolean mini = data.consumeInt(0, 3) != 0;
        int[] common = mini ? Spice.caps(Spice.COMMON_CAP_MINI_HEADER) : new int[0];
        int[] channelCaps = data.consumeBoolean() ? new int[] {data.consumeInt()} : new int[0];
        LinkRequest link = new LinkRequest(session.id() & 0xFFFFFFFFL, channelType, 0, common, channelCaps,
            new InetSocketAddress("127.0.0.1", 5900));
        EmbeddedChannel ch = new EmbeddedChannel();
        ChannelClient client = switch (channelType) {
            case Spice.CHANNEL_MAIN -> new MainChannelClient(session, link, ch);
            case Spice.CHANNEL_INPUTS -> new InputsChannelClient(session, link, ch);
            case Spice.CHANNEL_DISPLAY -> new DisplayChannelClient(session, link, ch, server.display(), ImageCodecs.rawOnly(),
                ch.eventLoop()); // one thread, driven by the test
            default -> new CursorChannelClient(session, link, ch, server.cursor());
        };
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            ch.pipeline().addLast(new MessageFrameDecoder(mini, MAX_MESSAGE), client);
            byte[] bytes = messages(data, mini);
            int at = 0;
            while (at < bytes.length && ch.isOpen()) {
                int n = Math.min(bytes.length - at, data.remainingBytes() > 0 ? data.consumeInt(1, 512) : bytes.length);
                ch.writeInbound(Unpooled.wrappedBuffer(bytes, at, n));
                at += n;
                if (data.consumeInt(0, 7) == 0) ch.advanceTimeBy(data.consumeInt(0, 1000), TimeUnit.MILLISECONDS);
                ch.runPendingTasks();
                drain(ch, output);
                ch.checkException();
            }
            ch.advanceTimeBy(1, TimeUnit.SECONDS);
            ch.runPendingTasks();
            drain(ch, output);
            ch.checkException();
        } catch (RuntimeException e) {
            throw new AssertionError("exception out of the " + Spice.channelName(channelType) + " channel", e);
        } finally {
            ch.finishAndReleaseAll();
        }
        checkFraming(output.toByteArray(), mini, channelType);
        String warnings = logs.take();
        if (!warnings.isEmpty()) fail("the server logged a warning:\n" + warnings);
    }

    /** Messages as a client frames them: mostly types the channel knows, bodies of any length and content. */
    private static byte[] messages(FuzzedDataProvider data, boolean mini) {
        ByteBuf b = Unpooled.buffer();
        int count = data.consumeInt(1, 24);
        for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
            int type = switch (data.consumeInt(0, 3)) {
                case 0 -> data.consumeInt(1, 6);                  // ACK_SYNC, ACK, PONG, migration, DISCONNECTING
                case 1, 2 -> data.consumeInt(101, 115);           // the channels' own messages
                default -> data.consumeInt(0, 0xffff);
            };
            byte[] body = data.consumeBytes(data.consumeInt(0, 3) == 0 ? data.consumeInt(0, 4096) : data.consumeInt(0, 40));
            int size = data.consumeInt(0, 15) == 0 ? data.consumeInt(0, MAX_MESSAGE + 16) : body.length;
            if (mini) {
                b.writeShortLE(type).writeIntLE(size);
            } else {
                b.writeLongLE(i + 1).writeShortLE(type).writeIntLE(size).writeIntLE(data.consumeInt(0, 31) == 0 ? 1 : 0);
            }
            b.writeBytes(body);
        }
        byte[] out = new byte[b.readableBytes()];
        b.readBytes(out);
        b.release();
        return out;
    }

    private static void drain(EmbeddedChannel ch, ByteArrayOutputStream output) {
        for (Object o; (o = ch.readOutbound()) != null; ) {
            ByteBuf buf = (ByteBuf) o;
            if (output.size() < (8 << 20)) {
                byte[] bytes = new byte[buf.readableBytes()];
                buf.readBytes(bytes);
                output.writeBytes(bytes);
            }
            buf.release();
        }
    }

    /** What the server wrote is whole messages, each header's size matching the bytes that follow. */
    private static void checkFraming(byte[] out, boolean mini, int channelType) {
        if (out.length >= (8 << 20)) return; // cut short above
        ByteBuf b = Unpooled.wrappedBuffer(out);
        int header = mini ? 6 : 18;
        while (b.readableBytes() >= header) {
            long size = mini ? b.getUnsignedIntLE(b.readerIndex() + 2) : b.getUnsignedIntLE(b.readerIndex() + 10);
            if (size > b.readableBytes() - header) break;
            b.skipBytes(header + (int) size);
        }
        if (b.isReadable()) {
            fail("the " + Spice.channelName(channelType) + " channel wrote " + b.readableBytes()
                + " bytes that are not a whole message");
        }
    }
}
