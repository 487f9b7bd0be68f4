package org.sumac.x11.window;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sumac.x11.geom.Region;
import org.sumac.x11.render.Pixels;
import org.sumac.x11.server.EventMask;
import org.sumac.x11.server.XServer;

/**
 * Keeps the clip lists of the window tree and turns tree changes into the pixels and events the
 * protocol requires: contents of moved windows are copied, newly visible parts are painted with
 * the window background and announced with Expose, as Xvfb's mi layer does (no backing store).
 */
public final class WindowTree {
    private final XServer server;
    public final Window root;
    private final Pixels screen;

    public WindowTree(XServer server, Window root, Pixels screen) {
        this.server = server;
        this.root = root;
        this.screen = screen;
    }

    /** A snapshot of what each window showed before a change. */
    private record Before(int absX, int absY, Region clip, Region borderClip, boolean viewable, Pixels buffer, int bufferX,
                          int bufferY, Region redirectBorderClip) { }

    /**
     * Backings of windows no longer redirected: the repaint still copies what they hold, so they are released (a
     * pixmap named from one keeps its own reference) once the change is painted.
     */
    private final List<Pixels> retired = new ArrayList<>();
    private boolean changing;

    private void releaseRetired() {
        retired.forEach(Pixels::release);
        retired.clear();
    }

    /** Windows whose contents are not kept across the current change (resized with ForgetGravity). */
    private final Map<Window, Boolean> forget = new IdentityHashMap<>();

    /**
     * Applies a change to the tree, then recomputes clips, copies preserved contents, paints
     * exposed backgrounds and borders, and sends Expose events.
     */
    public void change(Runnable mutation) {
        changing = true;
        try {
            changeTree(mutation);
        } finally {
            changing = false;
            releaseRetired();
        }
    }

    private void changeTree(Runnable mutation) {
        Map<Window, Before> before = new IdentityHashMap<>();
        snapshot(root, before);
        mutation.run();
        layout();
        List<Runnable> tell = new ArrayList<>();
        visibility(root, tell);
        backingDamage(before);
        repaint(before);
        // automatically redirected windows shown elsewhere or more are painted there whole
        for (Map.Entry<Window, Before> e : before.entrySet()) {
            Window w = e.getKey();
            Before pb = w.parent == null ? null : before.get(w.parent);
            boolean parentMoved = pb != null && pb.buffer() != w.parent.buffer; // what it painted there stayed behind
            if (w.redirectDraw == Window.REDIRECT_AUTOMATIC
                && (parentMoved || !w.redirectBorderClip.equals(e.getValue().redirectBorderClip()))) {
                unpainted.merge(w, w.redirectBorderClip, Region::union);
            }
        }
        flushAutomatic();
        tell.forEach(Runnable::run);
        forget.clear();
    }

    /**
     * What DAMAGE hears of redirected windows' own pixels in a tree change, as Xorg's composite layer causes it: a new
     * backing is filled whole from the parent (compNewPixmap), and a redirected window moved on the screen is damaged
     * whole (compCopyWindow), though its pixels stay where they are.
     */
    private void backingDamage(Map<Window, Before> before) {
        List<Window> order = new ArrayList<>();
        collect(root, order);
        for (Window w : order) {
            Before b = before.get(w);
            if (w.redirectDraw == Window.REDIRECT_NONE || b == null) continue;
            boolean fresh = b.buffer() != w.buffer;
            boolean moved = !fresh && b.viewable() && (b.absX() != w.absX || b.absY() != w.absY);
            if (fresh || moved) server.backingWritten(w, w.borderClip);
        }
    }

    /** Marks a window whose contents are lost in the change under way (ForgetGravity resize). */
    public void forgetContents(Window w) { forget.put(w, Boolean.TRUE); }

    private void snapshot(Window w, Map<Window, Before> out) {
        out.put(w, new Before(w.absX, w.absY, w.clipList, w.borderClip, w.viewable, w.buffer, w.bufferX, w.bufferY,
            w.redirectBorderClip));
        for (Window c : w.children) snapshot(c, out);
    }

