package org.sumac.spice.channel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.spice.SpiceTestSupport;
import org.sumac.spice.channel.ChannelClient;
import org.sumac.spice.demo.TestPattern;
import org.sumac.spice.server.SpiceServer;
import org.sumac.spice.server.SpiceServerConfig;
import org.sumac.spice.wire.Spice;

/** Per-client choice: spice-gtk asking for LZ (preferred-compression) gets LZ although it could take LZ4. */
@Timeout(90)
class PreferredCompressionTest {
    @TempDir
    Path dir;

    private static int[] readDump(Path file, int pixels) throws Exception {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int[] px = new int[pixels];
        for (int i = 0; i < pixels; i++) px[i] = b.getInt() & 0xFFFFFF;
        return px;
    }

    @Test
    void clientPreferenceWinsUnderAuto() throws Exception {
        int port = SpiceTestSupport.freePort();
        int w = 400, h = 300;
        FramebufferScreen screen = new FramebufferScreen(w, h);
        TestPattern.paint(screen);
        Path script = SpiceTestSupport.resourceFile("spice_gi_pixels.py");
        try (SpiceServer server = new SpiceServer(SpiceServerConfig.builder().listen("127.0.0.1", port)
                .disableTicketing().build(), screen)) {
            server.start();
            try (var client = new SpiceTestSupport.LineProcess(List.of("/usr/bin/python3", script.toString(),
                    "127.0.0.1", String.valueOf(port), String.valueOf(Spice.IMAGE_COMPRESSION_LZ)))) {
                client.await("READY", Duration.ofSeconds(30));
                long lz4Before = server.imageStats().sent(Spice.IMAGE_TYPE_LZ4);
                long lzBefore = server.imageStats().sent(Spice.IMAGE_TYPE_LZ_RGB);
                // Redraw everything after the preference has arrived.
                screen.draw(s -> {
                    for (int i = 0; i < s.pixels().length; i++) s.pixels()[i] ^= 0x00FF00;
                    server.display().damage(0, 0, w, h);
                });
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                String difference = "never compared";
                for (int attempt = 0; difference != null && System.nanoTime() < deadline; attempt++) {
                    boolean idle = true;
                    for (ChannelClient c : server.currentSession().orElseThrow().channels()) {
                        if (c instanceof DisplayChannelClient d && !d.isIdle()) idle = false;
                    }
                    Thread.sleep(300);
                    if (!idle) continue;
                    Path dump = dir.resolve("d" + attempt);
                    client.send("DUMP " + dump);
                    client.await("DUMPED", Duration.ofSeconds(20));
                    difference = SpiceTestSupport.firstDifference(screen.pixels(), readDump(dump, w * h), w);
                }
                assertNull(difference);
                assertTrue(server.imageStats().sent(Spice.IMAGE_TYPE_LZ_RGB) > lzBefore, "LZ images sent");
                assertEquals(lz4Before, server.imageStats().sent(Spice.IMAGE_TYPE_LZ4), "no LZ4 after the preference");
            }
        }
    }
}
