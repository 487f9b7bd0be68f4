package org.sumac.spice.server;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Settings of one {@link SpiceServer}, or of a {@link SpiceHost} (listening, limits, I/O threads) or one of its
 * {@link SpiceEndpoint}s (ticket, name, codecs, frame pacing; no listen address needed). Build with
 * {@link #builder()}.
 */
public record SpiceServerConfig(
        List<InetSocketAddress> listenAddresses,
        String password,
        Duration ticketLifetime,
        boolean ticketingDisabled,
        String name,
        UUID uuid,
        ClientPolicy clientPolicy,
        ImageCompression imageCompression,
        boolean jpegForPhotos,
        long pixmapCacheMaxPixels,
        int writeBufferLowWaterMark,
        int writeBufferHighWaterMark,
        long maxClientBacklogBytes,
        int maxClientMessageSize,
        long linkTimeoutMillis,
        int maxConnections,
        int maxPendingLinks,
        int maxPendingLinksPerSource,
        int ioThreads,
        boolean clientMouseModeAllowed,
        int displayAckWindow,
        int pingIntervalMillis,
        long minFrameIntervalNanos) {

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final List<InetSocketAddress> listen = new ArrayList<>();
        private String password;
        private Duration ticketLifetime = Duration.ZERO;
        private boolean ticketingDisabled;
        private String name = "Sumac";
        private UUID uuid = UUID.randomUUID();
        private ClientPolicy clientPolicy = ClientPolicy.REPLACE_OLD;
        private ImageCompression imageCompression = ImageCompression.AUTO;
        private boolean jpegForPhotos;
        private long pixmapCacheMaxPixels = 16L << 20;
        private int lowWater = 256 << 10;
        private int highWater = 1 << 20;
        private long maxBacklog = 96L << 20;
        private int maxClientMessageSize = 1 << 20;
        private long linkTimeoutMillis = 15_000;
        private int maxConnections;
        private int maxPendingLinks = 128;
        private int maxPendingLinksPerSource = 16;
        private int ioThreads = 2;
        private boolean clientMouseModeAllowed = true;
        private int displayAckWindow = 20;
        private int pingIntervalMillis = 10_000;
        private long minFrameIntervalNanos = Duration.ofMillis(40).toNanos();

        /** Adds a listening address; port 0 picks a free port (see {@link SpiceServer#boundAddresses()}). */
        public Builder listen(InetSocketAddress address) { listen.add(address); return this; }
        public Builder listen(String host, int port) { return listen(new InetSocketAddress(host, port)); }
        /** Password for ticket auth; null or empty refuses every client unless ticketing is disabled. */
        public Builder password(String password) { this.password = password; return this; }
        /** How long the password is valid from server start (or {@link SpiceServer#setTicket}); zero = forever. */
        public Builder ticketLifetime(Duration lifetime) { this.ticketLifetime = lifetime; return this; }
        /** No password needed (qemu/Xspice "disable-ticketing"). */
        public Builder disableTicketing() { this.ticketingDisabled = true; return this; }
        public Builder name(String name) { this.name = name; return this; }
        public Builder uuid(UUID uuid) { this.uuid = uuid; return this; }
        public Builder clientPolicy(ClientPolicy policy) { this.clientPolicy = policy; return this; }
        public Builder imageCompression(ImageCompression c) { this.imageCompression = c; return this; }
        /** Send photo-like areas as (lossy) JPEG, like Xspice's jpeg-wan-compression=always. Off by default. */
        public Builder jpegForPhotos(boolean on) { this.jpegForPhotos = on; return this; }
        /** Upper bound of the client pixmap cache the server uses (pixels); 0 disables caching. */
        public Builder pixmapCacheMaxPixels(long pixels) { this.pixmapCacheMaxPixels = pixels; return this; }
        /** Socket buffer marks: frames are built only while below the high mark. */
        public Builder writeBufferWaterMarks(int low, int high) { this.lowWater = low; this.highWater = high; return this; }
        /** A client with more than this many unsent bytes is disconnected (it stopped reading). */
        public Builder maxClientBacklogBytes(long bytes) { this.maxBacklog = bytes; return this; }
        public Builder maxClientMessageSize(int bytes) { this.maxClientMessageSize = bytes; return this; }
        /** How long a connection may take to link (send a right ticket) before it is closed. */
        public Builder linkTimeout(Duration timeout) { this.linkTimeoutMillis = timeout.toMillis(); return this; }

        /**
         * The SPICE side's budget of connections (file descriptors), linked or not; more are reset on arrival, so
         * that a storm cannot take the descriptors the rest of the process needs. 0 (the default) means an eighth
         * of the process's descriptor limit, between 64 and 1024.
         */
        public Builder maxConnections(int n) { this.maxConnections = n; return this; }

        /**
         * Connections still linking, in all and from one source (an address, an IPv6 /64, or all of loopback); more
         * are reset on arrival.
         * Defaults 128 and 16 (a spice-gtk client links 4 channels at once).
         */
        public Builder maxPendingLinks(int total, int perSource) {
            this.maxPendingLinks = total;
            this.maxPendingLinksPerSource = perSource;
            return this;
        }
        public Builder ioThreads(int threads) { this.ioThreads = threads; return this; }
        /** Whether clients may use CLIENT (absolute) mouse mode; otherwise SERVER (relative) only. */
        public Builder clientMouseModeAllowed(boolean allowed) { this.clientMouseModeAllowed = allowed; return this; }
        public Builder displayAckWindow(int window) { this.displayAckWindow = window; return this; }
        /** Interval of latency probes on the main channel; 0 = only the initial probes. */
        public Builder pingInterval(Duration interval) { this.pingIntervalMillis = (int) interval.toMillis(); return this; }

        /**
         * The display frame clock: a change after a quiet spell goes out at once (typing), but under steady change
         * frames leave at most once per interval, each carrying everything that changed meanwhile. Zero sends a
         * frame whenever the socket has room.
         */
        public Builder minFrameInterval(Duration interval) { this.minFrameIntervalNanos = interval.toNanos(); return this; }

        public SpiceServerConfig build() {
            if (lowWater <= 0 || highWater < lowWater) {
                throw new IllegalArgumentException("bad write buffer marks");
            }
            if (maxConnections < 0 || maxPendingLinks < 1 || maxPendingLinksPerSource < 1) {
                throw new IllegalArgumentException("bad connection limits");
            }
            return new SpiceServerConfig(List.copyOf(listen), password, ticketLifetime, ticketingDisabled, name, uuid,
                    clientPolicy, imageCompression, jpegForPhotos, pixmapCacheMaxPixels, lowWater, highWater, maxBacklog,
                    maxClientMessageSize, linkTimeoutMillis, maxConnections, maxPendingLinks, maxPendingLinksPerSource,
                    ioThreads, clientMouseModeAllowed, displayAckWindow,
                    pingIntervalMillis, minFrameIntervalNanos);
        }
    }
}