    /** Recomputes positions, viewability and clip regions of every window. */
    public void layout() {
        root.absX = 0;
        root.absY = 0;
        root.viewable = true;
        root.buffer = screen;
        root.bufferX = 0;
        root.bufferY = 0;
        root.borderClip = Region.of(0, 0, screen.width, screen.height);
        layoutChildren(root, root.insideRegion().intersect(root.borderClip));
        if (!changing) releaseRetired();
    }

    /**
     * As mi's tree validation with Composite: a redirected window draws into its own pixels, its clip is its own
     * shape whatever covers it, and a manually redirected one does not clip its parent or siblings (the compositing
     * manager paints it); an automatically redirected one clips them as before and the server paints it there
     * ({@link #redirectBorderClip}).
     */
    private void layoutChildren(Window w, Region inside) {
        Region remaining = inside;
        for (int i = w.children.size() - 1; i >= 0; i--) {
            Window c = w.children.get(i);
            c.absX = w.absX + c.x + c.borderWidth;
            c.absY = w.absY + c.y + c.borderWidth;
            c.viewable = w.viewable && c.mapped;
            boolean redirect = c.viewable && c.redirectWanted != Window.REDIRECT_NONE && !c.isInputOnly() && ensureBacking(c, w);
            if (redirect) {
                c.redirectDraw = c.redirectWanted;
                c.buffer = c.backing;
                c.bufferX = c.absX - c.borderWidth;
                c.bufferY = c.absY - c.borderWidth;
            } else {
                dropBacking(c);
                c.buffer = w.buffer;
                c.bufferX = w.bufferX;
                c.bufferY = w.bufferY;
            }
            if (!c.viewable) {
                c.borderClip = Region.EMPTY;
                c.clipList = Region.EMPTY;
                layoutChildren(c, Region.EMPTY);
                continue;
            }
            if (redirect) {
                Region outer = c.outerRegion();
                c.redirectBorderClip = c.redirectDraw == Window.REDIRECT_MANUAL ? Region.EMPTY : outer.intersect(remaining);
                c.borderClip = outer;
                layoutChildren(c, c.insideRegion());
                if (c.redirectDraw == Window.REDIRECT_AUTOMATIC) remaining = remaining.subtract(c.redirectBorderClip);
                continue;
            }
            c.borderClip = c.outerRegion().intersect(remaining);
            Region cInside = c.insideRegion().intersect(c.borderClip);
            layoutChildren(c, cInside);
            if (!c.isInputOnly()) remaining = remaining.subtract(c.borderClip);
        }
        Region clip = inside;
        for (Window c : w.children) {
            if (!c.viewable || c.isInputOnly()) continue;
            clip = clip.subtract(switch (c.redirectDraw) {
                case Window.REDIRECT_MANUAL -> Region.EMPTY;
                case Window.REDIRECT_AUTOMATIC -> c.redirectBorderClip;
                default -> c.borderClip;
            });
        }
        w.clipList = w.isInputOnly() ? Region.EMPTY : clip;
    }

    /**
     * Gives a window to be redirected its own pixels (border included) when it has none of its size, starting as what
     * its rectangle of its parent's pixels holds (Xorg's compNewPixmap); false when the display's memory is short.
     */
    private boolean ensureBacking(Window c, Window parent) {
        int bw = c.borderWidth;
        long pw = c.width + 2L * bw, ph = c.height + 2L * bw;
        if (c.backing != null && c.backing.width == pw && c.backing.height == ph) return true;
        long cost = org.sumac.x11.render.Pixmap.memoryCost((int) pw, (int) ph);
        if (!server.memory.tryCharge(cost)) return false;
        dropBacking(c);
        c.backingCharge = new org.sumac.x11.server.MemoryBudget.Charge(server.memory, cost);
        Pixels px = new Pixels((int) pw, (int) ph, c.depth);
        Pixels from = parent.buffer;
        int fx = c.absX - bw - parent.bufferX, fy = c.absY - bw - parent.bufferY;
        copyRect(from, fx, fy, px, 0, 0, (int) pw, (int) ph);
        c.backing = px;
        px.reportWritesTo(new org.sumac.x11.render.PixelWrites() {
            @Override public boolean listening() { return true; }
            @Override public void wrote(Region region) { backingWritten(c, px, region); }
            @Override public void copied(Region destination, int dx, int dy) { backingWritten(c, px, destination); }
            @Override public void filled(Region region, int pixel) { backingWritten(c, px, region); }
        });
        return true;
    }

