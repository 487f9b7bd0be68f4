package org.sumac.x11.render;

import org.sumac.x11.geom.Region;

/**
 * Hears what drawing writes into a {@link Pixels}: the screen framebuffer's is the display's damage, raised here,
 * where pixels are written, and not by each request handler. Pixmaps have none. Regions are in buffer coordinates,
 * one call per drawing operation (never per span); called under the display lock.
 */
public interface PixelWrites {
    /** Whether anyone listens: writers skip building regions when nobody does. */
    boolean listening();

    /** Pixels of the region changed. */
    void wrote(Region region);

    /** Pixels of {@code destination} were copied from {@code destination - (dx, dy)} of the same buffer. */
    void copied(Region destination, int dx, int dy);

    /** Every pixel of the region became {@code pixel} (a solid, opaque fill). */
    void filled(Region region, int pixel);
}
