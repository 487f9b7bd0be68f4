package org.sumac.x11.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference: a real Debian Xvfb started for the test, on which xvfb_oracle.py draws a
 * {@link Scene} and reads it back with GetImage. Shared by every rasterizer test (lines,
 * polygons, arcs, ...): please do not edit it for one test's needs, add scene commands instead.
 *
 * <p>Usage: {@code try (XvfbOracle x = XvfbOracle.start()) { int[] ref = x.render(scene); }}.
 * Tests that need it should call {@link #available()} and skip (assumeTrue) when it is false.
 */
public final class XvfbOracle implements AutoCloseable {
    private static final String PYTHON = "/usr/bin/python3";
    private final Process xvfb;
    private final String display;
    private final Path workDir;
    private final Path script;

    private XvfbOracle(Process xvfb, String display, Path workDir, Path script) {
        this.xvfb = xvfb;
        this.display = display;
        this.workDir = workDir;
        this.script = script;
    }

    /** True when Xvfb, python3 and python3-xlib are installed. */
    public static boolean available() {
        if (!Files.isExecutable(Path.of("/usr/bin/Xvfb")) || !Files.isExecutable(Path.of(PYTHON))) return false;
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import Xlib.display").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Starts Xvfb on a free display (it picks one itself with -displayfd), 640x480x24, no TCP. */
    public static XvfbOracle start() throws IOException {
        Path script = locateScript();
        Process p = new ProcessBuilder("/usr/bin/Xvfb", "-displayfd", "1", "-screen", "0", "640x480x24",
            "-nolisten", "tcp")
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String line;
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
            line = r.readLine();
        } catch (IOException e) {
            p.destroyForcibly();
            throw e;
        }
        if (line == null || !line.trim().matches("\\d+")) {
            p.destroyForcibly();
            throw new IOException("Xvfb did not report a display number: " + line);
        }
        Path dir = Files.createTempDirectory("xvfb-oracle");
        return new XvfbOracle(p, ":" + line.trim(), dir, script);
    }

    private static Path locateScript() throws IOException {
        String rel = "src/test/java/org/sumac/x11/render/xvfb_oracle.py";
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
            for (Path c : List.of(d.resolve(rel), d.resolve("x11").resolve(rel))) {
                if (Files.isRegularFile(c)) return c;
            }
        }
        throw new IOException("xvfb_oracle.py not found from " + System.getProperty("user.dir"));
    }

    public String display() {
        return display;
    }

    /** Draws the scene on Xvfb and returns its pixels, row-major, width*height values. */
    public int[] render(Scene scene) throws IOException, InterruptedException {
        Path content = Files.createTempFile(workDir, "content", ".bin");
        Path sceneFile = Files.createTempFile(workDir, "scene", ".txt");
        Path out = Files.createTempFile(workDir, "out", ".bin");
        try {
            ByteBuffer b = ByteBuffer.allocate(scene.content.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (int v : scene.content) b.putInt(v);
            Files.write(content, b.array());
            Files.writeString(sceneFile, scene.toSceneFile(content.toString()));
            List<String> cmd = new ArrayList<>(List.of(PYTHON, script.toString(), display, sceneFile.toString(), out.toString()));
            Process py = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String log = new String(py.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!py.waitFor(120, TimeUnit.SECONDS)) {
                py.destroyForcibly();
                throw new IOException("xvfb_oracle.py timed out");
            }
            if (py.exitValue() != 0) throw new IOException("xvfb_oracle.py failed: " + log);
            byte[] raw = Files.readAllBytes(out);
            if (raw.length != scene.width * scene.height * 4) throw new IOException("short oracle output " + raw.length);
            ByteBuffer rb = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
            int[] px = new int[scene.width * scene.height];
            for (int i = 0; i < px.length; i++) px[i] = rb.getInt();
            return px;
        } finally {
            Files.deleteIfExists(content);
            Files.deleteIfExists(sceneFile);
            Files.deleteIfExists(out);
        }
    }

    /**
     * Compares two images under {@code mask} (0xFFFFFF for depth 24) and returns null when equal,
     * else a description of the differing pixels (count, bounding box and the first few).
     */
    public static String diff(int[] expected, int[] actual, int width, int height, int mask) {
        int count = 0, minX = width, minY = height, maxX = -1, maxY = -1;
        StringBuilder first = new StringBuilder();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int e = expected[y * width + x] & mask, a = actual[y * width + x] & mask;
                if (e == a) continue;
                if (count < 12) first.append(String.format(" (%d,%d) xvfb=%x sumac=%x", x, y, e, a));
                count++;
                minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
            }
        }
        if (count == 0) return null;
        return count + " pixels differ in [" + minX + "," + minY + " - " + maxX + "," + maxY + "]:" + first;
    }

    /** Mask for comparing images of a depth: fb keeps the top byte of depth 24, so it is ignored. */
    public static int compareMask(int depth) {
        return depth == 24 ? 0xFFFFFF : depth >= 32 ? -1 : (1 << depth) - 1;
    }

    @Override
    public void close() {
        xvfb.destroy();
        try {
            if (!xvfb.waitFor(10, TimeUnit.SECONDS)) xvfb.destroyForcibly();
        } catch (InterruptedException e) {
            xvfb.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (var files = Files.list(workDir)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
            Files.deleteIfExists(workDir);
        } catch (IOException ignored) {
            // temp files only
        }
    }
}
