package org.sumac.x11.render;

import org.sumac.x11.server.Resource;

/** An off-screen drawable with its own pixels. */
public final class Pixmap implements Drawable, Resource {
    private final int id;
    public final Pixels pixels;

    public Pixmap(int id, int width, int height, int depth) {
        this.id = id;
        this.pixels = new Pixels(width, height, depth);
    }

    @Override public int id() { return id; }
    @Override public int depth() { return pixels.depth; }
    @Override public int width() { return pixels.width; }
    @Override public int height() { return pixels.height; }
    @Override public Pixels pixels() { return pixels; }
    @Override public int originX() { return 0; }
    @Override public int originY() { return 0; }
}