    /** Copies a rectangle between buffers, leaving out what falls outside either (the one place that indexes them). */
    static void copyRect(Pixels from, int fx, int fy, Pixels to, int tx, int ty, int w, int h) {
        int x1 = Math.max(Math.max(0, -fx), -tx), x2 = Math.min(w, Math.min(from.width - fx, to.width - tx));
        if (x2 <= x1) return;
        for (int y = 0; y < h; y++) {
            int sy = fy + y, dy = ty + y;
            if (sy < 0 || sy >= from.height || dy < 0 || dy >= to.height) continue;
            Pixels.copy(from, sy * from.width + fx + x1, to, dy * to.width + tx + x1, x2 - x1);
        }
    }

    private void dropBacking(Window c) {
        if (c.backingCharge != null) c.backingCharge.release();
        c.backingCharge = null;
        if (c.backing != null) retired.add(c.backing); // read until the change is painted: released after it
        c.backing = null;
        c.redirectDraw = Window.REDIRECT_NONE;
        c.redirectBorderClip = Region.EMPTY;
    }

    /**
     * Automatic redirection: what of each automatically redirected window's pixels changed since they were last painted
     * into its parent (screen coordinates); {@link #flushAutomatic} paints it.
     */
    private final Map<Window, Region> unpainted = new IdentityHashMap<>();

    private void backingWritten(Window c, Pixels px, Region bufferRegion) {
        if (c.backing != px || bufferRegion.isEmpty()) return; // a replaced backing being read
        Region screenRegion = bufferRegion.translate(c.bufferX, c.bufferY);
        server.backingWritten(c, screenRegion);
        if (c.redirectDraw == Window.REDIRECT_AUTOMATIC) unpainted.merge(c, screenRegion, Region::union);
    }

    /**
     * Paints what changed of automatically redirected windows into their parents (Xorg's compWindowUpdateAutomatic, a
     * plain copy as its PictOpSrc), the deepest first so that what they paint into redirected parents goes up too.
     */
    public void flushAutomatic() {
        while (!unpainted.isEmpty()) {
            Window deepest = null;
            int most = -1;
            for (Window w : unpainted.keySet()) {
                int d = 0;
                for (Window a = w; a != null; a = a.parent) d++;
                if (d > most) {
                    most = d;
                    deepest = w;
                }
            }
            Region r = unpainted.remove(deepest);
            if (deepest.redirectDraw != Window.REDIRECT_AUTOMATIC || deepest.backing == null || deepest.parent == null) continue;
            Region area = r.intersect(deepest.redirectBorderClip);
            if (area.isEmpty()) continue;
            Window p = deepest.parent;
            Pixels to = p.buffer;
            Region dst = area.translate(-p.bufferX, -p.bufferY).intersectBox(0, 0, to.width, to.height);
            int sx = p.bufferX - deepest.bufferX, sy = p.bufferY - deepest.bufferY;
            for (int k = 0; k < dst.rectCount(); k++) {
                copyRect(deepest.backing, dst.x1(k) + sx, dst.y1(k) + sy, to, dst.x1(k), dst.y1(k), dst.x2(k) - dst.x1(k),
                    dst.y2(k) - dst.y1(k));
            }
            to.wrote(dst);
        }
    }

