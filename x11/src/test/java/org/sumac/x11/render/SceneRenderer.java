package org.sumac.x11.render;

import java.util.HashMap;
import java.util.Map;

import org.sumac.x11.geom.Region;

/**
 * Replays a {@link Scene} with Sumac's rasterizers into {@link Pixels}. Commands this class does
 * not know (arcs, ...) go to handlers registered with {@link #on}, so other rasterizer tests
 * can reuse it without editing it.
 */
public final class SceneRenderer {
    /** Draws one command's arguments onto the target with the current GC. */
    @FunctionalInterface
    public interface Handler {
        void draw(DrawTarget target, GraphicsContext gc, int[] args);
    }

    private final Map<String, Handler> handlers = new HashMap<>();

    public SceneRenderer() {
        on("fillrect", (t, g, a) -> FillRectangles.fill(t, g, a, a.length / 4));
        on("points", (t, g, a) -> Points.draw(t, g, a, a.length / 2));
    }

    public SceneRenderer on(String op, Handler h) {
        handlers.put(op, h);
        return this;
    }

    /** Renders the scene and returns its pixels, row-major, as GetImage would return them. */
    public int[] render(Scene scene) {
        int w = scene.width, h = scene.height;
        int ox = 0, oy = 0;
        Pixels px;
        if (scene.windowAt != null) {
            // Draw into a screen-like buffer so the drawable origin is exercised.
            ox = scene.windowAt[0];
            oy = scene.windowAt[1];
            px = new Pixels(ox + w, oy + h, scene.depth);
        } else {
            px = new Pixels(w, h, scene.depth);
        }
        for (int y = 0; y < h; y++) px.copyFrom(scene.content, y * w, (y + oy) * px.width + ox, w);
        Region drawableClip = Region.of(ox, oy, w, h);
        GraphicsContext gc = new GraphicsContext(scene.depth);
        Region gcClip = null;
        int clipX = 0, clipY = 0;
        for (Scene.Command c : scene.commands) {
            switch (c.op()) {
                case "gc" -> {
                    for (var e : c.keys().entrySet()) {
                        int[] v = e.getValue();
                        switch (e.getKey()) {
                            case "function" -> gc.function = v[0];
                            case "plane_mask" -> gc.planeMask = v[0];
                            case "foreground" -> gc.foreground = v[0];
                            case "background" -> gc.background = v[0];
                            case "line_width" -> gc.lineWidth = v[0];
                            case "line_style" -> gc.lineStyle = v[0];
                            case "cap_style" -> gc.capStyle = v[0];
                            case "join_style" -> gc.joinStyle = v[0];
                            case "fill_style" -> gc.fillStyle = v[0];
                            case "fill_rule" -> gc.fillRule = v[0];
                            case "arc_mode" -> gc.arcMode = v[0];
                            case "ts_x" -> gc.tsXOrigin = v[0];
                            case "ts_y" -> gc.tsYOrigin = v[0];
                            case "dash_offset" -> gc.dashOffset = v[0];
                            case "dashes" -> gc.dashes = v.clone();
                            case "clip_x" -> clipX = v[0];
                            case "clip_y" -> clipY = v[0];
                            default -> throw new IllegalArgumentException("gc key " + e.getKey());
                        }
                    }
                }
                case "clip" -> gcClip = Region.ofRects(c.args(), c.args().length / 4).translate(clipX, clipY);
                case "clipnone" -> gcClip = null;
                case "tile" -> gc.tile = pattern(c.args(), scene.depth);
                case "stipple" -> gc.stipple = pattern(c.args(), 1);
                default -> {
                    Handler hd = handlers.get(c.op());
                    if (hd == null) throw new IllegalArgumentException("no renderer for " + c.op());
                    Region clip = gcClip == null ? drawableClip : drawableClip.intersect(gcClip.translate(ox, oy));
                    hd.draw(new DrawTarget(px, ox, oy, clip), gc, c.args());
                }
            }
        }
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) px.copyTo((y + oy) * px.width + ox, out, y * w, w);
        return out;
    }

    private static Pixels pattern(int[] a, int depth) {
        Pixels p = new Pixels(a[0], a[1], depth);
        p.copyFrom(a, 2, 0, a[0] * a[1]);
        return p;
    }
}
