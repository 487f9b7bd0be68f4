package org.sumac.desktop;

import org.sumac.x11.geom.Region;
import org.sumac.x11.server.XServer;

/**
 * Turns X screen damage into SPICE display posts ({@code SpiceDisplay.damage/copyBits}). Runs under the X lock on the request path, so it only records:
 * the posts are cheap and never block or touch the network. The library's thread that reads the screen is woken
 * once the damage is complete, after the request released the lock ({@link #damageComplete}).
 */
final class DamageForwarder implements XServer.DamageListener {
    /** The two posts of {@link org.sumac.spice.channel.display.SpiceDisplay} this needs (tests record them). */
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
    public void damaged(Region region) {
        for (int i = 0; i < region.rectCount(); i++) {
            int x1 = region.x1(i), y1 = region.y1(i);
            display.damage(x1, y1, region.x2(i) - x1, region.y2(i) - y1);
        }
    }

    @Override
    public void damageComplete() {
        display.wake();
    }

    /** A solid opaque fill becomes DRAW_FILL: a colour, not pixels. */
    @Override
    public void filled(Region region, int pixel) {
        for (int i = 0; i < region.rectCount(); i++) {
            int x1 = region.x1(i), y1 = region.y1(i);
            display.fill(x1, y1, region.x2(i) - x1, region.y2(i) - y1, pixel & 0xFFFFFF);
        }
    }

    /**
     * Each rectangle of the destination becomes one COPY_BITS. The client applies them one after another, while
     * X copied the whole region at once, so they go in an order where no copy reads pixels an earlier one of the
     * same operation wrote: against the direction of motion (bands bottom-up when moving down, rectangles
     * right-to-left when moving right).
     */
    @Override
    public void copied(Region destination, int dx, int dy) {
        int n = destination.rectCount();
        boolean bandsReversed = dy > 0 || (dy == 0 && dx > 0);
        // Region rectangles come in bands sorted by y, then by x inside a band.
        int i = bandsReversed ? n - 1 : 0;
        while (i >= 0 && i < n) {
            int bandY = destination.y1(i);
            int first = i, last = i;
            if (bandsReversed) {
                while (first - 1 >= 0 && destination.y1(first - 1) == bandY) first--;
            } else {
                while (last + 1 < n && destination.y1(last + 1) == bandY) last++;
            }
            if (dx > 0) {
                for (int k = last; k >= first; k--) copy(destination, k, dx, dy);
            } else {
                for (int k = first; k <= last; k++) copy(destination, k, dx, dy);
            }
            i = bandsReversed ? first - 1 : last + 1;
        }
    }

    private void copy(Region r, int k, int dx, int dy) {
        int x1 = r.x1(k), y1 = r.y1(k);
        display.copyBits(x1 - dx, y1 - dy, x1, y1, r.x2(k) - x1, r.y2(k) - y1);
    }
}
