package org.sumac.app.apps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.sumac.app.desktop.LiveSpiceClient;
import org.sumac.app.testing.DisplayNumbers;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.TestOutput;
import org.sumac.app.testing.XServerProcess;
import org.sumac.app.testing.XvfbProcess;
import org.sumac.app.testing.XwdImage;

/**
 * Runs one case on Xvfb and on Sumac side by side (same size, same settings, each in a fresh HOME), compares
 * what matters and classifies the case: {@link Status#PASS}, {@link Status#PENDING} (every difference is one
 * the case attributes to an extension Sumac does not have yet) or {@link Status#FAIL}. Writes both screens,
 * the difference images and a report under {@code target/x-tests/apps/<case>/}.
 */
final class AppComparison {
    static final int WIDTH = 1024;
    static final int HEIGHT = 768;
    /**
     * Extensions Sumac lacks that Xvfb can switch off without crashing (not XFIXES: Xvfb 21.1 aborts when a
     * client disconnects without it; not RECORD: switching it off also takes XTEST away). XInputExtension,
     * Present and SYNC cannot be switched off.
     */
    static final List<String> MATCHED_XVFB_ARGS = List.of("-extension", "GLX", "-extension", "XVideo",
            "-extension", "SECURITY");
    /** stderr lines worth comparing: X errors, toolkit warnings, crashes. */
    private static final Pattern INTERESTING = Pattern.compile(
            "(?i)error|warning|critical|fault|abort|not found|not supported|cannot|failed|"
                    + Pattern.quote(AppRunner.EXITED));
    private static final int MAX_STDERR_FINDINGS = 6;

    private static final String SPICE_PASSWORD = "app-compare";

    enum Status { PASS, PENDING, FAIL }

    /**
     * The outcome of one case.
     *
     * @param findings   every difference, each prefixed with how it was classified
     * @param extensions the extensions a pending case waits for
     */
    record Verdict(String name, Status status, List<String> findings, Set<String> extensions, Path dir,
            Duration elapsed) {
        /** One line of the listing: {@code PASS name}, {@code PENDING name (XInputExtension 2)}, {@code FAIL name}. */
        String line() {
            String what = switch (status) {
                case PASS -> "PASS   ";
                case PENDING -> "PENDING";
                case FAIL -> "FAIL   ";
            };
            String tail = status == Status.PENDING ? "  (waits for " + String.join(", ", extensions) + ")" : "";
            return what + " " + name + tail + "  [" + elapsed.toSeconds() + " s]";
        }

        String report() {
            StringBuilder sb = new StringBuilder(line()).append('\n');
            findings.forEach(f -> sb.append("    ").append(f).append('\n'));
            sb.append("    output: ").append(dir).append('\n');
            return sb.toString();
        }
    }

    private AppComparison() {
    }

