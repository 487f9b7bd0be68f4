package org.sumac.x11.ext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdTableTest {

    @Test
    void randomPutsAndRemovesGiveWhatAMapGives() {
        for (long seed = 0; seed < 20; seed++) {
            Random random = new Random(seed);
            IdTable<String> table = new IdTable<>();
            Map<Integer, String> expected = new HashMap<>();
            // few distinct ids, so runs collide, wrap around the array's end and are cut by removals
            int range = seed % 2 == 0 ? 64 : Integer.MAX_VALUE;
            for (int step = 0; step < 5000; step++) {
                int id = seed % 4 == 3 ? random.nextInt(range) << 20 : random.nextInt(range);
                if (random.nextInt(3) == 0) {
                    assertEquals(expected.remove(id), table.remove(id), "remove " + id + " at step " + step);
                } else {
                    String value = "v" + step;
                    assertEquals(expected.put(id, value), table.put(id, value), "put " + id + " at step " + step);
                }
                assertEquals(expected.size(), table.size());
            }
            for (var e : expected.entrySet()) assertEquals(e.getValue(), table.get(e.getKey()));
            List<String> values = new ArrayList<>();
            table.forEachValue(values::add);
            assertEquals(expected.values().stream().sorted().toList(), values.stream().sorted().toList());
        }
    }

    @Test
    void negativeAndZeroIdsAreIdsLikeAnyOther() {
        IdTable<String> table = new IdTable<>();
        table.put(0, "zero");
        table.put(-1, "all ones");
        table.put(Integer.MIN_VALUE, "high bit");
        assertEquals("zero", table.get(0));
        assertEquals("all ones", table.get(-1));
        assertEquals("high bit", table.get(Integer.MIN_VALUE));
        assertNull(table.get(1));
    }

    @Test
    void aClearedTableIsEmpty() {
        IdTable<String> table = new IdTable<>();
        for (int i = 0; i < 100; i++) table.put(i, "v" + i);
        table.clear();
        assertEquals(0, table.size());
        assertNull(table.get(5));
        table.put(5, "again");
        assertEquals("again", table.get(5));
    }
}
