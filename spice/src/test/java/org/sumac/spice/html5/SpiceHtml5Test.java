package org.sumac.spice.html5;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sumac.spice.SpiceTestSupport;
import org.sumac.spice.channel.display.FramebufferScreen;
import org.sumac.spice.demo.TestPattern;
import org.sumac.spice.server.ImageCompression;
import org.sumac.spice.server.SpiceServer;
import org.sumac.spice.server.SpiceServerConfig;
import org.sumac.spice.wire.Spice;

/**
 * Acceptance 3: spice-html5 (Debian package) in headless Chromium, connected straight to the server's
 * WebSocket support, shows the source picture: the canvas pixels are read back through the DevTools protocol.
 */
@Timeout(120)
class SpiceHtml5Test {
    static final Path HTML5 = Path.of("/usr/share/spice-html5");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    /** A tiny DevTools protocol client: sends commands, returns raw JSON replies. */
    static final class DevTools implements WebSocket.Listener, AutoCloseable {
        private final ConcurrentHashMap<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
        private final AtomicInteger ids = new AtomicInteger();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket ws;

        void open(String url) throws Exception {
            ws = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), this).get(10, TimeUnit.SECONDS);
        }

        String call(String method, String paramsJson) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<String> f = new CompletableFuture<>();
            pending.put(id, f);
            ws.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + paramsJson + "}", true);
            return f.get(30, TimeUnit.SECONDS);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String msg = partial.toString();
                partial.setLength(0);
                Matcher m = Pattern.compile("^\\{\"id\":(\\d+)").matcher(msg);
                if (m.find()) {
                    CompletableFuture<String> f = pending.remove(Integer.parseInt(m.group(1)));
                    if (f != null) f.complete(msg);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() {
            if (ws != null) ws.abort();
        }
    }

    static final String READ_CANVAS = """
            (() => {
              const c = document.querySelector('#spice-screen canvas');
              if (!c) return 'none';
              const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
              let s = '';
              for (let i = 0; i < d.length; i += 32768) s += String.fromCharCode.apply(null, d.subarray(i, i + 32768));
              return c.width + ',' + c.height + ',' + btoa(s);
            })()""";

    @ParameterizedTest
    @EnumSource(value = ImageCompression.class, names = {"OFF", "LZ"})
    void browserCanvasEqualsSource(ImageCompression compression) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isDirectory(HTML5),
                "needs Debian packages chromium and spice-html5");
        int w = 640, h = 400;
        FramebufferScreen screen = new FramebufferScreen(w, h);
        TestPattern.paint(screen);
        int spicePort = SpiceTestSupport.freePort();
        HttpServer files = SimpleFileServer.createFileServer(new InetSocketAddress("127.0.0.1", 0), HTML5,
                SimpleFileServer.OutputLevel.NONE);
        files.start();
        Process chromium = null;
        try (SpiceServer server = new SpiceServer(SpiceServerConfig.builder().listen("127.0.0.1", spicePort)
                .password("html5pw").imageCompression(compression).build(), screen);
             DevTools devtools = new DevTools()) {
            java.util.List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
            server.setInputSink(new org.sumac.spice.channel.inputs.InputSink() {
                @Override public void keyPressed(int code) { events.add("down " + Integer.toHexString(code)); }
                @Override public void keyReleased(int code) { events.add("up " + Integer.toHexString(code)); }
                @Override public void mousePositioned(int x, int y, int mask, int display) { events.add("pos " + x + " " + y); }
                @Override public void mouseButtonPressed(int button, int mask) { events.add("press " + button); }
                @Override public void mouseButtonReleased(int button, int mask) { events.add("release " + button); }
            });
            server.start();
            chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--no-first-run", "--user-data-dir=" + dir.resolve("profile"),
                    "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "about:blank")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
            devtools.open(pageDebuggerUrl(chromium, dir.resolve("profile"), dir.resolve("chromium.log")));
            String url = "http://127.0.0.1:" + files.getAddress().getPort() + "/spice_auto.html?host=127.0.0.1&port="
                    + spicePort + "&password=html5pw";
            devtools.call("Page.navigate", "{\"url\":\"" + url + "\"}");
            String difference = "no canvas";
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (difference != null && System.nanoTime() < deadline) {
                Thread.sleep(500);
                String reply = devtools.call("Runtime.evaluate",
                        "{\"expression\":" + jsonString(READ_CANVAS) + ",\"returnByValue\":true}");
                Matcher m = Pattern.compile("\"value\":\"(\\d+),(\\d+),([A-Za-z0-9+/=]*)\"").matcher(reply);
                if (!m.find() || Integer.parseInt(m.group(1)) != w || Integer.parseInt(m.group(2)) != h) continue;
                byte[] rgba = Base64.getDecoder().decode(m.group(3));
                int[] px = new int[w * h];
                for (int i = 0; i < px.length; i++) {
                    px[i] = (rgba[4 * i] & 0xFF) << 16 | (rgba[4 * i + 1] & 0xFF) << 8 | (rgba[4 * i + 2] & 0xFF);
                }
                difference = SpiceTestSupport.firstDifference(screen.pixels(), px, w);
            }
            assertNull(difference, "spice-html5 canvas vs source");

            // Input typed into the browser reaches the sink: a key on the focused canvas, a pointer move
            // and a click at canvas coordinates (100, 50).
            String rect = devtools.call("Runtime.evaluate", "{\"expression\":" + jsonString(
                    "(() => { const r = document.querySelector('#spice-screen canvas').getBoundingClientRect();"
                    + " return r.left + ',' + r.top; })()") + ",\"returnByValue\":true}");
            Matcher at = Pattern.compile("\"value\":\"(-?[\\d.]+),(-?[\\d.]+)\"").matcher(rect);
            assertTrue(at.find(), rect);
            // Aim at the middle of pixel (100, 50), whatever fraction the canvas position has.
            double left = Double.parseDouble(at.group(1)), top = Double.parseDouble(at.group(2));
            for (String type : new String[] {"keyDown", "keyUp"}) {
                devtools.call("Input.dispatchKeyEvent", "{\"type\":\"" + type
                        + "\",\"code\":\"KeyA\",\"key\":\"a\",\"windowsVirtualKeyCode\":65}");
            }
            String where = "\"x\":" + (left + 100.5) + ",\"y\":" + (top + 50.5);
            devtools.call("Input.dispatchMouseEvent", "{\"type\":\"mouseMoved\"," + where + "}");
            devtools.call("Input.dispatchMouseEvent", "{\"type\":\"mousePressed\",\"button\":\"left\",\"clickCount\":1," + where + "}");
            devtools.call("Input.dispatchMouseEvent", "{\"type\":\"mouseReleased\",\"button\":\"left\",\"clickCount\":1," + where + "}");
            long inputDeadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!events.containsAll(List.of("down 1e", "up 1e", "pos 100 50", "press 1", "release 1"))
                    && System.nanoTime() < inputDeadline) {
                Thread.sleep(50);
            }
            assertTrue(events.containsAll(List.of("down 1e", "up 1e", "pos 100 50", "press 1", "release 1")),
                    "events from the browser: " + events);
            int expectedType = compression == ImageCompression.LZ ? Spice.IMAGE_TYPE_LZ_RGB : Spice.IMAGE_TYPE_BITMAP;
            assertTrue(server.imageStats().sent(expectedType) > 0, "images of type " + expectedType + " were sent");
        } finally {
            files.stop(0);
            if (chromium != null) {
                // Chromium's helper processes keep writing to the profile; all must be gone before the
                // temporary directory is deleted.
                java.util.List<ProcessHandle> family = new java.util.ArrayList<>(chromium.descendants().toList());
                family.add(chromium.toHandle());
                family.forEach(ProcessHandle::destroyForcibly);
                for (ProcessHandle p : family) {
                    try {
                        p.onExit().get(10, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException ignored) {
                        // Reported by the temp-dir cleanup if it really stays alive.
                    }
                }
            }
        }
    }

    /**
     * Chromium picks its own DevTools port (port 0) and writes it to DevToolsActivePort in the profile: a port chosen
     * here and closed before Chromium binds it could be taken meanwhile, and a busy machine needs more than seconds.
     */
    private static String pageDebuggerUrl(Process chromium, Path profile, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Path activePort = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && chromium.isAlive()) {
            try {
                String port = Files.readAllLines(activePort).getFirst().strip();
                String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = Pattern.compile("\"type\": \"page\"[\\s\\S]*?\"webSocketDebuggerUrl\": \"([^\"]+)\"").matcher(list);
                if (m.find()) return m.group(1);
            } catch (IOException | java.util.NoSuchElementException e) {
                // not up yet
            }
            Thread.sleep(200);
        }
        String output = Files.exists(log) ? Files.readString(log) : "";
        throw new AssertionError("Chromium DevTools did not come up (" + (chromium.isAlive() ? "running" : "exited "
                + chromium.exitValue()) + "); its output:\n" + output.substring(Math.max(0, output.length() - 4000)));
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

}
