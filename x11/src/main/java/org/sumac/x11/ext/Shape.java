package org.sumac.x11.ext;

import org.sumac.x11.geom.Region;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.shape.Combine;
import org.sumac.x11.protocol.shape.GetRectangles;
import org.sumac.x11.protocol.shape.InputSelected;
import org.sumac.x11.protocol.shape.Mask;
import org.sumac.x11.protocol.shape.NotifyEvent;
import org.sumac.x11.protocol.shape.Offset;
import org.sumac.x11.protocol.shape.QueryExtents;
import org.sumac.x11.protocol.shape.QueryVersion;
import org.sumac.x11.protocol.shape.Rectangles;
import org.sumac.x11.protocol.shape.SelectInput;
import org.sumac.x11.protocol.shape.ShapeHandler;
import org.sumac.x11.protocol.shape.ShapeProtocol;
import org.sumac.x11.protocol.xproto.Rectangle;
import org.sumac.x11.protocol.xproto.RectangleList;
import org.sumac.x11.protocol.xproto.XprotoEnums.ClipOrdering;
import org.sumac.x11.render.Pixmap;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.EventSelections;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

/** SHAPE 1.1: non-rectangular bounding, clip and input regions (xeyes, xclock, window frames). */
final class Shape implements Extensions.Handler, ShapeHandler<Client> {
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

    @Override public byte[] eventFieldWidths(int event) { return ShapeProtocol.eventFieldWidths(event); }

    /** The windows some client selected ShapeNotify on (tests check that destroyed ones are let go). */
    int selectedWindows() { return selections.windowCount(); }

    /** The (client, window) ShapeNotify selections held. */
    int selectionCount() { return selections.selectionCount(); }

