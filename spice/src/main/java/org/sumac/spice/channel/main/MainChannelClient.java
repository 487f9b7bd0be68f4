package org.sumac.spice.channel.main;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.sumac.spice.agent.AgentHandler;
import org.sumac.spice.agent.AgentPort;
import org.sumac.spice.agent.AgentStreamDecoder;
import org.sumac.spice.agent.VdAgent;
import org.sumac.spice.channel.ChannelClient;
import org.sumac.spice.link.LinkRequest;
import org.sumac.spice.server.Session;
import org.sumac.spice.server.SpiceEndpoint;
import org.sumac.spice.wire.OutMessage;
import org.sumac.spice.wire.ProtocolException;
import org.sumac.spice.wire.Spice;
import org.sumac.spice.wire.SpiceMessage;

/**
 * The MAIN channel: INIT, the channel list, mouse modes, multimedia time, name and UUID, PING probes, and the
 * agent transport for a built-in {@link AgentHandler}.
 */
public final class MainChannelClient extends ChannelClient {
    /** AGENT_DATA messages the client may send before it needs AGENT_TOKEN (C server: 10). */
    static final int AGENT_TOKENS = 10;
    /** Tokens are given back in batches, like the C server's REDS_TOKENS_TO_SEND. */
    static final int AGENT_TOKEN_BATCH = 5;
    static final int BANDWIDTH_PROBE_BYTES = 256 * 1024;
    static final int MAX_AGENT_RECORD = 64 << 20;
    static final int MAX_QUEUED_AGENT_BYTES = 16 << 20;
    /** Like the C server, the client clock is started a little behind ours to absorb jitter. */
    static final int MM_TIME_DELTA_MS = 100;

    private final SpiceEndpoint server;
    private final AgentStreamDecoder agentDecoder = new AgentStreamDecoder(MAX_AGENT_RECORD);
    private final ArrayDeque<byte[]> agentOutQueue = new ArrayDeque<>();
    private final AtomicLong agentQueuedBytes = new AtomicLong();
    private AgentHandler agent;
    private Port agentPort;
    private long clientGrantedTokens; // AGENT_DATA messages we may still send
    private int consumedSinceTokenReturn;
    private boolean agentStarted;
    private boolean bandwidthProbed;
    private java.util.concurrent.ScheduledFuture<?> pingTimer;

    public MainChannelClient(Session session, LinkRequest link, Channel channel) {
        super(session, link, channel);
        this.server = session.server();
    }

    public boolean hasClientCap(int cap) {
        return link.hasChannelCap(cap);
    }

