package org.sumac.x11.render;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sumac.x11.geom.Region;

/**
 * Minimal arc oracle: draws scenes on a live Xvfb through python3-xlib (into a 640x480 depth-24
 * pixmap cleared to black, read back with GetImage) and the same scenes with {@link Arcs} into a
 * {@link Pixels}, painting spans with the GC function and plane mask. One Xvfb per instance.
 */
final class ArcOracleSupport implements AutoCloseable {
    static final int W = 640, H = 480;

    /** One PolyArc or PolyFillArc request with the GC it uses. */
    static final class Op {
        boolean fill;
        int function = GraphicsContext.GX_COPY, planeMask = -1, fg = 0xFFFFFF, bg = 0x0000FF;
        int lineWidth, lineStyle = GraphicsContext.LINE_SOLID, cap = GraphicsContext.CAP_BUTT;
        int join = GraphicsContext.JOIN_MITER, arcMode = GraphicsContext.ARC_PIE_SLICE;
        int[] dashes = {4, 4};
        int dashOffset;
        final List<int[]> arcs = new ArrayList<>();

        static Op arcs() {
            return new Op();
        }

        static Op fills() {
            Op op = new Op();
            op.fill = true;
            return op;
        }

        Op arc(int x, int y, int w, int h, int a1, int a2) {
            arcs.add(new int[] {x, y, w, h, a1, a2});
            return this;
        }

        Op width(int lw) {
            lineWidth = lw;
            return this;
        }

        Op function(int f) {
            function = f;
            return this;
        }

        Op colors(int fgPixel, int bgPixel) {
            fg = fgPixel;
            bg = bgPixel;
            return this;
        }

        Op style(int lineStyleValue, int capValue, int joinValue) {
            lineStyle = lineStyleValue;
            cap = capValue;
            join = joinValue;
            return this;
        }

        Op dashes(int offset, int... list) {
            dashOffset = offset;
            dashes = list;
            return this;
        }

        Op mode(int arcModeValue) {
            arcMode = arcModeValue;
            return this;
        }

        int[] flat() {
            int[] a = new int[arcs.size() * 6];
            for (int i = 0; i < arcs.size(); i++) System.arraycopy(arcs.get(i), 0, a, i * 6, 6);
            return a;
        }

        String json() {
            StringBuilder sb = new StringBuilder("{");
            sb.append("\"fill\":").append(fill).append(",\"function\":").append(function)
                .append(",\"planeMask\":").append(planeMask & 0xFFFFFFFFL).append(",\"fg\":").append(fg & 0xFFFFFFFFL)
                .append(",\"bg\":").append(bg & 0xFFFFFFFFL).append(",\"lineWidth\":").append(lineWidth)
                .append(",\"lineStyle\":").append(lineStyle).append(",\"cap\":").append(cap)
                .append(",\"join\":").append(join).append(",\"arcMode\":").append(arcMode)
                .append(",\"dashOffset\":").append(dashOffset).append(",\"dashes\":").append(Arrays.toString(dashes))
                .append(",\"arcs\":[");
            for (int i = 0; i < arcs.size(); i++) {
                if (i > 0) sb.append(',');
                sb.append(Arrays.toString(arcs.get(i)));
            }
            return sb.append("]}").toString();
        }
    }

    private static final String SCRIPT = """
        import sys, json, struct
        from Xlib import display, X
        d = display.Display(sys.argv[1])
        W, H = int(sys.argv[3]), int(sys.argv[4])
        scenes = json.load(open(sys.argv[2]))
        root = d.screen().root
        pm = root.create_pixmap(W, H, 24)
        clear = pm.create_gc(foreground=0, function=X.GXcopy)
        out = sys.stdout.buffer
        for scene in scenes:
            pm.fill_rectangle(clear, 0, 0, W, H)
            for op in scene:
                gc = pm.create_gc(function=op['function'], plane_mask=op['planeMask'],
                                  foreground=op['fg'], background=op['bg'],
                                  line_width=op['lineWidth'], line_style=op['lineStyle'],
                                  cap_style=op['cap'], join_style=op['join'], arc_mode=op['arcMode'])
                gc.set_dashes(op['dashOffset'], op['dashes'])
                arcs = [tuple(a) for a in op['arcs']]
                if op['fill']:
                    pm.poly_fill_arc(gc, arcs)
                else:
                    pm.poly_arc(gc, arcs)
                gc.free()
            data = pm.get_image(0, 0, W, H, X.ZPixmap, 0xffffffff).data
            out.write(struct.pack('<I', len(data)))
            out.write(data)
        out.flush()
        """;

