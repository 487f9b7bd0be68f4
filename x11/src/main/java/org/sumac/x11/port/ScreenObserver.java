package org.sumac.x11.port;

/**
 * Hears every change of the screen's pixels, in the order the pixels changed, in screen coordinates. Called under
 * the display lock on the X request path: record and return, never block. A reader that takes the pixels later
 * ({@link FramebufferReader}) sees them as of the last call.
 */
public interface ScreenObserver {
    /** Pixels of this rectangle changed (read them from the framebuffer). */
    void damaged(int x, int y, int width, int height);

    /**
     * The pixels of the source rectangle were copied {@code dx, dy} away (CopyArea on the screen, a window moved).
     * One operation's rectangles come in an order where applying them one after another, each reading what the
     * earlier ones left, gives the same picture as the atomic copy (SPICE's COPY_BITS works so). Default: damage of
     * the destination.
     */
    default void copied(int srcX, int srcY, int width, int height, int dx, int dy) {
        damaged(srcX + dx, srcY + dy, width, height);
    }

    /** The rectangle became one opaque colour (0xRRGGBB). Default: damage. */
    default void filled(int x, int y, int width, int height, int rgb) {
        damaged(x, y, width, height);
    }

    /**
     * What was told so far is all there is for now: after a request that changed the screen this comes once, when the
     * request is done and the display lock is free (a reader woken here does not wake into a held lock). Changes
     * outside a request (input, a departing client) are followed by it at once, under the lock.
     */
    default void frameComplete() { }
}
