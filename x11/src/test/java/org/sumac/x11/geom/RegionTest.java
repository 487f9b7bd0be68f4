package org.sumac.x11.geom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Region operations checked against a plain bitmap model on random rectangles. */
class RegionTest {
    private static final int N = 40;

    private static boolean[] bitmap(Region r) {
        boolean[] b = new boolean[N * N];
        for (int i = 0; i < r.rectCount(); i++) {
            for (int y = r.y1(i); y < r.y2(i); y++) for (int x = r.x1(i); x < r.x2(i); x++) b[y * N + x] = true;
        }
        return b;
    }

    private static Region random(Random rnd) {
        int n = 1 + rnd.nextInt(5);
        int[] xywh = new int[n * 4];
        for (int i = 0; i < n; i++) {
            xywh[i * 4] = rnd.nextInt(N - 1);
            xywh[i * 4 + 1] = rnd.nextInt(N - 1);
            xywh[i * 4 + 2] = 1 + rnd.nextInt(N - xywh[i * 4]);
            xywh[i * 4 + 3] = 1 + rnd.nextInt(N - xywh[i * 4 + 1]);
            xywh[i * 4 + 2] = Math.min(xywh[i * 4 + 2], N - xywh[i * 4]);
            xywh[i * 4 + 3] = Math.min(xywh[i * 4 + 3], N - xywh[i * 4 + 1]);
        }
        return Region.ofRects(xywh, n);
    }

    @Test
    void setOperationsMatchBitmaps() {
        Random rnd = new Random(42);
        for (int iter = 0; iter < 500; iter++) {
            Region a = random(rnd), b = random(rnd);
            boolean[] ba = bitmap(a), bb = bitmap(b);
            boolean[] u = bitmap(a.union(b)), in = bitmap(a.intersect(b)), s = bitmap(a.subtract(b)), x = bitmap(a.xor(b));
            for (int p = 0; p < N * N; p++) {
                assertEquals(ba[p] || bb[p], u[p], "union");
                assertEquals(ba[p] && bb[p], in[p], "intersect");
                assertEquals(ba[p] && !bb[p], s[p], "subtract");
                assertEquals(ba[p] ^ bb[p], x[p], "xor");
                assertEquals(ba[p], a.contains(p % N, p / N), "contains");
            }
        }
    }

    @Test
    void equalSetsHaveEqualRepresentations() {
        Region a = Region.of(0, 0, 10, 10).union(Region.of(10, 0, 10, 10));
        assertEquals(Region.of(0, 0, 20, 10), a);
        Region b = Region.of(0, 0, 10, 5).union(Region.of(0, 5, 10, 5));
        assertEquals(Region.of(0, 0, 10, 10), b);
        assertEquals(1, b.rectCount());
    }

    @Test
    void bandsAreDisjointAndSorted() {
        Random rnd = new Random(7);
        for (int iter = 0; iter < 200; iter++) {
            Region r = random(rnd).union(random(rnd)).subtract(random(rnd));
            for (int i = 1; i < r.rectCount(); i++) {
                boolean sameBand = r.y1(i) == r.y1(i - 1);
                if (sameBand) assertTrue(r.x1(i) > r.x2(i - 1), "rectangles in a band neither touch nor overlap");
                else assertTrue(r.y1(i) >= r.y2(i - 1), "bands do not overlap");
            }
        }
        assertFalse(Region.EMPTY.contains(0, 0));
    }
}
