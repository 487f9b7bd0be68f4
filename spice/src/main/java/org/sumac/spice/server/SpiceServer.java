package org.sumac.spice.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumac.spice.agent.AgentHandler;
import org.sumac.spice.channel.ChannelClient;
import org.sumac.spice.channel.cursor.CursorChannelClient;
import org.sumac.spice.channel.cursor.SpiceCursor;
import org.sumac.spice.channel.display.DisplayChannelClient;
import org.sumac.spice.channel.display.DisplayWorker;
import org.sumac.spice.channel.display.ImageCodecs;
import org.sumac.spice.channel.display.ScreenSource;
import org.sumac.spice.channel.display.SpiceDisplay;
import org.sumac.spice.channel.inputs.InputSink;
import org.sumac.spice.channel.inputs.InputsChannelClient;
import org.sumac.spice.channel.main.MainChannelClient;
import org.sumac.spice.link.BurstLog;
import org.sumac.spice.link.LinkHandler;
import org.sumac.spice.link.LinkRequest;
import org.sumac.spice.link.LinkRouter;
import org.sumac.spice.link.TicketAuthority;
import org.sumac.spice.link.TicketThrottle;
import org.sumac.spice.wire.Spice;

/**
 * A SPICE server for one screen: listens on its addresses, links clients, and serves MAIN, DISPLAY, INPUTS and
 * CURSOR channels. One client session at a time (see {@link ClientPolicy}). Holds no static state: a JVM may run
 * many. Create, configure the sink/agent, {@link #start()}, then drive it through {@link #display()} and
 * {@link #cursor()}; {@link #close()} when done.
 */
