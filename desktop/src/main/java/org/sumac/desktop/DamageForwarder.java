package org.sumac.desktop;

import org.sumac.x11.port.ScreenObserver;

/**
 * Turns X screen changes into SPICE display posts ({@code SpiceDisplay.damage/copyBits/fill}). Runs under the X
 * lock on the request path, so it only records: the posts are cheap and never block or touch the network. The
 * library's thread that reads the screen is woken once the frame is complete, after the request released the lock
 * ({@link #frameComplete}).
 */
final class DamageForwarder implements ScreenObserver {
    /** The posts of {@link org.sumac.spice.channel.display.SpiceDisplay} this needs (tests record them). */
    interface Posts {
        void damage(int x, int y, int width, int height);

        void copyBits(int srcX, int srcY, int dstX, int dstY, int width, int height);

        /** DRAW_FILL of one solid colour; recorders that do not care see it as damage. */
        default void fill(int x, int y, int width, int height, int rgb) {
            damage(x, y, width, height);
        }

        /** Wake the library's threads for what was posted. */
        default void wake() { }
    }

    private final Posts display;

    DamageForwarder(Posts display) {
        this.display = display;
    }

    @Override
    public void damaged(int x, int y, int width, int height) {
        display.damage(x, y, width, height);
    }

    /** The port orders one operation's copies so that applying them in turn is right: each is one COPY_BITS. */
    @Override
    public void copied(int srcX, int srcY, int width, int height, int dx, int dy) {
        display.copyBits(srcX, srcY, srcX + dx, srcY + dy, width, height);
    }

    /** A solid opaque fill becomes DRAW_FILL: a colour, not pixels. */
    @Override
    public void filled(int x, int y, int width, int height, int rgb) {
        display.fill(x, y, width, height, rgb);
    }

    @Override
    public void frameComplete() {
        display.wake();
    }
}
