package org.sumac.x11.render;

import org.sumac.x11.server.Resource;
import org.sumac.x11.server.XServer;

/** An off-screen drawable with its own pixels. */
public final class Pixmap implements Drawable, Resource {
    private final int id;
    public final Pixels pixels;

    /** Composite: the redirected window whose own pixels this pixmap names (NameWindowPixmap), else null. */
    public final Object namedFrom;

    public Pixmap(int id, int width, int height, int depth) {
        this.id = id;
        this.pixels = new Pixels(width, height, depth);
        this.namedFrom = null;
    }

    /** A pixmap sharing a redirected window's pixels (Composite's NameWindowPixmap). */
    public Pixmap(int id, Pixels shared, Object window) {
        this.id = id;
        this.pixels = shared;
        this.namedFrom = window;
    }

    /** A pixmap over pixels someone else owns: an MIT-SHM shared pixmap in its client's segment. */
    public Pixmap(int id, Pixels shared) {
        this.id = id;
        this.pixels = shared;
        this.namedFrom = null;
    }

    /** The memory a pixmap of this size holds: a 32-bit word per pixel whatever the depth, and the object around it. */
    public static long memoryCost(int width, int height) { return 4L * width * height + 512; }

    @Override public long memoryCost() { return memoryCost(pixels.width, pixels.height); }

    @Override public int id() { return id; }

    /** The id is gone: the pixels go too, at once, unless a GC or a picture still holds them. */
    @Override public void free(XServer server) { pixels.release(); }
    @Override public int depth() { return pixels.depth; }
    @Override public int width() { return pixels.width; }
    @Override public int height() { return pixels.height; }
    @Override public Pixels pixels() { return pixels; }
    @Override public int originX() { return 0; }
    @Override public int originY() { return 0; }
}
