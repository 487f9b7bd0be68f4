package org.sumac.x11.render;

/**
 * Receives the horizontal runs of pixels that a rasterizer decides to paint, in drawable
 * coordinates. Rasterizers never clip: the sink applies the clip, so clipping cannot change
 * which pixels a shape covers.
 */
@FunctionalInterface
public interface SpanSink {
    void span(int x, int y, int width);
}
