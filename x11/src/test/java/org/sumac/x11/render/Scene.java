package org.sumac.x11.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic drawing scene that both a real Xvfb (through xvfb_oracle.py) and Sumac's
 * rasterizers (through {@link SceneRenderer}) can draw. Build it with the fluent methods; each
 * drawing command takes its request's numbers in drawable coordinates.
 */
public final class Scene {
    /** One command: the scene-file op name and its integer arguments (gc keys are in {@code keys}). */
    public record Command(String op, int[] args, Map<String, int[]> keys) {
    }

    public final int width, height, depth;
    /** Null for a pixmap canvas; else the window position on the root. */
    public final int[] windowAt;
    public final int[] content;
    final List<Command> commands = new ArrayList<>();

    private Scene(int width, int height, int depth, int[] windowAt) {
        this.width = width;
        this.height = height;
        this.depth = depth;
        this.windowAt = windowAt;
        this.content = new int[width * height];
    }

    /** A pixmap canvas of the given depth (1, 8, 24 or 32). */
    public static Scene pixmap(int width, int height, int depth) {
        return new Scene(width, height, depth, null);
    }

    /** A depth-24 window canvas at (x, y) on the root, so the drawable origin is not 0,0. */
    public static Scene window(int width, int height, int x, int y) {
        return new Scene(width, height, 24, new int[] {x, y});
    }

    /** Fills the initial content with a deterministic pattern so every GC function sees varied destinations. */
    public Scene noiseContent(long seed) {
        long s = seed * 0x9E3779B97F4A7C15L + 1;
        int mask = depth == 1 ? 1 : depth == 8 ? 0xff : depth == 24 ? 0xffffff : -1;
        for (int i = 0; i < content.length; i++) {
            s ^= s << 13; s ^= s >>> 7; s ^= s << 17;
            content[i] = (int) (s >>> 16) & mask;
        }
        return this;
    }

    /** Sets GC components; keys as in xvfb_oracle.py (function, plane_mask, foreground, ...). */
    public Scene gc(Object... keyValues) {
        Map<String, int[]> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            m.put((String) keyValues[i], v instanceof int[] a ? a.clone() : new int[] {((Number) v).intValue()});
        }
        commands.add(new Command("gc", new int[0], m));
        return this;
    }

    public Scene op(String op, int... args) {
        commands.add(new Command(op, args.clone(), Map.of()));
        return this;
    }

    public Scene clip(int... xywh) { return op("clip", xywh); }
    public Scene clipNone() { return op("clipnone"); }
    public Scene tile(int w, int h, int... values) { return op("tile", prepend(w, h, values)); }
    public Scene stipple(int w, int h, int... bits) { return op("stipple", prepend(w, h, bits)); }
    public Scene fillRects(int... xywh) { return op("fillrect", xywh); }
    public Scene points(int... xy) { return op("points", xy); }
    public Scene lines(int... xy) { return op("lines", xy); }
    public Scene segments(int... xyxy) { return op("segments", xyxy); }
    public Scene rectangles(int... xywh) { return op("rectangles", xywh); }
    public Scene fillPoly(int shape, int... xy) { return op("fillpoly", prepend(shape, xy)); }
    public Scene arcs(int... xywhaa) { return op("arcs", xywhaa); }
    public Scene fillArcs(int... xywhaa) { return op("fillarcs", xywhaa); }

    private static int[] prepend(int a, int... rest) {
        int[] r = new int[rest.length + 1];
        r[0] = a;
        System.arraycopy(rest, 0, r, 1, rest.length);
        return r;
    }

    private static int[] prepend(int a, int b, int... rest) {
        return prepend(a, prepend(b, rest));
    }

    /** The scene file text for xvfb_oracle.py; {@code contentFile} holds {@link #content}. */
    String toSceneFile(String contentFile) {
        StringBuilder s = new StringBuilder();
        s.append("canvas ").append(width).append(' ').append(height).append(' ').append(depth);
        if (windowAt == null) s.append(" pixmap\n");
        else s.append(" window ").append(windowAt[0]).append(' ').append(windowAt[1]).append('\n');
        s.append("content ").append(contentFile).append('\n');
        for (Command c : commands) {
            if (c.op.equals("gc")) {
                s.append("gc");
                for (var e : c.keys.entrySet()) {
                    s.append(' ').append(e.getKey()).append('=');
                    int[] v = e.getValue();
                    for (int i = 0; i < v.length; i++) s.append(i > 0 ? "," : "").append(v[i]);
                }
            } else if (c.op.equals("clipnone")) {
                s.append("clip none");
            } else {
                s.append(c.op);
                for (int v : c.args) s.append(' ').append(v);
            }
            s.append('\n');
        }
        return s.toString();
    }
}
