package org.sumac.app.warmup;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumac.desktop.Desktop;
import org.sumac.spice.link.LinkKey;
import org.sumac.spice.server.SpiceServerConfig;
import org.sumac.x11.server.DisplayConfig;
import org.sumac.x11.server.XServer;

/**
 * Warms a fresh JVM's hot paths before a user needs them (issue 18). A display's drawing, frame and input paths
 * run at human pace, so the JIT compiles them while the first user watches: on a cold Sumac the first
 * `seq 1 20000` in an xterm compiles ~650 of Sumac's methods with C2 during the run itself. The warm-up runs a
 * private desktop like the real one (same size and image compression; all extensions, as the recording had them)
 * with a SPICE client that reads every frame, replays a recorded xterm session on it ({@link RecordedSession}), then
 * draws as a terminal does with a synthetic X client while the SPICE client types keys, for a bounded time, and
 * frees it: on a background thread in the service and the demo, before the display accepts clients for a standalone
 * one ({@link #beforeAccepting}). Nobody else can reach it: its X socket is in a directory only this user may enter,
 * its SPICE port listens on loopback with a random ticket.
 */
public final class Warmup {
    private static final Logger log = LoggerFactory.getLogger(Warmup.class);
    /** Display numbers are private to the warm-up's own socket directory; this one reads as synthetic in logs. */
    static final int DISPLAY = 65535;
    /**
     * Rounds of 20 terminal lines, a key and a pointer move: at least enough for the JIT's thresholds (app/jvm.options)
     * to compile the paths, however slow the machine; at most a bound on the time a loaded machine spends.
     */
    static final int MIN_ROUNDS = 100, MAX_ROUNDS = 2000;
    /**
     * Replays of the recorded xterm session before the rounds (eight take ~0.7 s on an idle machine): with them the
     * first real xterm run met ~25 C2 compilations instead of ~300 and took 0.22-0.29 s instead of 0.33-0.39
     * (bench/README.md, "A real session replayed"). A recording of 3,000 lines instead of 1,000 took twice as long,
     * and then the rounds often stopped at the warm-up's limit halfway through their minimum.
     */
    static final int REPLAYS = 8;
    /** How long one replay may take before the warm-up gives up on it (a loaded machine takes seconds). */
    private static final Duration REPLAY_LIMIT = Duration.ofSeconds(20);

    /**
     * What one warm-up did: replays of the recorded session, terminal lines drawn, display messages the viewer read,
     * keys typed and the KeyPress events the X client got for them, and X errors of the replays and of the synthetic
     * client (a warm-up that errs exercises error paths instead: a bug).
     */
    public record Figures(Duration took, int replays, int lines, int frames, int keys, int keyPresses, int errors,
                          Path directory) { }

    private Warmup() { }

    /** Starts the warm-up on a daemon thread; it logs what it did and never fails the display it serves. */
    public static Thread inBackground(DisplayConfig like, SpiceServerConfig spiceLike, Duration budget) {
        return Thread.ofPlatform().daemon().name("warmup").start(() -> {
            try {
                Figures f = run(like, spiceLike, budget);
                // The private desktop's garbage (a screen, its SPICE copies, ~60 MB of heap) would otherwise stay
                // committed until G1's periodic collection; one full collection now returns it.
                System.gc();
                log.info("warm-up done in {} ms: {} replays of a recorded xterm, {} terminal lines, {} display "
                    + "messages, {} keys", f.took().toMillis(), f.replays(), f.lines(), f.frames(), f.keys());
                if (f.errors() > 0) log.warn("warm-up: the server answered {} requests with errors", f.errors());
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                log.warn("warm-up stopped early (the display is not affected, only its first use is slower): {}",
                    e.toString());
            }
            CompilerThreads.runOptimisingCompilerInBackground();
        });
    }

