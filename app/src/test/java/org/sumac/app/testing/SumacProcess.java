package org.sumac.app.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The server under test: {@code java @jvm.options -cp <test classpath> org.sumac.app.Sumac :N -screen 0 WxHx24
 * -nolisten tcp [extra args]} in its own JVM (the java of {@code JAVA_HOME}, else of this JVM; the options
 * bin/sumac uses, so the server under test is tuned as the one users run), with
 * its log under {@code target/x-tests/logs}. Ready when its socket accepts a connection.
 * {@link #close()} fails the test if Sumac died before it. Without its warm-up (--no-warmup): WarmupTest covers it, and
 * on CI's two cores a warm-up for each of the suite's hundreds of displays would cost minutes.
 *
 * <p>Tests that need Sumac should first call {@link #assumeAvailable()} so they are skipped, not failed,
 * while the main class is not on the classpath yet (never to hide a failure once it is).
 */
public final class SumacProcess extends XServerProcess {
    /** The entry point of the server. */
    public static final String MAIN_CLASS = "org.sumac.app.Sumac";
    /** The JVM options bin/sumac runs Sumac with (a java @argument-file in the app module). */
    static final Path JVM_OPTIONS = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("jvm.options");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private SumacProcess(int n, int width, int height, Process process, Path log) {
        super("Sumac", n, width, height, process, log);
    }

    /** Whether {@value #MAIN_CLASS} is on the test classpath. */
    public static boolean isAvailable() {
        try {
            Class.forName(MAIN_CLASS, false, SumacProcess.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** JUnit assumption: skips the calling test only when the Sumac main class does not exist. */
    public static void assumeAvailable() {
        org.junit.jupiter.api.Assumptions.assumeTrue(isAvailable(), MAIN_CLASS + " is not on the classpath yet");
    }

    /**
     * Starts Sumac with one depth-24 screen of the given size.
     *
     * @param extraArgs appended to the command line, e.g. {@code "-ac"} or {@code "-auth", file}
     */
    public static SumacProcess start(int width, int height, String... extraArgs) {
        return startWithJvmOptions(List.of(), width, height, extraArgs);
    }

    /**
     * As {@link #start}, with options for Sumac's JVM (e.g. {@code -Dname=value}) before the main class.
     */
    public static SumacProcess startWithJvmOptions(List<String> jvmOptions, int width, int height,
            String... extraArgs) {
        return launch("Sumac", n -> {
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "@" + JVM_OPTIONS));
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", classPath(), MAIN_CLASS,
                    ":" + n, "-screen", "0", width + "x" + height + "x24", "-nolisten", "tcp", "--no-warmup"));
            command.addAll(List.of(extraArgs));
            return command;
        }, READY_TIMEOUT, (n, process, log) -> new SumacProcess(n, width, height, process, log));
    }

    /** The java launcher: {@code $JAVA_HOME/bin/java} if it exists, else the one running the tests. */
    static String javaExecutable() {
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && Files.isExecutable(Path.of(javaHome, "bin", "java"))) {
            return Path.of(javaHome, "bin", "java").toString();
        }
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The test classpath. Surefire may run tests from a manifest-only jar, so its own property (the real
     * list of entries) wins over {@code java.class.path}.
     */
    static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** The server's thread dump ({@code jcmd PID Thread.print}), for a failure that looks like a hang. */
    public String threadDump() {
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid()), "Thread.print").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (java.io.IOException e) {
            return "no thread dump: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "no thread dump: interrupted";
        }
    }
}
