package org.sumac.x11.ext;

import org.sumac.x11.geom.Region;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.render.Pixmap;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.EventSelections;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

/** SHAPE 1.1: non-rectangular bounding, clip and input regions (xeyes, xclock, window frames). */
final class Shape implements Extensions.Handler {
    private static final int BOUNDING = 0, CLIP = 1, INPUT = 2;
    private final XServer server;
    /** ShapeNotify's event code. */
    private final int event;
    /** Who asked for ShapeNotify where (SelectInput); forgets destroyed windows and closed clients. */
    private final EventSelections selections;

    Shape(XServer server, Extensions.Bases bases) {
        this.server = server;
        this.event = bases.firstEvent();
        this.selections = new EventSelections(server.extensions, "SHAPE");
    }

    /** ShapeNotify: kind, sequence, window, x, y, width, height, time, shaped, 11 bytes of padding. */
    private static final byte[] SHAPE_NOTIFY = {1, 1, 2, 4, 2, 2, 2, 2, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

    // Written by hand until the layouts are generated from xcb-proto (shape.xml).
    @Override public byte[] eventFieldWidths(int event) { return event == 0 ? SHAPE_NOTIFY.clone() : null; }

    /** The windows some client selected ShapeNotify on (tests check that destroyed ones are let go). */
    int selectedWindows() { return selections.windowCount(); }

    /** The (client, window) ShapeNotify selections held. */
    int selectionCount() { return selections.selectionCount(); }

    private static Region defaultShape(Window w, int kind) {
        return kind == CLIP ? Region.of(0, 0, w.width, w.height)
            : Region.of(-w.borderWidth, -w.borderWidth, w.width + 2 * w.borderWidth, w.height + 2 * w.borderWidth);
    }

    private static Region get(Window w, int kind) {
        return switch (kind) {
            case BOUNDING -> w.boundingShape;
            case CLIP -> w.clipShape;
            default -> w.inputShape;
        };
    }

    /** Sets a shape, charged to the client that set it (BadAlloc past its budget, before anything changed). */
    private void set(Client c, Window w, int kind, Region r) {
        if (w.parent == null) return; // as Xorg: the root keeps its shape, and nobody is told
        w.holdShape(kind, c.memory.hold(org.sumac.x11.server.Graphics.regionCost(r)));
        server.tree.change(() -> {
            switch (kind) {
                case BOUNDING -> w.boundingShape = r;
                case CLIP -> w.clipShape = r;
                default -> w.inputShape = r;
            }
        });
        notifyShape(w, kind);
        server.dispatcher.input.treeChanged();
    }

    private Region combine(Window w, int kind, int op, Region src) {
        Region cur = get(w, kind);
        if (cur == null) cur = defaultShape(w, kind);
        return switch (op) {
            case 0 -> src;
            case 1 -> cur.union(src);
            case 2 -> cur.intersect(src);
            case 3 -> cur.subtract(src);
            case 4 -> src.subtract(cur);
            default -> throw XError.value(op);
        };
    }

    @Override public void dispatch(Client c, RequestReader r, int minor) {
        switch (minor) {
            case 0 -> { // QueryVersion
                if (r.length() != 4) throw XError.length();
                ReplyWriter o = c.reply(0);
                o.u16(1).u16(1);
                c.sendReply(o);
            }
            case 1 -> { // Rectangles
                if (r.length() < 16) throw XError.length();
                r.seek(4);
                int op = r.u8(), kind = r.u8(), ordering = r.u8();
                r.skip(1);
                Window w = server.window(r.i32());
                int x = r.s16(), y = r.s16();
                checkKindOp(kind, op);
                if (ordering > 3) throw XError.value(ordering);
                if ((r.remaining() & 7) != 0) throw XError.length();
                int n = r.remaining() / 8;
                int[] rects = new int[n * 4];
                for (int i = 0; i < n; i++) {
                    rects[i * 4] = r.s16() + x; rects[i * 4 + 1] = r.s16() + y; rects[i * 4 + 2] = r.u16(); rects[i * 4 + 3] = r.u16();
                }
                set(c, w, kind, combine(w, kind, op, Region.ofRects(rects, n)));
            }
            case 2 -> { // Mask
                if (r.length() != 20) throw XError.length();
                r.seek(4);
                int op = r.u8(), kind = r.u8();
                r.skip(2);
                Window w = server.window(r.i32());
                int x = r.s16(), y = r.s16();
                int pid = r.i32();
                checkKindOp(kind, op);
                if (pid == 0) {
                    setNone(w, kind);
                    return;
                }
                Pixmap p = server.pixmap(pid);
                if (p.depth() != 1) throw XError.match();
                // Charged while the region is built (a checkerboard bitmap would make billions of bytes of it).
                org.sumac.x11.server.MemoryBudget.Charge building = org.sumac.x11.server.Graphics.chargeRegionOf(c, p.pixels);
                try {
                    Region.Builder b = new Region.Builder(p.height() * 2);
                    for (int yy = 0; yy < p.height(); yy++) {
                        int xx = 0;
                        while (xx < p.width()) {
                            while (xx < p.width() && p.pixels.data[yy * p.width() + xx] == 0) xx++;
                            int s = xx;
                            while (xx < p.width() && p.pixels.data[yy * p.width() + xx] != 0) xx++;
                            if (xx > s) b.add(s + x, yy + y, xx + x, yy + y + 1);
                        }
                        b.closeBand();
                    }
                    set(c, w, kind, combine(w, kind, op, b.build()));
                } finally {
                    building.release();
                }
            }
            case 3 -> { // Combine
                if (r.length() != 20) throw XError.length();
                r.seek(4);
                int op = r.u8(), kind = r.u8(), srcKind = r.u8();
                r.skip(1);
                Window w = server.window(r.i32());
                int x = r.s16(), y = r.s16();
                Window src = server.window(r.i32());
                checkKindOp(kind, op);
                if (srcKind > 2) throw XError.value(srcKind);
                Region s = get(src, srcKind);
                if (s == null) s = defaultShape(src, srcKind);
                set(c, w, kind, combine(w, kind, op, s.translate(x, y)));
            }
            case 4 -> { // Offset
                if (r.length() != 16) throw XError.length();
                r.seek(4);
                int kind = r.u8();
                r.skip(3);
                Window w = server.window(r.i32());
                int x = r.s16(), y = r.s16();
                if (kind > 2) throw XError.value(kind);
                Region cur = get(w, kind);
                if (cur != null) set(c, w, kind, cur.translate(x, y));
                else if (w.parent != null) notifyShape(w, kind); // as Xorg: an offset always notifies
            }
            case 5 -> { // QueryExtents
                if (r.length() != 8) throw XError.length();
                r.seek(4);
                Window w = server.window(r.i32());
                Region b = w.boundingShape == null ? defaultShape(w, BOUNDING) : w.boundingShape;
                Region cl = w.clipShape == null ? defaultShape(w, CLIP) : w.clipShape;
                int[] be = b.extents(), ce = cl.extents();
                ReplyWriter o = c.reply(0);
                o.bool(w.boundingShape != null).bool(w.clipShape != null).zeros(2)
                    .u16(be[0]).u16(be[1]).u16(be[2] - be[0]).u16(be[3] - be[1])
                    .u16(ce[0]).u16(ce[1]).u16(ce[2] - ce[0]).u16(ce[3] - ce[1]);
                c.sendReply(o);
            }
            case 6 -> { // SelectInput
                if (r.length() != 12) throw XError.length();
                r.seek(4);
                Window w = server.window(r.i32());
                int enable = r.u8();
                if (enable > 1) throw XError.value(enable);
                selections.select(c, w, enable);
            }
            case 7 -> { // InputSelected
                if (r.length() != 8) throw XError.length();
                r.seek(4);
                Window w = server.window(r.i32());
                c.sendReply(c.reply(selections.mask(c, w) != 0 ? 1 : 0));
            }
            case 8 -> { // GetRectangles
                if (r.length() != 12) throw XError.length();
                r.seek(4);
                Window w = server.window(r.i32());
                int kind = r.u8();
                if (kind > 2) throw XError.value(kind);
                Region reg = get(w, kind);
                if (reg == null) reg = kind == INPUT && w.boundingShape != null ? w.boundingShape : defaultShape(w, kind);
                ReplyWriter o = c.reply(3); // YXBanded
                o.i32(reg.rectCount()).zeros(20);
                for (int i = 0; i < reg.rectCount(); i++) {
                    o.u16(reg.x1(i)).u16(reg.y1(i)).u16(reg.x2(i) - reg.x1(i)).u16(reg.y2(i) - reg.y1(i));
                }
                c.sendReply(o);
            }
            default -> throw new XError(XError.REQUEST, 0);
        }
    }

    private static void checkKindOp(int kind, int op) {
        if (kind > 2) throw XError.value(kind);
        if (op > 4) throw XError.value(op);
    }

    private void setNone(Window w, int kind) {
        // Removing a shape that is not there modifies nothing, so no ShapeNotify (as Xorg): GTK resets input
        // shapes to None again and again, and each stray notify made xfwm4 redo a frame's input shape from a
        // stale frame size, leaving the Xfce panel's launchers unclickable.
        if (w.parent == null || get(w, kind) == null) return;
        w.holdShape(kind, null);
        server.tree.change(() -> {
            switch (kind) {
                case BOUNDING -> w.boundingShape = null;
                case CLIP -> w.clipShape = null;
                default -> w.inputShape = null;
            }
        });
        notifyShape(w, kind);
        server.dispatcher.input.treeChanged();
    }

    private void notifyShape(Window w, int kind) {
        if (!selections.hasSelectors(w)) return;
        Region reg = get(w, kind);
        boolean shaped = reg != null;
        if (reg == null) reg = defaultShape(w, kind);
        int[] e = reg.extents();
        int t = server.time();
        selections.forEachSelector(w, (c, mask) -> server.sendEvent(c, event, kind,
            ev -> ev.i32(w.id()).u16(e[0]).u16(e[1]).u16(e[2] - e[0]).u16(e[3] - e[1]).i32(t).bool(shaped)));
    }
}
