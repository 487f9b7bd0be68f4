package org.sumac.spice.channel.display;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's mirror of one client's pixmap cache. The client stores every image sent with CACHE_ME and frees
 * only what INVAL_LIST names, so this mirror decides eviction (least recently used) and must see every image it
 * admits actually sent: FROM_CACHE of an id the client lacks blocks spice-gtk's display forever.
 * Not thread-safe: used on the display connection's event loop only.
 */
final class PixmapCache {
    private record Entry(int width, int height) {}

    private final LinkedHashMap<Long, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final long budgetPixels;
    private long usedPixels;

    PixmapCache(long budgetPixels) {
        this.budgetPixels = Math.max(0, budgetPixels);
    }

    /** True when the client holds an image with this id and size (and marks it recently used). */
    boolean contains(long id, int width, int height) {
        Entry e = entries.get(id);
        return e != null && e.width == width && e.height == height;
    }

    boolean fits(int width, int height) {
        return (long) width * height <= budgetPixels;
    }

    /**
     * Admits an image about to be sent with CACHE_ME; returns the ids that must be invalidated on the client
     * first (sent before the image).
     */
    List<Long> admit(long id, int width, int height) {
        long size = (long) width * height;
        List<Long> evicted = new ArrayList<>();
        Entry old = entries.remove(id);
        if (old != null) {
            // Same id with another size: the client replaces its entry when it stores the new image.
            usedPixels -= (long) old.width * old.height;
        }
        Iterator<Map.Entry<Long, Entry>> it = entries.entrySet().iterator();
        while (usedPixels + size > budgetPixels && it.hasNext()) {
            Map.Entry<Long, Entry> victim = it.next();
            usedPixels -= (long) victim.getValue().width * victim.getValue().height;
            evicted.add(victim.getKey());
            it.remove();
        }
        entries.put(id, new Entry(width, height));
        usedPixels += size;
        return evicted;
    }

    int size() {
        return entries.size();
    }

    long usedPixels() {
        return usedPixels;
    }
}
