package org.sumac.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.TestOutput;

/**
 * Files dropped into the desktop (issue 16, acceptance 3): spice-gtk's file-copy API sends a 50 MB file that arrives
 * byte-identical in the download folder of the user Sumac runs as; a second copy gets " (1)"; a cancelled copy, a
 * copy into a folder that cannot be made and a client killed mid-file leave nothing behind, and the client hears
 * the error.
 */
@Timeout(300)
class SpiceAgentFileTransferTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final int SIZE = 50 << 20;

    @Test
    void aFileSentWithSpiceGtkArrivesWholeAndFailedOnesLeaveNothing() throws IOException {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeSpiceGtkFromPython();
        Assumptions.assumeTrue(System.getenv("XDG_CONFIG_HOME") == null, "the download folder follows XDG_CONFIG_HOME");
        Path dir = TestOutput.dir("file-transfer-" + System.nanoTime());
        Path home = Files.createDirectories(dir.resolve("home"));
        Path downloads = home.resolve("Downloads");
        Path file = dir.resolve("payload.bin");
        writeRandom(file, SIZE);
        int port = SpiceClientSupport.freePort();
        // the desktop's owner is the user Sumac runs as: here a home of the test's own
        try (SumacProcess sumac = SumacProcess.startWithJvmOptions(List.of("-Duser.home=" + home), 640, 480,
                 "--port", String.valueOf(port), "--addr", "127.0.0.1", "--disable-ticketing")) {
            try (AgentSpiceClient client = AgentSpiceClient.connect(port)) {
                long t0 = System.nanoTime();
                assertEquals("COPY OK", client.copy(file, TIMEOUT));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.println("50 MB file transfer: " + ms + " ms");
                assertEquals(List.of("payload.bin"), names(downloads));
                assertEquals(sha256(file), sha256(downloads.resolve("payload.bin")), "the file arrived byte-identical");

                // the same name again: a suffix, nobody's file replaced
                Path small = dir.resolve("notes.txt");
                Files.writeString(small, "first\n");
                assertEquals("COPY OK", client.copy(small, TIMEOUT));
                Files.writeString(small, "second\n");
                assertEquals("COPY OK", client.copy(small, TIMEOUT));
                assertEquals(List.of("notes (1).txt", "notes.txt", "payload.bin"), names(downloads));
                assertEquals("first\n", Files.readString(downloads.resolve("notes.txt")));
                assertEquals("second\n", Files.readString(downloads.resolve("notes (1).txt")));

                // cancelled by the client after 5 MB: the partial file goes
                String cancelled = client.copyCancelled(file, 5 << 20, TIMEOUT);
                assertTrue(cancelled.startsWith("COPY ERROR"), cancelled);
                awaitNames(downloads, List.of("notes (1).txt", "notes.txt", "payload.bin"));

                // a download folder that cannot be made (a file in its place): an error, nothing written
                Path aside = dir.resolve("Downloads-aside");
                Files.move(downloads, aside);
                Files.writeString(downloads, "not a folder");
                String failed = client.copy(small, TIMEOUT);
                assertTrue(failed.startsWith("COPY ERROR"), failed);
                assertEquals("not a folder", Files.readString(downloads));
                assertEquals(List.of("Downloads"), names(home), "nothing written beside it");
                Files.delete(downloads);
                Files.move(aside, downloads);
            }

            // a client killed mid-file: the partial file goes with it
            AgentSpiceClient doomed = AgentSpiceClient.connect(port);
            try {
                doomed.copyUntil(file, 5 << 20, TIMEOUT);
                awaitHiddenFile(downloads);
            } finally {
                doomed.kill();
            }
            awaitNames(downloads, List.of("notes (1).txt", "notes.txt", "payload.bin"));
            sumac.assertAlive();
        }
    }

    private static void writeRandom(Path file, int size) throws IOException {
        Random r = new Random(16);
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int done = 0; done < size; done += block.length) {
                r.nextBytes(block);
                out.write(block, 0, Math.min(block.length, size - done));
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) d.update(buf, 0, n);
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The folder's entries, hidden ones too, sorted. */
    private static List<String> names(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the folder holds exactly these (the server removes a partial file when it hears the end). */
    private static void awaitNames(Path dir, List<String> expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!names(dir).equals(expected)) {
            if (System.nanoTime() > deadline) assertEquals(expected, names(dir), "left in " + dir);
            sleep();
        }
    }

    private static void awaitHiddenFile(Path dir) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (names(dir).stream().noneMatch(n -> n.startsWith("."))) {
            if (System.nanoTime() > deadline) throw new AssertionError("no partial file in " + dir + ": " + names(dir));
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
