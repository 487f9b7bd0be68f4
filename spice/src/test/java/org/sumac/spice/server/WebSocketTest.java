package org.sumac.spice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.spice.RawSpiceClient;
import org.sumac.spice.SpiceTestSupport;
import org.sumac.spice.channel.display.FramebufferScreen;
import org.sumac.spice.wire.Spice;

/** SPICE inside WebSocket binary frames on the plain port (what spice-html5 speaks), any path, "binary". */
@Timeout(30)
class WebSocketTest {
    /** Collects received binary data into one stream of bytes. */
    static final class Collector implements WebSocket.Listener {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            synchronized (bytes) {
                byte[] b = new byte[data.remaining()];
                data.get(b);
                bytes.write(b, 0, b.length);
                bytes.notifyAll();
            }
            ws.request(1);
            return null;
        }

        byte[] await(int total) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 10_000;
            synchronized (bytes) {
                while (bytes.size() < total && System.currentTimeMillis() < deadline) bytes.wait(100);
                return bytes.toByteArray();
            }
        }
    }

    @Test
    void linksMainOverWebSocketInSplitFrames() throws Exception {
        int port = SpiceTestSupport.freePort();
        try (SpiceServer server = new SpiceServer(SpiceServerConfig.builder().listen("127.0.0.1", port)
                .password("pw").build(), new FramebufferScreen(16, 16))) {
            server.start();
            Collector collector = new Collector();
            WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("binary")
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/websockify"), collector).get(10, TimeUnit.SECONDS);
            assertEquals("binary", ws.getSubprotocol());
            byte[] link = RawSpiceClient.linkMessage(0, Spice.CHANNEL_MAIN, 0);
            // SPICE bytes may be split anywhere across frames.
            ws.sendBinary(ByteBuffer.wrap(Arrays.copyOfRange(link, 0, 5)), true).get();
            ws.sendBinary(ByteBuffer.wrap(Arrays.copyOfRange(link, 5, link.length)), true).get();
            byte[] reply = collector.await(16 + 178 + 8);
            ByteBuffer r = ByteBuffer.wrap(reply).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(Spice.MAGIC, r.getInt(0));
            assertEquals(0, r.getInt(16));
            int replyLength = 16 + r.getInt(12);
            byte[] ticket = server.tickets().encryptForTest("pw");
            ByteBuffer auth = ByteBuffer.allocate(132).order(ByteOrder.LITTLE_ENDIAN).putInt(1).put(ticket);
            ws.sendBinary(ByteBuffer.wrap(auth.array()), true).get();
            byte[] all = collector.await(replyLength + 4 + 6 + 32);
            ByteBuffer rest = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(0, rest.getInt(replyLength), "link result");
            assertEquals(Spice.MSG_MAIN_INIT, rest.getShort(replyLength + 4) & 0xFFFF);
            assertEquals(32, rest.getInt(replyLength + 6));
            ws.abort();
        }
    }
}
