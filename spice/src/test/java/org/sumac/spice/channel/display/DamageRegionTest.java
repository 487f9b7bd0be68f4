package org.sumac.spice.channel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DamageRegionTest {
    @Test
    void aColumnOfTextLinesGoesAsOneImage() {
        DamageRegion d = new DamageRegion();
        for (int line = 0; line < 40; line++) d.add(new Rect(2, 2 + 13 * line, 30 + (line % 3) * 6, 13));
        List<Rect> out = d.coalesced(PendingUpdates.MERGE_SLACK_PIXELS);
        assertEquals(List.of(new Rect(2, 2, 42, 520)), out);
    }

    @Test
    void aRectangleCoveredByTwoPiecesAddsNothingAndAPartlyCoveredOneAddsOnlyItsNewPixels() {
        DamageRegion d = new DamageRegion();
        d.add(new Rect(0, 0, 100, 13));
        d.add(new Rect(50, 5, 100, 13)); // overlaps: stored as the first plus the pieces outside it
        List<Rect> before = d.rects();
        Rect spread = new Rect(40, 6, 70, 7); // inside the union, in no single rectangle
        assertTrue(d.covers(spread), "a fill or copy there is already covered by the damage");
        d.add(spread);
        assertEquals(before, d.rects());
        assertTrue(!d.covers(new Rect(40, 6, 70, 8)), "one row more sticks out");
        d.add(new Rect(140, 10, 20, 20)); // 10x8 of it already there
        long area = 0;
        for (Rect r : d.rects()) area += r.area();
        assertEquals(100 * 13 + 100 * 13 - 50 * 8 + 20 * 20 - 10 * 8, area);
    }

    @Test
    void farApartChangesStaySeparate() {
        DamageRegion d = new DamageRegion();
        d.add(new Rect(0, 0, 10, 10));
        d.add(new Rect(900, 700, 10, 10));
        assertEquals(2, d.coalesced(PendingUpdates.MERGE_SLACK_PIXELS).size());
    }

    @Test
    void mergedRectanglesCoverEveryDamagedPixelAndLittleMore() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            DamageRegion d = new DamageRegion();
            boolean[] damaged = new boolean[200 * 200];
            int n = 1 + random.nextInt(30);
            for (int i = 0; i < n; i++) {
                Rect r = new Rect(random.nextInt(180), random.nextInt(180), 1 + random.nextInt(40), 1 + random.nextInt(40))
                        .intersect(new Rect(0, 0, 200, 200));
                d.add(r);
            }
            for (Rect r : d.rects()) mark(damaged, r);
            int slack = random.nextInt(2000);
            List<Rect> out = d.coalesced(slack);
            boolean[] sent = new boolean[200 * 200];
            for (Rect r : out) mark(sent, r);
            int extra = 0;
            for (int p = 0; p < sent.length; p++) {
                assertTrue(!damaged[p] || sent[p], "damaged pixel " + p + " not sent");
                if (sent[p] && !damaged[p]) extra++;
            }
            int merges = d.rects().size() - out.size();
            assertTrue(extra <= (long) merges * slack, extra + " extra pixels after " + merges + " merges");
        }
    }

    private static void mark(boolean[] px, Rect r) {
        for (int y = r.y(); y < r.bottom(); y++) for (int x = r.x(); x < r.right(); x++) px[y * 200 + x] = true;
    }
}
