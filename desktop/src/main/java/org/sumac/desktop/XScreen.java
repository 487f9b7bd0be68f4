package org.sumac.desktop;

import org.sumac.spice.channel.display.ScreenSource;
import org.sumac.x11.render.Pixels;
import org.sumac.x11.server.XServer;

/**
 * The X screen as the SPICE library sees it. Frames are read under the X server's lock
 * ({@link #withConsistentView}): the damage and copy commands are posted under that lock too, so the pixels a
 * frame carries always match the commands before it. Reading without the lock could tear, and a torn area that a
 * later COPY_BITS moves would stay wrong on the client, so correctness wins over the short lock hold (a copy of
 * the damaged pixels; encoding happens afterwards, outside the lock).
 */
final class XScreen implements ScreenSource {
    /** Depth-24 pixels may carry bits above the 24 colour bits (fb keeps the whole word); SPICE wants xRGB. */
    private static final int RGB_MASK = 0x00FFFFFF;

    private final XServer server;
    private final Pixels framebuffer;

    XScreen(XServer server) {
        this.server = server;
        this.framebuffer = server.framebuffer;
    }

    @Override
    public int width() {
        return framebuffer.width;
    }

    @Override
    public int height() {
        return framebuffer.height;
    }

    @Override
    public void readPixels(int x, int y, int width, int height, int[] dst, int offset, int stride) {
        int[] src = framebuffer.data;
        int srcStride = framebuffer.width;
        for (int row = 0; row < height; row++) {
            int from = (y + row) * srcStride + x;
            int to = offset + row * stride;
            for (int col = 0; col < width; col++) dst[to + col] = src[from + col] & RGB_MASK;
        }
    }

    @Override
    public void withConsistentView(Runnable reader) {
        server.lock.lock();
        try {
            reader.run();
        } finally {
            server.lock.unlock();
        }
    }
}