public final class SpiceServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SpiceServer.class);
    private static final InputSink NO_INPUT = new InputSink() {};
    private static final int[][] OFFERED = {
        {Spice.CHANNEL_DISPLAY, 0}, {Spice.CHANNEL_INPUTS, 0}, {Spice.CHANNEL_CURSOR, 0}
    };

    private final SpiceServerConfig config;
    private final TicketAuthority tickets = new TicketAuthority();
    private final SpiceDisplay display;
    private final DisplayWorker displayWorker;
    private final SpiceCursor cursor = new SpiceCursor();
    private final SecureRandom random = new SecureRandom();
    private final ImageStats imageStats = new ImageStats();
    private final long startNanos = System.nanoTime();
    private final Object sessionLock = new Object();
    private volatile ImageCodecs codecs = ImageCodecs.rawOnly();
    private volatile InputSink inputSink = NO_INPUT;
    private volatile AgentHandler agentHandler;
    private volatile int keyboardLocks;
    private Session current;
    private EventLoopGroup bossGroup;
    private EventLoopGroup workerGroup;
    private final TicketThrottle throttle = new TicketThrottle();
    private volatile BurstLog linkLog;
    private volatile AcceptGuard acceptGuard;
    private final List<Channel> listeners = new ArrayList<>();
    private final List<SessionListener> sessionListeners = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    public SpiceServer(SpiceServerConfig config, ScreenSource screen) {
        this.config = config;
        this.display = new SpiceDisplay(screen);
        this.displayWorker = new DisplayWorker(config.name());
        tickets.setTicketingDisabled(config.ticketingDisabled());
        tickets.setTicket(config.password(), config.ticketLifetime());
        this.codecs = DefaultCodecs.create(config);
    }

    public SpiceServerConfig config() {
        return config;
    }

    /** Posting API for screen changes. */
    public SpiceDisplay display() {
        return display;
    }

    /** Images sent per SpiceImageType. */
    public ImageStats imageStats() {
        return imageStats;
    }

    /** Pointer shape / position API. */
    public SpiceCursor cursor() {
        return cursor;
    }

    public void setInputSink(InputSink sink) {
        this.inputSink = sink == null ? NO_INPUT : sink;
    }

    public InputSink inputSink() {
        return inputSink;
    }

    /** Replaces the image encoders (e.g. to add codecs or force raw). */
    public void setImageCodecs(ImageCodecs codecs) {
        this.codecs = codecs == null ? ImageCodecs.rawOnly() : codecs;
    }

    /** Installs (or with null removes) the built-in agent; a connected client is told the agent came or went. */
    public void setAgentHandler(AgentHandler handler) {
        this.agentHandler = handler;
        Session s = currentSession().orElse(null);
        if (s != null && s.main() != null) s.main().agentChanged(handler);
    }

    public AgentHandler agentHandler() {
        return agentHandler;
    }

    /** Sets the lock LEDs (InputSink.LOCK_*) shown by the client. */
    public void setKeyboardLocks(int locks) {
        this.keyboardLocks = locks & 7;
        Session s = currentSession().orElse(null);
        if (s == null) return;
        for (ChannelClient c : s.channels()) {
            if (c instanceof InputsChannelClient inputs) inputs.sendKeyboardLocks(keyboardLocks);
        }
    }

    public int keyboardLocks() {
        return keyboardLocks;
    }

    /** Sets the password and its lifetime (zero = forever), like spice_server_set_ticket. */
    public void setTicket(String password, Duration lifetime) {
        tickets.setTicket(password, lifetime);
    }

    public void setTicketingDisabled(boolean disabled) {
        tickets.setTicketingDisabled(disabled);
    }

    /** The link key and ticket checker (tests use it to encrypt tickets). */
    public TicketAuthority tickets() {
        return tickets;
    }

    /** Milliseconds since server start, as a wrapping u32 clock ("multimedia time"). */
    public int multimediaTime() {
        return (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /**
     * Tells {@code listener} whenever a client session starts or ends (replaced by a newer client, disconnected,
     * or the server closing). Called on a network thread, under no lock of this server; keep it short.
     */
    public void addSessionListener(SessionListener listener) {
        sessionListeners.add(listener);
    }

    /** A failing listener is logged and does not keep the others from hearing the event. */
    private void tellSessionListeners(Consumer<SessionListener> event) {
        for (SessionListener l : sessionListeners) {
            try {
                event.accept(l);
            } catch (RuntimeException e) {
                log.warn("session listener failed", e);
            }
        }
    }

    /** The connected client, if any. */
    public Optional<Session> currentSession() {
        synchronized (sessionLock) {
            return Optional.ofNullable(current);
        }
    }

    /** Disconnects the current client, telling it why. */
    public void disconnectClient(String reason) {
        currentSession().ifPresent(s -> s.close(reason));
    }

    public int[][] offeredChannels() {
        return OFFERED.clone();
    }

    /** Binds every configured address. */
    public synchronized void start() throws IOException {
        if (bossGroup != null) throw new IllegalStateException("already started");
        bossGroup = new NioEventLoopGroup(1, new DefaultThreadFactory("spice-accept", true));
        workerGroup = new NioEventLoopGroup(config.ioThreads(), new DefaultThreadFactory("spice-io", true));
        linkLog = new BurstLog(LoggerFactory.getLogger(LinkHandler.class)::info, bossGroup, "SPICE connections refused", 10, TimeUnit.SECONDS, 3);
        int maxConnections = config.maxConnections() > 0 ? config.maxConnections() : defaultMaxConnections();
        acceptGuard = new AcceptGuard(maxConnections, Math.min(config.maxPendingLinks(), maxConnections),
                config.maxPendingLinksPerSource(), linkLog,
                new BurstLog(log::warn, bossGroup, "SPICE accept errors", 10, TimeUnit.SECONDS, 1));
        Router router = new Router();
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(bossGroup, workerGroup)
                .channel(NioServerSocketChannel.class)
                .handler(acceptGuard)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK,
                        new WriteBufferWaterMark(config.writeBufferLowWaterMark(), config.writeBufferHighWaterMark()))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast("spice-link", new LinkHandler(router));
                    }
                });
        try {
            for (InetSocketAddress address : config.listenAddresses()) {
                Channel ch = bootstrap.bind(address).syncUninterruptibly().channel();
                listeners.add(ch);
                log.info("SPICE server listening on {} (at most {} connections, {} linking, {} linking per source)",
                        ch.localAddress(), maxConnections, Math.min(config.maxPendingLinks(), maxConnections),
                        config.maxPendingLinksPerSource());
            }
        } catch (RuntimeException e) {
            close();
            throw new IOException("cannot listen: " + e.getMessage(), e);
        }
    }

    /**
     * An eighth of the process's descriptor limit, between 64 and 1024: the rest stays for the X side, files and
     * the JVM itself.
     */
    private static int defaultMaxConnections() {
        long limit = 0;
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            limit = unix.getMaxFileDescriptorCount();
        }
        return limit <= 0 ? 1024 : (int) Math.clamp(limit / 8, 64, 1024);
    }

    /** Connections open now on the SPICE port, and of those still linking. */
    public int[] connectionCounts() {
        AcceptGuard guard = acceptGuard;
        return guard == null ? new int[2] : guard.counts();
    }

    /** The addresses actually bound (ports resolved when 0 was configured). */
    public synchronized List<InetSocketAddress> boundAddresses() {
        List<InetSocketAddress> out = new ArrayList<>();
        for (Channel ch : listeners) out.add((InetSocketAddress) ch.localAddress());
        return out;
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        for (Channel ch : listeners) ch.close().syncUninterruptibly();
        listeners.clear();
        if (linkLog != null) linkLog.flush();
        currentSession().ifPresent(s -> s.close(null));
        displayWorker.close();
        if (workerGroup != null) workerGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        if (bossGroup != null) bossGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    void sessionEnded(Session session) {
        synchronized (sessionLock) {
            if (current == session) current = null;
        }
        log.info("SPICE client session {} from {} ended", Integer.toHexString(session.id()), session.remoteAddress());
        tellSessionListeners(l -> l.sessionEnded(session));
    }

    /** Internal: called by the main channel when the client switched mouse mode. */
    public void mouseModeChanged(int mode) {
        try {
            inputSink.mouseModeChanged(mode);
        } catch (RuntimeException e) {
            log.warn("input sink failed on mouse mode change", e);
        }
    }

    public int initialMouseMode() {
        return config.clientMouseModeAllowed() ? Spice.MOUSE_MODE_CLIENT : Spice.MOUSE_MODE_SERVER;
    }

    private final class Router implements LinkRouter {
        @Override
        public TicketAuthority tickets() {
            return tickets;
        }

        @Override
        public int[] channelCaps(int channelType) {
            return switch (channelType) {
                case Spice.CHANNEL_DISPLAY -> Spice.caps(Spice.DISPLAY_CAP_MONITORS_CONFIG, Spice.DISPLAY_CAP_PREF_COMPRESSION);
                case Spice.CHANNEL_INPUTS -> Spice.caps(Spice.INPUTS_CAP_KEY_SCANCODE);
                default -> new int[0];
            };
        }

        @Override
        public int maxClientMessageSize() {
            return config.maxClientMessageSize();
        }

        @Override
        public long linkTimeoutMillis() {
            return config.linkTimeoutMillis();
        }

        @Override
        public TicketThrottle throttle() {
            return throttle;
        }

        @Override
        public BurstLog linkLog() {
            return linkLog;
        }

        @Override
        public void linked(Channel channel) {
            acceptGuard.linked(channel);
        }

        @Override
        public Decision route(LinkRequest request, Channel channel) {
            if (request.channelType() == Spice.CHANNEL_MAIN) {
                return routeMain(request, channel);
            }
            Session session;
            synchronized (sessionLock) {
                session = current;
            }
            if (session == null || session.isClosed() || (session.id() & 0xFFFFFFFFL) != request.connectionId()) {
                return new Refuse(Spice.LINK_BAD_CONNECTION_ID,
                        "connection id " + Long.toHexString(request.connectionId()) + " names no live session");
            }
            boolean offered = false;
            for (int[] ch : OFFERED) {
                offered |= ch[0] == request.channelType() && ch[1] == request.channelId();
            }
            if (!offered) {
                return new Refuse(Spice.LINK_CHANNEL_NOT_AVAILABLE, "channel not offered by this server");
            }
            ChannelClient client = switch (request.channelType()) {
                case Spice.CHANNEL_DISPLAY -> new DisplayChannelClient(session, request, channel, display, codecs,
                        displayWorker.executor());
                case Spice.CHANNEL_INPUTS -> new InputsChannelClient(session, request, channel);
                case Spice.CHANNEL_CURSOR -> new CursorChannelClient(session, request, channel, cursor);
                default -> throw new IllegalStateException();
            };
            session.attach(client);
            log.info("SPICE {} linked", request.describe());
            return new Accept(client);
        }

        private Decision routeMain(LinkRequest request, Channel channel) {
            Session old;
            Session created;
            synchronized (sessionLock) {
                old = current;
                if (old != null && !old.isClosed() && config.clientPolicy() == ClientPolicy.KEEP_FIRST) {
                    return new Refuse(Spice.LINK_ERROR, "a client is already connected (policy KEEP_FIRST)");
                }
                int id;
                do {
                    id = random.nextInt();
                } while (id == 0);
                created = new Session(SpiceServer.this, id, request.remote(), initialMouseMode());
                current = created;
            }
            if (old != null) {
                old.close("Disconnected: another client connected from " + request.remote());
            }
            MainChannelClient main = new MainChannelClient(created, request, channel);
            created.attachMain(main);
            log.info("SPICE {} linked, session {}", request.describe(), Integer.toHexString(created.id()));
            tellSessionListeners(l -> l.sessionStarted(created));
            return new Accept(main);
        }
    }
}
