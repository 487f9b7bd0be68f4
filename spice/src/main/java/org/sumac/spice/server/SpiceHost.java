package org.sumac.spice.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.SocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumac.spice.audio.SpicePlayback;
import org.sumac.spice.audio.SpiceRecord;
import org.sumac.spice.channel.display.ScreenSource;
import org.sumac.spice.link.BurstLog;
import org.sumac.spice.link.LinkHandler;
import org.sumac.spice.link.LinkKey;
import org.sumac.spice.link.LinkRouter;
import org.sumac.spice.link.TicketAuthority;
import org.sumac.spice.link.TicketThrottle;
import org.sumac.spice.wire.Spice;

/**
 * One SPICE listening port for any number of desktops ({@link SpiceEndpoint}s). It owns the listening addresses,
 * the Netty event loops every connection shares (they only read, write and route: frames are built on each
 * desktop's display worker), the port's RSA key, and what keeps strangers in check: the accept limits
 * ({@link AcceptGuard}), the link timeout, the ticket pacing ({@link TicketThrottle}) and the per-burst refusal
 * log. The plain port also takes WebSocket upgrades.
 * <p>A link goes to the endpoint whose ticket it carries: the ticket is decrypted once and compared with every
 * endpoint's password in constant time; a ticket that matches none is refused as a wrong password (and paced
 * like one). An endpoint with ticketing disabled takes the links that match no other endpoint. Single-desktop
 * servers use {@link SpiceServer}, which is one host with one endpoint.
 * <p>Of its {@link SpiceServerConfig} the host uses the listening addresses, connection limits, link timeout,
 * message size limit, write buffer marks and I/O thread count; each endpoint's own config gives the rest.
 */
