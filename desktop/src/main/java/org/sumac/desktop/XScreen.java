package org.sumac.desktop;

import org.sumac.spice.channel.display.ScreenSource;
import org.sumac.x11.port.FramebufferReader;

/**
 * The X screen as the SPICE library sees it. Frames are read with the screen held still
 * ({@link FramebufferReader#consistently}): the damage and copy commands are posted while X holds it too, so the
 * pixels a frame carries always match the commands before it. Reading while X draws could tear, and a torn area that
 * a later COPY_BITS moves would stay wrong on the client, so correctness wins over the short hold (a copy of the
 * damaged pixels; encoding happens afterwards, outside it).
 */
final class XScreen implements ScreenSource {
    private final FramebufferReader framebuffer;

    XScreen(FramebufferReader framebuffer) {
        this.framebuffer = framebuffer;
    }

    @Override
    public int width() {
        return framebuffer.width();
    }

    @Override
    public int height() {
        return framebuffer.height();
    }

    @Override
    public void readPixels(int x, int y, int width, int height, int[] dst, int offset, int stride) {
        framebuffer.read(x, y, width, height, dst, offset, stride);
    }

    @Override
    public void withConsistentView(Runnable reader) {
        framebuffer.consistently(reader);
    }
}
