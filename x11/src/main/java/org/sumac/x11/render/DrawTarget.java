package org.sumac.x11.render;

import org.sumac.x11.geom.Region;

/**
 * Where one drawing request lands: the pixel buffer, the position of the drawable's origin in
 * that buffer (a window draws into the screen buffer at its absolute inside corner; a pixmap at
 * 0,0), and the composite clip in buffer coordinates (window visible region, GC clip rectangles
 * and clip mask already combined). Rasterizers work in drawable coordinates and add the origin.
 */
public record DrawTarget(Pixels pixels, int originX, int originY, Region clip) {
}