public final class SpiceHost implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SpiceHost.class);

    private final SpiceServerConfig config;
    private final LinkKey key;
    private final SocketTransport transport;
    private final TicketThrottle throttle = new TicketThrottle();
    private final CopyOnWriteArrayList<SpiceEndpoint> endpoints = new CopyOnWriteArrayList<>();
    private final List<Channel> listeners = new ArrayList<>();
    private EventLoopGroup bossGroup;
    private EventLoopGroup workerGroup;
    private volatile BurstLog linkLog;
    private volatile AcceptGuard acceptGuard;
    private boolean closed;
    private volatile io.netty.handler.ssl.SslContext tls;
    private volatile org.sumac.spice.link.LoginAuthority<SpiceEndpoint> logins;

    public SpiceHost(SpiceServerConfig config) {
        this(config, new LinkKey());
    }

    /**
     * A port whose RSA key is {@code key}, generated once for several ports of one process (a standalone display's
     * warm-up port and its real one: a key costs ~0.1-0.3 s of CPU in a fresh JVM). The private half never leaves
     * the process; each port still has its own tickets.
     */
    public SpiceHost(SpiceServerConfig config, LinkKey key) {
        this(config, key, SocketTransport.best());
    }

    /** A port served through the given transport (tests: the JDK's selectors where epoll would be chosen). */
    SpiceHost(SpiceServerConfig config, LinkKey key, SocketTransport transport) {
        this.key = java.util.Objects.requireNonNull(key);
        this.transport = transport;
        if (config.listenAddresses().isEmpty()) {
            throw new IllegalStateException("at least one listen address is needed");
        }
        this.config = config;
    }

    public SpiceServerConfig config() {
        return config;
    }

    /**
     * Adds a desktop served on this port, reached with the ticket of {@code endpointConfig} (password, lifetime or
     * disabled ticketing); its name, codecs, client policy and frame pacing come from there too. Works before and
     * after {@link #start()}.
     */
    public SpiceEndpoint addEndpoint(SpiceServerConfig endpointConfig, ScreenSource screen) {
        SpiceEndpoint e = new SpiceEndpoint(this, key, endpointConfig, screen);
        synchronized (this) {
            if (closed) throw new IllegalStateException("host closed");
            endpoints.add(e);
        }
        return e;
    }

    /**
     * Serves TLS on the same port as plain SPICE (before {@link #start()}): a connection whose first bytes are a TLS
     * handshake runs the link inside TLS, so one port is both SPICE's port and its tls-port.
     */
    public void setTls(io.netty.handler.ssl.SslContext context) {
        this.tls = context;
    }

    /**
     * Takes logins (SPICE's SASL auth, user name and password) instead of tickets: each accepted login's links go
     * to the endpoint the authority names (before {@link #start()}).
     */
    public void setLogins(org.sumac.spice.link.LoginAuthority<SpiceEndpoint> authority) {
        this.logins = authority;
    }

    void remove(SpiceEndpoint endpoint) {
        endpoints.remove(endpoint);
    }

    /** The desktops served now. */
    public List<SpiceEndpoint> endpoints() {
        return List.copyOf(endpoints);
    }

    /** Binds every configured address. */
    public synchronized void start() throws IOException {
        if (bossGroup != null) throw new IllegalStateException("already started");
        if (closed) throw new IllegalStateException("host closed");
        String whyNotEpoll = SocketTransport.whyNotEpoll();
        if (transport == SocketTransport.NIO && !whyNotEpoll.isEmpty()) {
            log.info("SPICE sockets go through the JDK's selectors: Netty's epoll transport is unavailable ({})",
                    whyNotEpoll);
        }
        bossGroup = transport.eventLoops(1, new DefaultThreadFactory("spice-accept", true));
        workerGroup = transport.eventLoops(config.ioThreads(), new DefaultThreadFactory("spice-io", true));
        linkLog = new BurstLog(LoggerFactory.getLogger(LinkHandler.class)::info, bossGroup, "SPICE connections refused", 10, TimeUnit.SECONDS, 3);
        int maxConnections = config.maxConnections() > 0 ? config.maxConnections() : defaultMaxConnections();
        acceptGuard = new AcceptGuard(maxConnections, Math.min(config.maxPendingLinks(), maxConnections),
                config.maxPendingLinksPerSource(), linkLog,
                new BurstLog(log::warn, bossGroup, "SPICE accept errors", 10, TimeUnit.SECONDS, 1));
        Router router = new Router();
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(bossGroup, workerGroup)
                .channel(transport.serverChannel())
                .handler(acceptGuard)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK,
                        new WriteBufferWaterMark(config.writeBufferLowWaterMark(), config.writeBufferHighWaterMark()))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        io.netty.handler.ssl.SslContext context = tls;
                        if (context != null) {
                            ch.pipeline().addLast("spice-tls", new io.netty.handler.ssl.OptionalSslHandler(context));
                        }
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

    /** Connections open now on the port, and of those still linking. */
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

    /** Stops listening, closes every endpoint (and so its client) and the event loops. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) return;
            closed = true;
            for (Channel ch : listeners) ch.close().syncUninterruptibly();
            listeners.clear();
        }
        if (linkLog != null) linkLog.flush();
        for (SpiceEndpoint e : endpoints) e.close();
        if (workerGroup != null) workerGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        if (bossGroup != null) bossGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /**
     * The verdict over all endpoints: the first whose ticket matches takes the link; otherwise an endpoint without
     * ticketing; otherwise the endpoints' common verdict if they agree (so one endpoint answers as it would
     * alone), else WRONG_PASSWORD. Every endpoint is compared, so the time says nothing about which one came close.
     */
    private LinkRouter.TicketCheck checkTicket(byte[] encrypted) {
        byte[] plain = key.decrypt(encrypted);
        SpiceEndpoint matched = null;
        SpiceEndpoint open = null;
        TicketAuthority.Verdict common = null;
        boolean agree = true;
        for (SpiceEndpoint e : endpoints) {
            if (e.isClosed()) continue;
            TicketAuthority.Verdict v = e.tickets().checkDecrypted(plain);
            if (e.tickets().ticketingDisabled()) {
                if (open == null) open = e;
                continue;
            }
            if (v == TicketAuthority.Verdict.ACCEPTED && matched == null) matched = e;
            if (common == null) common = v;
            else agree &= common == v;
        }
        if (plain != null) java.util.Arrays.fill(plain, (byte) 0);
        SpiceEndpoint chosen = matched != null ? matched : open;
        if (chosen != null) return new LinkRouter.TicketCheck(TicketAuthority.Verdict.ACCEPTED, chosen.target());
        TicketAuthority.Verdict verdict = common == null ? TicketAuthority.Verdict.NO_PASSWORD_SET
                : agree ? common : TicketAuthority.Verdict.WRONG_PASSWORD;
        return new LinkRouter.TicketCheck(verdict, null);
    }

    private final class Router implements LinkRouter {
        @Override
        public byte[] publicKeyDer() {
            return key.publicKeyDer();
        }

        @Override
        public TicketCheck checkTicket(byte[] encryptedTicket) {
            return SpiceHost.this.checkTicket(encryptedTicket);
        }

        @Override
        public org.sumac.spice.link.LoginAuthority<Target> logins() {
            org.sumac.spice.link.LoginAuthority<SpiceEndpoint> authority = logins;
            if (authority == null) return null;
            return new org.sumac.spice.link.LoginAuthority<>() {
                @Override
                public boolean transportAllowed(java.net.SocketAddress remote, boolean tls) {
                    return authority.transportAllowed(remote, tls);
                }

                @Override
                public java.util.concurrent.CompletableFuture<Target> login(String user, byte[] password,
                        org.sumac.spice.link.LinkRequest request, boolean tls) {
                    return authority.login(user, password, request, tls)
                            .thenApply(e -> e == null || e.isClosed() ? null : e.target());
                }
            };
        }

        @Override
        public int[] channelCaps(int channelType) {
            return switch (channelType) {
                case Spice.CHANNEL_DISPLAY -> Spice.caps(Spice.DISPLAY_CAP_MONITORS_CONFIG, Spice.DISPLAY_CAP_PREF_COMPRESSION);
                case Spice.CHANNEL_INPUTS -> Spice.caps(Spice.INPUTS_CAP_KEY_SCANCODE);
                case Spice.CHANNEL_PLAYBACK -> SpicePlayback.serverCaps();
                case Spice.CHANNEL_RECORD -> SpiceRecord.serverCaps();
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
    }
}
