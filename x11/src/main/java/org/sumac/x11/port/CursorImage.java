package org.sumac.x11.port;

/**
 * A cursor as the remote side draws it: ARGB pixels (not premultiplied; transparent where the mask is clear), row by row, and the
 * hot spot inside them. {@code argb} is shared: do not modify it.
 */
public record CursorImage(int id, int width, int height, int hotX, int hotY, int[] argb) {
}
