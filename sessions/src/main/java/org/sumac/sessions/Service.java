package org.sumac.sessions;

import io.netty.handler.ssl.SslContext;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumac.desktop.Desktop;
import org.sumac.spice.link.LinkRequest;
import org.sumac.spice.link.LoginAuthority;
import org.sumac.spice.server.Session;
import org.sumac.spice.server.SpiceEndpoint;
import org.sumac.spice.server.SpiceHost;
import org.sumac.spice.server.SpiceServerConfig;
import org.sumac.spice.wire.Spice;

/**
 * {@code sumac service}: one SPICE port (plain, TLS and WebSocket on the same port) where every user logs in with
 * their system account (SASL PLAIN, checked with PAM by the {@link PrivilegedHelper}) and gets their own desktop:
 * made on the first login (an X display that takes only their cookie, their session started as them by the helper),
 * found again on every later one, from any client. A new client of the same user takes the desktop over: the old
 * one is told and disconnected (SpiceEndpoint's REPLACE_OLD). A desktop whose session ends is closed; one without a
 * client lives on until the idle limit. Desktops share the port's event loops but nothing else: each has its own X
 * display, display worker and cookie, and a failure while making one touches no other.
 */
public final class Service implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Service.class);
    /** How many display numbers a new desktop tries before giving up (others may be taken by other servers). */
    static final int DISPLAY_ATTEMPTS = 32;

    private final ServiceConfig config;
    private final PrivilegedHelper helper;
    private final DisplayFactory displays;
    private final AccountThrottle accounts = new AccountThrottle();
    private final SecureRandom random = new SecureRandom();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("sumac-service-timer").factory());
    /** Guarded by this. */
    private final Map<String, UserDesktop> desktops = new HashMap<>();
    /** Sessions that ended before their start was answered (a session command that fails at once); by this. */
    private final Set<Long> endedEarly = new HashSet<>();
    /**
     * Passwords PAM accepted in the last {@link #VERIFIED_NANOS}, as HMACs under a key of this process: a client's
     * display, inputs and cursor channels, which log in again right after its main channel, skip PAM. Main channels
     * always go to PAM (account expiry, locks). By this.
     */
    private final Map<String, Verified> verified = new HashMap<>();
    private final byte[] macKey = new byte[32];
    static final long VERIFIED_NANOS = TimeUnit.SECONDS.toNanos(30);
    private final java.util.concurrent.atomic.LongAdder loginsOk = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder loginsFailed = new java.util.concurrent.atomic.LongAdder();
    /** Bytes sent to clients of desktops closed since the start (the open ones count their own). */
    private final java.util.concurrent.atomic.LongAdder closedBytes = new java.util.concurrent.atomic.LongAdder();
    private SpiceHost host;
    private Path displayDir;
    private ControlSocket control;
    private MetricsEndpoint metrics;
    private volatile boolean closed;

    /** One user's desktop, from the login that asked for it until it is closed. */
    public static final class UserDesktop {
        final String user;
        final CompletableFuture<SpiceEndpoint> ready = new CompletableFuture<>();
        final long createdNanos = System.nanoTime();
        final long createdMillis = System.currentTimeMillis();
        volatile Desktop desktop;
        /** The client now on the desktop, or null; when it left (for the idle time). By the desktop's listener. */
        volatile Session client;
        volatile long clientGoneNanos = System.nanoTime();
        /** Whether a client has had this desktop yet (the first login is the one that made it). */
        volatile boolean shown;
        volatile int display = -1;
        volatile Path authFile;
        volatile long pid = -1;
        volatile long idleSinceNanos;
        volatile boolean closed;

        UserDesktop(String user) {
            this.user = user;
        }

        public String user() {
            return user;
        }

        /** The X display number, or -1 while it is being made. */
        public int display() {
            return display;
        }

        /** The Xauthority file the display takes cookies from. */
        public Path authFile() {
            return authFile;
        }

        public Optional<Desktop> desktop() {
            return Optional.ofNullable(desktop);
        }

        /** The session's process id (its runner in the helper), or -1. */
        public long sessionPid() {
            return pid;
        }

        public boolean isClosed() {
            return closed;
        }

        /** What {@code sumac sessions list} and the metrics tell of this desktop now. */
        public Figures figures() {
            Desktop x = desktop;
            Session c = client;
            long idle = c != null && !c.isClosed() ? 0 : System.nanoTime() - clientGoneNanos;
            return new Figures(user, display, java.time.Instant.ofEpochMilli(createdMillis),
                    c != null && !c.isClosed() ? 1 : 0, x == null ? 0 : x.spice().bytesSent(),
                    java.time.Duration.ofNanos(idle), ready.isDone() && !closed);
        }
    }

    /**
     * One desktop's figures: its user and display, when it was made, its clients now, the bytes its clients were
     * sent, how long it has been without a client (zero while one is connected; the idle limit counts this), and
     * whether it is ready (not still being made).
     */
    public record Figures(String user, int display, java.time.Instant since, int clients, long bytesSent,
                          java.time.Duration idle, boolean ready) {}

    /** Service-wide figures: open desktops, main-channel logins PAM accepted and refused, bytes sent to clients. */
    public record Totals(int desktops, long loginsOk, long loginsFailed, long bytesSent, int clients,
                         int connections) {}

    private record Verified(byte[] mac, long untilNanos) {}

    public Service(ServiceConfig config, PrivilegedHelper helper, DisplayFactory displays) {
        random.nextBytes(macKey);
        this.config = config;
        this.helper = helper;
        this.displays = displays;
    }

    /** Loads (or makes) the certificate, then listens. */
    public synchronized void start() throws IOException {
        SslContext tls = TlsFiles.load(config.x509Dir());
        displayDir = config.stateDir().resolve("displays");
        Files.createDirectories(displayDir);
        Files.setPosixFilePermissions(displayDir, PosixFilePermissions.fromString("rwx------"));
        host = new SpiceHost(SpiceServerConfig.builder().listen(config.address(), config.port()).build());
        host.setTls(tls);
        host.setLogins(new Logins());
        helper.onSessionEnded(this::sessionEnded);
        host.start();
        try {
            control = ControlSocket.open(config.controlSocket(), config.adminGroup(), this);
            if (config.metrics() != null) metrics = MetricsEndpoint.start(config.metrics(), this);
        } catch (IOException e) {
            host.close();
            if (control != null) control.close();
            throw e;
        }
        long period = Math.clamp(config.idleLimit().toMillis() / 10, 200, 30_000);
        timer.scheduleWithFixedDelay(this::reapIdle, period, period, TimeUnit.MILLISECONDS);
        log.info("sumac service on {} (TLS with {}; plain logins {}), desktops idle for {} s are closed",
                host.boundAddresses(), config.x509Dir().resolve(TlsFiles.CERT),
                config.plainLoginsOnLoopback() ? "from loopback only" : "refused", config.idleLimit().toSeconds());
    }

    public List<InetSocketAddress> addresses() {
        return host.boundAddresses();
    }

    /** Connections open now on the port, and of those still linking (logging in). */
    public int[] connectionCounts() {
        return host.connectionCounts();
    }

    /** The certificate clients are to trust (remote-viewer --spice-ca-file). */
    public Path caFile() {
        return config.x509Dir().resolve(TlsFiles.CA);
    }

    /** Where the metrics endpoint listens, if it is on. */
    public Optional<InetSocketAddress> metricsAddress() {
        return Optional.ofNullable(metrics).map(MetricsEndpoint::address);
    }

    /** The figures of every desktop, ready or being made. */
    public List<Figures> figures() {
        return desktops().stream().map(UserDesktop::figures)
                .sorted(java.util.Comparator.comparingInt(Figures::display)).toList();
    }

    public Totals totals() {
        List<Figures> all = figures();
        long bytes = closedBytes.sum();
        int clients = 0;
        for (Figures f : all) {
            bytes += f.bytesSent();
            clients += f.clients();
        }
        return new Totals(all.size(), loginsOk.sum(), loginsFailed.sum(), bytes, clients, connectionCounts()[0]);
    }

    /**
     * Ends the desktop of user {@code target}, or on display {@code target} (":N" or "N"): its session's processes
     * get SIGTERM (through the helper), its client is disconnected, its display and cookie file go. The user's next
     * login makes a new desktop. Empty when no desktop matches.
     */
    public Optional<Figures> kill(String target, String by) {
        String t = target.strip();
        String number = t.startsWith(":") ? t.substring(1) : t;
        UserDesktop found = null;
        synchronized (this) {
            found = desktops.get(t);
            if (found == null && number.matches("[0-9]{1,5}")) {
                int n = Integer.parseInt(number);
                for (UserDesktop d : desktops.values()) if (d.display == n) found = d;
            }
        }
        if (found == null) return Optional.empty();
        Figures f = found.figures();
        log.info("kill: desktop :{} of {} ended by {}", f.display(), f.user(), by);
        closeDesktop(found, found.pid > 0 ? found.pid : null);
        return Optional.of(f);
    }

    /** {@code user}'s desktop, if they have one (ready or being made). */
    public synchronized Optional<UserDesktop> desktopOf(String user) {
        return Optional.ofNullable(desktops.get(user));
    }

    public synchronized List<UserDesktop> desktops() {
        return List.copyOf(desktops.values());
    }

    private final class Logins implements LoginAuthority<SpiceEndpoint> {
        @Override
        public boolean transportAllowed(SocketAddress remote, boolean tls) {
            return tls || config.plainLoginsOnLoopback() && remote instanceof InetSocketAddress a
                    && a.getAddress() != null && a.getAddress().isLoopbackAddress();
        }

        @Override
        public CompletableFuture<SpiceEndpoint> login(String user, byte[] password, LinkRequest request, boolean tls) {
            return Service.this.login(user, password, request);
        }
    }

    private CompletableFuture<SpiceEndpoint> login(String user, byte[] password, LinkRequest request) {
        if (closed) return CompletableFuture.completedFuture(null);
        String rhost = request.remote() instanceof InetSocketAddress a && a.getAddress() != null
                ? a.getAddress().getHostAddress() : String.valueOf(request.remote());
        byte[] mac = mac(user, password);
        if (request.channelType() != Spice.CHANNEL_MAIN && recentlyVerified(user, mac)) {
            java.util.Arrays.fill(password, (byte) 0);
            UserDesktop d = desktopOf(user).orElse(null);
            return d == null ? CompletableFuture.completedFuture(null) : d.ready;
        }
        long delay = accounts.delayNanos(user, System.nanoTime());
        byte[] copy = password.clone();
        java.util.Arrays.fill(password, (byte) 0);
        CompletableFuture<Optional<String>> checked = new CompletableFuture<>();
        Runnable check = () -> {
            try {
                helper.authenticate(user, copy, rhost).whenComplete((token, error) -> {
                    if (error != null) checked.completeExceptionally(error);
                    else checked.complete(token);
                });
            } catch (RuntimeException e) {
                checked.completeExceptionally(e);
            } finally {
                java.util.Arrays.fill(copy, (byte) 0);
            }
        };
        if (delay > 0) {
            timer.schedule(check, delay, TimeUnit.NANOSECONDS);
        } else {
            check.run();
        }
        return checked.thenCompose(token -> {
            if (request.channelType() == Spice.CHANNEL_MAIN) (token.isEmpty() ? loginsFailed : loginsOk).increment();
            if (token.isEmpty()) {
                accounts.failed(user, System.nanoTime());
                return CompletableFuture.completedFuture(null);
            }
            accounts.succeeded(user);
            synchronized (this) {
                verified.put(user, new Verified(mac, System.nanoTime() + VERIFIED_NANOS));
            }
            if (request.channelType() == Spice.CHANNEL_MAIN) return desktopFor(user, token.get());
            // The other channels join the session their main channel opened, on the desktop it found or made.
            UserDesktop d = desktopOf(user).orElse(null);
            return d == null ? CompletableFuture.completedFuture(null) : d.ready;
        });
    }

    private byte[] mac(String user, byte[] password) {
        try {
            javax.crypto.Mac m = javax.crypto.Mac.getInstance("HmacSHA256");
            m.init(new javax.crypto.spec.SecretKeySpec(macKey, "HmacSHA256"));
            m.update(user.getBytes(StandardCharsets.UTF_8));
            m.update((byte) 0);
            return m.doFinal(password);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing", e);
        }
    }

    private synchronized boolean recentlyVerified(String user, byte[] mac) {
        Verified v = verified.get(user);
        if (v == null) return false;
        if (System.nanoTime() - v.untilNanos() > 0) {
            verified.remove(user);
            return false;
        }
        return java.security.MessageDigest.isEqual(v.mac(), mac);
    }

    /** The user's desktop, made when they have none; a login while it is being made waits for the same one. */
    private CompletableFuture<SpiceEndpoint> desktopFor(String user, String token) {
        UserDesktop d;
        synchronized (this) {
            if (closed) return CompletableFuture.completedFuture(null);
            d = desktops.get(user);
            if (d != null) return d.ready;
            d = new UserDesktop(user);
            desktops.put(user, d);
        }
        UserDesktop made = d;
        Thread.ofPlatform().daemon().name("sumac-new-desktop-" + user).start(() -> create(made, token));
        return d.ready;
    }

    private void create(UserDesktop d, String token) {
        try {
            byte[] cookie = new byte[16];
            random.nextBytes(cookie);
            Desktop desktop = startDesktop(d, cookie);
            d.desktop = desktop;
            long pid = helper.startSession(token, d.display, cookie).get(60, TimeUnit.SECONDS);
            boolean ended;
            synchronized (this) {
                d.pid = pid;
                ended = endedEarly.remove(pid);
            }
            if (ended) throw new IOException("the session ended as soon as it started");
            if (d.closed) throw new IOException("the desktop was closed while it was being made");
            desktop.spice().addSessionListener(new Clients(d));
            d.ready.complete(desktop.spice());
            log.info("desktop :{} of {} ready in {} ms (session {})", d.display, d.user,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - d.createdNanos), pid);
        } catch (Exception e) {
            Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null
                    ? e.getCause() : e;
            log.warn("desktop of {} could not be started: {}", d.user, cause.getMessage());
            // Killed (or the service closed) while its session was starting: that close could not stop it yet.
            if (d.closed && d.pid > 0) helper.stopSession(d.pid).exceptionally(x -> null);
            closeDesktop(d, null);
        }
    }

    /**
     * The operator's log of one desktop's clients: one line per login, takeover and logout (a failed login is the
     * helper's line, which has PAM's reason).
     */
    private final class Clients implements org.sumac.spice.server.SessionListener {
        private final UserDesktop d;

        Clients(UserDesktop d) {
            this.d = d;
        }

        @Override
        public void sessionStarted(Session s) {
            Session before;
            boolean first;
            synchronized (d) {
                before = d.client;
                first = !d.shown;
                d.shown = true;
                d.client = s;
            }
            if (before != null) { // a session that ended on its own set this to null
                log.info("takeover: {} from {} took desktop :{} over from {}", d.user, address(s.remoteAddress()),
                        d.display, address(before.remoteAddress()));
            } else {
                log.info("login: {} from {} on {} desktop :{}", d.user, address(s.remoteAddress()),
                        first ? "new" : "existing", d.display);
            }
        }

        @Override
        public void sessionEnded(Session s) {
            Desktop x = d.desktop;
            synchronized (d) {
                if (d.client != s) return;
                // A newer client took over: the endpoint made it current before closing this one. The takeover's
                // line, when the new session starts, tells of both.
                Optional<Session> now = x == null ? Optional.empty() : x.spice().currentSession();
                if (now.isPresent() && now.get() != s) return;
                d.client = null;
                d.clientGoneNanos = System.nanoTime();
            }
            if (!d.closed) {
                log.info("logout: {} from {} left desktop :{} (kept for {} s without a client)", d.user,
                        address(s.remoteAddress()), d.display, config.idleLimit().toSeconds());
            }
        }
    }

    private static String address(SocketAddress a) {
        return a instanceof InetSocketAddress i && i.getAddress() != null
                ? i.getAddress().getHostAddress() + ":" + i.getPort() : String.valueOf(a);
    }

    private Desktop startDesktop(UserDesktop d, byte[] cookie) throws IOException {
        IOException last = null;
        int attempts = 0;
        for (int n = config.firstDisplay(); n <= config.lastDisplay() && attempts < DISPLAY_ATTEMPTS; n++) {
            if (displayTaken(n)) continue;
            attempts++;
            Path auth = displayDir.resolve(n + ".Xauthority");
            writeXauthority(auth, n, cookie);
            d.display = n;
            d.authFile = auth;
            SpiceServerConfig endpoint = SpiceServerConfig.builder().name("Sumac: " + d.user)
                    .password(HexFormat.of().formatHex(randomBytes(16))).build();
            try {
                return Desktop.start(displays.create(n, config.width(), config.height(), auth), host, endpoint);
            } catch (IOException e) {
                last = e; // most likely another server holds this number: try the next
                Files.deleteIfExists(auth);
                d.display = -1;
            }
        }
        throw new IOException("no free X display in " + config.firstDisplay() + "-" + config.lastDisplay()
                + (last != null ? " (last: " + last.getMessage() + ")" : ""));
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private synchronized boolean displayTaken(int n) {
        for (UserDesktop d : desktops.values()) if (d.display == n) return true;
        return false;
    }

    /** An Xauthority file with one MIT-MAGIC-COOKIE-1 entry for display {@code n} (FamilyLocal), mode 0600. */
    static void writeXauthority(Path file, int n, byte[] cookie) throws IOException {
        String hostName;
        try {
            hostName = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            hostName = "localhost";
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeShort(256); // FamilyLocal
            counted(out, hostName.getBytes(StandardCharsets.US_ASCII));
            counted(out, Integer.toString(n).getBytes(StandardCharsets.US_ASCII));
            counted(out, "MIT-MAGIC-COOKIE-1".getBytes(StandardCharsets.US_ASCII));
            counted(out, cookie);
        }
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(file, bytes.toByteArray());
    }

    private static void counted(DataOutputStream out, byte[] b) throws IOException {
        out.writeShort(b.length);
        out.write(b);
    }

    private void sessionEnded(long pid, int status) {
        UserDesktop ended = null;
        synchronized (this) {
            boolean starting = false;
            for (UserDesktop d : desktops.values()) {
                if (d.pid == pid) ended = d;
                starting |= d.pid < 0;
            }
            if (ended == null) {
                // A desktop being made may not know its session's pid yet; otherwise it was closed already.
                if (starting && endedEarly.size() < 1024) endedEarly.add(pid);
                return;
            }
        }
        log.info("session of {} on :{} ended (status {}): desktop closed", ended.user, ended.display, status);
        closeDesktop(ended, null);
    }

    private void reapIdle() {
        long now = System.nanoTime();
        for (UserDesktop d : desktops()) {
            if (!d.ready.isDone() || d.closed || d.desktop == null) continue;
            if (d.desktop.spice().currentSession().isPresent()) {
                d.idleSinceNanos = 0;
            } else if (d.idleSinceNanos == 0) {
                d.idleSinceNanos = now;
            } else if (now - d.idleSinceNanos >= config.idleLimit().toNanos()) {
                log.info("desktop :{} of {} had no client for {} s: closed", d.display, d.user,
                        config.idleLimit().toSeconds());
                closeDesktop(d, d.pid);
            }
        }
    }

    /** Closes {@code d} (and, when {@code stopPid} is set, ends its session); never touches another desktop. */
    private void closeDesktop(UserDesktop d, Long stopPid) {
        synchronized (this) {
            if (d.closed) return;
            d.closed = true;
            if (desktops.get(d.user) == d) desktops.remove(d.user);
        }
        if (stopPid != null && stopPid > 0) {
            helper.stopSession(stopPid).exceptionally(e -> null);
        } else if (d.pid > 0 && stopPid == null && !d.ready.isDone()) {
            helper.stopSession(d.pid).exceptionally(e -> null);
        }
        d.ready.complete(null);
        Desktop desktop = d.desktop;
        if (desktop != null) {
            closedBytes.add(desktop.spice().bytesSent());
            try {
                desktop.close();
            } catch (RuntimeException e) {
                log.warn("closing the desktop of {} failed: {}", d.user, e.toString());
            }
        }
        Path auth = d.authFile;
        if (auth != null) {
            try {
                Files.deleteIfExists(auth);
            } catch (IOException e) {
                log.warn("cannot remove {}: {}", auth, e.getMessage());
            }
        }
    }

    /** Ends every session, closes every desktop and the port. */
    @Override
    public void close() {
        List<UserDesktop> all;
        synchronized (this) {
            if (closed) return;
            closed = true;
            all = new ArrayList<>(desktops.values());
        }
        timer.shutdownNow();
        if (control != null) control.close();
        if (metrics != null) metrics.close();
        for (UserDesktop d : all) closeDesktop(d, d.pid);
        if (host != null) host.close();
    }
}
