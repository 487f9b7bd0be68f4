package org.sumac.spice.channel.display;

import java.util.ArrayList;
import java.util.List;

/**
 * Damaged tiles of one colour, sent as fills instead of images. A blank terminal, a cleared window or the root
 * coming back when a window closes arrive as damage, not as fill requests the display could forward; as images
 * they cost ~170 bytes a tile (~90 of LZ palette image, ~80 of DRAW_COPY and image header), as one DRAW_FILL ~47
 * for all the tiles of a colour that form a rectangle. The first xterm run on a fresh display sent 31 images,
 * 14 of them such tiles (bench/README.md, "Solid tiles as fills; where a first fill's time goes").
 */
final class SolidAreas {
    private final List<PendingUpdates.Fill> found = new ArrayList<>();

    /** The colour (0x00RRGGBB) of every pixel when they all have the same, else -1. */
    static int solidColor(int[] pixels) {
        int first = pixels[0];
        for (int p : pixels) {
            if (p != first) return -1;
        }
        return first & 0xFFFFFF;
    }

    /** Keeps {@code rect} of {@code color}; tiles come row by row, left to right, as the frame reads them. */
    void add(Rect rect, int color) {
        found.add(new PendingUpdates.Fill(rect, color));
    }

    /**
     * What was added, in fewer rectangles: neighbours in a row of the same colour and height joined, then runs of
     * the same colour and span stacked on each other joined. Covers exactly what was added.
     */
    List<PendingUpdates.Fill> merged() {
        List<PendingUpdates.Fill> runs = new ArrayList<>();
        for (PendingUpdates.Fill s : found) {
            Rect r = s.target();
            Rect last = runs.isEmpty() ? null : runs.getLast().target();
            if (last != null && runs.getLast().color() == s.color() && last.y() == r.y()
                    && last.height() == r.height() && last.right() == r.x()) {
                Rect joined = new Rect(last.x(), r.y(), last.width() + r.width(), r.height());
                runs.set(runs.size() - 1, new PendingUpdates.Fill(joined, s.color()));
            } else {
                runs.add(s);
            }
        }
        List<PendingUpdates.Fill> stacked = new ArrayList<>();
        for (PendingUpdates.Fill s : runs) {
            Rect r = s.target();
            int below = -1;
            for (int i = stacked.size() - 1; i >= 0 && below < 0; i--) {
                Rect o = stacked.get(i).target();
                if (stacked.get(i).color() == s.color() && o.x() == r.x() && o.width() == r.width()
                        && o.bottom() == r.y()) {
                    below = i;
                }
            }
            if (below < 0) {
                stacked.add(s);
            } else {
                Rect o = stacked.get(below).target();
                Rect joined = new Rect(o.x(), o.y(), o.width(), o.height() + r.height());
                stacked.set(below, new PendingUpdates.Fill(joined, s.color()));
            }
        }
        return stacked;
    }
}
