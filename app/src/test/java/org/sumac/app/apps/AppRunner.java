package org.sumac.app.apps;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sumac.app.testing.XServerProcess;
import org.sumac.app.testing.XwdImage;

/**
 * Runs one {@link AppCase} on one server: a fresh HOME, the components under their own D-Bus session, the
 * window waited for, the screen left to settle, the steps, the text read back; what happened is a
 * {@link Run}. Never throws for what the application does (that is a finding); only for a broken harness.
 */
final class AppRunner {
    /** The marker a component's wrapper prints when it ends, with its name and exit status. */
    static final String EXITED = "app-compare: component ";
    private static final Pattern EXITED_LINE =
            Pattern.compile(Pattern.quote(EXITED) + "(\\S+) exited with status (\\d+)");
    private static final Duration WINDOW_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration SETTLE_QUIET = Duration.ofMillis(700);

    /** A tool's run. */
    record ToolRun(String command, int exitCode, String stdout, String stderr) { }

    /**
     * What happened on one server.
     *
     * @param serverKind    Xvfb or Sumac
     * @param windowError   null when the window appeared, else why not
     * @param exited        components that ended during the run, with their status ("xfsettingsd 139")
     * @param stderr        everything the components printed on stderr
     * @param readback      the text read back, or null when the case reads nothing (or it could not be read)
     * @param shots         the screens captured: "start" once the application settled, those the steps ask
     *                      for, "end" after the input (fewer when the application or server died)
     * @param serverAlive   whether the X server survived
     */
    record Run(String serverKind, String windowError, List<String> exited, String stderr, String readback,
            List<Shot> shots, boolean serverAlive, String serverLog, List<ToolRun> tools,
            Duration elapsed, List<String> timings, String spiceDifference) { }

    /** A screen captured during the run. */
    record Shot(String label, XwdImage image) { }

    private final AppCase appCase;
    private final List<Shot> shots = new ArrayList<>();
    /** How long each wait took, for the report: a screen that never settles makes a case slow. */
    private final List<String> timings = new ArrayList<>();
    private final XServerProcess server;
    private final Path dir;
    private final AppEnvironment environment;

    AppRunner(AppCase appCase, XServerProcess server, Path dir) {
        this.appCase = appCase;
        this.server = server;
        this.dir = dir;
        this.environment = AppEnvironment.create(dir.resolve("home"), server.display(), appCase.files());
    }

