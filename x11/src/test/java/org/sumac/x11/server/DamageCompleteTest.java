package org.sumac.x11.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sumac.x11.server.RawX11Client.le;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.x11.geom.Region;

/**
 * A damage listener hears damageComplete once per request that damaged the screen, after that request released
 * the lock (a desktop wakes its screen reader there, and the reader takes the lock), and not after requests that
 * drew nothing; damage told outside a request is completed at once. Requests go over a real socket in raw
 * protocol.
 */
@Timeout(60)
class DamageCompleteTest {
    @TempDir
    Path dir;
    private XServer server;
    private RawX11Client x;
    /** What the listener heard, in order: "damage", "fill", "copy", "complete" or "complete under lock". */
    private final List<String> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new XServer(DisplayConfig.of(48).withSize(320, 240, 24).withAccessControl(false)
            .withDirectories(dir.resolve("sockets"), dir));
        server.start();
        server.addDamageListener(new XServer.DamageListener() {
            @Override
            public void damaged(Region r) {
                heard.add("damage");
            }

            @Override
            public void filled(Region r, int pixel) {
                heard.add("fill");
            }

            @Override
            public void copied(Region destination, int dx, int dy) {
                heard.add("copy");
            }

            @Override
            public void damageComplete() {
                heard.add(server.lock.isHeldByCurrentThread() ? "complete under lock" : "complete");
            }
        });
        x = new RawX11Client(dir.resolve("sockets").resolve("X48"));
    }

    @AfterEach
    void stop() throws IOException {
        if (x != null) x.close();
        if (server != null) server.close();
    }

    @Test
    void eachDamagingRequestCompletesOnceOutsideTheLock() throws IOException {
        int window = x.idBase + 1, gc = x.idBase + 2;
        // CreateWindow 100x80 at (10,10) on the root with a background pixel: no damage until it is mapped.
        x.write(le(36).put((byte) 1).put((byte) 0).putShort((short) 9).putInt(window).putInt(XServer.ROOT_WINDOW)
            .putShort((short) 10).putShort((short) 10).putShort((short) 100).putShort((short) 80)
            .putShort((short) 0).putShort((short) 1).putInt(0).putInt(0x2).putInt(0x336699));
        // CreateGC with a foreground.
        x.write(le(20).put((byte) 55).put((byte) 0).putShort((short) 5).putInt(gc).putInt(window).putInt(0x4)
            .putInt(0xFF0000));
        roundTrip();
        assertEquals(List.of(), heard, "creating a window and a GC draws nothing");

        // MapWindow paints the background, maybe in several pieces: one completion after all of them.
        x.write(le(8).put((byte) 8).put((byte) 0).putShort((short) 2).putInt(window));
        roundTrip();
        assertTrue(heard.size() >= 2 && heard.subList(0, heard.size() - 1).stream().allMatch("damage"::equals),
            "map: damage, then one completion: " + heard);
        assertEquals("complete", heard.getLast(), "completed after the request let go of the lock: " + heard);
        heard.clear();

        // PolyFillRectangle: a solid fill, then one completion.
        x.write(le(20).put((byte) 70).put((byte) 0).putShort((short) 5).putInt(window).putInt(gc)
            .putShort((short) 5).putShort((short) 5).putShort((short) 40).putShort((short) 30));
        roundTrip();
        assertEquals(List.of("fill", "complete"), heard);
        heard.clear();

        // ChangeGC draws nothing: no completion.
        x.write(le(16).put((byte) 56).put((byte) 0).putShort((short) 4).putInt(gc).putInt(0x4).putInt(0x00FF00));
        roundTrip();
        assertEquals(List.of(), heard);
    }

    @Test
    void damageOutsideARequestCompletesAtOnce() {
        server.lock.lock();
        try {
            server.damage(Region.of(0, 0, 8, 8));
            assertEquals(List.of("damage", "complete under lock"), heard);
        } finally {
            server.lock.unlock();
        }
    }

    /** GetInputFocus and its reply: every request before it has run, completions included (same thread). */
    private void roundTrip() throws IOException {
        x.write(le(4).put((byte) 43).put((byte) 0).putShort((short) 1));
        x.reply();
    }
}