    static Region defaultShape(Window w, int kind) {
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

    @Override public void dispatch(Client c, RequestReader r, int minor) { ShapeProtocol.dispatch(this, c, r, minor); }

    @Override public void queryVersion(Client c, QueryVersion q) {
        c.sendReply(new QueryVersion.Reply(ShapeProtocol.MAJOR_VERSION, ShapeProtocol.MINOR_VERSION));
    }

    @Override public void rectangles(Client c, Rectangles q) {
        Window w = server.window(q.destinationWindow());
        int kind = q.destinationKind(), op = q.operation(), x = q.xOffset(), y = q.yOffset();
        // Xorg's order: kind, ordering, the rectangles' count (BadLength), and the operation last
        if (kind > 2) throw XError.value(kind);
        if (q.ordering() > ClipOrdering.YX_BANDED) throw XError.value(q.ordering());
        RectangleList l = q.rectangles();
        checkKindOp(kind, op);
        int n = l.size();
        int[] rects = new int[n * 4];
        for (int i = 0; i < n; i++) {
            rects[i * 4] = l.x(i) + x; rects[i * 4 + 1] = l.y(i) + y; rects[i * 4 + 2] = l.width(i); rects[i * 4 + 3] = l.height(i);
        }
        set(c, w, kind, combine(w, kind, op, Region.ofRects(rects, n)));
    }

    @Override public void mask(Client c, Mask q) {
        Window w = server.window(q.destinationWindow());
        int kind = q.destinationKind(), op = q.operation(), x = q.xOffset(), y = q.yOffset();
        checkKindOp(kind, op);
        if (q.sourceBitmap() == 0) {
            setNone(w, kind);
            return;
        }
        Pixmap p = server.pixmap(q.sourceBitmap());
        if (p.depth() != 1) throw XError.match();
        // Charged while the region is built (a checkerboard bitmap would make billions of bytes of it).
        org.sumac.x11.server.MemoryBudget.Charge building = org.sumac.x11.server.Graphics.chargeRegionOf(c, p.pixels);
        try {
            Region.Builder b = new Region.Builder(p.height() * 2);
            for (int yy = 0; yy < p.height(); yy++) {
                int xx = 0;
                while (xx < p.width()) {
                    while (xx < p.width() && p.pixels.at(yy * p.width() + xx) == 0) xx++;
                    int s = xx;
                    while (xx < p.width() && p.pixels.at(yy * p.width() + xx) != 0) xx++;
                    if (xx > s) b.add(s + x, yy + y, xx + x, yy + y + 1);
                }
                b.closeBand();
            }
            set(c, w, kind, combine(w, kind, op, b.build()));
        } finally {
            building.release();
        }
    }

    @Override public void combine(Client c, Combine q) {
        Window w = server.window(q.destinationWindow());
        Window src = server.window(q.sourceWindow());
        int kind = q.destinationKind(), op = q.operation(), srcKind = q.sourceKind();
        checkKindOp(kind, op);
        if (srcKind > INPUT) throw XError.value(srcKind);
        Region s = get(src, srcKind);
        if (s == null) s = defaultShape(src, srcKind);
        set(c, w, kind, combine(w, kind, op, s.translate(q.xOffset(), q.yOffset())));
    }

    @Override public void offset(Client c, Offset q) {
        Window w = server.window(q.destinationWindow());
        int kind = q.destinationKind();
        if (kind > INPUT) throw XError.value(kind);
        Region cur = get(w, kind);
        if (cur != null) set(c, w, kind, cur.translate(q.xOffset(), q.yOffset()));
        else if (w.parent != null) notifyShape(w, kind); // as Xorg: an offset always notifies
    }

    @Override public void queryExtents(Client c, QueryExtents q) {
        Window w = server.window(q.destinationWindow());
        Region b = w.boundingShape == null ? defaultShape(w, BOUNDING) : w.boundingShape;
        Region cl = w.clipShape == null ? defaultShape(w, CLIP) : w.clipShape;
        int[] be = b.extents(), ce = cl.extents();
        c.sendReply(new QueryExtents.Reply(w.boundingShape != null, w.clipShape != null,
            be[0], be[1], be[2] - be[0], be[3] - be[1], ce[0], ce[1], ce[2] - ce[0], ce[3] - ce[1]));
    }

    @Override public void selectInput(Client c, SelectInput q) {
        Window w = server.window(q.destinationWindow());
        int enable = q.enable();
        if (enable > 1) throw XError.value(enable);
        selections.select(c, w, enable);
    }

    @Override public void inputSelected(Client c, InputSelected q) {
        Window w = server.window(q.destinationWindow());
        c.sendReply(new InputSelected.Reply(selections.mask(c, w) != 0));
    }

    @Override public void getRectangles(Client c, GetRectangles q) {
        Window w = server.window(q.window());
        int kind = q.sourceKind();
        if (kind > INPUT) throw XError.value(kind);
        Region reg = get(w, kind);
        if (reg == null) reg = kind == INPUT && w.boundingShape != null ? w.boundingShape : defaultShape(w, kind);
        java.util.List<Rectangle> rects = new java.util.ArrayList<>(reg.rectCount());
        for (int i = 0; i < reg.rectCount(); i++) {
            rects.add(new Rectangle(reg.x1(i), reg.y1(i), reg.x2(i) - reg.x1(i), reg.y2(i) - reg.y1(i)));
        }
        c.sendReply(new GetRectangles.Reply(ClipOrdering.YX_BANDED, rects));
    }

    private static void checkKindOp(int kind, int op) {
        if (kind > 2) throw XError.value(kind);
        if (op > 4) throw XError.value(op);
    }

    /**
     * XFIXES SetWindowShapeRegion: sets a shape (null: none) and, unlike SHAPE's own requests, always notifies,
     * as Xorg does on this path.
     */
    void setRegion(Client c, Window w, int kind, Region r) {
        if (r != null) {
            set(c, w, kind, r);
            return;
        }
        if (w.parent == null) return;
        if (get(w, kind) != null) setNone(w, kind);
        else notifyShape(w, kind);
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
        NotifyEvent ev = new NotifyEvent(kind, w.id(), e[0], e[1], e[2] - e[0], e[3] - e[1], t, shaped);
        selections.forEachSelector(w, (c, mask) -> server.sendEvent(c, event + NotifyEvent.NUMBER, ev.detail(), ev::write));
    }
}
