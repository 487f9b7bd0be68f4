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
import org.sumac.app.testing.RawXConnection;
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
     * Shared pixmaps (src/test/resources/oracle/shmpixmap.c), which Sumac does not offer (QueryVersion says no; Shm's
     * javadoc) but makes for a client that asks anyway: depth-24 and depth-32 pixmaps in System V segments, written by
     * the client and drawn by the server (core drawing, a copy from the window, RENDER through pixman, a GC tile,
     * GetImage), still used after Detach; the segment's checksums after each step, the screen, and the errors of
     * CreatePixmap (offset and size past the segment, a read-only, unknown or detached segment, bad depths, zero
     * sizes, a side past 32767, a freed pixmap) as on Xvfb.
     */
    @Test
    void sharedPixmapsAClientMakesAnywayGiveWhatXvfbGives() {
        SumacProcess.assumeAvailable();
        List<String> render = List.of("-lXrender");
        OraclePrograms.Drawing expected;
        try (XvfbProcess xvfb = XvfbProcess.start(OraclePrograms.WIDTH, OraclePrograms.HEIGHT)) {
            expected = OraclePrograms.draw("shmpixmap", xvfb, render);
        }
        OraclePrograms.Drawing actual;
        try (SumacProcess sumac = SumacProcess.start(OraclePrograms.WIDTH, OraclePrograms.HEIGHT, "+extension", "RENDER")) {
            actual = OraclePrograms.draw("shmpixmap", sumac, render);
            sumac.assertAlive();
        }
        ImageComparison.assertSame("shmpixmap", expected.screen(), actual.screen());
        String offered = "MIT-SHM 1.2 shared pixmaps 1 format 2\n", notOffered = "MIT-SHM 1.2 shared pixmaps 0 format 0\n";
        assertTrue(expected.output().startsWith(offered) && expected.output().contains("(same bytes: 1)")
            && expected.output().contains("errors 0"), expected.output());
        assertTrue(actual.output().startsWith(notOffered), actual.output());
        assertEquals(expected.output().substring(offered.length()), actual.output().substring(notOffered.length()),
            "shmpixmap: program output (checksums, errors)");
    }

    /**
     * Depths whose ZPixmap layout is not the server's pixel layout (1, 4, 8 and 16) are BadAlloc on Sumac, as Xorg
     * answers when its screen cannot make a shared pixmap (see Shm's javadoc); Xvfb makes them.
     */
    @Test
    void sharedPixmapsOfSmallerDepthsAreBadAllocWhereXvfbMakesThem() {
        SumacProcess.assumeAvailable();
        Path program = OraclePrograms.compile("shmpixmap", List.of("-lXrender"));
        String onXvfb, onSumac;
        try (XvfbProcess xvfb = XvfbProcess.start(320, 240)) {
            onXvfb = XClients.run(xvfb, TOOL_TIMEOUT, program.toString(), "depths").assertSuccess().stdout();
        }
        try (SumacProcess sumac = SumacProcess.start(320, 240, "+extension", "RENDER")) {
            onSumac = XClients.run(sumac, TOOL_TIMEOUT, program.toString(), "depths").assertSuccess().stdout();
            sumac.assertAlive();
        }
        assertFalse(onXvfb.contains("error"), onXvfb);
        String badAlloc = "expected X error 11 (BadAlloc (insufficient resources for operation)) request 130.5\n";
        assertEquals("MIT-SHM 1.2 shared pixmaps 0 format 0\n" + badAlloc + "(depth 1)\n" + badAlloc + "(depth 4)\n"
            + badAlloc + "(depth 8)\n" + badAlloc + "(depth 16)\nready\n", onSumac);
    }

    /**
     * A shared pixmap keeps its segment attached after the client detaches it (ipcs counts the server and the
     * client), and the segment is let go when the client leaves and its pixmap goes, as on Xvfb.
     */
    @Test
    void aSharedPixmapHoldsItsSegmentAfterDetachUntilItsClientGoes() {
        SumacProcess.assumeAvailable();
        String onXvfb, onSumac;
        try (XvfbProcess xvfb = XvfbProcess.start(320, 240)) {
            onXvfb = keepAndLeave(xvfb);
        }
        try (SumacProcess sumac = SumacProcess.start(320, 240, "+extension", "RENDER")) {
            onSumac = keepAndLeave(sumac);
            sumac.assertAlive();
        }
        assertEquals("attached 2 while the pixmap lives\ndetached after the client left\n", onXvfb);
        assertEquals(onXvfb, onSumac);
    }

    private static String keepAndLeave(XServerProcess server) {
        Path shm = OraclePrograms.compile("shm");
        Path program = OraclePrograms.compile("shmpixmap", List.of("-lXrender"));
        String id = XClients.run(server, TOOL_TIMEOUT, shm.toString(), "create", "600").assertSuccess().stdout().strip();
        StringBuilder out = new StringBuilder();
        try {
            try (XClients.Running keeper = XClients.start(server, program.toString(), "keep", id)) {
                keeper.awaitStdout("ready", TOOL_TIMEOUT);
                String info = XClients.run(server, TOOL_TIMEOUT, "ipcs", "-m", "-i", id).assertSuccess().stdout();
                out.append(info.contains("nattch=2") ? "attached 2 while the pixmap lives\n" : info);
            }
            out.append(detachedAfterTheClientLeft(server, id) ? "detached after the client left\n" : "still attached\n");
        } finally {
            XClients.run(server, TOOL_TIMEOUT, "ipcrm", "-m", id);
        }
        return out.toString();
    }

    /**
     * A shared pixmap's pixels are its client's segment, not the server's memory: only the pixmap object is charged to
     * the client's budget (256 MiB by default). Three 255.75 MiB shared pixmaps over one segment are made, and an
     * ordinary pixmap of that size still fits the budget beside them; a second ordinary one does not.
     */
    @Test
    void aSharedPixmapIsChargedItsObjectNotItsPixels() {
        SumacProcess.assumeAvailable();
        int width = 8192, height = 8184; // 255.75 MiB at 32 bits a pixel, just inside a client's budget
        String made = XClients.run(":0", TOOL_TIMEOUT,
            List.of("ipcmk", "-M", Long.toString(4L * width * height), "-p", "0600"))
            .assertSuccess().stdout();
        String shmid = made.replaceAll("[^0-9]", "");
        try (SumacProcess sumac = SumacProcess.start(320, 240, "+extension", "RENDER");
             RawXConnection x = RawXConnection.connect(sumac.socketPath(), java.nio.ByteOrder.LITTLE_ENDIAN, TOOL_TIMEOUT)) {
            int root = x.setup().rootWindow(), seg = x.newId();
            List<String> got = new java.util.ArrayList<>();
            got.add("attach " + answer(x, 130, 1, x.body().putInt(seg).putInt(Integer.parseInt(shmid)).putInt(0).bytes()));
            for (int i = 0; i < 3; i++) {
                got.add("shared " + answer(x, 130, 5, x.body().putInt(x.newId()).putInt(root).put16(width).put16(height)
                    .put8(24).put8(0).put16(0).putInt(seg).putInt(0).bytes()));
            }
            for (int i = 0; i < 2; i++) {
                got.add("ordinary " + answer(x, 53, 24, x.body().putInt(x.newId()).putInt(root).put16(width)
                    .put16(height).bytes()));
            }
            assertEquals(List.of("attach ok", "shared ok", "shared ok", "shared ok", "ordinary ok", "ordinary error 11"),
                got);
            sumac.assertAlive();
        } finally {
            XClients.run(":0", TOOL_TIMEOUT, List.of("ipcrm", "-m", shmid));
        }
    }

    /**
     * DAMAGE on a shared pixmap (raw rectangles) reports what the server draws into it (a fill, a core PutImage, an
     * SHM PutImage from the same segment, a copy from the root), as on Xvfb; what the client writes in the segment
     * itself is not the server's drawing and is reported by neither.
     */
    @Test
    void damageOnASharedPixmapIsReportedAsOnXvfb() {
        SumacProcess.assumeAvailable();
        String made = XClients.run(":0", TOOL_TIMEOUT, List.of("ipcmk", "-M", "16384", "-p", "0600")).assertSuccess()
            .stdout();
        int shmid = Integer.parseInt(made.replaceAll("[^0-9]", ""));
        try {
            List<String> onXvfb, onSumac;
            try (XvfbProcess xvfb = XvfbProcess.start(320, 240)) {
                onXvfb = damageOnSharedPixmap(xvfb, shmid);
            }
            try (SumacProcess sumac = SumacProcess.start(320, 240, "+extension", "RENDER")) {
                onSumac = damageOnSharedPixmap(sumac, shmid);
                sumac.assertAlive();
            }
            assertEquals(onXvfb, onSumac);
            assertEquals(5, onSumac.size(), onSumac.toString());
        } finally {
            XClients.run(":0", TOOL_TIMEOUT, List.of("ipcrm", "-m", Integer.toString(shmid)));
        }
    }

    private static List<String> damageOnSharedPixmap(XServerProcess server, int shmid) {
        try (RawXConnection x = RawXConnection.connect(server.socketPath(), java.nio.ByteOrder.LITTLE_ENDIAN, TOOL_TIMEOUT)) {
            int root = x.setup().rootWindow(), seg = x.newId(), pixmap = x.newId(), gc = x.newId(), damage = x.newId();
            List<String> got = new java.util.ArrayList<>();
            got.add("version " + answer(x, 143, 0, x.body().putInt(1).putInt(1).bytes()));
            got.add("attach " + answer(x, 130, 1, x.body().putInt(seg).putInt(shmid).putInt(0).bytes()));
            got.add("pixmap " + answer(x, 130, 5, x.body().putInt(pixmap).putInt(root).put16(32).put16(32).put8(24)
                .put8(0).put16(0).putInt(seg).putInt(0).bytes()));
            x.request(55, 0, x.body().putInt(gc).putInt(pixmap).putInt(0x4).putInt(0x336699).bytes());
            got.add("damage " + answer(x, 143, 1, x.body().putInt(damage).putInt(pixmap).putInt(0).bytes()));
            x.request(70, 0, x.body().putInt(pixmap).putInt(gc).put16(2).put16(3).put16(10).put16(5).bytes());
            var image = x.body().putInt(pixmap).putInt(gc).put16(4).put16(4).put16(20).put16(20).put8(0).put8(24)
                .put16(0);
            for (int i = 0; i < 16; i++) image.putInt(0x10101 * i);
            x.request(72, 2, image.bytes());
            // an 8x8 image at offset 8192 of the segment, put at (1, 1) from its (2, 2), 5x4 of it
            x.request(130, 3, x.body().putInt(pixmap).putInt(gc).put16(8).put16(8).put16(2).put16(2).put16(5).put16(4)
                .put16(1).put16(1).put8(24).put8(2).put8(0).put8(0).putInt(seg).putInt(8192).bytes());
            x.request(62, 0, x.body().putInt(root).putInt(pixmap).putInt(gc).put16(0).put16(0).put16(25).put16(5)
                .put16(6).put16(6).bytes());
            // a clipped fill, half outside the pixmap
            x.request(70, 0, x.body().putInt(pixmap).putInt(gc).put16(28).put16(28).put16(10).put16(10).bytes());
            int check = x.request(43, 0, new byte[0]);
            while (true) {
                RawXConnection.Message m = x.read();
                if (m.type() == RawXConnection.REPLY && m.sequence() == check) break;
                if (m.isError()) got.add("error " + m.code() + " seq " + m.sequence());
                if ((m.type() & 0x7f) == 91) {
                    got.add("notify level " + (m.code() & 0x7f) + " drawable " + (m.card32(4) == pixmap) + " area "
                        + (short) m.card16(16) + "," + (short) m.card16(18) + " " + m.card16(20) + "x" + m.card16(22)
                        + " geometry " + m.card16(28) + "x" + m.card16(30));
                }
            }
            return got.stream().filter(l -> l.startsWith("notify") || l.startsWith("error")).toList();
        }
    }

    /** Sends one request and a round trip: "ok", or the error the request got. */
    private static String answer(RawXConnection x, int major, int minor, byte[] body) {
        int seq = x.request(major, minor, body);
        int check = x.request(43, 0, new byte[0]);
        String result = "ok";
        while (true) {
            RawXConnection.Message m = x.readReplyOrError();
            if (m.isError() && m.sequence() == seq) result = "error " + m.code();
            else if (m.sequence() == check && !m.isError()) return result;
        }
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