    /**
     * VisibilityNotify to the windows whose visibility changed, parents first and siblings top down, as mi's tree
     * validation computes it: a viewable InputOutput window is Unobscured when its visible region (borderClip) covers
     * its whole outer box, FullyObscured when it covers none of it (a bounding shape counts), else PartiallyObscured;
     * being clipped by an ancestor or the screen's edge obscures as a sibling does. A window that stops being viewable
     * is NotViewable without an event. The events are collected into {@code tell} and go out after the Expose events,
     * where Xorg sends them before: with Xorg's order gtk3-widget-factory on Sumac painted nothing until the first
     * click (RealApplicationsTest), for a cause not found yet.
     */
    private void visibility(Window w, List<Runnable> tell) {
        for (int i = w.children.size() - 1; i >= 0; i--) {
            Window c = w.children.get(i);
            int now;
            if (!c.viewable || c.isInputOnly()) {
                now = Window.NOT_VIEWABLE;
            } else {
                Region outer = c.outerRegion();
                if (outer.subtract(c.borderClip).isEmpty()) now = Window.UNOBSCURED;
                else if (outer.intersect(c.borderClip).isEmpty()) now = Window.FULLY_OBSCURED;
                else now = Window.PARTIALLY_OBSCURED;
            }
            if (now != c.visibility) {
                c.visibility = now;
                if (now != Window.NOT_VIEWABLE) {
                    tell.add(() -> server.deliver(c, EventMask.VISIBILITY_CHANGE, EventMask.E_VISIBILITY, 0,
                        e -> e.i32(c.id()).u8(now)));
                }
            }
            visibility(c, tell);
        }
    }

