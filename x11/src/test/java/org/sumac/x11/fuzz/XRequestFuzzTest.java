package org.sumac.x11.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.x11.server.DisplayConfig;
import org.sumac.x11.server.Resource;
import org.sumac.x11.server.XServer;

/**
 * Fuzzes the X request path: each input is a connection (setup, then up to 48 requests of any opcode, either byte
 * order) to a fresh display, so a finding replays the same way. A finding is any WARN the server logs (an
 * internal error answered with BadImplementation, a client's reader failing, a failed clean-up), the display closing the
 * connection without a KillClient, not answering a GetInputFocus round trip within 10 s, keeping the client's
 * resources after it left, losing its own root window or default colormap, or not serving a new client afterwards.
 *
 * `mvn verify` fuzzes it for fuzz.seconds (45, in the root pom); bin/fuzz runs it longer. Inputs that failed are
 * kept under src/test/resources/org/sumac/x11/fuzz/XRequestFuzzTestInputs and replayed by every test run.
 */
class XRequestFuzzTest {
    private static final long ANSWER_MILLIS = 10_000;
    private static final int DISPLAY = 1;

    @TempDir
    Path dir;
    private LogWatch logs;
    private final FuzzReport report = new FuzzReport("x11 requests");

    @BeforeEach
    void watchLogs() { logs = new LogWatch(); }

    @AfterEach
    void stopWatching() {
        logs.close();
        report.print();
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"BIG-REQUESTS", "SHAPE", "XKEYBOARD", "XTEST", "XC-MISC", "Generic Event Extension",
        "fixed", "cursor", "-misc-fixed-*", "*", "?", "red", "#ff0000", "rgb:ff/00/00", "WM_NAME", "STRING"})
    void anyRequestSequenceLeavesTheDisplayServing(FuzzedDataProvider data) throws Exception {
        report.executed();
        XProgram program = XProgram.from(data);
        Path sockets = dir.resolve("sockets");
        List<String> fonts = program.systemFonts() ? null : List.of("built-ins");
        XServer server = new XServer(new DisplayConfig(DISPLAY, 256, 192, 24, null, false, false, fonts, sockets, dir));
        server.start();
        try {
            boolean answered = run(sockets.resolve("X" + DISPLAY), program);
            awaitClientGone(server, program);
            assertServerResourcesRemain(server, program);
            if (!answered || !program.setupWellFormed()) assertServes(sockets.resolve("X" + DISPLAY), program);
            String warnings = logs.take();
            if (!warnings.isEmpty()) fail("the server logged a warning\nrequests " + program.listing() + "\n" + warnings);
        } finally {
            server.close();
        }
    }

    /** Sends the program; true when its final GetInputFocus was answered. */
    private static boolean run(Path socket, XProgram program) throws Exception {
        try (XConnection x = new XConnection(socket, ANSWER_MILLIS)) {
            x.order(program.msbFirst());
            Thread writer = x.writeInBackground(program.bytes());
            if (!program.setupWellFormed()) {
                writer.join();
                x.shutdownOutput();
                x.drainUntilClosed();
                return false;
            }
            try {
                assertEquals(1, x.readSetup(), "a well-formed setup is accepted");
                boolean answered = x.awaitReply(program.requests() + 1, e -> { });
                if (!answered && !program.killsClients()) {
                    fail("the display closed the connection\nrequests " + program.listing());
                }
                return answered;
            } catch (XConnection.TimeoutException e) {
                throw new AssertionError("no answer to GetInputFocus within " + ANSWER_MILLIS + " ms\nrequests "
                    + program.listing() + "\nbytes " + java.util.HexFormat.ofDelimiter(" ").formatHex(program.bytes(), 0,
                    Math.min(program.bytes().length, 512)) + "\nread " + x.seen(), e);
            } finally {
                writer.interrupt();
            }
        }
    }

    /** Waits until the display has cleaned up after the client, then checks it freed the client's resources. */
    private static void awaitClientGone(XServer server, XProgram program) throws InterruptedException {
        long deadline = System.nanoTime() + ANSWER_MILLIS * 1_000_000L;
        while (true) {
            server.lock.lock();
            try {
                if (server.client(1) == null) {
                    if (program.setsCloseDownMode()) return;
                    List<String> left = new ArrayList<>();
                    for (Resource r : server.allResources()) {
                        if ((r.id() & ~0x1FFFFF) == XProgram.ID_BASE) left.add(Integer.toHexString(r.id()) + " " + r);
                    }
                    if (!left.isEmpty()) fail("resources outlived their client: " + left + "\nrequests " + program.listing());
                    return;
                }
            } finally {
                server.lock.unlock();
            }
            if (System.nanoTime() > deadline) fail("the display never let go of the client\nrequests " + program.listing());
            java.util.concurrent.locks.LockSupport.parkNanos(20_000);
        }
    }

    /** No client can take away what the display itself owns: the root window and the default colormap. */
    private static void assertServerResourcesRemain(XServer server, XProgram program) {
        server.lock.lock();
        try {
            if (!server.resourceExists(XServer.ROOT_WINDOW) || !server.resourceExists(XServer.DEFAULT_COLORMAP)) {
                fail("a client freed the display's own resources\nrequests " + program.listing());
            }
        } finally {
            server.lock.unlock();
        }
    }

    /** A new client connects and gets a GetInputFocus answered. */
    private static void assertServes(Path socket, XProgram program) throws Exception {
        try (XConnection x = new XConnection(socket, ANSWER_MILLIS)) {
            ByteBuffer b = ByteBuffer.allocate(16).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            b.put((byte) 'l').put((byte) 0).putShort((short) 11).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0);
            b.put((byte) 43).put((byte) 0).putShort((short) 1);
            x.writeInBackground(b.array()).join();
            assertEquals(1, x.readSetup(), "a new client is accepted after " + program.listing());
            if (!x.awaitReply(1, e -> { })) fail("a new client was disconnected after " + program.listing());
        } catch (XConnection.TimeoutException | IOException e) {
            throw new AssertionError("the display stopped serving new clients after " + program.listing(), e);
        }
    }
}
