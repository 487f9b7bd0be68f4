package org.sumac.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.sumac.app.warmup.Warmup;
import org.sumac.sessions.DisplayFactory;
import org.sumac.sessions.HelperClient;
import org.sumac.sessions.Service;
import org.sumac.sessions.ServiceConfig;
import org.sumac.spice.server.SpiceServerConfig;
import org.sumac.x11.server.DisplayConfig;
import org.sumac.x11.server.XServer;

/** {@code sumac service [--config FILE]}: the multi-user service (see {@link Service}) until it is told to stop. */
public final class ServiceCommand {
    static final String USAGE = """
            usage: sumac service [--config FILE]
              One SPICE port for every user: logins with the system's accounts (SASL PLAIN over TLS), a desktop per
              user. Runs as an unprivileged user beside sumac-helper, which runs as root (sessions/helper/sumac-helper
              --socket SOCKET --then-run USER -- bin/sumac service --config FILE starts both). Settings: see ServiceConfig (addr, port, x509-dir, state-dir, helper-socket,
              plain-logins-on-loopback, idle-limit, geometry, displays, control-socket, admin-group, metrics).
              sumac sessions list|kill administers the running service.
            """;

    private ServiceCommand() { }

    static int run(String[] args) {
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--config" -> {
                    if (i + 1 >= args.length) return usage("--config needs a file");
                    file = Path.of(args[++i]);
                }
                case "-h", "-help", "--help" -> {
                    System.out.print(USAGE);
                    return 0;
                }
                default -> {
                    return usage("unknown option " + args[i]);
                }
            }
        }
        if ("root".equals(System.getProperty("user.name"))) {
            System.err.println("sumac service: will not run as root; as root run sessions/helper/sumac-helper --socket"
                    + " /run/sumac/helper.sock --then-run USER -- bin/sumac service ..., which starts it as USER");
            return 1;
        }
        ServiceConfig config;
        try {
            config = file == null ? ServiceConfig.defaults() : ServiceConfig.read(file);
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println("sumac service: cannot read " + file + ": no such file");
            return 2;
        } catch (IOException e) {
            System.err.println("sumac service: cannot read " + file + ": " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println("sumac service: " + e.getMessage());
            return 2;
        }
        Service service;
        try {
            HelperClient helper = HelperClient.connect(config.helperSocket());
            service = new Service(config, helper, displays());
            service.start();
            // Exit (status 1, the shutdown hook closes the desktops) so that systemd's Restart=on-failure brings
            // the service back beside a new helper, instead of serving a port where every login fails.
            helper.onLost(() -> {
                System.err.println("sumac service: the privileged helper is gone; stopping (no login can succeed"
                        + " without it)");
                System.exit(1);
            });
        } catch (IOException e) {
            System.err.println("sumac service: " + e.getMessage());
            return 1;
        }
        System.err.println("sumac service: listening on " + service.addresses() + "; clients trust " + service.caFile());
        service.metricsAddress().ifPresent(m -> System.err.println("sumac service: metrics on http://"
                + m.getHostString() + ":" + m.getPort() + "/metrics"));
        // One warm-up per service JVM: every later desktop is served by code already compiled.
        Warmup.inBackground(DisplayConfig.of(0).withSize(config.width(), config.height(), DisplayConfig.DEFAULT_DEPTH),
            SpiceServerConfig.builder().disableTicketing().build(), Sumac.WARMUP);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "sumac-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Displays that take only the cookies of their Xauthority file. */
    public static DisplayFactory displays() {
        return (n, w, h, auth) -> {
            DisplayConfig b = DisplayConfig.of(n).withSize(w, h, DisplayConfig.DEFAULT_DEPTH);
            return new XServer(new DisplayConfig(n, w, h, b.depth(), auth, true, false, b.fontPath(), b.socketDir(),
                    b.lockDir(), b.memory(), b.extensions(), b.reset()));
        };
    }

    private static int usage(String message) {
        System.err.println("sumac service: " + message);
        System.err.print(USAGE);
        return 2;
    }
}
