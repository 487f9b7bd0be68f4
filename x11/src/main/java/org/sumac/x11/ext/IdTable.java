package org.sumac.x11.ext;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Values by 32-bit id (an X resource's own numbering, such as a glyph set's glyph ids), without boxing: CompositeGlyphs
 * looks up every glyph of every string, and a {@code HashMap<Integer, ?>} lookup cost as much as pixman's drawing of a
 * small glyph. Open addressing with linear probing; removal shifts the entries after it back, so no tombstones pile
 * up. Its arrays grow with the entries (at most half full), so it costs memory in proportion to what its owner holds.
 */
final class IdTable<V> {
    private int[] ids = new int[8];
    private Object[] values = new Object[8];
    private int size;

    int size() { return size; }

    @SuppressWarnings("unchecked")
    V get(int id) {
        int mask = ids.length - 1;
        for (int i = slot(id, mask); ; i = (i + 1) & mask) {
            Object v = values[i];
            if (v == null) return null;
            if (ids[i] == id) return (V) v;
        }
    }

    /** Sets the value of {@code id} (never null) and returns the one it had, or null. */
    @SuppressWarnings("unchecked")
    V put(int id, V value) {
        if (value == null) throw new NullPointerException("value");
        int mask = ids.length - 1;
        int i = slot(id, mask);
        for (; values[i] != null; i = (i + 1) & mask) {
            if (ids[i] == id) {
                V old = (V) values[i];
                values[i] = value;
                return old;
            }
        }
        ids[i] = id;
        values[i] = value;
        if (++size * 2 > ids.length) grow();
        return null;
    }

    /** Removes {@code id} and returns its value, or null when it had none. */
    @SuppressWarnings("unchecked")
    V remove(int id) {
        int mask = ids.length - 1;
        int i = slot(id, mask);
        while (values[i] != null && ids[i] != id) i = (i + 1) & mask;
        if (values[i] == null) return null;
        V old = (V) values[i];
        // close the gap: move back each later entry of the run whose home slot is not between the gap and it
        int gap = i;
        for (int j = (gap + 1) & mask; values[j] != null; j = (j + 1) & mask) {
            int home = slot(ids[j], mask);
            if (((j - home) & mask) >= ((j - gap) & mask)) {
                ids[gap] = ids[j];
                values[gap] = values[j];
                gap = j;
            }
        }
        values[gap] = null;
        size--;
        return old;
    }

    @SuppressWarnings("unchecked")
    void forEachValue(Consumer<? super V> action) {
        for (Object v : values) if (v != null) action.accept((V) v);
    }

    void clear() {
        Arrays.fill(values, null);
        size = 0;
    }

    private void grow() {
        int[] oldIds = ids;
        Object[] oldValues = values;
        ids = new int[oldIds.length * 2];
        values = new Object[oldIds.length * 2];
        int mask = ids.length - 1;
        for (int k = 0; k < oldIds.length; k++) {
            if (oldValues[k] == null) continue;
            int i = slot(oldIds[k], mask);
            while (values[i] != null) i = (i + 1) & mask;
            ids[i] = oldIds[k];
            values[i] = oldValues[k];
        }
    }

    /** Spreads consecutive ids (a font's glyphs) and ids that differ only in high bits alike. */
    private static int slot(int id, int mask) {
        int h = id * 0x9E3779B9;
        return (h ^ h >>> 16) & mask;
    }
}
