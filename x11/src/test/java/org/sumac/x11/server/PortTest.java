package org.sumac.x11.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sumac.x11.server.RawX11Client.le;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.x11.geom.Region;
import org.sumac.x11.port.CursorImage;
import org.sumac.x11.port.DisplayPort;
import org.sumac.x11.port.InputInjector;
import org.sumac.x11.port.PointerObserver;
import org.sumac.x11.port.Registration;
import org.sumac.x11.port.ScreenObserver;
import org.sumac.x11.render.DrawTarget;
import org.sumac.x11.render.GraphicsContext;
import org.sumac.x11.render.Pixels;
import org.sumac.x11.render.Points;

/** The display port: what the remote side observes of the screen and the pointer, and the input it injects. */
@Timeout(60)
class PortTest {
    private static final int W = 64, H = 48;

    @TempDir
    Path dir;
    private XServer server;
    private DisplayPort port;

    @BeforeEach
    void create() {
        server = new XServer(DisplayConfig.of(49).withSize(W, H, 24).withAccessControl(false)
            .withDirectories(dir.resolve("sockets"), dir));
        port = server.port();
    }

    @AfterEach
    void close() {
        server.close();
    }

    /** Applies what the port reports to a picture one call at a time, as a SPICE client applies COPY_BITS. */
    private static final class Picture implements ScreenObserver {
        final int[] px = new int[W * H];
        final List<String> heard = new CopyOnWriteArrayList<>();

        Picture() {
            for (int i = 0; i < px.length; i++) px[i] = i * 7919 + 13;
        }

        @Override
        public void damaged(int x, int y, int width, int height) {
            heard.add("damage " + x + "," + y + " " + width + "x" + height);
        }

        @Override
        public void filled(int x, int y, int width, int height, int rgb) {
            heard.add("fill " + x + "," + y + " " + width + "x" + height + " #" + Integer.toHexString(rgb));
        }

        @Override
        public void copied(int srcX, int srcY, int width, int height, int dx, int dy) {
            int[] tmp = new int[width * height];
            for (int r = 0; r < height; r++) System.arraycopy(px, (srcY + r) * W + srcX, tmp, r * width, width);
            for (int r = 0; r < height; r++) System.arraycopy(tmp, r * width, px, (srcY + dy + r) * W + srcX + dx, width);
        }

        @Override
        public void frameComplete() {
            heard.add("complete");
        }
    }

