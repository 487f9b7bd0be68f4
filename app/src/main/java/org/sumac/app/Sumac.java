package org.sumac.app;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.time.Duration;
import org.sumac.app.warmup.Warmup;
import org.sumac.desktop.Desktop;
import org.sumac.spice.link.LinkKey;
import org.sumac.x11.server.XServer;

/** The `sumac` command: runs one X display (served over SPICE with --port) until it is told to stop. */
public final class Sumac {
    /** How long a fresh display warms its hot paths (Warmup): enough for the JIT to compile them (bench/README.md). */
    static final Duration WARMUP = Duration.ofMillis(1500);
    /**
     * The same before a standalone display accepts clients, where it adds to the start-up time: shorter, since the
     * JIT needs the warm-up's minimum of rounds to queue its compilations, then time to finish them, which what is
     * left of {@link #WARMUP_LIMIT} gives it without spending CPU on more rounds.
     */
    static final Duration WARMUP_BEFORE_ACCEPTING = Duration.ofMillis(500);
    /**
     * How long a standalone display's warm-up rounds and its wait for the JIT to finish what they queued may take,
     * from the warm-up's start: a bound on what it adds to start-up (bench/README.md, issue 18). Setting up its
     * private desktop, reading xterm's fonts and the full collection come on top (~10 s at load 20 without
     * the AOT cache, much less on a quiet machine).
     */
    static final Duration WARMUP_LIMIT = Duration.ofMillis(2000);

    private Sumac() { }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length > 0 && args[0].equals("demo")) {
            return Demo.run(Arrays.copyOfRange(args, 1, args.length));
        }
        if (args.length > 0 && args[0].equals("service")) {
            return ServiceCommand.run(Arrays.copyOfRange(args, 1, args.length));
        }
        if (args.length > 0 && args[0].equals("sessions")) {
            return SessionsCommand.run(Arrays.copyOfRange(args, 1, args.length));
        }
        ServerOptions opts;
        try {
            opts = ServerOptions.parse(args);
        } catch (ServerOptions.UsageException e) {
            System.err.println("sumac: " + e.getMessage());
            return 2;
        }
        if (opts.help()) {
            System.out.print(ServerOptions.USAGE);
            return 0;
        }
        for (String note : opts.notes()) System.err.println("sumac: note: " + note);
        AutoCloseable running;
        Desktop desktop = null;
        try {
            if (opts.spice() != null) {
                // Said before the warm-up's seconds, not after them (the display is claimed for good by start()).
                XServer.checkNotInUse(opts.display());
                XServer x = new XServer(opts.display());
                LinkKey key = new LinkKey(); // one RSA key for the warm-up's port and the real one
                // Before the display accepts clients, so that its first client meets compiled code (bench/README.md).
                if (opts.warmup()) Warmup.beforeAccepting(x, opts.display(), opts.spice(), key,
                    WARMUP_BEFORE_ACCEPTING, WARMUP_LIMIT);
                desktop = Desktop.start(x, opts.spice(), key);
                running = desktop;
                for (var address : desktop.spiceAddresses()) {
                    System.err.println("sumac: display :" + opts.display().displayNumber() + " on SPICE "
                        + Demo.spiceUrl(address.getAddress(), address.getPort()));
                }
                if (opts.session().sound()) {
                    try {
                        var sound = desktop.startSound(opts.session().playbackCompression());
                        System.err.println("sumac: display :" + opts.display().displayNumber() + " sound: "
                            + "PULSE_SERVER=" + sound.environment().get("PULSE_SERVER"));
                    } catch (IOException e) {
                        System.err.println("sumac: display :" + opts.display().displayNumber()
                            + " has no sound: " + e.getMessage());
                    }
                }
            } else {
                XServer server = new XServer(opts.display());
                server.start();
                running = server;
            }
        } catch (XServer.DisplayInUseException e) {
            System.err.println("sumac: display :" + opts.display().displayNumber() + " " + e.getMessage());
            return 1;
        } catch (IOException | org.sumac.x11.server.Extensions.ConflictException e) {
            System.err.println("sumac: cannot start display :" + opts.display().displayNumber() + ": " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeQuietly(running);
            stopped.countDown();
        }, "sumac-shutdown"));
        if (opts.session().xsession() != null) {
            try {
                if (desktop != null) {
                    desktop.startSession(opts.session().xsession());
                } else {
                    ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", opts.session().xsession()).inheritIO();
                    pb.environment().put("DISPLAY", ":" + opts.display().displayNumber());
                    pb.start();
                }
            } catch (IOException e) {
                System.err.println("sumac: cannot start --xsession: " + e.getMessage());
            }
        }
        if (desktop != null && opts.exitOnDisconnect()) {
            // exit() runs the shutdown hook, which closes the desktop.
            desktop.onFirstClientDisconnect(() -> System.exit(0));
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            System.err.println("sumac: error while stopping: " + e);
        }
    }
}
