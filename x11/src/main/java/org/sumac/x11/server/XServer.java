package org.sumac.x11.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.sumac.x11.geom.Region;
import org.sumac.x11.port.DisplayPort;
import org.sumac.x11.port.HostedDisplay;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.render.PixelWrites;
import org.sumac.x11.render.Pixels;
import org.sumac.x11.window.Window;
import org.sumac.x11.window.WindowTree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One X display: its listening sockets, clients, resources and screen. Requests from all clients
 * run one at a time under {@link #lock}, in arrival order, which is what the protocol's atomicity
 * (grabs, event order, GrabServer) needs. Many displays can live in one JVM.
 */
public final class XServer implements HostedDisplay {
    private static final Logger log = LoggerFactory.getLogger(XServer.class);

    public static final int DEFAULT_COLORMAP = 0x20, ROOT_VISUAL = 0x21, DIRECT_VISUAL = 0x22, ARGB_VISUAL = 0x40,
        ROOT_WINDOW = 0x42;
    public static final String VENDOR = "Sumac";
    public static final int RELEASE = 1_00_00_000;

    public final DisplayConfig config;
    public final ReentrantLock lock = new ReentrantLock();
    private final Condition serverUngrabbed = lock.newCondition();
    private Client grabbingClient;

    private final Client[] clients = new Client[256];
    /** Who is at the other end of each client's connection. */
    private final Peer[] peers = new Peer[256];
    /** Clients that have not finished their connection setup (not yet authorized). */
    private final boolean[] pending = new boolean[256];
    /** Their setup timeouts, cancelled when they finish or leave (a queued timeout would keep the client alive). */
    private final ScheduledFuture<?>[] setupTimers = new ScheduledFuture<?>[256];
    /**
     * The close-down mode (RetainPermanent 1, RetainTemporary 2) of a departed client whose resources live on, 0 for
     * none: as in Xorg its slot, and so its resource-id range, stays taken until they are freed.
     */
    private final int[] retained = new int[256];
    /** Every named resource, with what its creator was charged for it (null for the server's own). */
    private final Map<Integer, Held> resources = new HashMap<>();
    private record Held(Resource resource, MemoryBudget.Charge charge) { }
    /** How many resources each client slot owns (index: id >>> 21). */
    private final int[] owned = new int[2048];
    /** What all clients of the display hold (see {@link MemoryLimits}); each client's budget is inside it. */
    public final MemoryBudget memory;
    public final Atoms atoms = new Atoms();
    public final Pixels framebuffer;
    /** The screen's size in millimetres, as the connection setup and RANDR tell it (RANDR may change it). */
    private int mmWidth, mmHeight;
    /** Hears screen resizes (RANDR's notify events, the port's layout observers), in registration order. */
    private final List<Runnable> screenResizeListeners = new CopyOnWriteArrayList<>();
    public final Window root;
    public final WindowTree tree;
    public final Dispatcher dispatcher;
    public final Extensions extensions;
    private final long startNanos = System.nanoTime();
    private final List<DamageListener> damageListeners = new CopyOnWriteArrayList<>();
    /** The thread running a request, null between requests; with damagedByRequest touched only under the lock. */
    private Thread requestThread;
    private boolean damagedByRequest;

    private final List<ServerSocketChannel> listeners = new ArrayList<>();
    private Path socketPath, lockPath;
    private volatile boolean closing;

    /**
     * Connections still in their setup (before authorization), per display and per source (a local user, a TCP
     * address): a flood of idle connections cannot hold the client table or the process's descriptors. Each connection
     * costs about five descriptors (socket, two selectors); with the 255 client slots a display holds at most about
     * 1,300, and anything over the limits is closed at once.
     */
    static final int MAX_PENDING = 64, MAX_PENDING_PER_SOURCE = 32;
    /** A connection that has not finished its setup this long after it was accepted is closed. */
    static final Duration SETUP_TIMEOUT = Duration.ofSeconds(10);
    /** How long the accept loop waits after an error (e.g. out of descriptors) before it accepts again. */
    static final Duration ACCEPT_BACKOFF = Duration.ofMillis(100);
    /** Refused and failed connections, and accept errors, are logged once per this window, then counted. */
    static final Duration LOG_WINDOW = Duration.ofSeconds(10);
    Duration setupTimeout = SETUP_TIMEOUT;
    /** Setup timeouts and the flushes of the burst logs. Its thread starts with the first task. */
    private final ScheduledThreadPoolExecutor timer;
    private final BurstLog connectionLog, acceptLog;

    public XServer(DisplayConfig config) {
        this.config = config;
        this.memory = new MemoryBudget(config.memory().display(), null);
        this.framebuffer = new Pixels(config.width(), config.height(), 32);
        this.mmWidth = (int) Math.round(config.width() * 25.4 / 100);
        this.mmHeight = (int) Math.round(config.height() * 25.4 / 100);
        // Damage is raised where pixels are written: whatever writes to the screen reports it here.
        framebuffer.reportWritesTo(new PixelWrites() {
            @Override
            public boolean listening() { return !damageListeners.isEmpty(); }

            @Override
            public void wrote(Region region) { damage(region); }

            @Override
            public void copied(Region destination, int dx, int dy) { damageCopied(destination, dx, dy); }

            @Override
            public void filled(Region region, int pixel) { damageFilled(region, pixel); }
        });
        this.root = new Window(ROOT_WINDOW, null, null, 0, 0, config.width(), config.height(), 0,
            Window.INPUT_OUTPUT, config.depth(), ROOT_VISUAL, framebuffer);
        root.mapped = true;
        root.viewable = true;
        root.useDefaultRootBackground();
        root.colormap = DEFAULT_COLORMAP;
        resources.put(ROOT_WINDOW, new Held(root, null));
        this.tree = new WindowTree(this, root, framebuffer);
        tree.layout();
        this.extensions = new Extensions();
        this.dispatcher = new Dispatcher(this);
        for (Runnable l : startListeners) l.run();
        startListeners.clear();
        resources.put(DEFAULT_COLORMAP, new Held(new Colormaps.Colormap(DEFAULT_COLORMAP, ROOT_VISUAL), null));
        setServerProperties();
        hosts = new HostAccess(config.accessControl());
        timer = new ScheduledThreadPoolExecutor(1, r -> Thread.ofPlatform().daemon()
            .name("x11-timer-:" + config.displayNumber()).unstarted(r));
        timer.setRemoveOnCancelPolicy(true);
        connectionLog = new BurstLog(log::info, timer, LOG_WINDOW, "connections refused or failed");
        acceptLog = new BurstLog(log::warn, timer, LOG_WINDOW, "accept errors");
    }

    private final Port port = new Port(this);

    /** The one way the remote side (SPICE, a recorder) observes and drives this display. */
    @Override
    public DisplayPort port() { return port; }

    @Override
    public int displayNumber() { return config.displayNumber(); }

    /** The root window's properties the server itself sets (at start and after a reset). */
    private void setServerProperties() {
        int rules = atoms.intern("_XKB_RULES_NAMES");
        byte[] names = config.keyboard().rulesNames();
        dispatcher.properties.setServerProperty(root, rules, Atoms.STRING, 8, names);
    }

    /**
     * The server reset Xorg does when its last client leaves (unless -noreset): what departed clients retained is
     * freed, and the atoms, the root window's properties and attributes, the font path and the screen saver settings
     * are as at start. The root is repainted, so a SPICE client sees the reset screen. Under the lock.
     */
    private void resetAfterLastClient() {
        for (int i = 1; i < retained.length; i++) {
            if (retained[i] != 0) {
                freeClientResources(i);
                retained[i] = 0;
            }
        }
        for (var p : root.properties.values()) p.release();
        root.properties.clear();
        memory.release(atoms.reset());
        setServerProperties();
        root.useDefaultRootBackground();
        root.cursor = null;
        root.doNotPropagateMask = 0;
        root.colormap = DEFAULT_COLORMAP;
        dispatcher.fonts.resetFontPath();
        dispatcher.control.reset();
        dispatcher.input.seat.forgetLastSlaves();
        for (Runnable l : resetListeners) l.run();
        Region all = Region.of(0, 0, screenWidth(), screenHeight());
        tree.paintBackground(root, all.intersect(root.clipList));
        damage(all);
        dispatcher.input.cursorMayHaveChanged();
        log.debug("display :{} reset: its last client left", config.displayNumber());
    }

    // ---- screen size ----------------------------------------------------------------------------

    /** The screen's current width in pixels (the initial one until RANDR resizes it). */
    public int screenWidth() { return framebuffer.width; }

    public int screenHeight() { return framebuffer.height; }

    public int screenMmWidth() { return mmWidth; }

    public int screenMmHeight() { return mmHeight; }

    /** The largest screen without RANDR: X's 16-bit coordinates. */
    private static final int CORE_MAX_SIZE = 32767;

    /**
     * How a remote side's layout request is applied; RANDR replaces it to keep its CRTCs, modes and monitors in
     * step. Without RANDR the screen takes the monitors' bounding box.
     */
    private java.util.function.Predicate<org.sumac.x11.port.ScreenLayout> layoutRequests = l -> {
        int w = l.width(), h = l.height();
        if (w < 1 || h < 1 || w > CORE_MAX_SIZE || h > CORE_MAX_SIZE) return false;
        resizeScreen(w, h, (int) Math.round(w * 25.4 / 100), (int) Math.round(h * 25.4 / 100));
        sendRootConfigureNotify();
        return true;
    };

    private java.util.function.Supplier<org.sumac.x11.port.ScreenLayout.Size> maxSize =
        () -> new org.sumac.x11.port.ScreenLayout.Size(CORE_MAX_SIZE, CORE_MAX_SIZE);

    /** The monitors (x, y, width, height) that show the screen; RANDR's active ones once it is registered. */
    private java.util.function.Supplier<List<org.sumac.x11.port.ScreenLayout.Monitor>> monitors =
        () -> List.of(new org.sumac.x11.port.ScreenLayout.Monitor(0, 0, screenWidth(), screenHeight()));

    /** Under the lock: the monitors showing the screen (the port's layout, XINERAMA's screens). */
    public List<org.sumac.x11.port.ScreenLayout.Monitor> screenMonitors() { return monitors.get(); }

    /** Makes {@code m} tell the monitors (RANDR). */
    public void tellMonitorsWith(java.util.function.Supplier<List<org.sumac.x11.port.ScreenLayout.Monitor>> m) {
        monitors = m;
    }

    /**
     * Makes {@code r} apply the remote side's layout requests (under the lock; false when refused), and
     * {@code max} tell the largest screen it takes.
     */
    public void handleLayoutRequestsWith(java.util.function.Predicate<org.sumac.x11.port.ScreenLayout> r,
            java.util.function.Supplier<org.sumac.x11.port.ScreenLayout.Size> max) {
        layoutRequests = r;
        maxSize = max;
    }

    /** A remote side (the SPICE agent) asks for this screen size and monitors; under the lock. */
    boolean applyRequestedLayout(org.sumac.x11.port.ScreenLayout wanted) { return layoutRequests.test(wanted); }

    /** The largest screen a layout request may ask for; under the lock. */
    org.sumac.x11.port.ScreenLayout.Size maximumScreenSize() { return maxSize.get(); }

    /** Runs {@code l} under the lock when the server resets after its last client (extensions' state). */
    public void addResetListener(Runnable l) { resetListeners.add(l); }

    public void removeResetListener(Runnable l) { resetListeners.remove(l); }

    /**
     * Runs once the display's input and extensions all exist (extensions are made before the dispatcher is set, so
     * what one does to the input at start waits for this).
     */
    public void addStartListener(Runnable l) { startListeners.add(l); }

    private final List<Runnable> startListeners = new java.util.ArrayList<>();

    private final List<Runnable> resetListeners = new CopyOnWriteArrayList<>();

    /**
     * ConfigureNotify of the root at its current size to its StructureNotify selectors: Xorg's RRSendConfigNotify,
     * which ends every RANDR change (after the RANDR events), whether the size changed or not.
     */
    public void sendRootConfigureNotify() {
        int width = screenWidth(), height = screenHeight();
        deliver(root, EventMask.STRUCTURE_NOTIFY, EventMask.E_CONFIGURE, 0, e -> e.i32(ROOT_WINDOW)
            .i32(ROOT_WINDOW).i32(0).u16(0).u16(0).u16(width).u16(height).u16(0).bool(false));
    }

    /** Runs {@code l} under the lock after every screen resize and RANDR change (it may hear no change). */
    public void addScreenResizeListener(Runnable l) { screenResizeListeners.add(l); }

    /**
     * Gives the screen a new size, under the lock, as Xorg's RRScreenSizeSet does: the framebuffer is reallocated
     * (the overlap kept), the root resized, newly visible parts painted and exposed, the pointer kept on the
     * screen, then the resize listeners (the port's layout observers) hear it. The caller sends the events (RANDR's,
     * then {@link #sendRootConfigureNotify}). The whole new screen is damage, so a remote client
     * gets a new surface of the new size.
     */
    public void resizeScreen(int width, int height, int mmW, int mmH) {
        boolean sizeChanged = width != screenWidth() || height != screenHeight();
        mmWidth = mmW;
        mmHeight = mmH;
        if (sizeChanged) {
            tree.change(() -> {
                framebuffer.resizeScreen(width, height);
                root.width = width;
                root.height = height;
            });
            Input in = dispatcher.input;
            if (in.pointerX >= width || in.pointerY >= height) {
                in.injectMotion(Math.min(in.pointerX, width - 1), Math.min(in.pointerY, height - 1));
            }
            in.treeChanged();
            damage(Region.of(0, 0, width, height));
        }
        screenLayoutMayHaveChanged();
    }

    /** Tells the resize listeners (under the lock) that the size or the monitors may have changed. */
    public void screenLayoutMayHaveChanged() {
        for (Runnable l : screenResizeListeners) l.run();
    }

    /** Milliseconds since the server started: the X server time. */
    public int time() { return (int) ((System.nanoTime() - startNanos) / 1_000_000L); }

    /** {@link #time()} as a 64-bit count that does not wrap (SYNC's SERVERTIME). */
    public long timeMillis() { return (System.nanoTime() - startNanos) / 1_000_000L; }

    /**
     * Runs a task on the display's timer after a delay (not under the display lock: a task that touches the
     * display takes it). Null once the display is closed.
     */
    public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
        try {
            return timer.schedule(task, delay, unit);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return null;
        }
    }

    // ---- lifecycle ------------------------------------------------------------------------------

    /** Claims the display number (lock file, socket) and starts accepting clients. */
    @Override
    public void start() throws IOException {
        int n = config.displayNumber();
        lockPath = lockFile(config);
        claimLock(lockPath);
        lock.lock();
        try {
            hosts.start(config.authFile() == null);
        } finally {
            lock.unlock();
        }
        try {
            Path dir = config.socketDir();
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                // Like /tmp: everyone may create a socket, only its owner may remove it (sticky bit, 01777).
                try { Files.setAttribute(dir, "unix:mode", 01777); }
                catch (IOException | UnsupportedOperationException | IllegalArgumentException ignored) { }
            }
            socketPath = dir.resolve("X" + n);
            Files.deleteIfExists(socketPath); // the lock file proved nobody else serves this display
            ServerSocketChannel unix = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            unix.bind(UnixDomainSocketAddress.of(socketPath));
            try { Files.setPosixFilePermissions(socketPath, PosixFilePermissions.fromString("rwxrwxrwx")); }
            catch (IOException | UnsupportedOperationException ignored) { }
            listeners.add(unix);
            if (config.listenTcp()) {
                ServerSocketChannel tcp = ServerSocketChannel.open();
                tcp.bind(new InetSocketAddress(6000 + n));
                listeners.add(tcp);
            }
        } catch (IOException e) {
            close();
            throw e;
        }
        for (ServerSocketChannel l : listeners) {
            Thread.ofVirtual().name("x11-accept-:" + n).start(() -> acceptLoop(l));
        }
        log.info("display :{} ready, {}x{} depth {}", n, config.width(), config.height(), config.depth());
    }

    /**
     * Fails when a live server holds this display's lock file, without claiming it: for work that comes before
     * {@link #start()} (a warm-up of seconds), so that a display number in use is said at once. start() still
     * claims the lock, which settles a race with a server started meanwhile.
     */
    public static void checkNotInUse(DisplayConfig config) throws DisplayInUseException {
        Path lockPath = lockFile(config);
        long other = liveHolder(lockPath);
        if (other > 0 && other != ProcessHandle.current().pid()) {
            throw new DisplayInUseException("display is in use by process " + other + " (lock file " + lockPath + ")");
        }
    }

    /** The display's lock file, as Xorg names it: /tmp/.X{n}-lock. */
    private static Path lockFile(DisplayConfig config) {
        return config.lockDir().resolve(".X" + config.displayNumber() + "-lock");
    }

    /** The pid in a lock file when that process lives, else -1 (no file, unreadable, or a dead server's). */
    private static long liveHolder(Path lockPath) {
        long other = -1;
        try { other = Long.parseLong(Files.readString(lockPath).trim()); } catch (IOException | NumberFormatException ignored) { }
        return other > 0 && ProcessHandle.of(other).map(ProcessHandle::isAlive).orElse(false) ? other : -1;
    }

    private static void claimLock(Path lockPath) throws IOException {
        String pid = String.format("%10d\n", ProcessHandle.current().pid());
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                Files.writeString(lockPath, pid, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
                return;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                long other = liveHolder(lockPath);
                if (other > 0) {
                    throw new DisplayInUseException("display is in use by process " + other + " (lock file " + lockPath + ")");
                }
                Files.deleteIfExists(lockPath); // stale lock from a dead server
            }
        }
        throw new DisplayInUseException("cannot create lock file " + lockPath);
    }

    /** The display number is taken by a live server. */
    public static final class DisplayInUseException extends IOException {
        public DisplayInUseException(String m) { super(m); }
    }

    /**
     * Accepts until the display closes. No error ends the loop: out of descriptors (EMFILE, ENFILE) or anything else is
     * logged once per burst and retried after a short pause, so the display accepts again once the storm passes.
     */
    private void acceptLoop(ServerSocketChannel l) {
        while (!closing && l.isOpen()) {
            SocketChannel ch;
            try {
                ch = l.accept();
            } catch (IOException | RuntimeException | LinkageError e) {
                // LinkageError: out of descriptors, a class the JVM first needs here cannot be opened (a class path
                // of directories opens a file per class); the loop must outlive that too.
                if (closing || !l.isOpen()) return;
                acceptLog.event("display :" + config.displayNumber() + ": accept failed: " + e
                    + " (retrying every " + ACCEPT_BACKOFF.toMillis() + " ms)");
                try {
                    Thread.sleep(ACCEPT_BACKOFF);
                } catch (InterruptedException ie) {
                    return;
                }
                continue;
            }
            try {
                admit(ch);
            } catch (IOException | RuntimeException | OutOfMemoryError | LinkageError e) {
                // OutOfMemoryError: no thread could be started for the client; LinkageError: a class could not be
                // loaded (out of descriptors). The display itself goes on.
                connectionLog.event("connection could not be set up: " + e);
                try { ch.close(); } catch (IOException ignored) { }
            }
        }
    }

    /** Gives a new connection a client slot and starts it, or closes it when over a limit. */
    private void admit(SocketChannel ch) throws IOException {
        Peer peer = Peer.of(ch);
        if (!peer.isUnix()) ch.socket().setTcpNoDelay(true);
        lock.lock();
        try {
            int idx = -1, inSetup = 0, fromSource = 0;
            for (int i = 1; i < clients.length; i++) {
                if (idx < 0 && clients[i] == null && retained[i] == 0) idx = i;
                if (pending[i]) {
                    inSetup++;
                    if (peers[i].source().equals(peer.source())) fromSource++;
                }
            }
            String refusal = idx < 0 ? "too many clients"
                : inSetup >= MAX_PENDING ? "too many connections in setup (" + MAX_PENDING + ")"
                : fromSource >= MAX_PENDING_PER_SOURCE ? "too many connections in setup from " + peer.source() + " ("
                    + MAX_PENDING_PER_SOURCE + ")"
                : null;
            if (refusal != null) {
                ch.close();
                connectionLog.event("connection from " + peer + " refused: " + refusal);
                return;
            }
            Client c = new Client(this, idx, ch, peer.toString());
            clients[idx] = c;
            peers[idx] = peer;
            pending[idx] = true;
            try {
                c.start();
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                clients[idx] = null;
                peers[idx] = null;
                pending[idx] = false;
                c.closeChannel();
                throw e;
            }
            setupTimers[idx] = timer.schedule(() -> setupTimedOut(c), setupTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } finally {
            lock.unlock();
        }
    }

    private void setupOver(int index) {
        pending[index] = false;
        if (setupTimers[index] != null) setupTimers[index].cancel(false);
        setupTimers[index] = null;
    }

    private void setupTimedOut(Client c) {
        lock.lock();
        try {
            if (clients[c.index] != c || !pending[c.index]) return;
            connectionLog.event(c + " (" + peers[c.index] + "): no connection setup within "
                + setupTimeout.toMillis() + " ms; closed");
            c.closeChannel();
        } finally {
            lock.unlock();
        }
    }

    /** The client was refused or sent a bad connection setup; logged once per burst. */
    void setupFailed(Client c, String why) {
        connectionLog.event(c + " (" + c.peer() + "): " + why);
    }

    /** The client is authorized and has its setup reply: it no longer counts against the setup limits. */
    void setupDone(Client c) {
        lock.lock();
        try {
            if (clients[c.index] == c) setupOver(c.index);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        closing = true;
        timer.shutdownNow();
        connectionLog.flush();
        acceptLog.flush();
        for (ServerSocketChannel l : listeners) {
            try { l.close(); } catch (IOException ignored) { }
        }
        lock.lock();
        try {
            for (Client c : clients) if (c != null) c.closeChannel();
        } finally {
            lock.unlock();
        }
        try { if (socketPath != null) Files.deleteIfExists(socketPath); } catch (IOException ignored) { }
        try { if (lockPath != null) Files.deleteIfExists(lockPath); } catch (IOException ignored) { }
    }

    // ---- authorization --------------------------------------------------------------------------

    private final List<byte[]> cookies = new ArrayList<>();
    private boolean cookiesLoaded;
    /** The xhost list and whether access control is on (off with -ac). Guarded by the lock. */
    final HostAccess hosts;

    /**
     * Returns null when the client may connect, else the reason Xorg would give. As Xorg: a valid cookie or a peer
     * on the host list gets in; without -auth the list holds local connections and this machine's addresses, so TCP
     * from elsewhere needs {@code xhost +host}.
     */
    String authorize(Client c, String protocol, byte[] data) {
        lock.lock();
        try {
            if (!cookiesLoaded) {
                cookiesLoaded = true;
                if (config.authFile() != null) cookies.addAll(Xauthority.readCookies(config.authFile()));
            }
            if (!hosts.enabled) return null;
            if (protocol.equals("MIT-MAGIC-COOKIE-1")) {
                for (byte[] cookie : cookies) if (Arrays.equals(cookie, data)) return null;
            }
            Peer p = clients[c.index] == c ? peers[c.index] : null;
            if (p != null && hosts.admits(p)) return null;
            if (protocol.isEmpty()) return "Authorization required, but no authorization protocol specified\n";
            if (!protocol.equals("MIT-MAGIC-COOKIE-1")) return "Authorization protocol not supported\n";
            return "Invalid MIT-MAGIC-COOKIE-1 key";
        } finally {
            lock.unlock();
        }
    }

    /** The process id of a client on the Unix socket (SO_PEERCRED), -1 when unknown or over TCP. Under the lock. */
    public long clientPid(Client c) {
        Peer p = clients[c.index] == c ? peers[c.index] : null;
        return p == null ? -1 : p.pid();
    }

    /** The effective uid and gid of a client on the Unix socket (SO_PEERCRED), null when unknown or over TCP. */
    public long[] clientCredentials(Client c) {
        Peer p = clients[c.index] == c ? peers[c.index] : null;
        return p == null || p.uid() < 0 ? null : new long[] {p.uid(), p.gid()};
    }

    /** Whether the client runs on this machine (Xorg lets only those change the host list). Under the lock. */
    boolean isLocal(Client c) {
        Peer p = clients[c.index] == c ? peers[c.index] : null;
        return p != null && hosts.isLocal(p);
    }

    void writeSetupReply(Client c, ReplyWriter w) {
        byte[] vendor = VENDOR.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int[][] formats = {{1, 1}, {4, 8}, {8, 8}, {16, 16}, {24, 32}, {32, 32}};
        w.u8(1).u8(0).u16(11).u16(0);
        int lenAt = w.size();
        w.u16(0);
        w.i32(RELEASE).i32(c.resourceBase).i32(c.resourceMask).i32(256);
        w.u16(vendor.length).u16(0xffff).u8(1).u8(formats.length);
        w.u8(0).u8(0).u8(32).u8(32).u8(8).u8(255).zeros(4);
        w.bytes(vendor).pad();
        for (int[] f : formats) w.u8(f[0]).u8(f[1]).u8(32).zeros(5);
        // screen
        // The root's event masks and the screen's size change under the display lock.
        int rootMasks, width, height, mmW, mmH;
        lock.lock();
        try {
            rootMasks = root.allEventMasks();
            width = screenWidth();
            height = screenHeight();
            mmW = mmWidth;
            mmH = mmHeight;
        } finally {
            lock.unlock();
        }
        w.i32(ROOT_WINDOW).i32(DEFAULT_COLORMAP).i32(0xFFFFFF).i32(0).i32(rootMasks)
            .u16(width).u16(height).u16(mmW).u16(mmH).u16(1).u16(1).i32(ROOT_VISUAL)
            .u8(1).u8(0).u8(config.depth()).u8(6);
        // depth 24: TrueColor + DirectColor; 1, 4, 8, 16: none; 32: TrueColor (ARGB)
        w.u8(24).u8(0).u16(2).zeros(4);
        visual(w, ROOT_VISUAL, 4);
        visual(w, DIRECT_VISUAL, 5);
        for (int d : new int[] {1, 4, 8, 16}) w.u8(d).u8(0).u16(0).zeros(4);
        w.u8(32).u8(0).u16(1).zeros(4);
        visual(w, ARGB_VISUAL, 4);
        w.putU16(lenAt, (w.size() - 8) / 4);
    }

    private static void visual(ReplyWriter w, int id, int cls) {
        w.i32(id).u8(cls).u8(8).u16(256).i32(0xFF0000).i32(0x00FF00).i32(0x0000FF).zeros(4);
    }

    // ---- request execution ----------------------------------------------------------------------

    void execute(Client c, RequestReader r, boolean bigLength) {
        boolean damaged = false;
        lock.lock();
        try {
            while (grabbingClient != null && grabbingClient != c && !c.isClosed()) serverUngrabbed.awaitUninterruptibly();
            if (c.isClosed()) return;
            requestThread = Thread.currentThread();
            c.sequence++;
            int major = r.byteAt(0) & 0xff, minor = r.byteAt(1) & 0xff;
            try {
                // A zero length field means "32-bit length follows" only after BIG-REQUESTS Enable.
                if (bigLength && !c.bigRequests) throw XError.length();
                dispatcher.dispatch(c, r, major);
            } catch (XError e) {
                c.sendError(e.code, e.badValue, major >= 128 ? minor : 0, major);
            } catch (RequestReader.BadLengthException e) {
                c.sendError(XError.LENGTH, 0, major >= 128 ? minor : 0, major);
            } catch (RuntimeException | StackOverflowError e) {
                // A server bug must not take the display down: report it, answer the request, go on.
                log.warn("internal error in request {}.{} from {}", major, minor, c, e);
                c.sendError(XError.IMPLEMENTATION, 0, major >= 128 ? minor : 0, major);
            } catch (OutOfMemoryError e) {
                // The budgets should make this impossible; if the heap ran out anyway, the client being served goes
                // (what it was building becomes garbage) and the display carries on.
                log.warn("out of memory in request {}.{} from {}; disconnecting it", major, minor, c);
                c.closeChannel();
            }
            // automatically redirected windows drawn by the request are painted into their parents now, as Xorg
            // paints them before it next reads or waits
            tree.flushAutomatic();
        } finally {
            requestThread = null;
            damaged = damagedByRequest;
            damagedByRequest = false;
            lock.unlock();
        }
        if (damaged) {
            for (DamageListener l : damageListeners) l.damageComplete();
        }
    }

    /** Counts a request the server will not run (it is too long) and answers it with an error. */
    void reject(Client c, int major, int minor, int errorCode) {
        lock.lock();
        try {
            while (grabbingClient != null && grabbingClient != c && !c.isClosed()) serverUngrabbed.awaitUninterruptibly();
            c.sequence++;
            c.sendError(errorCode, 0, major >= 128 ? minor : 0, major);
        } finally {
            lock.unlock();
        }
    }

    public void grabServer(Client c) { grabbingClient = c; }

    public void ungrabServer(Client c) {
        if (grabbingClient == c) {
            grabbingClient = null;
            serverUngrabbed.signalAll();
        }
    }

    void clientGone(Client c) {
        lock.lock();
        try {
            c.closeChannel();
            if (clients[c.index] != c) return;
            ungrabServer(c);
            for (Runnable h : List.copyOf(c.closeHooks)) {
                try { h.run(); } catch (RuntimeException e) { log.warn("cleanup of {} failed", c, e); }
            }
            boolean wasRunning = !pending[c.index];
            dispatcher.clientClosed(c);
            if (c.closeDownMode == 0) freeClientResources(c.index);
            clients[c.index] = null;
            peers[c.index] = null;
            setupOver(c.index);
            if (c.closeDownMode != 0 && owned[c.index] > 0) retained[c.index] = c.closeDownMode;
            // As Xorg: a client leaving with its resources destroyed, the last one past its setup, resets the server.
            if (config.reset() && c.closeDownMode == 0 && wasRunning && noRunningClients()) resetAfterLastClient();
        } finally {
            lock.unlock();
        }
    }

    private boolean noRunningClients() {
        for (int i = 1; i < clients.length; i++) if (clients[i] != null && !pending[i]) return false;
        return true;
    }

    /** Frees every resource whose XID lies in a client's range. */
    public void freeClientResources(int clientIndex) {
        int base = clientIndex << 21;
        List<Resource> mine = new ArrayList<>();
        for (Held h : resources.values()) if ((h.resource().id() & ~0x1FFFFF) == base) mine.add(h.resource());
        // Windows first, top-level down, so DestroyNotify order follows the tree.
        for (Resource r : mine) {
            if (r instanceof Window w && resource(w.id()) == w && (w.parent == null || (w.parent.id() & ~0x1FFFFF) != base)) {
                dispatcher.windows.destroy(w);
            }
        }
        for (Resource r : mine) {
            if (resource(r.id()) == r) removeResource(r.id());
        }
    }

    /** KillClient(AllTemporary): frees what departed clients left with RetainTemporary. Under the lock. */
    void freeRetainedTemporary() {
        for (int i = 1; i < retained.length; i++) if (retained[i] == 2) freeClientResources(i);
    }

    /** Whether a departed client's resources hold this slot (RetainPermanent or RetainTemporary). */
    boolean isRetained(int clientIndex) {
        return clientIndex > 0 && clientIndex < retained.length && retained[clientIndex] != 0;
    }

    public Client client(int index) { return index > 0 && index < clients.length ? clients[index] : null; }

    public List<Client> clients() {
        List<Client> l = new ArrayList<>();
        for (Client c : clients) if (c != null && !c.isClosed()) l.add(c);
        return l;
    }

    // ---- resources ------------------------------------------------------------------------------

    public Resource resource(int id) {
        Held h = resources.get(id);
        return h == null ? null : h.resource();
    }

    /**
     * Names a new resource of a client and charges the client what it costs ({@link Resource#memoryCost}); BadAlloc
     * when that passes the client's or the display's budget. Callers that build something big (a pixmap's pixels)
     * charge first with {@link #chargeFor} and hand the charge over here.
     */
    public void addResource(Client c, Resource r) {
        checkNewId(c, r.id());
        addResource(c, r, c.memory.hold(r.memoryCost()));
    }

    public void addResource(Client c, Resource r, MemoryBudget.Charge charge) {
        int id = r.id();
        if (!c.ownsId(id) || resources.containsKey(id)) {
            charge.release();
            throw new XError(XError.IDCHOICE, id);
        }
        resources.put(id, new Held(r, charge));
        owned[id >>> 21]++;
    }

    /** Charges a client for a resource about to be built, before its memory is allocated; BadAlloc if it may not. */
    public MemoryBudget.Charge chargeFor(Client c, long bytes) { return c.memory.hold(bytes); }

    /** Checks an id a client wants to create, raising BadIDChoice if it is not free or not the client's. */
    public void checkNewId(Client c, int id) {
        if (!c.ownsId(id) || resources.containsKey(id)) throw new XError(XError.IDCHOICE, id);
    }

    public void removeResource(int id) {
        Held h = resources.remove(id);
        if (h == null) return;
        int slot = id >>> 21;
        // The last resource of a departed client frees its slot (and id range) for the next client.
        if (slot > 0 && --owned[slot] == 0 && slot < retained.length) retained[slot] = 0;
        // Extensions let go of the resource while its state is still there to look at.
        if (h.resource() instanceof Window w) extensions.windowDestroyed(w);
        if (h.resource() instanceof Colormaps.Colormap cm) dispatcher.windows.colormapEvents.freed(cm.id());
        extensions.resourceFreed(h.resource());
        h.resource().free(this);
        if (h.charge() != null) h.charge().release();
    }

    public boolean resourceExists(int id) { return resources.containsKey(id); }

    /** Names a resource of the server itself (an id in slot 0, charged to nobody), as the root window is. */
    public void addServerResource(Resource r) {
        if ((r.id() & ~0x1FFFFF) != 0 || resources.containsKey(r.id())) throw new IllegalArgumentException("id " + r.id());
        resources.put(r.id(), new Held(r, null));
    }

    public Window window(int id) {
        if (resource(id) instanceof Window w) return w;
        throw new XError(XError.WINDOW, id);
    }

    public org.sumac.x11.render.Drawable drawable(int id) {
        if (resource(id) instanceof org.sumac.x11.render.Drawable d) return d;
        throw new XError(XError.DRAWABLE, id);
    }

    public org.sumac.x11.render.Pixmap pixmap(int id) {
        if (resource(id) instanceof org.sumac.x11.render.Pixmap p) return p;
        throw new XError(XError.PIXMAP, id);
    }

    /** Whether a window manager runs: some client selected SubstructureRedirect on the root window. */
    public boolean windowManagerRunning() {
        lock.lock();
        try {
            return root.eventMasks.values().stream().anyMatch(m -> (m & EventMask.SUBSTRUCTURE_REDIRECT) != 0);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether the root window has property {@code name}: an EWMH window manager names its check window in
     * _NET_SUPPORTING_WM_CHECK once it has started (xfwm4 after its compositor, just before it frames the windows
     * already there), later than it selects SubstructureRedirect.
     */
    public boolean rootHasProperty(String name) {
        lock.lock();
        try {
            int atom = atoms.lookup(name);
            return atom != 0 && root.properties.containsKey(atom);
        } finally {
            lock.unlock();
        }
    }

    /** Looks up a resource of a given class or raises the given error code. */
    public <T> T lookup(int id, Class<T> type, int errorCode) {
        Resource r = resource(id);
        if (type.isInstance(r)) return type.cast(r);
        throw new XError(errorCode, id);
    }

    public Iterable<Resource> allResources() { return resources.values().stream().map(Held::resource).toList(); }

    // ---- events ---------------------------------------------------------------------------------

    /** Sends an event to every client that selected any bit of {@code mask} on the window. */
    public void deliver(Window w, int mask, int code, int detail, EventBody body) {
        if (w.eventMasks.isEmpty()) return;
        for (Map.Entry<Client, Integer> e : List.copyOf(w.eventMasks.entrySet())) {
            if ((e.getValue() & mask) != 0) sendEvent(e.getKey(), code, detail, body);
        }
    }

    public void sendEvent(Client c, int code, int detail, EventBody body) {
        ReplyWriter ev = c.event(code, detail);
        body.write(ev);
        c.sendEvent(ev);
    }

    /** Sends a generic event (32 + 4n bytes) of an extension; {@code body} writes its fields from byte 10 on. */
    public void sendGenericEvent(Client c, int extensionOpcode, int eventType, EventBody body) {
        ReplyWriter ev = c.genericEvent(extensionOpcode, eventType);
        body.write(ev);
        c.sendGenericEvent(ev);
    }

    // ---- damage ---------------------------------------------------------------------------------

    /** Observes changes to the screen framebuffer (the remote side of a desktop). */
    public interface DamageListener {
        void damaged(Region screenRegion);

        /** A block of the screen moved; default: treated as damage of the destination. */
        default void copied(Region destination, int dx, int dy) { damaged(destination); }

        /** A region was filled with one solid pixel value; default: treated as damage. */
        default void filled(Region region, int pixel) { damaged(region); }

        /**
         * The damage told so far is all there is for now. After a request that damaged the screen this comes once,
         * when the request is done and the lock released: a listener that wakes a reader of the screen here (the
         * reader takes the lock) does not wake it into a held lock. Damage outside a request (input, a departing
         * client) is followed by it at once, under the lock.
         */
        default void damageComplete() { }
    }

    /**
     * While the window tree paints a border or an exposed background: the screen region DAMAGE reports for it as
     * Xorg's does (the bounding box of what its one fill request covers, clipped as Xorg clips it), where the
     * remote side hears the exact pixels written. Null otherwise; set and cleared under the lock.
     */
    public Region damageReportedAs;

    public void addDamageListener(DamageListener l) { damageListeners.add(l); }

    /** Hears what is written into redirected windows' own pixels (Composite), which the screen's damage does not. */
    public interface BackingListener {
        /** {@code region} (screen coordinates) of the redirected window {@code w}'s own pixels was written. */
        void backingWritten(Window w, Region region);
    }

    private final List<BackingListener> backingListeners = new CopyOnWriteArrayList<>();

    public void addBackingListener(BackingListener l) { backingListeners.add(l); }

    public void removeBackingListener(BackingListener l) { backingListeners.remove(l); }

    /** The window tree tells what was written into a redirected window's own pixels (screen coordinates). */
    public void backingWritten(Window w, Region region) {
        Region r = damageReportedAs != null ? damageReportedAs : region;
        for (BackingListener l : backingListeners) l.backingWritten(w, r);
    }

    public void removeDamageListener(DamageListener l) { damageListeners.remove(l); }

    public void damage(Region r) {
        if (r.isEmpty() || damageListeners.isEmpty()) return;
        for (DamageListener l : damageListeners) l.damaged(r);
        told();
    }

    /** Screen pixels of {@code destination} were copied from {@code destination - (dx, dy)}. */
    public void damageCopied(Region destination, int dx, int dy) {
        if (destination.isEmpty() || damageListeners.isEmpty()) return;
        for (DamageListener l : damageListeners) l.copied(destination, dx, dy);
        told();
    }

    /** Screen pixels of {@code region} all became {@code pixel} (a solid, opaque fill). */
    public void damageFilled(Region region, int pixel) {
        if (region.isEmpty() || damageListeners.isEmpty()) return;
        for (DamageListener l : damageListeners) l.filled(region, pixel);
        told();
    }

    /** Damage was told (under the lock): listeners hear damageComplete after the request, or now outside one. */
    private void told() {
        if (Thread.currentThread() == requestThread) {
            damagedByRequest = true;
        } else {
            for (DamageListener l : damageListeners) l.damageComplete();
        }
    }
}
