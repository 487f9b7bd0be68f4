package org.sumac.spice.channel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The client's picture as the server tracks it, against a plain reference of what a client does. */
class ClientPictureTest {
    private static final int W = 40, H = 30;

    private static int[] random(Random r, int n) {
        int[] px = new int[n];
        for (int i = 0; i < n; i++) px[i] = r.nextInt(4) * 0x111111; // few colours: equal neighbours are common
        return px;
    }

    private static int[] part(int[] screen, Rect r) {
        int[] px = new int[r.width() * r.height()];
        for (int y = 0; y < r.height(); y++) System.arraycopy(screen, (r.y() + y) * W + r.x(), px, y * r.width(), r.width());
        return px;
    }

    private static ClientPicture showing(int[] screen) {
        ClientPicture p = new ClientPicture();
        p.reset(W, H);
        p.put(new Rect(0, 0, W, H), screen.clone());
        return p;
    }

    @Test
    void unknownUntilTheWholeSurfaceWasSent() {
        int[] screen = new int[W * H];
        ClientPicture p = new ClientPicture();
        p.reset(W, H);
        Rect all = new Rect(0, 0, W, H);
        assertEquals(all, p.changedWithin(all, screen), "a fresh surface hides nothing");
        p.put(new Rect(0, 0, W, H / 2), new int[W * (H / 2)]);
        assertEquals(all, p.changedWithin(all, screen), "half a surface is not a known picture");
        p.put(new Rect(0, H / 2, W, H - H / 2), new int[W * (H - H / 2)]);
        assertNull(p.changedWithin(all, screen), "both halves: known");
        p.copy(-1, 0, new Rect(0, 0, 4, 4));
        assertEquals(all, p.changedWithin(all, screen), "after a copy from outside the surface nothing is known");
        p.reset(W, H);
        p.put(all, screen);
        assertNull(p.changedWithin(all, screen), "until the next surface");
    }

    @Test
    void changedWithinIsTheBoundingBoxOfTheDifferences() {
        int[] screen = random(new Random(1), W * H);
        ClientPicture p = showing(screen);
        Rect tile = new Rect(5, 4, 30, 20);
        assertNull(p.changedWithin(tile, part(screen, tile)), "the same pixels again");
        int[] now = screen.clone();
        now[10 * W + 12] ^= 1;
        now[17 * W + 8] ^= 1;
        now[12 * W + 30] ^= 1;
        assertEquals(new Rect(8, 10, 23, 8), p.changedWithin(tile, part(now, tile)));
        now[4 * W + 34] ^= 1; // the tile's far corner
        assertEquals(new Rect(8, 4, 27, 14), p.changedWithin(tile, part(now, tile)));
    }

    @Test
    void fillsCopiesAndImagesTrackAClientThatAppliesThem() {
        Random r = new Random(7);
        int[] client = random(r, W * H);
        ClientPicture p = showing(client);
        for (int step = 0; step < 2000; step++) {
            Rect t = new Rect(r.nextInt(W), r.nextInt(H), 1 + r.nextInt(W / 2), 1 + r.nextInt(H / 2))
                    .intersect(new Rect(0, 0, W, H));
            switch (r.nextInt(3)) {
                case 0 -> {
                    int c = r.nextInt(4) * 0x111111;
                    for (int y = t.y(); y < t.bottom(); y++) for (int x = t.x(); x < t.right(); x++) client[y * W + x] = c;
                    p.fill(t, c);
                }
                case 1 -> {
                    int sx = r.nextInt(W - t.width() + 1), sy = r.nextInt(H - t.height() + 1);
                    int[] from = part(client, new Rect(sx, sy, t.width(), t.height()));
                    for (int y = 0; y < t.height(); y++) System.arraycopy(from, y * t.width(), client, (t.y() + y) * W + t.x(), t.width());
                    p.copy(sx, sy, t);
                }
                default -> {
                    int[] px = random(r, t.width() * t.height());
                    for (int y = 0; y < t.height(); y++) System.arraycopy(px, y * t.width(), client, (t.y() + y) * W + t.x(), t.width());
                    p.put(t, px);
                }
            }
            Rect all = new Rect(0, 0, W, H);
            assertNull(p.changedWithin(all, client), "step " + step);
        }
    }
}
