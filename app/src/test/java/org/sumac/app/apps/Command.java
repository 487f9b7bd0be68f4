package org.sumac.app.apps;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a helper command (xdotool, xwd, a tool) to completion in a run's environment, under a timeout. */
final class Command {
    private Command() {
    }

    /** Exit status (-1 when killed at the deadline) and output. */
    record Result(int exitCode, String stdout, String stderr) { }

    static Result run(List<String> command, AppEnvironment environment, Path dir, Duration timeout) {
        String base = "cmd-" + Path.of(command.getFirst()).getFileName() + "-" + System.nanoTime();
        Path out = dir.resolve(base + ".out");
        Path err = dir.resolve(base + ".err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(environment.home().toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(environment.env());
        try {
            Process p = builder.start();
            boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
            Result result = new Result(done ? p.exitValue() : -1, AppRunner.read(out), AppRunner.read(err));
            java.nio.file.Files.deleteIfExists(out);
            java.nio.file.Files.deleteIfExists(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
