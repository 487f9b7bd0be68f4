package org.sumac.app.apps;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.TestOutput;

/**
 * Issue 10: real desktop applications as the test suite. Every case of {@link AppCases} runs on Xvfb and on
 * Sumac side by side ({@link AppComparison}); a case passes, is pending (surefire shows it skipped with the
 * extension it waits for: "pending: XInputExtension 2 ...") or fails with its findings. The listing, one
 * line per case, goes to {@code target/x-tests/apps/summary.txt} and to the test's output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealApplicationsTest {
    private final List<AppComparison.Verdict> verdicts = Collections.synchronizedList(new ArrayList<>());

    @TestFactory
    Stream<DynamicTest> everyCaseRunsTheSameOnSumacAsOnXvfb() {
        return AppCases.all().stream().map(c -> DynamicTest.dynamicTest(c.name() + ": " + c.description(), () -> {
            SumacProcess.assumeAvailable();
            for (String program : programs(c)) {
                Assumptions.assumeTrue(onPath(program), program + " is not installed (.ci/packages lists it)");
            }
            // Every wait inside is bounded; this bounds their sum, so a hung case cannot hold the build.
            AppComparison.Verdict v = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> AppComparison.run(c));
            verdicts.add(v);
            System.out.print(v.report());
            switch (v.status()) {
                case PASS -> { }
                case PENDING -> Assumptions.abort("pending: " + String.join(", ", v.extensions()) + " (" + c.name()
                        + ")\n" + String.join("\n", v.findings()));
                case FAIL -> fail(v.report());
            }
        }));
    }

    @AfterAll
    void writeTheListing() throws IOException {
        StringBuilder listing = new StringBuilder();
        synchronized (verdicts) {
            verdicts.forEach(v -> listing.append(v.line()).append('\n'));
        }
        Path file = TestOutput.dir("apps").resolve("summary.txt");
        Files.writeString(file, listing);
        System.out.print("real applications on Sumac (" + file + "):\n" + listing);
    }

    /** The programs a case starts: the first word of each component's last command, plus what drives it. */
    private static List<String> programs(AppCase c) {
        List<String> programs = new ArrayList<>(List.of("xdotool", "xwd", "dbus-run-session", "setsid"));
        for (String component : c.components()) {
            String[] parts = component.split(";");
            programs.add(parts[parts.length - 1].strip().split("\\s+")[0]);
        }
        return programs;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
