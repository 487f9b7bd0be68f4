package org.sumac.spice.channel.display;

import java.util.Random;

/** Random fills, copies and damage (some of it repeated tile content) applied to a screen and posted. */
final class RandomScreenChanges {
    private RandomScreenChanges() {}

    static int periodic(int x, int y) {
        return ((x % 64) * 4) << 16 | ((y % 64) * 4) << 8;
    }

    /** A screen painted with {@link #periodic} everywhere. */
    static FramebufferScreen periodicScreen(int w, int h) {
        FramebufferScreen screen = new FramebufferScreen(w, h);
        screen.draw(s -> {
            for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) s.pixels()[y * w + x] = periodic(x, y);
        });
        return screen;
    }

    static void step(FramebufferScreen screen, SpiceDisplay d, Random random) {
        int kind = random.nextInt(4);
        screen.draw(s -> {
            int w = s.width(), h = s.height();
            int x = random.nextInt(w - 20), y = random.nextInt(h - 20);
            int rw = 1 + random.nextInt(w - x), rh = 1 + random.nextInt(h - y);
            switch (kind) {
                case 0 -> {
                    int c = random.nextInt(0x1000000);
                    s.fillRect(x, y, rw, rh, c);
                    d.fill(x, y, rw, rh, c);
                }
                case 1 -> {
                    int dx = random.nextInt(41) - 20, dy = random.nextInt(41) - 20;
                    int sx = Math.max(0, x + dx), sy = Math.max(0, y + dy);
                    int cw = Math.min(rw, Math.min(w - sx, w - x)), ch = Math.min(rh, Math.min(h - sy, h - y));
                    s.copyArea(sx, sy, x, y, cw, ch);
                    d.copyBits(sx, sy, x, y, cw, ch);
                }
                case 2 -> {
                    // Re-paint an aligned block with the periodic pattern: identical tiles for the cache.
                    int bx = 64 * random.nextInt(w / 64 - 3), by = 64 * random.nextInt(h / 64 - 3);
                    for (int yy = by; yy < by + 256 && yy < h; yy++) {
                        for (int xx = bx; xx < bx + 256 && xx < w; xx++) s.pixels()[yy * w + xx] = periodic(xx, yy);
                    }
                    d.damage(bx, by, 256, 256);
                }
                default -> {
                    for (int yy = y; yy < y + rh; yy += 3) s.pixels()[yy * w + x] ^= 0xFFFFFF;
                    d.damage(x, y, 1, rh);
                }
            }
        });
    }
}
