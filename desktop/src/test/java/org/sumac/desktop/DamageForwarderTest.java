package org.sumac.desktop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sumac.x11.geom.Region;

/**
 * X copies a whole region at once; the client applies one COPY_BITS per rectangle in turn. The order the
 * forwarder picks must give the same picture for every direction of motion.
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

    /** The reference: every destination pixel takes the source pixel from before the copy. */
    private static int[] atomicCopy(int[] before, Region destination, int dx, int dy) {
        int[] out = before.clone();
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (destination.contains(x, y)) out[y * W + x] = before[(y - dy) * W + (x - dx)];
            }
        }
        return out;
    }

    /** A staircase of overlapping-band rectangles, several per band, so order inside and across bands matters. */
    private static Region staircase() {
        Region r = Region.EMPTY;
        for (int i = 0; i < 6; i++) {
            r = r.union(Region.of(8 + i * 4, 8 + i * 4, 12, 6));
            r = r.union(Region.of(36 - i * 3, 10 + i * 5, 5, 4));
        }
        return r;
    }

    @Test
    void sequentialCopiesEqualTheAtomicCopyInEveryDirection() {
        Region region = staircase();
        for (int dx = -3; dx <= 3; dx++) {
            for (int dy = -3; dy <= 3; dy++) {
                if (dx == 0 && dy == 0) continue;
                Region destination = region.translate(dx, dy);
                Picture picture = new Picture();
                int[] expected = atomicCopy(picture.px, destination, dx, dy);
                new DamageForwarder(picture).copied(destination, dx, dy);
                assertArrayEquals(expected, picture.px, "dx " + dx + " dy " + dy);
            }
        }
    }

    @Test
    void damageIsPostedRectangleByRectangle() {
        Picture picture = new Picture();
        new DamageForwarder(picture).damaged(Region.of(1, 2, 3, 4).union(Region.of(20, 30, 5, 6)));
        assertEquals(2, picture.damaged.size());
        assertArrayEquals(new int[] {1, 2, 3, 4}, picture.damaged.get(0));
        assertArrayEquals(new int[] {20, 30, 5, 6}, picture.damaged.get(1));
    }

    @Test
    void solidFillsArePostedAsColoursNotPixels() {
        Picture picture = new Picture();
        new DamageForwarder(picture).filled(Region.of(0, 0, 10, 5).union(Region.of(4, 5, 2, 2)), 0xFF123456);
        assertEquals(0, picture.damaged.size(), "no pixels need sending for a solid fill");
        assertEquals(2, picture.fills.size());
        assertArrayEquals(new int[] {0, 0, 10, 5, 0x123456}, picture.fills.get(0));
        assertArrayEquals(new int[] {4, 5, 2, 2, 0x123456}, picture.fills.get(1));
    }

    @Test
    void postsWaitForTheCompletedDamageToWakeTheDisplay() {
        Picture picture = new Picture();
        DamageForwarder forwarder = new DamageForwarder(picture);
        forwarder.filled(Region.of(0, 0, 10, 5), 0x123456);
        forwarder.damaged(Region.of(1, 2, 3, 4));
        assertEquals(0, picture.wakes, "posts under the X lock wake nobody");
        forwarder.damageComplete();
        assertEquals(1, picture.wakes);
    }
}
