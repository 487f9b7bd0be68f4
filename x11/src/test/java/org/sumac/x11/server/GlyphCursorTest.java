package org.sumac.x11.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.sumac.x11.server.RawX11Client.le;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.x11.protocol.XError;

/**
 * Cursors from the "cursor" font (glyph n, mask glyph n+1) get the size and hot spot Xvfb gives them: the
 * figures are what XFixesGetCursorImage reports on Xvfb with xfonts-base's cursor font. The hot spot decides
 * which pixel a click lands on, so an off-by-one here is felt in every window manager and xterm.
 */
@Timeout(60)
class GlyphCursorTest {
    /** glyph, width, height, hot x, hot y as measured on Xvfb 21.1 (Debian bookworm). */
    private static final int[][] XVFB = {
        {0, 16, 16, 7, 7}, {2, 16, 16, 14, 1}, {34, 16, 16, 7, 7}, {52, 16, 16, 8, 8}, {58, 13, 16, 12, 0},
        {60, 16, 16, 0, 1}, {68, 10, 16, 1, 1}, {86, 13, 16, 11, 15}, {92, 11, 16, 5, 8}, {108, 15, 9, 7, 4},
        {116, 9, 15, 4, 7}, {130, 15, 15, 7, 7}, {132, 16, 16, 1, 1}, {150, 16, 16, 15, 9}, {152, 9, 16, 4, 8},
    };
    @TempDir
    Path dir;
    private XServer server;
    private RawX11Client x;

    @BeforeEach
    void start() throws IOException {
        assumeTrue(Files.exists(Path.of("/usr/share/fonts/X11/misc/cursor.pcf.gz")), "xfonts-base's cursor font");
        server = new XServer(DisplayConfig.of(48).withSize(320, 240, 24).withAccessControl(false)
            .withDirectories(dir.resolve("sockets"), dir));
        server.start();
        x = new RawX11Client(dir.resolve("sockets").resolve("X48"));
    }

    @AfterEach
    void stop() throws IOException {
        if (x != null) x.close();
        if (server != null) server.close();
    }

    @Test
    void glyphCursorsHaveXvfbsSizeAndHotSpot() throws IOException {
        int font = x.idBase;
        byte[] name = "cursor".getBytes(StandardCharsets.ISO_8859_1);
        x.write(le(12 + 8).put((byte) 45).put((byte) 0).putShort((short) 5).putInt(font).putShort((short) name.length)
            .putShort((short) 0).put(name).put(new byte[2]));
        List<String> expected = new ArrayList<>(), actual = new ArrayList<>();
        for (int i = 0; i < XVFB.length; i++) {
            int glyph = XVFB[i][0], cid = x.idBase + 1 + i;
            x.write(le(32).put((byte) 94).put((byte) 0).putShort((short) 8).putInt(cid).putInt(font).putInt(font)
                .putShort((short) glyph).putShort((short) (glyph + 1)).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putShort((short) -1).putShort((short) -1).putShort((short) -1));
        }
        x.write(le(4).put((byte) 43).put((byte) 0).putShort((short) 1)); // GetInputFocus: a round trip
        x.reply();
        server.lock.lock();
        try {
            for (int i = 0; i < XVFB.length; i++) {
                int[] e = XVFB[i];
                Cursors.Cursor cur = server.lookup(x.idBase + 1 + i, Cursors.Cursor.class, XError.CURSOR);
                expected.add(String.format("glyph %d: %dx%d hot %d,%d", e[0], e[1], e[2], e[3], e[4]));
                actual.add(String.format("glyph %d: %dx%d hot %d,%d", e[0], cur.width, cur.height, cur.hotX, cur.hotY));
            }
        } finally {
            server.lock.unlock();
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }
}
