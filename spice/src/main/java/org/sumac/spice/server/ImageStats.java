package org.sumac.spice.server;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts images sent per SpiceImageType, over all clients of a server (for tests and monitoring). */
public final class ImageStats {
    private final ConcurrentHashMap<Integer, LongAdder> counts = new ConcurrentHashMap<>();

    public void imageSent(int imageType) {
        counts.computeIfAbsent(imageType, t -> new LongAdder()).increment();
    }

    public long sent(int imageType) {
        LongAdder a = counts.get(imageType);
        return a == null ? 0 : a.sum();
    }
}