    private final Process xvfb;
    private final String display;
    private final Path dir;

    private ArcOracleSupport(Process xvfb, String display, Path dir) {
        this.xvfb = xvfb;
        this.display = display;
        this.dir = dir;
    }

    static ArcOracleSupport start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("arc-oracle");
        Files.writeString(dir.resolve("draw.py"), SCRIPT);
        for (int attempt = 0; attempt < 20; attempt++) {
            int n = 150 + (int) (ProcessHandle.current().pid() % 200) + attempt * 7;
            if (Files.exists(Path.of("/tmp/.X" + n + "-lock"))) continue;
            Process p = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", W + "x" + H + "x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(dir.resolve("xvfb-" + n + ".log").toFile()).start();
            Path socket = Path.of("/tmp/.X11-unix/X" + n);
            for (int i = 0; i < 100 && p.isAlive() && !Files.exists(socket); i++) Thread.sleep(50);
            if (p.isAlive() && Files.exists(socket)) return new ArcOracleSupport(p, ":" + n, dir);
            p.destroy();
        }
        throw new IOException("could not start Xvfb");
    }

    /** Renders scenes on Xvfb; returns one 640x480 array of pixels (masked to 24 bits) per scene. */
    List<int[]> xvfb(List<List<Op>> scenes) throws IOException, InterruptedException {
        StringBuilder sb = new StringBuilder("[");
        for (int s = 0; s < scenes.size(); s++) {
            if (s > 0) sb.append(',');
            sb.append('[');
            List<Op> ops = scenes.get(s);
            for (int i = 0; i < ops.size(); i++) {
                if (i > 0) sb.append(',');
                sb.append(ops.get(i).json());
            }
            sb.append(']');
        }
        Path json = dir.resolve("scenes.json");
        Files.writeString(json, sb.append(']').toString());
        Process py = new ProcessBuilder("/usr/bin/python3", dir.resolve("draw.py").toString(), display,
            json.toString(), "" + W, "" + H).redirectError(ProcessBuilder.Redirect.PIPE).start();
        List<int[]> images = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(py.getInputStream())) {
            for (int s = 0; s < scenes.size(); s++) {
                byte[] len = in.readNBytes(4);
                if (len.length < 4) break;
                int n = (len[0] & 0xFF) | (len[1] & 0xFF) << 8 | (len[2] & 0xFF) << 16 | (len[3] & 0xFF) << 24;
                byte[] data = in.readNBytes(n);
                int[] px = new int[W * H];
                for (int i = 0; i < px.length; i++) {
                    px[i] = ((data[4 * i] & 0xFF) | (data[4 * i + 1] & 0xFF) << 8 | (data[4 * i + 2] & 0xFF) << 16);
                }
                images.add(px);
            }
        }
        String err = readAll(py.getErrorStream());
        if (!py.waitFor(60, TimeUnit.SECONDS)) py.destroyForcibly();
        if (images.size() != scenes.size()) throw new IOException("python3-xlib drawing failed: " + err);
        return images;
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toString(StandardCharsets.UTF_8);
    }

    /** Renders a scene with our code onto a black 640x480 depth-24 pixmap. */
    static int[] sumac(List<Op> scene) {
        return sumac(scene, false);
    }

    /**
     * Renders a scene with our code; {@code withPainter} paints through the server's
     * {@link Painter} (immediate, one per sink) instead of this class's reference painter.
     */
    static int[] sumac(List<Op> scene, boolean withPainter) {
        Pixels pixels = new Pixels(W, H, 24);
        DrawTarget target = new DrawTarget(pixels, 0, 0, Region.of(0, 0, W, H));
        for (Op op : scene) {
            GraphicsContext gc = new GraphicsContext(24);
            gc.function = op.function;
            gc.planeMask = op.planeMask;
            gc.foreground = op.fg;
            gc.background = op.bg;
            gc.lineWidth = op.lineWidth;
            gc.lineStyle = op.lineStyle;
            gc.capStyle = op.cap;
            gc.joinStyle = op.join;
            gc.arcMode = op.arcMode;
            gc.dashes = op.dashes;
            gc.dashOffset = op.dashOffset;
            SpanSink fg = withPainter ? new Painter(target, gc, op.fg, false) : painter(pixels, op.function, op.planeMask, op.fg);
            SpanSink bg = withPainter ? new Painter(target, gc, op.bg, false) : painter(pixels, op.function, op.planeMask, op.bg);
            int[] arcs = op.flat();
            if (op.fill) Arcs.polyFillArc(target, gc, arcs, arcs.length / 6, fg);
            else Arcs.polyArc(target, gc, arcs, arcs.length / 6, fg, bg);
        }
        int[] out = pixels.toArray();
        for (int i = 0; i < out.length; i++) out[i] &= 0xFFFFFF;
        return out;
    }

    /** A sink applying one of the 16 GC functions with a plane mask, clipped to the pixmap. */
    static SpanSink painter(Pixels p, int function, int planeMask, int src) {
        return (x, y, w) -> {
            if (y < 0 || y >= p.height) return;
            int x0 = Math.max(x, 0), x1 = Math.min(x + w, p.width);
            for (int i = x0; i < x1; i++) {
                int d = p.at(y * p.width + i);
                int r = switch (function) {
                    case 0 -> 0;
                    case 1 -> src & d;
                    case 2 -> src & ~d;
                    case 3 -> src;
                    case 4 -> ~src & d;
                    case 5 -> d;
                    case 6 -> src ^ d;
                    case 7 -> src | d;
                    case 8 -> ~(src | d);
                    case 9 -> ~src ^ d;
                    case 10 -> ~d;
                    case 11 -> src | ~d;
                    case 12 -> ~src;
                    case 13 -> ~src | d;
                    case 14 -> ~(src & d);
                    default -> -1;
                };
                p.put(y * p.width + i, (r & planeMask) | (d & ~planeMask));
            }
        };
    }

    /** Number of differing pixels. */
    static int countDiff(int[] expected, int[] actual) {
        int n = 0;
        for (int i = 0; i < expected.length; i++) if (expected[i] != actual[i]) n++;
        return n;
    }

    static String describeDiff(int[] expected, int[] actual) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] == actual[i]) continue;
            if (n++ < 30) {
                sb.append(String.format(" (%d,%d) xvfb=%06x ours=%06x", i % W, i / W, expected[i], actual[i]));
            }
        }
        return n + " pixels differ:" + sb;
    }

    /** Draws every scene on both sides and fails listing the scenes that differ by more than tolerance. */
    void assertSame(List<String> names, List<List<Op>> scenes, int tolerance) throws Exception {
        assertSame(names, scenes, tolerance, false);
    }

    void assertSame(List<String> names, List<List<Op>> scenes, int tolerance, boolean withPainter) throws Exception {
        List<int[]> expected = xvfb(scenes);
        StringBuilder failures = new StringBuilder();
        for (int s = 0; s < scenes.size(); s++) {
            int[] ours = sumac(scenes.get(s), withPainter);
            if (countDiff(expected.get(s), ours) > tolerance) {
                failures.append('\n').append(names.get(s)).append(": ").append(describeDiff(expected.get(s), ours));
            }
        }
        if (!failures.isEmpty()) fail("differences from Xvfb:" + failures);
    }

    @Override
    public void close() {
        xvfb.destroy();
        try {
            xvfb.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