    /** Runs {@code appCase} on a fresh Xvfb and a fresh Sumac at once. */
    static Verdict run(AppCase appCase) {
        long started = System.nanoTime();
        Path dir = TestOutput.dir("apps").resolve(appCase.name());
        deleteRecursively(dir);
        AppRunner.Run xvfb;
        AppRunner.Run sumac;
        int port = freePort();
        // The servers start one after the other (two at once could pick the same free display number), then
        // the runs go side by side.
        try (XvfbProcess xvfbServer = startXvfb(appCase);
             SumacProcess sumacServer = startSumac(appCase, port);
             ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<AppRunner.Run> onXvfb = pool.submit(() -> runOnXvfb(appCase, xvfbServer, dir.resolve("xvfb")));
            Future<AppRunner.Run> onSumac = pool.submit(() -> runOnSumac(appCase, sumacServer, port,
                    dir.resolve("sumac")));
            xvfb = onXvfb.get();
            sumac = onSumac.get();
            if (!sumacServer.isAlive()) {
                try {
                    sumacServer.close();
                } catch (AssertionError expected) {
                    // reported through the run's serverAlive()
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(appCase.name() + ": the harness failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        writeImages(appCase, dir, xvfb, sumac);
        Verdict verdict = classify(appCase, findings(appCase, xvfb, sumac), dir,
                Duration.ofNanos(System.nanoTime() - started));
        try {
            Files.writeString(dir.resolve("report.txt"), verdict.report()
                    + "\n--- timings: Xvfb " + xvfb.elapsed().toMillis() + " ms " + xvfb.timings()
                    + "\n             Sumac " + sumac.elapsed().toMillis() + " ms " + sumac.timings()
                    + tools("Xvfb", xvfb) + tools("Sumac", sumac)
                    + "\n--- Sumac stderr\n" + sumac.stderr()
                    + "\n--- Xvfb stderr\n" + xvfb.stderr() + "\n--- Sumac log (tail)\n" + sumac.serverLog());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return verdict;
    }

    /**
     * Options for Sumac from the environment ({@code SUMAC_APP_ARGS="-extension RENDER" bin/app-compare ...}): an
     * extension Sumac is asked not to offer is then switched off in the matched Xvfb too (MIT-SHM and Composite with
     * RENDER, as Sumac offers them only beside it), and one it is asked to offer is left on in Xvfb too.
     */
    private static List<String> sumacArgs() {
        String env = System.getenv("SUMAC_APP_ARGS");
        return env == null || env.isBlank() ? List.of() : List.of(env.trim().split("\\s+"));
    }

    private static XvfbProcess startXvfb(AppCase appCase) {
        List<String> args = new ArrayList<>(appCase.reference() == AppCase.Reference.MATCHED ? MATCHED_XVFB_ARGS : List.of());
        // No autorepeat, as on Sumac (SPICE clients send their own repeats): under load a key xdotool holds past
        // Xvfb's 660 ms delay repeated on Xvfb alone ("Typeeeeeeeeeeeed in Xfce").
        args.add("-r");
        List<String> sumac = sumacArgs();
        for (int i = 0; i + 1 < sumac.size(); i++) {
            if (!sumac.get(i).equals("-extension")) {
                continue;
            }
            // MIT-SHM and Composite go with RENDER on Sumac
            List<String> off = sumac.get(i + 1).equals("RENDER")
                    ? List.of("RENDER", "MIT-SHM", "Composite") : List.of(sumac.get(i + 1));
            for (String name : off) {
                if (!args.contains(name)) {
                    args.addAll(List.of("-extension", name));
                }
            }
        }
        for (int i = 0; i + 1 < sumac.size(); i++) {
            if (!sumac.get(i).equals("+extension")) {
                continue;
            }
            int at = args.indexOf(sumac.get(i + 1));
            if (at > 0 && args.get(at - 1).equals("-extension")) {
                args.subList(at - 1, at + 1).clear();
            }
        }
        return XvfbProcess.start(WIDTH, HEIGHT, args.toArray(String[]::new));
    }

    private static SumacProcess startSumac(AppCase appCase, int port) {
        List<String> args = new ArrayList<>(sumacArgs());
        if (appCase.spiceInput()) {
            args.addAll(List.of("--port", String.valueOf(port), "--password", SPICE_PASSWORD));
        }
        return SumacProcess.start(WIDTH, HEIGHT, args.toArray(String[]::new));
    }

    private static AppRunner.Run runOnXvfb(AppCase appCase, XvfbProcess xvfb, Path dir) throws IOException {
        Files.createDirectories(dir);
        return new AppRunner(appCase, xvfb, dir).run(InputDriver.Xdotool::new);
    }

    private static AppRunner.Run runOnSumac(AppCase appCase, SumacProcess sumac, int port, Path dir)
            throws IOException {
        Files.createDirectories(dir);
        if (!appCase.spiceInput()) {
            return new AppRunner(appCase, sumac, dir).run(InputDriver.Xdotool::new);
        }
        LiveSpiceClient[] client = new LiveSpiceClient[1];
        try {
            return new AppRunner(appCase, sumac, dir).run(commands -> {
                client[0] = LiveSpiceClient.connect(port, SPICE_PASSWORD);
                return new InputDriver.Spice(client[0]);
            });
        } finally {
            if (client[0] != null) {
                client[0].close();
            }
        }
    }

    static List<String> findings(AppCase appCase, AppRunner.Run xvfb, AppRunner.Run sumac) {
        List<String> findings = new ArrayList<>();
        // The reference must do what the case expects, or the case itself is wrong.
        if (xvfb.windowError() != null) {
            findings.add("reference: on Xvfb " + xvfb.windowError());
        }
        xvfb.exited().forEach(e -> findings.add("reference: on Xvfb component "
                + e.replace(" ", " exited with status ")));
        String expected = switch (appCase.readback()) {
            case AppCase.Readback.None n -> null;
            case AppCase.Readback.File f -> f.expected();
            case AppCase.Readback.Selection s -> s.expected();
        };
        if (expected != null && !expected.equals(xvfb.readback())) {
            findings.add("reference: on Xvfb the text read back is " + quote(xvfb.readback()) + ", not "
                    + quote(expected));
        }
        if (!sumac.serverAlive()) {
            findings.add("server: Sumac died; log tail:\n" + sumac.serverLog());
        }
        if (sumac.windowError() != null) {
            findings.add("window: " + sumac.windowError());
        }
        for (String e : sumac.exited()) {
            if (!xvfb.exited().contains(e)) {
                findings.add("exited: component " + e.replace(" ", " exited with status "));
            }
        }
        List<String> stderr = newStderrLines(xvfb.stderr(), sumac.stderr());
        stderr.stream().limit(MAX_STDERR_FINDINGS).forEach(l -> findings.add("stderr: " + l));
        if (stderr.size() > MAX_STDERR_FINDINGS) {
            findings.add("stderr: ... " + (stderr.size() - MAX_STDERR_FINDINGS) + " more lines (see report.txt)");
        }
        if (sumac.spiceDifference() != null) {
            findings.add("spice: the client's picture is not Sumac's screen: " + sumac.spiceDifference());
        }
        if (expected != null && !expected.equals(sumac.readback())) {
            findings.add("text: read back " + quote(sumac.readback()) + ", typed " + quote(expected));
        }
        for (AppRunner.Shot x : xvfb.shots()) {
            sumac.shots().stream().filter(s -> s.label().equals(x.label())).findFirst()
                    .ifPresent(s -> comparePixels(appCase, x.label(), x.image(), s.image(), findings));
        }
        for (int i = 0; i < Math.min(xvfb.tools().size(), sumac.tools().size()); i++) {
            AppRunner.ToolRun x = xvfb.tools().get(i);
            AppRunner.ToolRun s = sumac.tools().get(i);
            if (x.exitCode() != s.exitCode()) {
                findings.add("tool: `" + s.command() + "` exits " + s.exitCode() + " (Xvfb " + x.exitCode() + "): "
                        + firstLine(s.stderr()));
            } else if (!x.stdout().equals(s.stdout())) {
                findings.add("tool: `" + s.command() + "` prints other output: "
                        + firstDifference(x.stdout(), s.stdout()));
            }
            // A tool may exit 0 although its requests failed (X errors arrive asynchronously).
            List<String> errors = newStderrLines(x.stderr(), s.stderr());
            if (x.exitCode() == s.exitCode() && !errors.isEmpty()) {
                findings.add("tool: `" + s.command() + "` reports errors: " + String.join(" / ",
                        errors.subList(0, Math.min(3, errors.size()))));
            }
        }
        return findings;
    }

    private static void comparePixels(AppCase appCase, String when, XwdImage xvfb, XwdImage sumac,
            List<String> findings) {
        if (xvfb == null || sumac == null) {
            return; // the application never came up (or the server died): reported above
        }
        Screens.Difference d = Screens.compare(xvfb, sumac, appCase.ignore());
        if (!d.none()) {
            findings.add("pixels at " + when + ": " + d);
        }
    }

    /** stderr lines that matter on Sumac and not on Xvfb, compared with numbers (times, serials, ids) masked. */
    static List<String> newStderrLines(String xvfb, String sumac) {
        Set<String> reference = new LinkedHashSet<>();
        xvfb.lines().map(AppComparison::normalise).forEach(reference::add);
        Set<String> fresh = new LinkedHashSet<>();
        for (String line : sumac.lines().toList()) {
            String n = normalise(line);
            if (INTERESTING.matcher(line).find() && !reference.contains(n) && !line.contains(AppRunner.EXITED)) {
                fresh.add(line.strip());
            }
        }
        return List.copyOf(fresh);
    }

    private static String normalise(String line) {
        return line.replaceAll("0x[0-9a-fA-F]+", "0x#").replaceAll("[0-9]+", "#").strip();
    }

    static Verdict classify(AppCase appCase, List<String> findings, Path dir, Duration elapsed) {
        List<String> classified = new ArrayList<>();
        Set<String> extensions = new LinkedHashSet<>();
        boolean failed = false;
        for (String finding : findings) {
            AppCase.Tolerated tolerated = appCase.tolerated().stream()
                    .filter(t -> Pattern.compile(t.findingPattern()).matcher(finding).find()).findFirst().orElse(null);
            if (tolerated != null && !finding.startsWith("reference:")) {
                classified.add("tolerated (" + tolerated.why() + "): " + finding);
                continue;
            }
            AppCase.Pending pending = appCase.pending().stream()
                    .filter(p -> Pattern.compile(p.findingPattern()).matcher(finding).find()).findFirst().orElse(null);
            if (pending != null && !finding.startsWith("reference:")) {
                extensions.add(pending.extension());
                classified.add("pending (" + pending.extension() + ": " + pending.why() + "): " + finding);
                continue;
            }
            failed = true;
            String note = appCase.hints().stream()
                    .filter(h -> Pattern.compile(h.findingPattern()).matcher(finding).find())
                    .map(h -> " [known: " + h.note() + "]").findFirst().orElse("");
            classified.add("FAIL: " + finding + note);
        }
        for (AppCase.Pending p : appCase.pending()) {
            if (findings.stream().noneMatch(f -> Pattern.compile(p.findingPattern()).matcher(f).find())) {
                classified.add("note: marked pending on " + p.extension() + " (" + p.why()
                        + ") but nothing matched: the mark may be stale");
            }
        }
        Status status = failed ? Status.FAIL : extensions.isEmpty() ? Status.PASS : Status.PENDING;
        return new Verdict(appCase.name(), status, classified, extensions, dir, elapsed);
    }

    private static void writeImages(AppCase appCase, Path dir, AppRunner.Run xvfb, AppRunner.Run sumac) {
        Set<String> labels = new LinkedHashSet<>();
        xvfb.shots().forEach(s -> labels.add(s.label()));
        sumac.shots().forEach(s -> labels.add(s.label()));
        for (String label : labels) {
            write(dir, label, image(xvfb, label), image(sumac, label), appCase.ignore());
        }
    }

    private static XwdImage image(AppRunner.Run run, String label) {
        return run.shots().stream().filter(s -> s.label().equals(label)).map(AppRunner.Shot::image).findFirst()
                .orElse(null);
    }

    private static void write(Path dir, String when, XwdImage xvfb, XwdImage sumac, List<AppCase.Region> ignore) {
        if (xvfb != null) {
            Screens.writePng(xvfb, dir.resolve(when + "-xvfb.png"));
        }
        if (sumac != null) {
            Screens.writePng(sumac, dir.resolve(when + "-sumac.png"));
        }
        if (xvfb != null && sumac != null) {
            Screens.writeDiff(xvfb, sumac, ignore, dir.resolve(when + "-diff.png"));
        }
    }

    private static String tools(String server, AppRunner.Run run) {
        StringBuilder sb = new StringBuilder();
        for (AppRunner.ToolRun t : run.tools()) {
            sb.append("\n--- ").append(server).append(": ").append(t.command()).append(" exited ").append(t.exitCode())
                    .append("\n").append(t.stdout()).append(t.stderr());
        }
        return sb.toString();
    }

    private static String quote(String s) {
        if (s == null) {
            return "nothing";
        }
        String shown = s.length() > 120 ? s.substring(0, 120) + "..." : s;
        return "\"" + shown.replace("\n", "\\n") + "\"";
    }

    private static String firstLine(String s) {
        return s.lines().filter(l -> !l.isBlank()).findFirst().orElse("(no stderr)").strip();
    }

    private static String firstDifference(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            String x = i < e.size() ? e.get(i) : "(end)";
            String s = i < a.size() ? a.get(i) : "(end)";
            if (!Objects.equals(x, s)) {
                return "line " + (i + 1) + ": Xvfb " + quote(x) + ", Sumac " + quote(s);
            }
        }
        return "(same lines)";
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }
}
