package org.sumac.desktop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Screen changes the port reports become SPICE posts (the order of one operation's copies is the port's, tested in
 * x11's PortTest).
 */
class DamageForwarderTest {
    private static final int W = 64, H = 48;

    /** Applies posted copies one by one to a picture, as a SPICE client does. */
    private static final class Picture implements DamageForwarder.Posts {
        final int[] px = new int[W * H];
        final List<int[]> damaged = new ArrayList<>();
        final List<int[]> fills = new ArrayList<>();
        int wakes;

        @Override
        public void wake() {
            wakes++;
        }

        @Override
        public void fill(int x, int y, int width, int height, int rgb) {
            fills.add(new int[] {x, y, width, height, rgb});
        }

        Picture() {
            for (int i = 0; i < px.length; i++) px[i] = i * 7919 + 13;
        }

        @Override
        public void damage(int x, int y, int width, int height) {
            damaged.add(new int[] {x, y, width, height});
        }

        @Override
        public void copyBits(int srcX, int srcY, int dstX, int dstY, int width, int height) {
            int[] tmp = new int[width * height];
            for (int r = 0; r < height; r++) System.arraycopy(px, (srcY + r) * W + srcX, tmp, r * width, width);
            for (int r = 0; r < height; r++) System.arraycopy(tmp, r * width, px, (dstY + r) * W + dstX, width);
        }
    }

    @Test
    void eachCopyBecomesOneCopyBitsFromItsSourceToItsDestination() {
        Picture picture = new Picture();
        int[] before = picture.px.clone();
        new DamageForwarder(picture).copied(2, 3, 4, 5, 10, -1);
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 4; c++) assertEquals(before[(3 + r) * W + 2 + c], picture.px[(2 + r) * W + 12 + c]);
        }
    }

    @Test
    void damageIsPostedRectangleByRectangle() {
        Picture picture = new Picture();
        DamageForwarder forwarder = new DamageForwarder(picture);
        forwarder.damaged(1, 2, 3, 4);
        forwarder.damaged(20, 30, 5, 6);
        assertEquals(2, picture.damaged.size());
        assertArrayEquals(new int[] {1, 2, 3, 4}, picture.damaged.get(0));
        assertArrayEquals(new int[] {20, 30, 5, 6}, picture.damaged.get(1));
    }

    @Test
    void solidFillsArePostedAsColoursNotPixels() {
        Picture picture = new Picture();
        DamageForwarder forwarder = new DamageForwarder(picture);
        forwarder.filled(0, 0, 10, 5, 0x123456);
        forwarder.filled(4, 5, 2, 2, 0x123456);
        assertEquals(0, picture.damaged.size(), "no pixels need sending for a solid fill");
        assertEquals(2, picture.fills.size());
        assertArrayEquals(new int[] {0, 0, 10, 5, 0x123456}, picture.fills.get(0));
        assertArrayEquals(new int[] {4, 5, 2, 2, 0x123456}, picture.fills.get(1));
    }

    @Test
    void postsWaitForTheCompletedDamageToWakeTheDisplay() {
        Picture picture = new Picture();
        DamageForwarder forwarder = new DamageForwarder(picture);
        forwarder.filled(0, 0, 10, 5, 0x123456);
        forwarder.damaged(1, 2, 3, 4);
        assertEquals(0, picture.wakes, "posts under the X lock wake nobody");
        forwarder.frameComplete();
        assertEquals(1, picture.wakes);
    }
}