    private void repaint(Map<Window, Before> before) {
        // 1. Copy preserved contents of windows that moved (or changed buffer), all reading the old pixels.
        List<int[]> copies = new ArrayList<>();
        List<Region> copyRegions = new ArrayList<>();
        List<Copy> across = new ArrayList<>();
        Map<Window, Region> exposed = new IdentityHashMap<>();
        List<Window> order = new ArrayList<>();
        collect(root, order);
        for (Window w : order) {
            Before b = before.get(w);
            if (!w.viewable || w.isInputOnly()) continue;
            Region preserved = Region.EMPTY;
            if (b != null && b.viewable && !forget.containsKey(w)) {
                int dx = w.absX - b.absX, dy = w.absY - b.absY;
                preserved = b.clip.translate(dx, dy).intersect(w.clipList);
                // a pixel at buffer position p came from old buffer position p + shift
                int shiftX = w.bufferX - dx - b.bufferX, shiftY = w.bufferY - dy - b.bufferY;
                if (!preserved.isEmpty() && (b.buffer != w.buffer || shiftX != 0 || shiftY != 0)) {
                    Region dst = preserved.translate(-w.bufferX, -w.bufferY);
                    if (b.buffer == screen && w.buffer == screen) {
                        copies.add(new int[] {dx, dy});
                        copyRegions.add(preserved);
                    } else {
                        across.add(new Copy(b.buffer, w.buffer, dst, shiftX, shiftY));
                    }
                }
            }
            Region exp = w.clipList.subtract(preserved);
            if (!exp.isEmpty()) exposed.put(w, exp);
        }
        // Xorg's CopyWindow moves a window's whole old border clip (border and children) in one operation, which
        // DAMAGE hears unclipped: the old border clips of the windows that moved (not merely with their parent)
        Region movedWhole = Region.EMPTY;
        for (Window w : order) {
            Before b = before.get(w), pb = w.parent == null ? null : before.get(w.parent);
            if (b == null || !b.viewable || !w.viewable || forget.containsKey(w)) continue;
            int dx = w.absX - b.absX, dy = w.absY - b.absY;
            boolean withParent = pb != null && w.parent.absX - pb.absX == dx && w.parent.absY - pb.absY == dy;
            if ((dx != 0 || dy != 0) && !withParent) movedWhole = movedWhole.union(b.borderClip.translate(dx, dy));
        }
        server.damageReportedAs = movedWhole.isEmpty() ? null : movedWhole;
        try {
            List<List<Pixels>> saved = new ArrayList<>();
            for (Copy k : across) saved.add(k.read());
            copyPixels(copies, copyRegions);
            // DAMAGE heard these as Xorg's own copies, below (backingDamage); the pixels still count as written
            server.damageReportedAs = Region.EMPTY;
            for (int i = 0; i < across.size(); i++) across.get(i).write(saved.get(i));
        } finally {
            server.damageReportedAs = null;
        }
        // 2. Every visible border that changed, then the exposed background, window by window, parents before
        // children (as Xorg paints them: DAMAGE tells them in this order).
        for (Window w : order) {
            if (w.viewable && !w.isInputOnly() && w.borderWidth != 0) {
                Before b = before.get(w);
                Region border = w.borderClip.subtract(w.insideRegion());
                Region oldBorder = b == null || !b.viewable ? Region.EMPTY
                    : b.borderClip.subtract(Region.of(b.absX, b.absY, w.width, w.height)).translate(w.absX - b.absX, w.absY - b.absY);
                // redirected or back: its border was not copied, save that a newly redirected window's own came with the
                // copy of its parent's pixels (where it was visible)
                boolean newBuffer = b != null && b.buffer != w.buffer && !(w.backing != null && w.buffer == w.backing);
                boolean moved = b != null && (w.absX - w.bufferX != b.absX - b.bufferX || w.absY - w.bufferY != b.absY - b.bufferY);
                if (b == null || newBuffer || !border.equals(oldBorder) || moved) {
                    // Xorg copies a moved window with its border and paints only the border newly exposed: DAMAGE
                    // hears that part (the remote side hears the whole repaint)
                    Region kept = b != null && b.viewable && !forget.containsKey(w) && !newBuffer
                        ? b.borderClip.translate(w.absX - b.absX, w.absY - b.absY) : Region.EMPTY;
                    paintBorder(w, border, border.subtract(kept));
                }
            }
            Region exp = exposed.get(w);
            if (exp != null) paintBackground(w, exp);
        }
        // 3. Expose events, parents before children.
        for (Window w : order) {
            Region exp = exposed.get(w);
            if (exp != null) sendExpose(w, exp);
        }
    }

    /** Pixels of {@code dst} (buffer coordinates of {@code to}) taken from {@code from} at {@code dst + shift}. */
    private record Copy(Pixels from, Pixels to, Region dst, int shiftX, int shiftY) {
        List<Pixels> read() {
            List<Pixels> parts = new ArrayList<>();
            for (int k = 0; k < dst.rectCount(); k++) {
                Pixels part = new Pixels(dst.x2(k) - dst.x1(k), dst.y2(k) - dst.y1(k), from.depth);
                copyRect(from, dst.x1(k) + shiftX, dst.y1(k) + shiftY, part, 0, 0, part.width, part.height);
                parts.add(part);
            }
            return parts;
        }

        void write(List<Pixels> parts) {
            for (int k = 0; k < dst.rectCount(); k++) {
                Pixels part = parts.get(k);
                copyRect(part, 0, 0, to, dst.x1(k), dst.y1(k), part.width, part.height);
                part.release();
            }
            to.wrote(dst);
        }
    }

    private void collect(Window w, List<Window> out) {
        out.add(w);
        for (Window c : w.children) collect(c, out);
    }

