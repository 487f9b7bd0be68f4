package org.sumac.spice.channel.display;

import java.util.List;

/** An axis-aligned rectangle in screen pixels; empty when width or height is not positive. */
public record Rect(int x, int y, int width, int height) {
    public boolean isEmpty() {
        return width <= 0 || height <= 0;
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public long area() {
        return isEmpty() ? 0 : (long) width * height;
    }

    public Rect intersect(Rect o) {
        int l = Math.max(x, o.x), t = Math.max(y, o.y);
        int r = Math.min(right(), o.right()), b = Math.min(bottom(), o.bottom());
        return new Rect(l, t, Math.max(0, r - l), Math.max(0, b - t));
    }

    public boolean intersects(Rect o) {
        return !intersect(o).isEmpty();
    }

    public Rect translate(int dx, int dy) {
        return new Rect(x + dx, y + dy, width, height);
    }

    public Rect union(Rect o) {
        if (isEmpty()) return o;
        if (o.isEmpty()) return this;
        int l = Math.min(x, o.x), t = Math.min(y, o.y);
        return new Rect(l, t, Math.max(right(), o.right()) - l, Math.max(bottom(), o.bottom()) - t);
    }

    /** Adds to {@code out} the up to four pieces of this rectangle not covered by {@code o}. */
    public void subtractInto(Rect o, List<Rect> out) {
        Rect overlap = intersect(o);
        if (overlap.isEmpty()) {
            if (!isEmpty()) out.add(this);
            return;
        }
        if (overlap.y > y) out.add(new Rect(x, y, width, overlap.y - y));
        if (overlap.bottom() < bottom()) out.add(new Rect(x, overlap.bottom(), width, bottom() - overlap.bottom()));
        if (overlap.x > x) out.add(new Rect(x, overlap.y, overlap.x - x, overlap.height));
        if (overlap.right() < right()) out.add(new Rect(overlap.right(), overlap.y, right() - overlap.right(), overlap.height));
    }
}
