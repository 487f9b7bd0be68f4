package org.sumac.app;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.sumac.desktop.Desktop;
import org.sumac.spice.server.SpiceServerConfig;
import org.sumac.x11.server.DisplayConfig;
import org.sumac.x11.server.XServer;

/**
 * {@code sumac demo}: a desktop to work in right away. Picks a free display and SPICE port, generates a
 * password, starts an Xfce desktop (or twm) and an xterm when installed (bin/sumac installs them first),
 * prints how to connect and runs until Ctrl-C, which also stops the programs it started.
 */
final class Demo {
    static final String USAGE = """
        usage: sumac demo [--addr ADDR] [--port P] [--geometry WxH]
          --addr ADDR     SPICE listen address (default 127.0.0.1; 0.0.0.0 for other machines)
          --port P        SPICE port (default: the first free one from 5900)
          --geometry WxH  screen size (default 1024x768)
        """;
    private static final int FIRST_DISPLAY = 10, LAST_DISPLAY = 1000;
    private static final int FIRST_PORT = 5900, LAST_PORT = 5999;
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Demo() { }

    static int run(String[] args) {
        String addr = "127.0.0.1";
        int port = -1, width = DisplayConfig.DEFAULT_WIDTH, height = DisplayConfig.DEFAULT_HEIGHT;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--addr" -> addr = args[++i];
                    case "--port" -> port = Integer.parseInt(args[++i]);
                    case "--geometry" -> {
                        String[] wh = args[++i].split("x");
                        width = Integer.parseInt(wh[0]);
                        height = Integer.parseInt(wh[1]);
                    }
                    case "-h", "-help", "--help" -> {
                        System.out.print(USAGE);
                        return 0;
                    }
                    default -> {
                        System.err.print("sumac demo: unknown option " + args[i] + "\n" + USAGE);
                        return 2;
                    }
                }
            }
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            System.err.print("sumac demo: bad command line\n" + USAGE);
            return 2;
        }
        if (width < 1 || height < 1 || width > 16384 || height > 16384 || port > 65535) {
            System.err.print("sumac demo: bad command line\n" + USAGE);
            return 2;
        }
        InetAddress bind;
        try {
            bind = InetAddress.getByName(addr);
        } catch (IOException e) {
            System.err.println("sumac demo: cannot resolve " + addr);
            return 2;
        }
        String password = password(12);
        Desktop desktop = null;
        int display = -1;
        XServer server = null;
        for (int n = FIRST_DISPLAY; n < LAST_DISPLAY && desktop == null; n++) {
            if (!displayLooksFree(n)) continue;
            int p = port >= 0 ? port : freePort(bind);
            if (p < 0) {
                System.err.println("sumac demo: no free port in " + FIRST_PORT + "-" + LAST_PORT);
                return 1;
            }
            SpiceServerConfig spice = SpiceServerConfig.builder().listen(new InetSocketAddress(bind, p))
                .password(password).name("Sumac demo :" + n).build();
            DisplayConfig x = DisplayConfig.of(n).withSize(width, height, DisplayConfig.DEFAULT_DEPTH);
            try {
                server = new XServer(x);
                desktop = Desktop.start(server, spice);
                display = n;
                org.sumac.app.warmup.Warmup.inBackground(x, spice, Sumac.WARMUP);
            } catch (XServer.DisplayInUseException e) {
                // taken meanwhile: try the next number
            } catch (IOException e) {
                System.err.println("sumac demo: cannot start: " + e.getMessage());
                return 1;
            }
        }
        if (desktop == null) {
            System.err.println("sumac demo: no free display number");
            return 1;
        }
        List<Process> children = new ArrayList<>();
        String displayName = ":" + display;
        String sound = "none (pulseaudio is not installed)";
        if (org.sumac.desktop.SoundServer.available()) {
            try {
                sound = "PULSE_SERVER=" + desktop.startSound(true).environment().get("PULSE_SERVER");
            } catch (IOException e) {
                sound = "none (" + e.getMessage() + ")";
            }
        }
        String started = startSession(children, displayName, desktop.sessionEnvironment(), server);
        InetSocketAddress bound = desktop.spiceAddresses().getFirst();
        String url = spiceUrl(bound.getAddress(), bound.getPort());
        System.out.println("Sumac demo desktop on display " + displayName);
        System.out.println("  SPICE:    " + url);
        System.out.println("  password: " + password);
        System.out.println("  connect:  remote-viewer " + url + "   (it asks for the password)");
        System.out.println("  desktop:  " + started);
        System.out.println("  sound:    " + sound);
        System.out.println("  X apps:   DISPLAY=" + displayName + " xclock &");
        System.out.println("Ctrl-C stops the desktop and the programs it started.");
        System.out.flush();
        Desktop running = desktop;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Process p : children) {
                p.descendants().forEach(ProcessHandle::destroy);
                p.destroy();
            }
            running.close();
            stopped.countDown();
        }, "sumac-demo-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** spice://host:port, with IPv6 literals in brackets and the wildcard shown as the loopback address. */
    static String spiceUrl(InetAddress address, int port) {
        String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
        if (address instanceof Inet6Address && !address.isAnyLocalAddress()) host = "[" + host + "]";
        return "spice://" + host + ":" + port;
    }

    private static boolean displayLooksFree(int n) {
        return !Files.exists(Path.of("/tmp/.X" + n + "-lock")) && !Files.exists(Path.of("/tmp/.X11-unix/X" + n));
    }

    private static int freePort(InetAddress bind) {
        for (int p = FIRST_PORT; p <= LAST_PORT; p++) {
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress(bind, p));
                return p;
            } catch (IOException e) {
                // in use: next
            }
        }
        return -1;
    }

    static String password(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        return sb.toString();
    }

    /**
     * Starts the desktop: an Xfce desktop (xfwm4, its settings daemon, xfce4-panel with its application menu and
     * launchers, xfdesktop) where installed, else twm, and an xterm. Returns what it started, for the user.
     *
     * <p>Not xfce4-session: it wants a session manager's log-out and saved sessions, which a demo does not keep. The
     * settings daemon (xfsettingsd) gives GTK programs Xfce's theme, fonts and key settings (RealApplicationsTest's
     * xfce-session case runs the same pieces); the Xfce programs share one D-Bus session bus (their settings store,
     * xfconf, lives there).
     */
    private static String startSession(List<Process> children, String display, Map<String, String> session,
                                       XServer server) {
        Map<String, String> env = new HashMap<>(session);
        env.put("DISPLAY", display);
        boolean xfce = onPath("xfwm4") && onPath("xfce4-panel");
        List<String> names = new ArrayList<>();
        if (xfce) {
            if (onPath("dbus-daemon")) {
                String bus = startSessionBus(children);
                if (bus != null) env.put("DBUS_SESSION_BUS_ADDRESS", bus);
            }
            if (start(children, env, "xfwm4")) {
                names.add("xfwm4");
                awaitWindowManager(server, true);
            }
            if (onPath("xfsettingsd") && start(children, env, "xfsettingsd", "--no-daemon")) names.add("xfsettingsd");
            if (start(children, env, "xfce4-panel")) names.add("xfce4-panel");
            if (onPath("xfdesktop") && start(children, env, "xfdesktop")) names.add("xfdesktop");
        } else {
            Path twmrc = twmConfig();
            // In the C locale twm's font sets need only ISO 8859-1 fonts, which "fixed" has.
            Map<String, String> twmEnv = new HashMap<>(env);
            twmEnv.put("LC_ALL", "C");
            if (twmrc != null && start(children, twmEnv, "twm", "-f", twmrc.toString())) {
                names.add("twm");
                awaitWindowManager(server, false);
            }
        }
        if (start(children, env, "xterm", "-geometry", "80x24+40+60")) names.add("xterm");
        if (names.isEmpty()) return "nothing (neither Xfce, twm nor xterm is installed): an empty screen";
        String what = String.join(", ", names);
        if (xfce) what = "Xfce (" + what + "); start programs from the Applications menu at the top left";
        else if (names.contains("twm")) what += "; click the background for twm's menu";
        return what;
    }

    /**
     * Waits (at most 10 s) until the window manager manages the screen, so that the terminal and the panel come up
     * framed and placed by it, not first bare at the top left (xfwm4 with its compositor takes a second or two). An
     * EWMH one ({@code ewmh}: xfwm4) is waited for until it has named its check window, at the end of its start:
     * a panel mapped before that got a dock shadow from xfwm4 and, about every second time, a workspace pager with
     * square cells from xfce4-panel 4.18.2 (AppCases' xfce-session case waits the same way).
     */
    private static void awaitWindowManager(XServer server, boolean ewmh) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(server.windowManagerRunning() && (!ewmh || server.rootHasProperty("_NET_SUPPORTING_WM_CHECK")))
                && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Starts a private D-Bus session bus for the desktop's programs; returns its address or null. */
    private static String startSessionBus(List<Process> children) {
        ProcessBuilder pb = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--print-address=1")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        try {
            Process p = pb.start();
            children.add(p);
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String address = out.readLine();
            return address == null || address.isBlank() ? null : address.strip();
        } catch (IOException e) {
            System.err.println("sumac demo: cannot start a D-Bus session bus: " + e.getMessage());
            return null;
        }
    }

    /** Starts a program found on PATH with the desktop's environment; its output is discarded. */
    private static boolean start(List<Process> children, Map<String, String> env, String program, String... args) {
        if (!onPath(program)) {
            System.err.println("sumac demo: " + program + " is not installed; not started");
            return false;
        }
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        // Run from a Wayland session, GTK and Qt would open their windows there instead of on this display.
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("XDG_SESSION_TYPE", "x11");
        pb.environment().putAll(env);
        String home = System.getProperty("user.home");
        if (home != null && Files.isDirectory(Path.of(home))) pb.directory(new File(home)); // the terminal opens there
        try {
            children.add(pb.start());
            return true;
        } catch (IOException e) {
            System.err.println("sumac demo: cannot start " + program + ": " + e.getMessage());
            return false;
        }
    }

    /**
     * A twm configuration using the "fixed" font: twm's default (helvetica) is often not installed, and then
     * twm exits at once. Returns null if it cannot be written.
     */
    private static Path twmConfig() {
        try {
            Path f = Files.createTempFile("sumac-demo-", ".twmrc");
            f.toFile().deleteOnExit();
            Files.writeString(f, """
                TitleFont "fixed"
                ResizeFont "fixed"
                MenuFont "fixed"
                IconFont "fixed"
                IconManagerFont "fixed"
                RandomPlacement
                Button1 = : root : f.menu "main"
                Button1 = : title : f.move
                Button2 = : title : f.raiselower
                menu "main" {
                    "Sumac" f.title
                    "xterm" f.exec "xterm &"
                    "Refresh" f.refresh
                }
                """);
            return f;
        } catch (IOException e) {
            System.err.println("sumac demo: cannot write a twm configuration: " + e.getMessage());
            return null;
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }
}