    private void copyPixels(List<int[]> deltas, List<Region> regions) {
        if (deltas.isEmpty()) return;
        // Read every source rectangle first so overlapping moves see the old screen.
        List<int[]> saved = new ArrayList<>();
        for (int i = 0; i < deltas.size(); i++) {
            Region dst = regions.get(i);
            int dx = deltas.get(i)[0], dy = deltas.get(i)[1];
            for (int k = 0; k < dst.rectCount(); k++) {
                int x1 = dst.x1(k), y1 = dst.y1(k), x2 = dst.x2(k), y2 = dst.y2(k);
                int w = x2 - x1, h = y2 - y1;
                int[] buf = new int[w * h + 4];
                buf[0] = x1; buf[1] = y1; buf[2] = w; buf[3] = h;
                for (int row = 0; row < h; row++) {
                    int sy = y1 + row - dy, sx = x1 - dx;
                    copyRowClamped(sx, sy, w, buf, 4 + row * w);
                }
                saved.add(buf);
            }
        }
        for (int[] buf : saved) {
            int x1 = buf[0], y1 = buf[1], w = buf[2], h = buf[3];
            for (int row = 0; row < h; row++) screen.copyFrom(buf, 4 + row * w, (y1 + row) * screen.width + x1, w);
        }
        reportCopies(deltas, regions);
    }

    /**
     * Tells the remote side that moved contents were copied, before any exposure is reported, so it can move the
     * pixels it already has. Several different motions in one change (window gravity) are reported as plain damage:
     * their order could not be kept by separate copies.
     */
    private void reportCopies(List<int[]> deltas, List<Region> regions) {
        if (!screen.watched()) return;
        boolean oneMotion = true;
        for (int[] d : deltas) oneMotion &= d[0] == deltas.get(0)[0] && d[1] == deltas.get(0)[1];
        Region all = Region.EMPTY;
        for (Region r : regions) all = all.union(r);
        if (oneMotion) screen.copied(all, deltas.get(0)[0], deltas.get(0)[1]);
        else screen.wrote(all);
    }

    private void copyRowClamped(int sx, int sy, int w, int[] dst, int off) {
        if (sy < 0 || sy >= screen.height) return;
        for (int i = 0; i < w; i++) {
            int x = sx + i;
            if (x >= 0 && x < screen.width) dst[off + i] = screen.at(sy * screen.width + x);
        }
    }

    /** Paints a window's background into a region (screen coordinates) as an exposure does. */
    public void paintBackground(Window w, Region region) {
        Window src = w;
        int ox = w.absX, oy = w.absY;
        while (src.backgroundKind == Window.BG_PARENT_RELATIVE && src.parent != null) {
            src = src.parent;
            ox = src.absX;
            oy = src.absY;
        }
        // Xorg fills the region's rectangles in one request on the window: DAMAGE hears their bounding box clipped
        // by the window's children
        if (src.inhibitBackground) return; // its children are composited over it (Xorg's inhibitBGPaint)
        server.damageReportedAs = box(region).intersect(w.clipList);
        try {
            switch (src.backgroundKind) {
                case Window.BG_PIXEL -> fill(w, region, src.backgroundPixel);
                case Window.BG_PIXMAP -> tile(w, region, src.backgroundPixmap, ox, oy);
                default -> { }
            }
        } finally {
            server.damageReportedAs = null;
        }
    }

    private static Region box(Region r) {
        int[] e = r.extents();
        return Region.ofBox(e[0], e[1], e[2], e[3]);
    }

    /** Repaints a window's whole visible border (its colour or pixmap changed). */
    public void repaintBorder(Window w) {
        Region border = w.borderClip.subtract(w.insideRegion());
        if (!border.isEmpty()) paintBorder(w, border, border);
    }

    /** Paints {@code region} of a border; DAMAGE hears the bounding box of {@code damaged} (nothing when empty). */
    private void paintBorder(Window w, Region region, Region damaged) {
        Window origin = w.borderTileOrigin();
        // Xorg fills the border's rectangles in one request on the screen pixmap: DAMAGE hears their bounding box
        server.damageReportedAs = damaged.isEmpty() ? Region.EMPTY : box(damaged);
        try {
            if (w.borderPixmap != null) tile(w, region, w.borderPixmap, origin.absX, origin.absY);
            else fill(w, region, w.borderPixel);
        } finally {
            server.damageReportedAs = null;
        }
    }