    @Override
    protected void start() {
        agent = server.agentHandler();
        int supported = supportedMouseModes();
        OutMessage init = message(Spice.MSG_MAIN_INIT, 32);
        init.u32(session.id()).u32(1).u32(supported).u32(session.mouseMode())
                .u32(agent != null ? 1 : 0).u32(AGENT_TOKENS).u32(server.multimediaTime() - MM_TIME_DELTA_MS).u32(0);
        write(init);
        if (hasClientCap(Spice.MAIN_CAP_NAME_AND_UUID)) {
            byte[] name = server.config().name().getBytes(StandardCharsets.UTF_8);
            write(message(Spice.MSG_MAIN_NAME, 5 + name.length).u32(name.length + 1).bytes(name).u8(0));
            UUID uuid = server.config().uuid();
            ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.BIG_ENDIAN);
            b.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            write(message(Spice.MSG_MAIN_UUID, 16).bytes(b.array()));
        }
        channel.flush();
        if (agent != null) {
            openAgentPort();
        }
        sendPing(0);
        int interval = server.config().pingIntervalMillis();
        if (interval > 0) {
            pingTimer = channel.eventLoop().scheduleAtFixedRate(() -> {
                if (!isClosing()) sendPing(0);
            }, interval, interval, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    int supportedMouseModes() {
        return Spice.MOUSE_MODE_SERVER | (server.config().clientMouseModeAllowed() ? Spice.MOUSE_MODE_CLIENT : 0);
    }

    @Override
    protected void pingAnswered(int padding) {
        if (padding == 0 && !bandwidthProbed) {
            bandwidthProbed = true;
            sendPing(BANDWIDTH_PROBE_BYTES);
        }
    }

    @Override
    protected void handleMessage(SpiceMessage message) throws ProtocolException {
        switch (message.type()) {
            case Spice.MSGC_MAIN_ATTACH_CHANNELS -> sendChannelsList();
            case Spice.MSGC_MAIN_MOUSE_MODE_REQUEST -> {
                message.requireBody(2);
                int wanted = message.body().readUnsignedShortLE();
                if ((wanted == Spice.MOUSE_MODE_SERVER || wanted == Spice.MOUSE_MODE_CLIENT)
                        && (wanted & supportedMouseModes()) != 0) {
                    if (session.mouseMode() != wanted) {
                        session.setMouseMode(wanted);
                        server.mouseModeChanged(wanted);
                    }
                } else {
                    log.debug("SPICE {}: refusing mouse mode {}", describe(), wanted);
                }
                send(message(Spice.MSG_MAIN_MOUSE_MODE, 4).u16(supportedMouseModes()).u16(session.mouseMode()));
            }
            case Spice.MSGC_MAIN_AGENT_START -> {
                message.requireBody(4);
                clientGrantedTokens = message.body().readUnsignedIntLE();
                agentStarted = true;
                drainAgentQueue();
            }
            case Spice.MSGC_MAIN_AGENT_TOKEN -> {
                message.requireBody(4);
                clientGrantedTokens += message.body().readUnsignedIntLE();
                drainAgentQueue();
            }
            case Spice.MSGC_MAIN_AGENT_DATA -> {
                Port port = agentPort;
                agentDecoder.feed(message.body(), (type, data) -> {
                    if (port != null) {
                        try {
                            agent.messageReceived(port, type, data);
                        } catch (RuntimeException e) {
                            log.warn("SPICE {}: agent handler failed on message type {}", describe(), type, e);
                        }
                    }
                });
                // Each AGENT_DATA costs the client one token; give them back in batches.
                if (++consumedSinceTokenReturn >= AGENT_TOKEN_BATCH) {
                    send(message(Spice.MSG_MAIN_AGENT_TOKEN, 4).u32(consumedSinceTokenReturn));
                    consumedSinceTokenReturn = 0;
                }
            }
            case Spice.MSGC_MAIN_CLIENT_INFO -> { /* cache size hint: unused */ }
            default -> unknownMessage(message);
        }
    }

    private void sendChannelsList() {
        int[][] offered = server.offeredChannels();
        OutMessage m = message(Spice.MSG_MAIN_CHANNELS_LIST, 4 + 2 * offered.length).u32(offered.length);
        for (int[] ch : offered) m.u8(ch[0]).u8(ch[1]);
        send(m);
    }

    /** Called on any thread when the server's agent handler changes. */
    public void agentChanged(AgentHandler handler) {
        execute(() -> {
            if (agent == handler) return;
            closeAgentPort();
            agent = handler;
            if (handler == null) {
                send(message(Spice.MSG_MAIN_AGENT_DISCONNECTED, 4).u32(0));
                return;
            }
            if (hasClientCap(Spice.MAIN_CAP_AGENT_CONNECTED_TOKENS)) {
                send(message(Spice.MSG_MAIN_AGENT_CONNECTED_TOKENS, 4).u32(AGENT_TOKENS));
            } else {
                send(message(Spice.MSG_MAIN_AGENT_CONNECTED, 0));
            }
            openAgentPort();
        });
    }

    private void openAgentPort() {
        agentPort = new Port();
        try {
            agent.clientConnected(agentPort);
        } catch (RuntimeException e) {
            log.warn("SPICE {}: agent handler failed on connect", describe(), e);
        }
    }

    private void closeAgentPort() {
        Port port = agentPort;
        agentPort = null;
        if (port != null && agent != null) {
            port.open = false;
            try {
                agent.clientDisconnected(port);
            } catch (RuntimeException e) {
                log.warn("SPICE {}: agent handler failed on disconnect", describe(), e);
            }
        }
        agentOutQueue.clear();
        agentQueuedBytes.set(0);
    }

    private void drainAgentQueue() {
        if (!agentStarted) return;
        boolean wrote = false;
        while (clientGrantedTokens > 0 && !agentOutQueue.isEmpty()) {
            byte[] chunk = agentOutQueue.poll();
            agentQueuedBytes.addAndGet(-chunk.length);
            write(message(Spice.MSG_MAIN_AGENT_DATA, chunk.length).bytes(chunk));
            clientGrantedTokens--;
            wrote = true;
        }
        if (wrote) channel.flush();
    }

    /** Tells the client why, then closes (used when a new client replaces this one). */
    public void notifyAndClose(String reason) {
        channel.eventLoop().execute(() -> {
            if (!channel.isActive()) return;
            sendNotify(reason);
            log.info("SPICE {}: disconnecting: {}", describe(), reason);
            OutMessage m = message(Spice.MSG_DISCONNECTING, 12).u64(System.currentTimeMillis()).u32(Spice.LINK_OK);
            write(m);
            channel.writeAndFlush(channel.alloc().buffer(0)).addListener(ChannelFutureListener.CLOSE);
        });
    }

    /** Sends MULTI_MEDIA_TIME (re-bases the client's multimedia clock). */
    public void sendMultimediaTime() {
        execute(() -> send(message(Spice.MSG_MAIN_MULTI_MEDIA_TIME, 4).u32(server.multimediaTime() - MM_TIME_DELTA_MS)));
    }

    /** Pushes the current mouse mode to the client (after the server changed what it allows). */
    public void sendMouseMode() {
        execute(() -> send(message(Spice.MSG_MAIN_MOUSE_MODE, 4).u16(supportedMouseModes()).u16(session.mouseMode())));
    }

    @Override
    protected void closed() {
        if (pingTimer != null) pingTimer.cancel(false);
        closeAgentPort();
    }

    private final class Port implements AgentPort {
        volatile boolean open = true;

        @Override
        public boolean send(int type, byte[] data) {
            if (!open || isClosing()) return false;
            byte[] record = new byte[VdAgent.HEADER_SIZE + data.length];
            ByteBuffer b = ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN);
            b.putInt(VdAgent.PROTOCOL).putInt(type).putLong(0).putInt(data.length).put(data);
            if (agentQueuedBytes.addAndGet(record.length) > MAX_QUEUED_AGENT_BYTES) {
                agentQueuedBytes.addAndGet(-record.length);
                log.info("SPICE {}: dropping agent message type {}: client is not taking agent data", describe(), type);
                return false;
            }
            execute(() -> {
                if (agentPort != this) return;
                // Every record starts in a fresh AGENT_DATA (spice-html5 does not reassemble).
                for (int at = 0; at < record.length; at += VdAgent.MAX_DATA_SIZE) {
                    int n = Math.min(VdAgent.MAX_DATA_SIZE, record.length - at);
                    byte[] chunk = java.util.Arrays.copyOfRange(record, at, at + n);
                    agentOutQueue.add(chunk);
                }
                drainAgentQueue();
            });
            return true;
        }

        @Override
        public boolean isOpen() {
            return open && !isClosing();
        }
    }
}
