package org.sumac.spice.channel.display;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of pixels as disjoint rectangles. Past {@link #MAX_RECTS} rectangles it collapses to their bounding
 * box: that over-sends a little but keeps the memory of a client that falls behind bounded.
 */
final class DamageRegion {
    static final int MAX_RECTS = 48;
    private List<Rect> rects = new ArrayList<>();

    boolean isEmpty() {
        return rects.isEmpty();
    }

    List<Rect> rects() {
        return List.copyOf(rects);
    }

    void clear() {
        rects = new ArrayList<>();
    }

    /**
     * Whether every pixel of {@code r} is in the region, even spread over several of its rectangles (an
     * allocation-free test: the rectangles are disjoint, so their overlaps with {@code r} add up).
     */
    boolean covers(Rect r) {
        long covered = 0;
        for (Rect e : rects) {
            int w = Math.min(e.right(), r.right()) - Math.max(e.x(), r.x());
            int h = Math.min(e.bottom(), r.bottom()) - Math.max(e.y(), r.y());
            if (w > 0 && h > 0) covered += (long) w * h;
        }
        return covered == r.area();
    }

    void add(Rect r) {
        if (r.isEmpty() || covers(r)) return; // steady drawing: nothing new, and no garbage
        List<Rect> pieces = new ArrayList<>();
        pieces.add(r);
        for (Rect existing : rects) {
            List<Rect> next = new ArrayList<>();
            for (Rect p : pieces) p.subtractInto(existing, next);
            pieces = next;
            if (pieces.isEmpty()) return;
        }
        rects.addAll(pieces);
        if (rects.size() > MAX_RECTS) {
            Rect box = new Rect(0, 0, 0, 0);
            for (Rect e : rects) box = box.union(e);
            rects = new ArrayList<>(List.of(box));
        }
    }

    void addAll(DamageRegion other) {
        for (Rect r : other.rects) add(r);
    }

    void subtract(Rect r) {
        if (r.isEmpty() || rects.isEmpty()) return;
        List<Rect> next = new ArrayList<>();
        for (Rect e : rects) e.subtractInto(r, next);
        rects = next;
    }

    DamageRegion intersect(Rect r) {
        DamageRegion out = new DamageRegion();
        for (Rect e : rects) {
            Rect i = e.intersect(r);
            if (!i.isEmpty()) out.rects.add(i);
        }
        return out;
    }

    DamageRegion translate(int dx, int dy) {
        DamageRegion out = new DamageRegion();
        for (Rect e : rects) out.rects.add(e.translate(dx, dy));
        return out;
    }

    /**
     * The rectangles to send, merged where sending one bounding box costs little more than sending the parts:
     * every image carries about a hundred bytes of headers and compresses worse alone, so a column of short text
     * lines goes better as one image. Merged boxes may overlap (both carry current pixels, so that is only a
     * little waste); each merge removes a rectangle, so this ends.
     */
    List<Rect> coalesced(long slackPixels) {
        List<Rect> out = new ArrayList<>(rects);
        boolean merged = true;
        while (merged && out.size() > 1) {
            merged = false;
            for (int i = 0; i < out.size(); i++) {
                for (int j = out.size() - 1; j > i; j--) {
                    Rect a = out.get(i), b = out.get(j);
                    Rect box = a.union(b);
                    if (box.area() - a.area() - b.area() + a.intersect(b).area() <= slackPixels) {
                        out.set(i, box);
                        out.remove(j);
                        merged = true;
                    }
                }
            }
        }
        return out;
    }

    long area() {
        long a = 0;
        for (Rect e : rects) a += e.area();
        return a;
    }
}
