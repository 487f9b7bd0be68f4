package org.sumac.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sumac.sessions.ControlClient;
import org.sumac.sessions.Service;
import org.sumac.sessions.ServiceConfig;

/** {@code sumac sessions list|kill}: the running service's desktops, through its control socket. */
public final class SessionsCommand {
    static final String USAGE = """
            usage: sumac sessions list [--config FILE | --socket PATH]
                   sumac sessions kill USER|:DISPLAY [--config FILE | --socket PATH]
              list: every desktop of the running service: user, display, since, clients connected, bytes sent to
                    them, idle (how long without a client; the service's idle-limit counts this).
              kill: ends that desktop: its session's processes, its client and its display; the user's next login
                    gets a new desktop.
              The control socket is the service config's control-socket (default /var/lib/sumac/control.sock, in
              its state-dir); root and members of its admin-group may use it.
            """;
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private SessionsCommand() { }

    static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>();
        Path config = null, socket = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--config", "--socket" -> {
                    if (i + 1 >= args.length) return usage(err, args[i] + " needs a file");
                    if (args[i].equals("--config")) config = Path.of(args[++i]);
                    else socket = Path.of(args[++i]);
                }
                case "-h", "-help", "--help" -> {
                    out.print(USAGE);
                    return 0;
                }
                default -> {
                    if (args[i].startsWith("--")) return usage(err, "unknown option " + args[i]);
                    words.add(args[i]);
                }
            }
        }
        if (words.isEmpty()) return usage(err, "list or kill?");
        String request = switch (words.getFirst()) {
            case "list" -> words.size() == 1 ? "list" : null;
            case "kill" -> words.size() == 2 && !words.get(1).isBlank() && !words.get(1).contains("\n")
                    ? "kill " + words.get(1) : null;
            default -> null;
        };
        if (request == null) return usage(err, "expected list, or kill with one user or display");
        if (socket == null) {
            try {
                socket = (config == null ? ServiceConfig.defaults() : ServiceConfig.read(config)).controlSocket();
            } catch (java.nio.file.NoSuchFileException e) {
                err.println("sumac sessions: cannot read " + config + ": no such file");
                return 2;
            } catch (IOException | IllegalArgumentException e) {
                err.println("sumac sessions: " + e.getMessage());
                return 2;
            }
        }
        try {
            List<String> lines = ControlClient.request(socket, request);
            if (request.equals("list")) {
                out.printf("%-16s %-8s %-19s %7s %10s %8s%n", "USER", "DISPLAY", "SINCE", "CLIENTS", "SENT", "IDLE");
                for (String line : lines) {
                    Service.Figures f = ControlClient.parse(line);
                    out.printf("%-16s %-8s %-19s %7d %10s %8s%n", f.user(), f.ready() ? ":" + f.display() : "starting",
                            SINCE.format(f.since()), f.clients(), bytes(f.bytesSent()), idle(f.idle()));
                }
            } else {
                Service.Figures f = ControlClient.parse(lines.getFirst());
                out.println("sumac sessions: ended the desktop :" + f.display() + " of " + f.user());
            }
            return 0;
        } catch (ControlClient.ControlException e) {
            err.println("sumac sessions: " + e.getMessage());
            return 1;
        }
    }

    static String bytes(long n) {
        if (n < 1024) return n + " B";
        if (n < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
        if (n < 1024L * 1024 * 1024) return String.format(Locale.ROOT, "%.1f MiB", n / 1048576.0);
        return String.format(Locale.ROOT, "%.1f GiB", n / 1073741824.0);
    }

    /** "-" with a client connected; otherwise as w(1) shows idle times. */
    static String idle(Duration d) {
        long s = d.toSeconds();
        if (d.isZero()) return "-";
        if (s < 60) return s + "s";
        if (s < 3600) return String.format(Locale.ROOT, "%d:%02dm", s / 60, s % 60);
        return String.format(Locale.ROOT, "%d:%02dh", s / 3600, s / 60 % 60);
    }

    private static int usage(PrintStream err, String message) {
        err.println("sumac sessions: " + message);
        err.print(USAGE);
        return 2;
    }
}
