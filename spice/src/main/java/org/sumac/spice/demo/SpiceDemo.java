package org.sumac.spice.demo;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumac.spice.channel.cursor.CursorShape;
import org.sumac.spice.channel.display.FramebufferScreen;
import org.sumac.spice.channel.inputs.InputSink;
import org.sumac.spice.server.SpiceServer;
import org.sumac.spice.server.SpiceServerConfig;

/**
 * Try the library without X: a moving test pattern, a pointer echo (a marker drawn where the client's pointer
 * is, in both mouse modes) and a log of keys. Usage: {@code SpiceDemo [--host H] [--port P] [--password PW]
 * [--size WxH] [--static]}; connect with {@code remote-viewer spice://H:P}.
 */
public final class SpiceDemo {
    private static final Logger log = LoggerFactory.getLogger(SpiceDemo.class);

    public static void main(String[] args) throws Exception {
        String host = "127.0.0.1";
        int port = 5900;
        String password = null;
        int width = 1024, height = 768;
        boolean animate = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--host" -> host = args[++i];
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--password" -> password = args[++i];
                case "--size" -> {
                    String[] wh = args[++i].split("x");
                    width = Integer.parseInt(wh[0]);
                    height = Integer.parseInt(wh[1]);
                }
                case "--static" -> animate = false;
                default -> {
                    System.err.println("usage: SpiceDemo [--host H] [--port P] [--password PW] [--size WxH] [--static]");
                    System.exit(2);
                }
            }
        }
        FramebufferScreen screen = new FramebufferScreen(width, height);
        TestPattern.paint(screen);
        SpiceServerConfig.Builder cfg = SpiceServerConfig.builder().listen(host, port).name("Sumac SPICE demo");
        if (password == null) cfg.disableTicketing(); else cfg.password(password);
        SpiceServer server = new SpiceServer(cfg.build(), screen);
        PointerEcho echo = new PointerEcho(screen, server);
        server.setInputSink(echo);
        server.cursor().setShape(arrowCursor());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("SPICE demo on spice://" + server.boundAddresses().getFirst().getHostString() + ":"
                + server.boundAddresses().getFirst().getPort() + (password == null ? " (no password)" : ""));
        AtomicInteger frame = new AtomicInteger();
        while (true) {
            Thread.sleep(Duration.ofMillis(40));
            if (animate) {
                int f = frame.incrementAndGet();
                screen.draw(s -> TestPattern.animate(s, server.display(), f));
            }
        }
    }

    /** A 16x16 white arrow with a black outline, hot spot at its tip. */
    public static CursorShape arrowCursor() {
        int size = 16;
        int[] argb = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x <= y && x < size; x++) {
                boolean edge = x == 0 || x == y || y == size - 1;
                argb[y * size + x] = edge ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        return new CursorShape(size, size, 0, 0, argb);
    }

    /** Draws a small cross where the pointer is and logs keys and buttons. */
    static final class PointerEcho implements InputSink {
        private final FramebufferScreen screen;
        private final SpiceServer server;
        private int x, y;
        private boolean drawn;

        PointerEcho(FramebufferScreen screen, SpiceServer server) {
            this.screen = screen;
            this.server = server;
        }

        @Override
        public synchronized void mousePositioned(int px, int py, int buttons, int displayId) {
            moveTo(px, py, buttons);
        }

        @Override
        public synchronized void mouseMoved(int dx, int dy, int buttons) {
            moveTo(x + dx, y + dy, buttons);
            server.cursor().move(x, y);
        }

        @Override
        public void keyPressed(int scancode) {
            log.info("key down 0x{}", Integer.toHexString(scancode));
        }

        @Override
        public void keyReleased(int scancode) {
            log.info("key up 0x{}", Integer.toHexString(scancode));
        }

        @Override
        public void mouseButtonPressed(int button, int mask) {
            log.info("button {} down (mask 0x{})", button, Integer.toHexString(mask));
        }

        private void moveTo(int nx, int ny, int buttons) {
            screen.draw(s -> {
                int w = s.width(), h = s.height();
                if (drawn) {
                    for (int yy = y - 6; yy <= y + 6; yy++) {
                        for (int xx = x - 6; xx <= x + 6; xx++) {
                            if (xx >= 0 && yy >= 0 && xx < w && yy < h) {
                                s.setPixel(xx, yy, TestPattern.background(xx, yy, w, h));
                            }
                        }
                    }
                    server.display().damage(x - 6, y - 6, 13, 13);
                }
                x = Math.max(0, Math.min(w - 1, nx));
                y = Math.max(0, Math.min(h - 1, ny));
                int colour = buttons != 0 ? 0xFF0000 : 0xFFFFFF;
                for (int d = -6; d <= 6; d++) {
                    s.setPixel(x + d, y, colour);
                    s.setPixel(x, y + d, colour);
                }
                server.display().damage(x - 6, y - 6, 13, 13);
                drawn = true;
            });
        }
    }
}