    /** Runs the case; {@code driverFor} makes the input driver once the application is up. */
    Run run(Function<InputDriver.Commands, InputDriver> driverFor) {
        long started = System.nanoTime();
        if (appCase.kind() == AppCase.Kind.TOOL) {
            List<ToolRun> tools = new ArrayList<>();
            // Kept connected so Xvfb does not reset (and forget what a tool set) between two tools.
            Process keeper = startKeeper();
            try {
                for (String command : appCase.components()) {
                    tools.add(runTool(command));
                }
            } finally {
                keeper.destroyForcibly();
            }
            return new Run(server.kind(), null, List.of(), "", null, List.of(), server.isAlive(), server.logTail(),
                    tools, Duration.ofNanos(System.nanoTime() - started), List.copyOf(timings), null);
        }
        Path stdout = dir.resolve("app.out");
        Path stderr = dir.resolve("app.err");
        // Xvfb resets when its last client leaves (the readiness probe was one) and refuses connections while
        // it does: a client kept connected, and one connection that worked, before the components start.
        Process keeper = startKeeper();
        Process app = start(stdout, stderr);
        String windowError = null;
        String readback = null;
        String spiceDifference = null;
        String errors;
        try {
            windowError = awaitWindow(app);
            timings.add("window after " + (System.nanoTime() - started) / 1_000_000 + " ms");
            if (windowError == null && appCase.activate()) {
                activate();
            }
            if (windowError == null) {
                XwdImage start = settle("start", windowArea());
                if (start != null) {
                    shots.add(new Shot("start", start));
                }
                InputDriver driver = driverFor.apply(this::xdotool);
                long stepsStarted = System.nanoTime();
                for (AppCase.Step step : appCase.steps()) {
                    if (!app.isAlive() || !server.isAlive()) {
                        break;
                    }
                    perform(step, driver);
                }
                timings.add("steps took " + (System.nanoTime() - stepsStarted) / 1_000_000 + " ms");
                if (server.isAlive()) {
                    shoot("end");
                    if (driver instanceof InputDriver.Spice spice && !shots.isEmpty()) {
                        spiceDifference = spiceDifference(spice, shots.getLast().image());
                    }
                    long readStarted = System.nanoTime();
                    readback = readBack();
                    timings.add("read back in " + (System.nanoTime() - readStarted) / 1_000_000 + " ms");
                }
            }
            // Before stopping: components killed by the stop below must not count as having exited.
            sleep(300);
        } finally {
            errors = read(stderr);
            long stopStarted = System.nanoTime();
            stop(app);
            timings.add("stopped in " + (System.nanoTime() - stopStarted) / 1_000_000 + " ms");
            keeper.destroyForcibly();
        }
        List<String> exited = new ArrayList<>();
        Matcher m = EXITED_LINE.matcher(errors);
        while (m.find()) {
            exited.add(m.group(1) + " " + m.group(2));
        }
        return new Run(server.kind(), windowError, exited, errors, readback, List.copyOf(shots), server.isAlive(),
                server.logTail(), List.of(), Duration.ofNanos(System.nanoTime() - started), List.copyOf(timings),
                spiceDifference);
    }

