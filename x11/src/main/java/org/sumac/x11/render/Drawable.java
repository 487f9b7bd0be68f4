package org.sumac.x11.render;

/** A window or pixmap that can be drawn on. */
public interface Drawable {
    int id();
    int depth();
    int width();
    int height();
    /** Pixel storage backing this drawable (the screen framebuffer for windows). */
    Pixels pixels();
    /** Position of the drawable's origin inside {@link #pixels()}. */
    int originX();
    int originY();
}
