package org.sumac.x11.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The run union used by wide arcs against a plain set of pixels. */
class ArcSpanUnionTest {
    @Test
    void unionMatchesPixelSet() {
        Random r = new Random(3);
        for (int round = 0; round < 200; round++) {
            ArcSpanUnion u = new ArcSpanUnion();
            TreeSet<Long> pixels = new TreeSet<>();
            // rows spread far apart in random order exercise the growing row window
            int spread = round % 2 == 0 ? 7 : 5000;
            u.clear();
            u.add(r.nextInt(100), 0, 1000); // cleared again below: must not leak into the result
            u.clear();
            for (int i = 0; i < 60; i++) {
                int y = r.nextInt(spread) - spread / 2, x1 = r.nextInt(80) - 40, x2 = x1 + r.nextInt(15) - 3;
                u.add(y, x1, x2);
                for (int x = x1; x < x2; x++) pixels.add(((long) y << 32) + x);
            }
            List<Long> emitted = new ArrayList<>();
            List<int[]> runs = new ArrayList<>();
            u.emit((x, y, w) -> {
                runs.add(new int[] {x, y, w});
                for (int i = 0; i < w; i++) emitted.add(((long) y << 32) + x + i);
            });
            assertEquals(new ArrayList<>(pixels), emitted, "each pixel once, rows top-down, x ascending");
            for (int i = 1; i < runs.size(); i++) {
                int[] a = runs.get(i - 1), b = runs.get(i);
                if (a[1] == b[1]) assertEquals(true, a[0] + a[2] < b[0], "touching runs are merged");
            }
        }
    }

    @Test
    void clipLimitsRuns() {
        ArcSpanUnion u = new ArcSpanUnion();
        u.add(0, -10, 10);
        u.add(5, 0, 3);
        List<String> out = new ArrayList<>();
        u.emit((x, y, w) -> out.add(x + "," + y + "," + w), 0, 0, 5, 5);
        assertEquals(List.of("0,0,5"), out);
    }
}
