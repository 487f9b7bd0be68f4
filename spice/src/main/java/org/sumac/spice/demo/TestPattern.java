package org.sumac.spice.demo;

import org.sumac.spice.channel.display.FramebufferScreen;
import org.sumac.spice.channel.display.SpiceDisplay;

/**
 * A test picture with features that catch encoding mistakes: colour gradients (channel order), a fine
 * checkerboard (row/column offsets), repeated tiles (pixmap cache) and text-like stripes; plus an animation step
 * that exercises fill, copy-bits and damage.
 */
public final class TestPattern {
    private TestPattern() {}

    public static int background(int x, int y, int width, int height) {
        int r = x * 255 / Math.max(1, width - 1);
        int g = y * 255 / Math.max(1, height - 1);
        int b = ((x / 8) + (y / 8)) % 2 == 0 ? 0x40 : 0xC0;
        return r << 16 | g << 8 | b;
    }

    /** Paints the static picture into the screen (no posting). */
    public static void paint(FramebufferScreen s) {
        int w = s.width(), h = s.height();
        int[] px = s.pixels();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                px[y * w + x] = background(x, y, w, h);
            }
        }
        // Identical 64x64 tiles along the bottom: content the pixmap cache can reuse.
        for (int tx = 0; tx + 64 <= w; tx += 64) {
            for (int y = Math.max(0, h - 64); y < h; y++) {
                for (int x = tx; x < tx + 64; x++) {
                    int lx = x - tx, ly = y - (h - 64);
                    px[y * w + x] = ((lx ^ ly) & 8) != 0 ? 0x202020 : 0xF0E0D0;
                }
            }
        }
        // Single-pixel stripes like text.
        for (int y = 10; y < Math.min(h, 40); y += 2) {
            for (int x = 10; x < Math.min(w, 300); x++) {
                if ((x * 7 + y * 3) % 11 < 4) px[y * w + x] = 0x000000;
            }
        }
    }

    /**
     * One animation step: a box bouncing (damage where it was, fill where it is) and a ticker band scrolled
     * left with copy-bits. Call inside {@link FramebufferScreen#draw}.
     */
    public static void animate(FramebufferScreen s, SpiceDisplay display, int frame) {
        int w = s.width(), h = s.height();
        int box = 40;
        int span = Math.max(1, w - box);
        int prevX = bounce(frame - 1, span), curX = bounce(frame, span);
        int boxY = h / 2 - box / 2;
        // Restore the background where the box was.
        int[] px = s.pixels();
        for (int y = boxY; y < boxY + box && y < h; y++) {
            for (int x = prevX; x < prevX + box && x < w; x++) {
                if (y >= 0) px[y * w + x] = background(x, y, w, h);
            }
        }
        display.damage(prevX, boxY, box, box);
        int colour = 0x0000FF + ((frame * 5) % 256 << 16);
        s.fillRect(curX, boxY, box, box, colour);
        display.fill(curX, boxY, box, box, colour);
        // Ticker band: scroll left by 4 and draw a new column stripe at the right end.
        int bandY = Math.min(h - 80, 60), bandH = 16;
        if (bandY > 0 && w > 8) {
            s.copyArea(4, bandY, 0, bandY, w - 4, bandH);
            display.copyBits(4, bandY, 0, bandY, w - 4, bandH);
            int c = (frame & 1) == 0 ? 0xFFFF00 : 0x00FFFF;
            if ((frame / 3) % 2 == 0) c = 0x101010;
            s.fillRect(w - 4, bandY, 4, bandH, c);
            display.fill(w - 4, bandY, 4, bandH, c);
        }
    }

    private static int bounce(int frame, int span) {
        int period = 2 * span;
        int p = Math.floorMod(frame * 6, period);
        return p < span ? p : period - p;
    }
}
