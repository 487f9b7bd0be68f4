package org.sumac.x11.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sumac.x11.server.RawX11Client.le;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A press's implicit grab carries the press's own time, as in Xorg, so the client that got the press can turn
 * it into an active grab with that timestamp. xfwm4 moves a window that way from its title bar; the grab was
 * stamped after delivery, a millisecond or more later on a busy server, GrabPointer answered GrabInvalidTime
 * and the first drag of a fresh demo desktop did nothing.
 */
@Timeout(60)
class ImplicitGrabTimeTest {
    private static final int PRESSES = 300;
    @TempDir
    Path dir;
    private XServer server;
    private RawX11Client x;

    @BeforeEach
    void start() throws IOException {
        server = new XServer(DisplayConfig.of(49).withSize(320, 240, 24).withAccessControl(false)
            .withDirectories(dir.resolve("sockets"), dir));
        server.start();
        x = new RawX11Client(dir.resolve("sockets").resolve("X49"));
    }

    @AfterEach
    void stop() throws IOException {
        if (x != null) x.close();
        if (server != null) server.close();
    }

    @Test
    void grabbingWithThePresssTimestampSucceeds() throws IOException {
        int w = x.idBase + 1;
        // CreateWindow 100x100 at 10,10, InputOutput, event-mask ButtonPress | ButtonRelease; MapWindow.
        x.write(le(36).put((byte) 1).put((byte) 0).putShort((short) 9).putInt(w).putInt(XServer.ROOT_WINDOW)
            .putShort((short) 10).putShort((short) 10).putShort((short) 100).putShort((short) 100).putShort((short) 0)
            .putShort((short) 1).putInt(0).putInt(0x800).putInt(0x4 | 0x8));
        x.write(le(8).put((byte) 8).put((byte) 0).putShort((short) 2).putInt(w));
        x.write(le(4).put((byte) 43).put((byte) 0).putShort((short) 1)); // GetInputFocus: the window is up
        x.reply();
        inject(() -> server.dispatcher.input.injectMotion(50, 50));
        int invalid = 0;
        for (int i = 0; i < PRESSES; i++) {
            inject(() -> server.dispatcher.input.injectButton(1, true));
            int time = nextButtonEvent(4).getInt(4);
            // GrabPointer(owner-events false, w, ButtonPress|ButtonRelease, async, async, no confine/cursor, time).
            x.write(le(24).put((byte) 26).put((byte) 0).putShort((short) 6).putInt(w).putShort((short) 0x0C)
                .put((byte) 1).put((byte) 1).putInt(0).putInt(0).putInt(time));
            if (x.reply().get(1) == 2) invalid++;
            x.write(le(8).put((byte) 27).put((byte) 0).putShort((short) 2).putInt(0)); // UngrabPointer(CurrentTime)
            inject(() -> server.dispatcher.input.injectButton(1, false));
        }
        assertEquals(0, invalid, "GrabInvalidTime answers out of " + PRESSES);
    }

    private ByteBuffer nextButtonEvent(int type) throws IOException {
        while (true) {
            ByteBuffer e = x.read(32);
            if ((e.get(0) & 0x7f) == type) return e;
        }
    }

    private void inject(Runnable action) {
        server.lock.lock();
        try {
            action.run();
        } finally {
            server.lock.unlock();
        }
    }
}