    /**
     * Warms up before {@code display} accepts its first client (issue 18): the warm-up of {@link #inBackground}
     * in the caller's thread, then the fonts xterm opens (Xorg too opens "fixed" and "cursor" at start) read
     * into the display's own font catalog, parsed and scaled, with the metrics QueryFont answers, a full collection,
     * and a wait until the JIT has compiled what the warm-up queued; rounds and wait end by {@code limit} after the
     * start (the fonts and the collection come on top: ~0.1-0.2 s). Then the optimising compiler goes to the
     * background priority ({@link CompilerThreads#runOptimisingCompilerInBackground}). Its SPICE port uses
     * {@code key}, the real port's. Started in the background instead, the warm-up and the compilations it queues ran
     * into the first client's work on a machine of two CPUs. Logs what it did; never fails (a display that starts
     * cold only serves its first minutes slower).
     */
    public static void beforeAccepting(XServer display, DisplayConfig like, SpiceServerConfig spiceLike,
                                       LinkKey key, Duration budget, Duration limit) {
        long start = System.nanoTime(), deadline = start + limit.toNanos();
        try {
            Figures f = run(like, spiceLike, key, budget, limit);
            if (f.errors() > 0) log.warn("warm-up: the server answered {} requests with errors", f.errors());
            for (String font : SyntheticXClient.XTERM_FONTS) display.dispatcher.fonts.preload(font);
            System.gc();
            // The settling wait has what the limit leaves: the first client may meet a few compilations left.
            long settled = awaitCompilerQuiet(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            log.info("warm-up done in {} ms ({} ms of it for the JIT to settle): {} replays of a recorded xterm, {} "
                + "terminal lines, {} display messages, {} keys", (System.nanoTime() - start) / 1_000_000, settled,
                f.replays(), f.lines(), f.frames(), f.keys());
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            log.warn("warm-up stopped early (the display is not affected, only its first use is slower): {}",
                e.toString());
        }
        CompilerThreads.runOptimisingCompilerInBackground();
    }

    /**
     * Waits until the JIT's compiler threads have used no CPU for {@link #QUIET_MILLIS}, or {@code limit}; returns
     * the milliseconds waited. The JVM tells no queue length, and a compilation that finishes says nothing of the
     * queue behind it (on a loaded machine one C2 compilation alone takes longer than the quiet window); a compiler
     * thread with nothing queued sleeps. Linux's /proc gives each thread's CPU time; elsewhere this returns at once.
     */
    static long awaitCompilerQuiet(Duration limit) {
        long start = System.nanoTime(), deadline = start + limit.toNanos();
        long last = CompilerThreads.cpuTicks();
        if (last < 0) return 0;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long now = CompilerThreads.cpuTicks();
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince >= QUIET_MILLIS * 1_000_000L) {
                break;
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** How long the compiler threads must have been idle for the JIT's queue to count as empty. */
    static final long QUIET_MILLIS = 200;

    /** Runs one warm-up for about {@code budget}, on a desktop shaped like {@code like}. */
    public static Figures run(DisplayConfig like, SpiceServerConfig spiceLike, Duration budget)
            throws IOException, GeneralSecurityException {
        return run(like, spiceLike, new LinkKey(), budget, null);
    }

    /**
     * As {@link #run(DisplayConfig, SpiceServerConfig, Duration)}, its SPICE port with RSA key {@code key} (the real
     * port's, so that a fresh JVM generates one key, not two), and its rounds stopped at {@code limit} after its
     * start even before {@link #MIN_ROUNDS} (null: no limit), so that a loaded machine does not delay the display
     * by tens of seconds (33 s were seen at load 24 without the AOT cache).
     */
    public static Figures run(DisplayConfig like, SpiceServerConfig spiceLike, LinkKey key, Duration budget,
                              Duration limit) throws IOException, GeneralSecurityException {
        long start = System.nanoTime();
        long hardStop = limit == null ? Long.MAX_VALUE : start + limit.toNanos();
        Path dir = Files.createTempDirectory("sumac-warmup-"); // mode 0700: only this user may enter
        // A display told to stop during its warm-up (which runs before it accepts clients) leaves nothing behind.
        Thread cleanup = new Thread(() -> deleteQuietly(dir), "warmup-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String ticket = HexFormat.of().formatHex(secret);
        DisplayConfig display = new DisplayConfig(DISPLAY, like.width(), like.height(), like.depth(), null, true,
            false, like.fontPath(), dir, dir, like.memory(), Map.of(), true);
        SpiceServerConfig spice = SpiceServerConfig.builder().listen("127.0.0.1", 0).password(ticket)
            .imageCompression(spiceLike.imageCompression()).jpegForPhotos(spiceLike.jpegForPhotos())
            .maxConnections(4).build();
        log.info("warm-up: exercising drawing, frames and input on a private display (:{} in {})", DISPLAY, dir);
        int replays = 0, lines = 0, keys = 0, frames, keyPresses, errors = 0;
        Desktop desktop = Desktop.start(new XServer(display), spice, key);
        Path socket = dir.resolve("X" + DISPLAY);
        try (desktop;
             SyntheticSpiceClient viewer = new SyntheticSpiceClient(
                 (InetSocketAddress) desktop.spiceAddresses().getFirst(), ticket)) {
            viewer.connect();
            // A real client's session first, alone on the display as the recording was (RecordedSession).
            RecordedSession xterm = RecordedSession.load(RecordedSession.XTERM);
            while (replays < REPLAYS && System.nanoTime() - hardStop < 0) {
                errors += xterm.replay(socket, REPLAY_LIMIT).errors();
                replays++;
                if (errors > 0) break; // the recording no longer fits this server: re-record it
            }
            try (SyntheticXClient x = new SyntheticXClient(socket)) {
                x.setUp();
                // The budget counts from here: on a busy machine setting up alone may take longer than it.
                long deadline = System.nanoTime() + budget.toNanos();
                for (int round = 0; round < MAX_ROUNDS && (round < MIN_ROUNDS || System.nanoTime() < deadline)
                        && System.nanoTime() - hardStop < 0; round++) {
                    for (int i = 0; i < 20; i++) x.line(lines++);
                    x.chores(round);
                    viewer.typeKey(0x1E + keys % 9); // a s d f g h j k l
                    viewer.movePointer(keys % 2 == 0 ? 3 : -3, 1);
                    keys++;
                    x.roundTrip();
                }
                x.roundTrip(); // the last key has reached the client
                frames = viewer.displayMessages();
                keyPresses = x.keyPresses();
                errors += x.errors();
            }
        } finally {
            deleteQuietly(dir);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook runs anyway
            }
        }
        return new Figures(Duration.ofNanos(System.nanoTime() - start), replays, lines, frames, keys, keyPresses,
            errors, dir);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