    /** The reference: every destination pixel takes the source pixel from before the copy. */
    private static int[] atomicCopy(int[] before, Region destination, int dx, int dy) {
        int[] out = before.clone();
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (destination.contains(x, y)) out[y * W + x] = before[(y - dy) * W + (x - dx)];
            }
        }
        return out;
    }

    /** A staircase of overlapping-band rectangles, several per band, so order inside and across bands matters. */
    private static Region staircase() {
        Region r = Region.EMPTY;
        for (int i = 0; i < 6; i++) {
            r = r.union(Region.of(8 + i * 4, 8 + i * 4, 12, 6));
            r = r.union(Region.of(36 - i * 3, 10 + i * 5, 5, 4));
        }
        return r;
    }

    @Test
    void copiesOfOneOperationReplayedInTurnEqualTheAtomicCopyInEveryDirection() {
        Region region = staircase();
        for (int dx = -3; dx <= 3; dx++) {
            for (int dy = -3; dy <= 3; dy++) {
                if (dx == 0 && dy == 0) continue;
                Region destination = region.translate(dx, dy);
                Picture picture = new Picture();
                int[] expected = atomicCopy(picture.px, destination, dx, dy);
                try (Registration r = port.observeScreen(picture)) {
                    int mx = dx, my = dy;
                    locked(() -> server.damageCopied(destination, mx, my));
                }
                assertArrayEquals(expected, picture.px, "dx " + dx + " dy " + dy);
            }
        }
    }

    @Test
    void damageAndFillsArriveAsRectanglesAndAClosedRegistrationHearsNothing() {
        Picture picture = new Picture();
        Registration r = port.observeScreen(picture);
        locked(() -> {
            server.damage(Region.of(1, 2, 3, 4).union(Region.of(20, 30, 5, 6)));
            server.damageFilled(Region.of(0, 0, 10, 5), 0xFF123456);
        });
        assertEquals(List.of("damage 1,2 3x4", "damage 20,30 5x6", "complete", "fill 0,0 10x5 #123456", "complete"),
            picture.heard, "outside a request each change completes at once; fills carry xRGB");
        r.close();
        locked(() -> server.damage(Region.of(1, 2, 3, 4)));
        assertEquals(5, picture.heard.size());
    }

    /** No request handler in between: the tree's painting and a rasterizer raise damage where they write. */
    @Test
    void paintingAWindowBackgroundOrDrawingOnTheScreenReachesTheObserverWithoutAHandler() {
        Picture picture = new Picture();
        port.observeScreen(picture);
        locked(() -> server.tree.paintBackground(server.root, Region.of(2, 3, 8, 5)));
        assertEquals(List.of("damage 2,3 8x5", "complete"), picture.heard, "an exposure's background repaint");
        picture.heard.clear();
        GraphicsContext gc = new GraphicsContext(24);
        locked(() -> Points.draw(new DrawTarget(server.framebuffer, 10, 10, Region.of(0, 0, W, H)), gc,
            new int[] {1, 2, 30, 4}, 2));
        assertEquals(List.of("damage 11,12 30x3", "complete"), picture.heard, "two points' bounding box, once");
        picture.heard.clear();
        locked(() -> Points.draw(new DrawTarget(new Pixels(8, 8, 24), 0, 0, Region.of(0, 0, 8, 8)), gc,
            new int[] {1, 2}, 1));
        assertEquals(List.of(), picture.heard, "a pixmap's pixels are nobody's damage");
    }

    @Test
    void aRequestedScreenSizeReallocatesTheScreenAndObserversHearIt() {
        List<String> layouts = new CopyOnWriteArrayList<>();
        List<String> damage = new CopyOnWriteArrayList<>();
        port.observeScreenLayout(l -> layouts.add(l.width() + "x" + l.height() + " " + l.monitors()));
        port.observeScreen(new ScreenObserver() {
            @Override
            public void damaged(int x, int y, int width, int height) {
                damage.add(width + "x" + height + "+" + x + "+" + y);
            }
        });
        assertTrue(port.requestScreenLayout(new org.sumac.x11.port.ScreenLayout(100, 80,
            List.of(new org.sumac.x11.port.ScreenLayout.Monitor(0, 0, 100, 80)))));
        assertEquals(100, port.framebuffer().width());
        assertEquals(80, port.framebuffer().height());
        assertEquals(List.of("64x48 [Monitor[x=0, y=0, width=64, height=48]]",
            "100x80 [Monitor[x=0, y=0, width=100, height=80]]"), layouts);
        assertTrue(damage.contains("100x80+0+0"), "the whole new screen is damage: " + damage);
        int[] px = new int[100 * 80];
        port.framebuffer().read(0, 0, 100, 80, px, 0, 100); // the new size reads
        assertTrue(!port.requestScreenLayout(new org.sumac.x11.port.ScreenLayout(0, 80, List.of())),
            "a size of 0 is refused");
        assertEquals(2, layouts.size());
    }

    @Test
    void aLayoutOfTwoMonitorsGivesTheScreenTwoMonitorsUntilOneIsAsked() {
        var two = new org.sumac.x11.port.ScreenLayout(300, 100, List.of(
            new org.sumac.x11.port.ScreenLayout.Monitor(0, 0, 100, 80),
            new org.sumac.x11.port.ScreenLayout.Monitor(100, 20, 200, 80)));
        assertTrue(port.requestScreenLayout(two));
        assertEquals(two, port.screenLayout(), "RANDR shows each monitor on a CRTC of its own");
        var one = new org.sumac.x11.port.ScreenLayout(120, 90, List.of(
            new org.sumac.x11.port.ScreenLayout.Monitor(0, 0, 120, 90)));
        assertTrue(port.requestScreenLayout(one));
        assertEquals(one, port.screenLayout(), "the second monitor's head is gone");
        assertEquals(new org.sumac.x11.port.ScreenLayout.Size(4096, 4096), port.maximumScreenSize());
    }

    @Test
    void theFramebufferReadsAsXrgb() {
        locked(() -> {
            server.framebuffer.put(2 * W + 3, 0xFF112233);
            server.framebuffer.put(2 * W + 4, 0x00445566);
        });
        int[] out = new int[4];
        port.framebuffer().consistently(() -> port.framebuffer().read(3, 2, 2, 1, out, 1, 2));
        assertArrayEquals(new int[] {0, 0x112233, 0x445566, 0}, out);
        assertEquals(W, port.framebuffer().width());
        assertEquals(H, port.framebuffer().height());
        assertThrows(IndexOutOfBoundsException.class, () -> port.framebuffer().read(W - 1, 0, 2, 1, out, 0, 2));
    }

    @Test
    void aPointerObserverFirstHearsTheCurrentCursorAndLocks() {
        List<String> heard = new ArrayList<>();
        port.observePointer(new PointerObserver() {
            @Override
            public void cursorChanged(CursorImage cursor) {
                assertNull(cursor, "the root window's default cursor");
                heard.add("cursor");
            }

            @Override
            public void locksChanged(int locks) {
                heard.add("locks " + locks);
            }
        });
        assertEquals(List.of("cursor", "locks 0"), heard);
        port.input().inject(e -> assertEquals(InputInjector.CAPS_LOCK, e.syncLocks(InputInjector.CAPS_LOCK)));
        assertEquals(List.of("cursor", "locks 0", "locks 1"), heard, "Caps Lock tapped, its LED reported");
    }

    @Test
    void eventsOutsideABatchAreRefused() {
        InputInjector.Events[] kept = new InputInjector.Events[1];
        port.input().inject(e -> kept[0] = e);
        assertThrows(IllegalStateException.class, () -> kept[0].motion(1, 1));
    }

    /** The port's injector moves the pointer and types a key; an X client sees MotionNotify and KeyPress. */
    @Test
    void injectedMotionAndKeyReachAnXClient() throws IOException {
        server.start();
        try (RawX11Client x = new RawX11Client(dir.resolve("sockets").resolve("X49"))) {
            int window = x.idBase + 1;
            // CreateWindow 40x30 at (10,10), event mask KeyPress | PointerMotion; MapWindow; SetInputFocus to it.
            x.write(le(36).put((byte) 1).put((byte) 0).putShort((short) 9).putInt(window).putInt(XServer.ROOT_WINDOW)
                .putShort((short) 10).putShort((short) 10).putShort((short) 40).putShort((short) 30)
                .putShort((short) 0).putShort((short) 1).putInt(0).putInt(0x800).putInt(0x1 | 0x40));
            x.write(le(8).put((byte) 8).put((byte) 0).putShort((short) 2).putInt(window));
            x.write(le(12).put((byte) 42).put((byte) 1).putShort((short) 3).putInt(window).putInt(0));
            x.write(le(4).put((byte) 43).put((byte) 0).putShort((short) 1));
            x.reply();

            port.input().motion(30, 25);
            ByteBuffer motion = event(x, 6);
            assertEquals(window, motion.getInt(12), "event window");
            assertEquals(30, motion.getShort(20), "root x");
            assertEquals(25, motion.getShort(22), "root y");
            assertEquals(20, motion.getShort(24), "event x");
            assertEquals(15, motion.getShort(26), "event y");

            port.input().key(38, true); // evdev 'a'
            ByteBuffer press = event(x, 2);
            assertEquals(38, press.get(1) & 0xff, "keycode");
            assertEquals(window, press.getInt(12), "event window");
            port.input().key(38, false);
        }
    }

    /**
     * With a cursor observer (a SPICE client), a popup unmapped under its own pointer grab still hands the pointer
     * back with an EnterNotify: asking for the cursor as the grab ended once moved the pointer's window early, the
     * crossing was lost, and GTK drew its window unfocused.
     */
    @Test
    void aPopupUnmappedUnderItsGrabStillSendsEnterWhileTheCursorIsObserved() throws IOException {
        port.observePointer(new PointerObserver() {
            @Override
            public void cursorChanged(CursorImage cursor) { }

            @Override
            public void locksChanged(int locks) { }
        });
        server.start();
        try (RawX11Client x = new RawX11Client(dir.resolve("sockets").resolve("X49"))) {
            int below = x.idBase + 1, popup = x.idBase + 2;
            for (int id : new int[] {below, popup}) {
                // CreateWindow 40x30 at (5,5), event mask EnterWindow; MapWindow
                x.write(le(36).put((byte) 1).put((byte) 0).putShort((short) 9).putInt(id).putInt(XServer.ROOT_WINDOW)
                    .putShort((short) 5).putShort((short) 5).putShort((short) 40).putShort((short) 30)
                    .putShort((short) 0).putShort((short) 1).putInt(0).putInt(0x800).putInt(0x10));
                x.write(le(8).put((byte) 8).put((byte) 0).putShort((short) 2).putInt(id));
            }
            port.input().motion(20, 20);
            // the pointer enters each window as it is mapped over it
            while (event(x, 7).getInt(12) != popup) { }
            // GrabPointer on the popup (owner events, no confine, no cursor), then UnmapWindow it
            x.write(le(24).put((byte) 26).put((byte) 1).putShort((short) 6).putInt(popup).putShort((short) 0x10)
                .put((byte) 1).put((byte) 1).putInt(0).putInt(0).putInt(0));
            x.reply();
            x.write(le(8).put((byte) 10).put((byte) 0).putShort((short) 2).putInt(popup));
            ByteBuffer enter = event(x, 7);
            assertEquals(below, enter.getInt(12), "EnterNotify on the window left under the pointer");
        }
    }

    /** XFIXES HideCursor: the remote side is shown one transparent pixel until the hiding client shows it or goes. */
    @Test
    void aHiddenCursorIsTransparentForTheRemoteSideUntilTheHidingClientGoes() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        port.observePointer(new PointerObserver() {
            @Override
            public void cursorChanged(CursorImage cursor) {
                heard.add(cursor == null ? "default" : cursor.width() + "x" + cursor.height() + " alpha "
                    + (cursor.argb()[0] >>> 24));
            }

            @Override
            public void locksChanged(int locks) { }
        });
        server.start();
        try (RawX11Client x = new RawX11Client(dir.resolve("sockets").resolve("X49"))) {
            x.write(le(12).put((byte) 138).put((byte) 0).putShort((short) 3).putInt(5).putInt(0)); // QueryVersion 5.0
            x.reply();
            for (int i = 0; i < 2; i++) {
                x.write(le(8).put((byte) 138).put((byte) 29).putShort((short) 2).putInt(XServer.ROOT_WINDOW));
            }
            x.write(le(8).put((byte) 138).put((byte) 30).putShort((short) 2).putInt(XServer.ROOT_WINDOW));
            x.write(le(4).put((byte) 43).put((byte) 0).putShort((short) 1));
            x.reply();
            assertEquals(List.of("default", "1x1 alpha 0"), heard, "hidden twice, shown once: still hidden");
        }
        for (int i = 0; i < 200 && heard.size() < 3; i++) Thread.sleep(10);
        assertEquals(List.of("default", "1x1 alpha 0", "default"), heard, "shown again when its client went");
    }

    /** The next event of a type, skipping others. */
    private static ByteBuffer event(RawX11Client x, int code) throws IOException {
        while (true) {
            ByteBuffer e = x.read(32);
            int kind = e.get(0) & 0x7f;
            assertTrue(kind != 0, () -> "X error " + (e.get(1) & 0xff));
            if (kind == code) return e;
        }
    }

    private void locked(Runnable r) {
        server.lock.lock();
        try {
            r.run();
        } finally {
            server.lock.unlock();
        }
    }
}