    /** Fills {@code region} (screen coordinates) of the buffer {@code w} draws into. */
    private static void fill(Window w, Region screenRegion, int pixel) {
        Pixels px = w.buffer;
        Region region = screenRegion.translate(-w.bufferX, -w.bufferY).intersectBox(0, 0, px.width, px.height);
        for (int i = 0; i < region.rectCount(); i++) {
            int x1 = region.x1(i), x2 = region.x2(i);
            for (int y = region.y1(i); y < region.y2(i); y++) px.fill(y * px.width + x1, x2 - x1, pixel);
        }
        px.wrote(region);
    }

    /** Tiles {@code region} (screen coordinates, tile origin {@code ox, oy} too) of the buffer {@code w} draws into. */
    private static void tile(Window w, Region screenRegion, Pixels tile, int ox, int oy) {
        if (tile == null || tile.width == 0 || tile.height == 0) return;
        Pixels px = w.buffer;
        Region region = screenRegion.translate(-w.bufferX, -w.bufferY).intersectBox(0, 0, px.width, px.height);
        ox -= w.bufferX;
        oy -= w.bufferY;
        java.lang.foreign.MemorySegment d = px.memory, t = tile.memory;
        for (int i = 0; i < region.rectCount(); i++) {
            for (int y = region.y1(i); y < region.y2(i); y++) {
                long ty = 4L * Math.floorMod(y - oy, tile.height) * tile.width, row = 4L * y * px.width;
                for (int x = region.x1(i), tx = Math.floorMod(x - ox, tile.width); x < region.x2(i); x++) {
                    d.set(Pixels.PIXEL, row + 4L * x, t.get(Pixels.PIXEL, ty + 4L * tx));
                    if (++tx == tile.width) tx = 0;
                }
            }
        }
        px.wrote(region);
    }

    /** Sends Expose events for a region (screen coordinates) of a window, count decreasing to 0. */
    public void sendExpose(Window w, Region region) {
        if ((w.allEventMasks() & EventMask.EXPOSURE) == 0) return;
        int n = region.rectCount();
        for (int i = 0; i < n; i++) {
            int x = region.x1(i) - w.absX, y = region.y1(i) - w.absY;
            int ww = region.x2(i) - region.x1(i), hh = region.y2(i) - region.y1(i);
            int count = n - 1 - i;
            server.deliver(w, EventMask.EXPOSURE, EventMask.E_EXPOSE, 0,
                e -> e.i32(w.id()).u16(x).u16(y).u16(ww).u16(hh).u16(count));
        }
    }

    /** Clears part of a window to its background (ClearArea), optionally with Expose events. */
    public void clearArea(Window w, int x, int y, int width, int height, boolean exposures) {
        if (!w.viewable || w.isInputOnly()) return;
        if (width == 0) width = Math.max(0, w.width - x);
        if (height == 0) height = Math.max(0, w.height - y);
        Region r = Region.of(w.absX + x, w.absY + y, width, height).intersect(w.clipList);
        if (r.isEmpty()) return;
        paintBackground(w, r);
        if (exposures) sendExpose(w, r);
    }

    /** The deepest viewable window containing a screen point, honouring input shapes. */
    public Window windowAt(int x, int y) {
        Window w = root;
        outer:
        while (true) {
            for (int i = w.children.size() - 1; i >= 0; i--) {
                Window c = w.children.get(i);
                if (!c.viewable) continue;
                int ox = c.absX - c.borderWidth, oy = c.absY - c.borderWidth;
                if (x < ox || y < oy || x >= ox + c.width + 2 * c.borderWidth || y >= oy + c.height + 2 * c.borderWidth) continue;
                if (c.boundingShape != null && !c.boundingShape.contains(x - c.absX, y - c.absY)) continue;
                if (c.inputShape != null && !c.inputShape.contains(x - c.absX, y - c.absY)) continue;
                w = c;
                continue outer;
            }
            return w;
        }
    }
}
