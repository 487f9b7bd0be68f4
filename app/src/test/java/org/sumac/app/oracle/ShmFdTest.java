package org.sumac.app.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.XClients;
import org.sumac.app.testing.XvfbProcess;

/**
 * MIT-SHM 1.2 against Xvfb: src/test/resources/oracle/shmfd.c (xcb, needs libxcb-shm0-dev) attaches memory files
 * passed as descriptors, uses the one CreateSegment passes back, puts and gets images through both, and provokes
 * the errors of descriptors that are pipes, empty, directories, read-only, too small or detached; its output
 * (errors, completion events, checksums of the pixels and of what the server wrote into the segments) must be
 * Xvfb's. The server must close every descriptor and unmap every segment of a client that leaves without a word.
 */
class ShmFdTest {
    private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> XCB = List.of("-lxcb-shm", "-lxcb");

    @Test
    void descriptorSegmentsGiveWhatXvfbGives() {
        SumacProcess.assumeAvailable();
        Path program = OraclePrograms.compile("shmfd", XCB);
        String onXvfb, onSumac;
        try (XvfbProcess xvfb = XvfbProcess.start(320, 240)) {
            onXvfb = XClients.run(xvfb, TOOL_TIMEOUT, program.toString()).assertSuccess().stdout();
        }
        try (SumacProcess sumac = SumacProcess.start(320, 240, "+extension", "RENDER")) {
            onSumac = XClients.run(sumac, TOOL_TIMEOUT, program.toString()).assertSuccess().stdout();
            sumac.assertAlive();
        }
        assertEquals(onXvfb, onSumac);
        for (String line : List.of("MIT-SHM 1.2", "completion(minor 3 offset 0)", "its descriptor maps: yes",
                "attach a pipe: error 8 (major 130 minor 6)", "put past the end: error 2", "put after detach: error 128")) {
            assertTrue(onSumac.contains(line), line + " in\n" + onSumac);
        }
    }

    /**
     * Shared pixmaps in descriptor segments: what the server draws is in the client's memory and what the client
     * writes is what GetImage gives, in a memfd the server could seal against shrinking and in CreateSegment's; the
     * client cannot cut either short under the pixmap (pixman would fault in native code). A memory file that cannot
     * be sealed holds no pixmap (BadAlloc) but still serves PutImage. Xvfb lets the client cut the sealable file short
     * and recovers in its bus-fault handler (after which the plain file's put is BadShmSeg or not, as the fault
     * happened: not compared).
     */
    @Test
    void sharedPixmapsLiveOnlyInDescriptorSegmentsThatCannotShrink() {
        SumacProcess.assumeAvailable();
        Path program = OraclePrograms.compile("shmfd", XCB);
        String onXvfb, onSumac;
        try (XvfbProcess xvfb = XvfbProcess.start(320, 240)) {
            onXvfb = XClients.run(xvfb, TOOL_TIMEOUT, program.toString(), "pixmaps").assertSuccess().stdout();
        }
        try (SumacProcess sumac = SumacProcess.start(320, 240, "+extension", "RENDER")) {
            onSumac = XClients.run(sumac, TOOL_TIMEOUT, program.toString(), "pixmaps").assertSuccess().stdout();
            sumac.assertAlive();
        }
        String sealable = """
            MIT-SHM 1.2
            shared pixmaps %s
            attach a sealable memory file: ok
            sealable: pixmap made, drawn into the memory yes
            sealable: GetImage gives the memory yes
            sealable: cut short %s
            attach a plain memory file: ok
            """;
        String created = """
            created: pixmap made, drawn into the memory yes
            created: GetImage gives the memory yes
            created: cut short refused
            done
            """;
        // Sumac does not offer shared pixmaps (Shm's javadoc) but makes them for a client that asks anyway
        assertEquals(sealable.formatted("1 format 2", "done") + """
            plain: pixmap made, drawn into the memory yes
            plain: GetImage gives the memory yes
            plain: cut short done
            """ + created, onXvfb.replaceAll("put from the plain one: .*\n", ""));
        assertEquals(sealable.formatted("0 format 0", "refused") + """
            plain: pixmap error 11 (minor 5)
            put from the plain one: ok
            """ + created, onSumac);
    }

    /**
     * CreateSegment asked behind 4.9 MB of GetImage replies the client has not read: both wait in the client's output
     * queue and the writer must pass the descriptor with the reply's own bytes. Sumac only: Xvfb loses the
     * descriptor there (its client waits for it for ever).
     */
    @Test
    void aDescriptorQueuedBehindALargeReplyComesWithItsReply() {
        SumacProcess.assumeAvailable();
        Path program = OraclePrograms.compile("shmfd", XCB);
        try (SumacProcess sumac = SumacProcess.start(320, 240, "+extension", "RENDER")) {
            String out = XClients.run(sumac, TOOL_TIMEOUT, program.toString(), "behind").assertSuccess().stdout();
            assertEquals("""
                MIT-SHM 1.2
                large replies: 4915200 bytes
                descriptor behind it maps: yes
                put from the one behind: ok
                """, out.replaceAll("after put from the one behind.*\n", ""));
            sumac.assertAlive();
        }
    }

    @Test
    void aClientsDescriptorsAndMappingsGoWithIt() throws Exception {
        SumacProcess.assumeAvailable();
        Path program = OraclePrograms.compile("shmfd", XCB);
        try (SumacProcess sumac = SumacProcess.start(320, 240, "+extension", "RENDER")) {
            // a first client warms the server up (its threads, its classes' descriptors) before counting
            XClients.run(sumac, TOOL_TIMEOUT, program.toString(), "leave", "1").assertSuccess();
            Thread.sleep(500);
            long fds = descriptors(sumac.pid()), maps = memfdMappings(sumac.pid());
            String out = XClients.run(sumac, TOOL_TIMEOUT, program.toString(), "leave", "20").assertSuccess().stdout();
            assertTrue(out.contains("left 20"), out);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            long fdsAfter = descriptors(sumac.pid()), mapsAfter = memfdMappings(sumac.pid());
            while ((fdsAfter > fds || mapsAfter > maps) && System.nanoTime() < deadline) {
                Thread.sleep(100);
                fdsAfter = descriptors(sumac.pid());
                mapsAfter = memfdMappings(sumac.pid());
            }
            assertEquals(fds, fdsAfter, "descriptors of Sumac before and after the client");
            assertEquals(maps, mapsAfter, "memory files mapped by Sumac before and after the client");
            sumac.assertAlive();
        }
    }

    private static long descriptors(long pid) {
        try (Stream<Path> s = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return s.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long memfdMappings(long pid) throws IOException {
        try (Stream<String> s = Files.lines(Path.of("/proc", Long.toString(pid), "maps"))) {
            return s.filter(l -> l.contains("/memfd:")).count();
        }
    }
}
