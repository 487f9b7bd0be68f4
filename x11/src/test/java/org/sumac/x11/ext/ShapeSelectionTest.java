package org.sumac.x11.ext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.x11.server.DisplayConfig;
import org.sumac.x11.server.RawX11Client;
import org.sumac.x11.server.XServer;

/**
 * SHAPE's SelectInput table lets go of what it no longer needs: a destroyed window, a closed client. It kept every
 * destroyed window a client had selected ShapeNotify on, for as long as the display ran.
 */
@Timeout(60)
class ShapeSelectionTest {
    private static final int SHAPE = 129, SELECT_INPUT = 6, INPUT_SELECTED = 7;
    @TempDir
    Path dir;
    private XServer server;
    private Shape shape;

    @BeforeEach
    void start() throws IOException {
        server = new XServer(DisplayConfig.of(51).withSize(320, 240, 24).withAccessControl(false)
            .withDirectories(dir.resolve("sockets"), dir));
        server.start();
        shape = (Shape) server.extensions.byName("SHAPE").handler();
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    private RawX11Client connect() throws IOException {
        return new RawX11Client(dir.resolve("sockets").resolve("X51"));
    }

    private int locked(IntSupplier s) {
        server.lock.lock();
        try {
            return s.getAsInt();
        } finally {
            server.lock.unlock();
        }
    }

    static void createWindow(RawX11Client x, int id) throws IOException {
        x.write(x.buffer(32).put((byte) 1).put((byte) 0).putShort((short) 8).putInt(id).putInt(XServer.ROOT_WINDOW)
            .putShort((short) 10).putShort((short) 10).putShort((short) 50).putShort((short) 40).putShort((short) 0)
            .putShort((short) 1).putInt(0).putInt(0));
    }

    static void selectShapeInput(RawX11Client x, int window) throws IOException {
        x.write(x.buffer(12).put((byte) SHAPE).put((byte) SELECT_INPUT).putShort((short) 3).putInt(window)
            .put((byte) 1).put(new byte[3]));
    }

    /** SHAPE InputSelected: whether this client selected ShapeNotify on the window (also a round trip). */
    static boolean inputSelected(RawX11Client x, int window) throws IOException {
        x.write(x.buffer(8).put((byte) SHAPE).put((byte) INPUT_SELECTED).putShort((short) 2).putInt(window));
        ByteBuffer reply = x.reply();
        return reply.get(1) != 0;
    }

    @Test
    void anExtensionThatSelectedEventsOnADestroyedWindowHoldsNothingForIt() throws IOException {
        try (RawX11Client x = connect()) {
            int kept = x.idBase + 1, destroyed = x.idBase + 2;
            createWindow(x, kept);
            createWindow(x, destroyed);
            selectShapeInput(x, kept);
            selectShapeInput(x, destroyed);
            assertTrue(inputSelected(x, destroyed));
            assertEquals(2, locked(shape::selectedWindows), "windows with a ShapeNotify selection");
            x.write(x.buffer(8).put((byte) 4).put((byte) 0).putShort((short) 2).putInt(destroyed)); // DestroyWindow
            assertTrue(inputSelected(x, kept), "the other window's selection stays");
            assertEquals(1, locked(shape::selectedWindows), "windows with a ShapeNotify selection");
            assertEquals(1, locked(shape::selectionCount), "client-window selections");
        }
    }

    @Test
    void aClosedClientsSelectionsAreForgottenWhileItsWindowsLiveOn() throws IOException, InterruptedException {
        try (RawX11Client owner = connect()) {
            int window = owner.idBase + 1;
            createWindow(owner, window);
            inputSelected(owner, window); // a round trip: the window exists before the watcher asks about it
            try (RawX11Client watcher = connect()) {
                selectShapeInput(watcher, window);
                assertTrue(inputSelected(watcher, window));
                assertEquals(1, locked(shape::selectionCount));
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (locked(shape::selectionCount) != 0 && System.nanoTime() < deadline) Thread.sleep(10);
            assertEquals(0, locked(shape::selectionCount), "selections of the closed client");
            assertEquals(0, locked(shape::selectedWindows), "windows with a ShapeNotify selection");
            assertTrue(!inputSelected(owner, window), "the window lives on, unselected");
        }
    }
}
