package org.sumac.app.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sumac.app.testing.ImageComparison;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.XClients;
import org.sumac.app.testing.XServerProcess;
import org.sumac.app.testing.XvfbProcess;

/**
 * MIT-SHM against Xvfb: src/test/resources/oracle/shm.c puts images from System V segments (ZPixmap, XYBitmap,
 * XYPixmap, whole and in parts, through functions and clips) and gets images into them (windows and pixmaps,
 * plane masks), and provokes the errors of segments too small, unknown, detached and read-only; screens and
 * output must be identical. A segment of another user is refused as on Xvfb, and SHM comes only with RENDER.
 */
class ShmTest {
    private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void shmPutAndGetImageGiveWhatXvfbGives() {
        SumacProcess.assumeAvailable();
        OraclePrograms.Drawing expected;
        try (XvfbProcess xvfb = XvfbProcess.start(OraclePrograms.WIDTH, OraclePrograms.HEIGHT)) {
            expected = OraclePrograms.draw("shm", xvfb);
        }
        OraclePrograms.Drawing actual;
        try (SumacProcess sumac = SumacProcess.start(OraclePrograms.WIDTH, OraclePrograms.HEIGHT, "+extension", "RENDER")) {
            actual = OraclePrograms.draw("shm", sumac);
            sumac.assertAlive();
        }
        ImageComparison.assertSame("shm", expected.screen(), actual.screen());
        assertEquals(expected.output(), actual.output(), "shm: program output (events, errors, checksums)");
        assertTrue(expected.output().contains("completion(minor 3 offset 0)")
            && expected.output().contains("expected X error 128 (BadShmSeg"), expected.output());
    }

    /**
     * A segment root made with mode 0600 is refused to a client running as nobody (BadAccess on Attach, read-only
     * or not); one with mode 0644 may be attached read-only only, and is detached when the client leaves. Sumac runs as
     * root here, so shmat itself would succeed: the refusal is the permission check against the client's SO_PEERCRED.
     */
    @Test
    void anotherUsersSegmentIsBadAccessAsOnXvfb() throws Exception {
        SumacProcess.assumeAvailable();
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to run a client as nobody");
        Path program = nobodyCanRun(OraclePrograms.compile("shm"));
        String onXvfb, onSumac;
        try (XvfbProcess xvfb = XvfbProcess.start(320, 240)) {
            onXvfb = attachAsNobody(xvfb, program);
        }
        try (SumacProcess sumac = SumacProcess.start(320, 240, "+extension", "RENDER")) {
            onSumac = attachAsNobody(sumac, program);
            sumac.assertAlive();
        }
        assertEquals(onXvfb, onSumac);
        assertEquals("""
            mode 600
            expected X error 10 (BadAccess (attempt to access private resource denied)) request 130.1
            attached read-only
            expected X error 10 (BadAccess (attempt to access private resource denied)) request 130.1
            attached writable
            mode 644
            attached read-only
            expected X error 10 (BadAccess (attempt to access private resource denied)) request 130.1
            attached writable
            """, onSumac);
    }

    private static String attachAsNobody(XServerProcess server, Path program) {
        StringBuilder out = new StringBuilder();
        for (String mode : List.of("600", "644")) {
            String id = XClients.run(server, TOOL_TIMEOUT, program.toString(), "create", mode).assertSuccess().stdout().strip();
            try {
                out.append("mode ").append(mode).append('\n');
                out.append(XClients.run(server, TOOL_TIMEOUT, "runuser", "-u", "nobody", "--", program.toString(),
                    "attach", id).assertSuccess().stdout());
                out.append(detachedAfterTheClientLeft(server, id) ? "" : "still attached after its client left\n");
            } finally {
                XClients.run(server, TOOL_TIMEOUT, "ipcrm", "-m", id);
            }
        }
        return out.toString();
    }

    /**
     * A client that may only read a segment attaches it read-only while another client has it attached writable:
     * it may still not have the server write into it (GetImage is BadAccess). Xorg shares one writable mapping and
     * lets it; Sumac checks each attachment.
     */
    @Test
    void aReadOnlyAttachmentStaysReadOnlyWhenAnotherClientWritesTheSegment() throws Exception {
        SumacProcess.assumeAvailable();
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to run a client as nobody");
        Path program = nobodyCanRun(OraclePrograms.compile("shm"));
        try (SumacProcess sumac = SumacProcess.start(320, 240, "+extension", "RENDER")) {
            String id = XClients.run(sumac, TOOL_TIMEOUT, program.toString(), "create", "644").assertSuccess().stdout().strip();
            try (XClients.Running holder = XClients.start(sumac, program.toString(), "hold", id)) {
                holder.awaitStdout("ready", TOOL_TIMEOUT);
                String out = XClients.run(sumac, TOOL_TIMEOUT, "runuser", "-u", "nobody", "--", program.toString(),
                    "getinto", id).assertSuccess().stdout();
                assertTrue(out.contains("get into a read-only attachment: status 0"), out);
            } finally {
                XClients.run(sumac, TOOL_TIMEOUT, "ipcrm", "-m", id);
            }
            sumac.assertAlive();
        }
    }

    /** A copy of the program in a directory every user can read (the build's may not be). */
    private static Path nobodyCanRun(Path binary) throws java.io.IOException {
        Path copy = Files.createTempDirectory("sumac-shm");
        Path program = copy.resolve("shm");
        Files.copy(binary, program);
        copy.toFile().setExecutable(true, false);
        copy.toFile().setReadable(true, false);
        program.toFile().setExecutable(true, false);
        return program;
    }

    /** Whether the server let go of the segment (ipcs says no process has it attached) within a few seconds. */
    private static boolean detachedAfterTheClientLeft(XServerProcess server, String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            String info = XClients.run(server, TOOL_TIMEOUT, "ipcs", "-m", "-i", id).assertSuccess().stdout();
            if (info.contains("nattch=0")) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    @Test
    void shmIsOfferedOnlyBesideRender() {
        SumacProcess.assumeAvailable();
        try (SumacProcess sumac = SumacProcess.start(320, 240, "-extension", "RENDER")) {
            String ext = XClients.run(sumac, TOOL_TIMEOUT, "xdpyinfo", "-queryExtensions").assertSuccess().stdout();
            assertFalse(ext.contains("MIT-SHM"), ext);
        }
        try (SumacProcess sumac = SumacProcess.start(320, 240)) {
            String ext = XClients.run(sumac, TOOL_TIMEOUT, "xdpyinfo", "-queryExtensions").assertSuccess().stdout();
            assertTrue(ext.contains("MIT-SHM  (opcode: 130, base event: 65, base error: 128)"), ext);
        }
        try (SumacProcess sumac = SumacProcess.start(320, 240, "-extension", "MIT-SHM")) {
            String ext = XClients.run(sumac, TOOL_TIMEOUT, "xdpyinfo", "-queryExtensions").assertSuccess().stdout();
            assertFalse(ext.contains("MIT-SHM"), ext);
        }
    }
}