    /**
     * Each component in the background of one shell, under its own D-Bus session (so two runs never meet on
     * a bus), announcing its end on stderr; the shell waits for all of them. A component that is killed at
     * the end of the run announces nothing: the shell is killed first.
     */
    private Process start(Path stdout, Path stderr) {
        StringBuilder script = new StringBuilder();
        for (String component : appCase.components()) {
            String[] parts = component.split(";");
            String name = Path.of(parts[parts.length - 1].strip().split("\\s+")[0]).getFileName().toString();
            script.append("( ").append(AppEnvironment.expand(component, environment.home()))
                    .append(" ; echo \"").append(EXITED).append(name).append(" exited with status $?\" >&2 ) &\n");
        }
        script.append("wait\n");
        // A session of its own, so the stop finds everything the run started, also what D-Bus activated
        // (the accessibility bus, a settings daemon) and what outlived its parent.
        ProcessBuilder builder = new ProcessBuilder("setsid", "dbus-run-session", "--", "sh", "-c", script.toString())
                .directory(environment.home().toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(environment.env());
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + appCase.components(), e);
        }
    }

    private Process startKeeper() {
        ProcessBuilder builder = new ProcessBuilder("xprop", "-root", "-spy", "_APP_COMPARE_NONE")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(environment.env());
        Process keeper;
        try {
            keeper = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start xprop", e);
        }
        for (int i = 0; i < 50; i++) {
            if (keeper.isAlive() && command(Duration.ofSeconds(10), "xdotool", "getmouselocation").exitCode() == 0) {
                return keeper;
            }
            sleep(200);
            if (!keeper.isAlive()) {
                keeper = restart(builder);
            }
        }
        return keeper;
    }

    private static Process restart(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start xprop", e);
        }
    }

    private String awaitWindow(Process app) {
        long deadline = System.nanoTime() + WINDOW_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                return "the application exited (status " + app.exitValue() + ") before its window appeared";
            }
            if (!server.isAlive()) {
                return "the server died before the window appeared";
            }
            Command.Result r = command(Duration.ofSeconds(10), "xdotool", "search", "--onlyvisible", "--name",
                    appCase.windowName());
            if (r.exitCode() == 0 && !r.stdout().isBlank()) {
                return null;
            }
            sleep(300);
        }
        return "no visible window named /" + appCase.windowName() + "/ within " + WINDOW_TIMEOUT.toSeconds() + " s";
    }

    private void perform(AppCase.Step step, InputDriver driver) {
        switch (step) {
            case AppCase.Step.Click c -> driver.click(c.x(), c.y(), c.button());
            case AppCase.Step.Drag d -> driver.drag(d.x1(), d.y1(), d.x2(), d.y2());
            case AppCase.Step.Type t -> driver.type(t.text());
            case AppCase.Step.Keys k -> driver.keys(k.combo());
            case AppCase.Step.Pause p -> sleep(p.duration().toMillis());
            case AppCase.Step.Settle s -> settle("step");
            case AppCase.Step.Shot s -> shoot(s.label());
        }
    }

    private void shoot(String label) {
        XwdImage image = settle(label);
        if (image != null) {
            shots.add(new Shot(label, image));
        }
    }

    private XwdImage settle(String label) {
        return settle(label, null);
    }

    /**
     * Captures the root until two captures {@link #SETTLE_QUIET} apart agree outside the ignored regions (an
     * application still drawing, a font still loading), at most {@link #SETTLE_TIMEOUT}; returns the last. With a
     * {@code window} area, that area must also hold more than one colour: a window that is mapped but not yet painted
     * (its first frame can take seconds on a loaded machine, on Xvfb too) is not a settled screen.
     */
    private XwdImage settle(String label, int[] window) {
        long started = System.nanoTime();
        long deadline = started + SETTLE_TIMEOUT.toNanos();
        XwdImage previous = capture(label);
        while (System.nanoTime() < deadline && previous != null) {
            sleep(SETTLE_QUIET.toMillis());
            XwdImage next = capture(label);
            if (next == null || Screens.sameOutside(previous, next, appCase.ignore()) && painted(next, window)) {
                timings.add(label + " settled in " + (System.nanoTime() - started) / 1_000_000 + " ms");
                return next;
            }
            previous = next;
        }
        timings.add(label + " still changing after " + SETTLE_TIMEOUT.toSeconds() + " s");
        return previous;
    }

    /** Asks the window manager to activate the awaited window (_NET_ACTIVE_WINDOW) and waits until it is active. */
    private void activate() {
        Command.Result r = command(Duration.ofSeconds(20), "xdotool", "search", "--onlyvisible", "--name",
                appCase.windowName(), "windowactivate", "--sync");
        timings.add("activated: exit " + r.exitCode());
    }

    /** The awaited window's area on the screen, {x, y, width, height}, or null when xdotool cannot tell. */
    private int[] windowArea() {
        Command.Result r = command(Duration.ofSeconds(10), "xdotool", "search", "--onlyvisible", "--name",
                appCase.windowName(), "getwindowgeometry", "--shell");
        Map<String, Integer> values = new HashMap<>();
        for (String line : r.stdout().lines().toList()) {
            String[] kv = line.split("=", 2);
            if (kv.length == 2 && kv[1].strip().matches("-?\\d+")) {
                values.putIfAbsent(kv[0].strip(), Integer.parseInt(kv[1].strip()));
            }
        }
        if (r.exitCode() != 0 || !values.keySet().containsAll(List.of("X", "Y", "WIDTH", "HEIGHT"))) {
            return null;
        }
        return new int[] {values.get("X"), values.get("Y"), values.get("WIDTH"), values.get("HEIGHT")};
    }

    /** Whether the part of {@code window} on the screen holds more than one colour (null: no window to check). */
    static boolean painted(XwdImage image, int[] window) {
        if (window == null) {
            return true;
        }
        int x0 = Math.max(0, window[0]), y0 = Math.max(0, window[1]);
        int x1 = Math.min(image.width(), window[0] + window[2]), y1 = Math.min(image.height(), window[1] + window[3]);
        if (x0 >= x1 || y0 >= y1) {
            return true;
        }
        int first = image.pixel(x0, y0) & 0xFFFFFF;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((image.pixel(x, y) & 0xFFFFFF) != first) {
                    return true;
                }
            }
        }
        return false;
    }

    private XwdImage capture(String label) {
        if (!server.isAlive()) {
            return null;
        }
        Path file = dir.resolve(label + ".xwd");
        Command.Result r = command(Duration.ofSeconds(30), "xwd", "-root", "-silent", "-out", file.toString());
        if (r.exitCode() != 0) {
            return null;
        }
        return XwdImage.read(file);
    }

    /**
     * What the SPICE client shows must be the screen: frames follow a frame clock, so the client gets a few
     * seconds to catch up. Returns null when it does, else the difference.
     */
    private String spiceDifference(InputDriver.Spice spice, XwdImage screen) {
        Screens.Difference d = null;
        for (int i = 0; i < 10; i++) {
            XwdImage shown = spice.client().shot(appCase.name());
            d = Screens.compare(screen, shown, List.of());
            if (d.none()) {
                timings.add("the SPICE client showed the screen at look " + (i + 1));
                return null;
            }
            sleep(500);
        }
        return d.toString();
    }

    private String readBack() {
        return switch (appCase.readback()) {
            case AppCase.Readback.None n -> null;
            case AppCase.Readback.File f -> {
                // Saving is asynchronous: give the application a moment to write what it was told to.
                Path file = environment.home().resolve(f.path());
                String content = null;
                for (int i = 0; i < 20; i++) {
                    content = readIfExists(file);
                    if (f.expected().equals(content)) {
                        break;
                    }
                    sleep(250);
                }
                yield content;
            }
            case AppCase.Readback.Selection s -> {
                Command.Result r = command(Duration.ofSeconds(15), "/usr/bin/python3",
                        Selections.script(dir).toString(), s.selection());
                yield r.exitCode() == 0 ? r.stdout() : null;
            }
        };
    }

    private ToolRun runTool(String commandLine) {
        String expanded = AppEnvironment.expand(commandLine, environment.home());
        Command.Result r = command(Duration.ofSeconds(30), "sh", "-c", expanded);
        return new ToolRun(commandLine, r.exitCode(), r.stdout(), r.stderr());
    }

    private void xdotool(String... args) {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(Arrays.asList(args));
        Command.Result r = command(Duration.ofSeconds(60), command.toArray(String[]::new));
        if (r.exitCode() != 0 && server.isAlive()) {
            // Not the application's fault when the server is gone; otherwise the harness is broken.
            throw new IllegalStateException(String.join(" ", command) + " failed: " + r.stderr());
        }
    }

    private Command.Result command(Duration timeout, String... command) {
        return Command.run(List.of(command), environment, dir, timeout);
    }

    /** Stops every process of the run's session: SIGTERM, then SIGKILL for what is left after 3 s. */
    private static void stop(Process app) {
        long session = app.pid();
        List<ProcessHandle> members = sessionMembers(session);
        members.forEach(ProcessHandle::destroy);
        app.destroy();
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < deadline && !sessionMembers(session).isEmpty()) {
            sleep(100);
        }
        sessionMembers(session).forEach(ProcessHandle::destroyForcibly);
        app.destroyForcibly();
    }

    /** Live processes whose session id ({@code /proc/PID/stat} field 6) is {@code session}. */
    private static List<ProcessHandle> sessionMembers(long session) {
        List<ProcessHandle> members = new ArrayList<>();
        ProcessHandle.allProcesses().forEach(p -> {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
                // Fields after the command name, which is in parentheses and may hold spaces.
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                if (Long.parseLong(fields[3]) == session && fields[0].charAt(0) != 'Z') {
                    members.add(p);
                }
            } catch (IOException | RuntimeException e) {
                // gone meanwhile, or not readable: not ours
            }
        });
        return members;
    }

    private static String readIfExists(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }

    static String read(Path file) {
        String s = readIfExists(file);
        return s == null ? "" : s;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
