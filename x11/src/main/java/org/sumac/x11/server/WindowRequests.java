package org.sumac.x11.server;

import java.util.ArrayList;
import java.util.List;
import org.sumac.x11.geom.Region;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ValueList;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.xproto.ChangeSaveSet;
import org.sumac.x11.protocol.xproto.ChangeWindowAttributes;
import org.sumac.x11.protocol.xproto.CirculateWindow;
import org.sumac.x11.protocol.xproto.ConfigureWindow;
import org.sumac.x11.protocol.xproto.CreateWindow;
import org.sumac.x11.protocol.xproto.DestroySubwindows;
import org.sumac.x11.protocol.xproto.DestroyWindow;
import org.sumac.x11.protocol.xproto.GetGeometry;
import org.sumac.x11.protocol.xproto.GetWindowAttributes;
import org.sumac.x11.protocol.xproto.MapSubwindows;
import org.sumac.x11.protocol.xproto.MapWindow;
import org.sumac.x11.protocol.xproto.QueryTree;
import org.sumac.x11.protocol.xproto.ReparentWindow;
import org.sumac.x11.protocol.xproto.TranslateCoordinates;
import org.sumac.x11.protocol.xproto.UnmapSubwindows;
import org.sumac.x11.protocol.xproto.UnmapWindow;
import org.sumac.x11.render.Pixmap;
import org.sumac.x11.window.Window;

import static org.sumac.x11.server.EventMask.*;

/** Window requests: create, destroy, map, configure, reparent, circulate, attributes, tree queries. */
public final class WindowRequests {
    /** Windows nest at most this deep, so tree walks cannot exhaust a thread's stack. */
    static final int MAX_NESTING = 256;
    private final XServer server;

    /** The installed colormap and the ColormapNotify events (issue 19). */
    final ColormapEvents colormapEvents;

    WindowRequests(XServer server) {
        this.server = server;
        this.colormapEvents = new ColormapEvents(server);
    }

    // ---- CreateWindow / attributes --------------------------------------------------------------

    void createWindow(Client c, CreateWindow q) {
        int depth = q.depth();
        int wid = q.wid();
        // Xorg's order: the new id, the parent, then the value list's length, then the arguments.
        server.checkNewId(c, wid);
        Window parent = server.window(q.parent());
        ValueList values = q.valueList();
        int x = q.x(), y = q.y(), w = q.width(), h = q.height(), bw = q.borderWidth();
        int cls = q.cls();
        int visual = q.visual();
        int mask = q.valueMask();
        if (w == 0 || h == 0) throw XError.value(0);
        if (cls == 0) cls = parent.windowClass;
        if (cls != Window.INPUT_OUTPUT && cls != Window.INPUT_ONLY) throw XError.value(cls);
        if (cls == Window.INPUT_OUTPUT && parent.isInputOnly()) throw XError.match();
        if (cls == Window.INPUT_ONLY) {
            if (bw != 0 || depth != 0) throw XError.match();
            depth = 0;
            if (visual == 0) visual = parent.visual;
        } else {
            if (depth == 0) depth = parent.depth;
            if (visual == 0) visual = parent.visual;
            int vdepth = visualDepth(visual);
            if (vdepth < 0) throw XError.match();
            if (vdepth != depth) throw XError.match();
            if (mask == 0 || (mask & 0x2000) == 0) {
                // Colormap CopyFromParent needs the parent's visual, and a colormap there (it may have been freed).
                if (visual != parent.visual && parent.visual != 0) {
                    if ((mask & 0x2000) == 0) throw XError.match();
                }
                if (parent.colormap == 0) throw XError.match();
            }
            if ((mask & (0x4 | 0x8)) == 0 && depth != parent.depth) throw XError.match();
        }
        int nesting = 0;
        for (Window p = parent; p != null; p = p.parent) nesting++;
        if (nesting >= MAX_NESTING) throw XError.alloc();
        Window win = new Window(wid, c, parent, x, y, w, h, bw, cls, depth, visual, server.framebuffer);
        win.colormap = parent.colormap;
        if (cls == Window.INPUT_OUTPUT) {
            win.setBorderPixmap(parent.borderPixmap == null ? null : parent.borderPixmap.retain(), null);
            win.borderPixel = parent.borderPixel;
        }
        applyAttributes(c, win, mask, values);
        parent.children.add(win);
        keepOnTopAfterAdding(parent.children);
        server.addResource(c, win);
        server.extensions.windowCreated(win);
        win.absX = parent.absX + x + bw;
        win.absY = parent.absY + y + bw;
        final int fx = x, fy = y, fw = w, fh = h, fbw = bw;
        server.deliver(parent, SUBSTRUCTURE_NOTIFY, E_CREATE, 0, e -> e.zeros(0).i32(parent.id()).i32(wid)
            .u16(fx).u16(fy).u16(fw).u16(fh).u16(fbw).bool(win.overrideRedirect));
    }

    static int visualDepth(int visual) {
        return switch (visual) {
            case XServer.ROOT_VISUAL, XServer.DIRECT_VISUAL -> 24;
            case XServer.ARGB_VISUAL -> 32;
            default -> -1;
        };
    }

    void changeWindowAttributes(Client c, ChangeWindowAttributes q) {
        Window w = server.window(q.window());
        applyAttributes(c, w, q.valueMask(), q.valueList());
    }

    private void applyAttributes(Client c, Window w, int mask, ValueList values) {
        if ((mask & ~0x7FFF) != 0) throw XError.value(mask);
        // A background leaving or taking ParentRelative moves the border tile's origin: the border is redrawn.
        boolean wasRelative = w.backgroundKind == Window.BG_PARENT_RELATIVE;
        for (int bit = 0; bit < 15; bit++) {
            if ((mask & (1 << bit)) == 0) continue;
            int v = values.get(1 << bit);
            switch (bit) {
                case 0 -> { // background-pixmap
                    if (w.isInputOnly()) throw XError.match();
                    if (w.parent == null && (v == 0 || v == 1)) w.useDefaultRootBackground();
                    else if (v == 0) { w.backgroundKind = Window.BG_NONE; w.setBackgroundPixmap(null, null); }
                    else if (v == 1) {
                        if (w.parent.depth != w.depth) throw XError.match();
                        w.backgroundKind = Window.BG_PARENT_RELATIVE;
                    } else {
                        Pixmap p = server.pixmap(v);
                        if (p.depth() != w.depth) throw XError.match();
                        MemoryBudget.Charge charge = chargeCopy(c, p);
                        w.backgroundKind = Window.BG_PIXMAP;
                        w.setBackgroundPixmap(copyOf(p, charge), charge);
                    }
                }
                case 1 -> { if (w.isInputOnly()) throw XError.match(); w.backgroundKind = Window.BG_PIXEL; w.backgroundPixel = v; w.setBackgroundPixmap(null, null); }
                case 2 -> {
                    if (w.isInputOnly()) throw XError.match();
                    if (v == 0) {
                        if (w.parent != null && w.parent.depth != w.depth) throw XError.match();
                        if (w.parent != null) { w.setBorderPixmap(w.parent.borderPixmap == null ? null : w.parent.borderPixmap.retain(), null); w.borderPixel = w.parent.borderPixel; }
                    } else {
                        Pixmap p = server.pixmap(v);
                        if (p.depth() != w.depth) throw XError.match();
                        MemoryBudget.Charge charge = chargeCopy(c, p);
                        w.setBorderPixmap(copyOf(p, charge), charge);
                    }
                }
                case 3 -> { if (w.isInputOnly()) throw XError.match(); w.borderPixel = v; w.setBorderPixmap(null, null); }
                case 4 -> { if ((v & 0xff) > 10) throw XError.value(v); w.bitGravity = v & 0xff; }
                case 5 -> { if ((v & 0xff) > 10) throw XError.value(v); w.winGravity = v & 0xff; }
                case 6 -> { if ((v & 0xff) > 2) throw XError.value(v); w.backingStore = v & 0xff; }
                case 7 -> w.backingPlanes = v;
                case 8 -> w.backingPixel = v;
                case 9 -> w.overrideRedirect = bool(v);
                case 10 -> w.saveUnder = bool(v);
                case 11 -> selectInput(c, w, v);
                case 12 -> { if ((v & ~0x3F3F) != 0) throw XError.value(v); w.doNotPropagateMask = v; }
                case 13 -> {
                    int cmap = v;
                    if (v == 0) {
                        // As Xorg: CopyFromParent needs a parent of the same visual that has a colormap.
                        if (w.parent == null || w.parent.visual != w.visual || w.parent.colormap == 0) throw XError.match();
                        cmap = w.parent.colormap;
                    } else {
                        Colormaps.Colormap cm = server.lookup(v, Colormaps.Colormap.class, XError.COLORMAP);
                        if (cm.visual() != w.visual) throw XError.match();
                    }
                    // ColormapNotify on a change, not at creation (Xorg's CreateWindow sets it without telling).
                    boolean tell = cmap != w.colormap && server.resource(w.id()) == w;
                    w.colormap = cmap;
                    if (tell) colormapEvents.attributeChanged(w, cmap);
                }
                case 14 -> {
                    w.cursor = v == 0 ? null : server.lookup(v, Cursors.Cursor.class, XError.CURSOR);
                    server.dispatcher.input.cursorMayHaveChanged();
                }
                default -> { }
            }
        }
        boolean borderRelative = (mask & 0x3) != 0 && (wasRelative || w.backgroundKind == Window.BG_PARENT_RELATIVE);
        if (((mask & 0xC) != 0 || borderRelative) && w.viewable && w.borderWidth > 0) {
            server.tree.repaintBorder(w);
        }
    }

    /** A BOOL attribute: as Xorg, its low byte must be False or True. */
    private static boolean bool(int v) {
        if ((v & 0xff) > 1) throw XError.value(v & 0xff);
        return (v & 0xff) != 0;
    }

    /** A window's copy of a pixmap is charged to the client that set it, as the pixmap itself is. */
    private static MemoryBudget.Charge chargeCopy(Client c, Pixmap p) {
        return c.memory.hold(Pixmap.memoryCost(p.width(), p.height()));
    }

    /** Windows keep a copy of their background pixmap, as the protocol allows the pixmap to be freed. */
    private static org.sumac.x11.render.Pixels copyOf(Pixmap p, MemoryBudget.Charge charge) {
        try {
            org.sumac.x11.render.Pixels c = new org.sumac.x11.render.Pixels(p.width(), p.height(), p.depth());
            c.memory.copyFrom(p.pixels.memory);
            return c;
        } catch (OutOfMemoryError e) {
            charge.release();
            throw XError.alloc();
        }
    }

    private void selectInput(Client c, Window w, int mask) {
        if ((mask & ~EventMask.ALL) != 0) throw XError.value(mask);
        int exclusive = SUBSTRUCTURE_REDIRECT | RESIZE_REDIRECT | BUTTON_PRESS;
        for (var e : w.eventMasks.entrySet()) {
            if (e.getKey() != c && (e.getValue() & mask & exclusive) != 0) throw XError.access();
        }
        if (mask == 0) w.eventMasks.remove(c);
        else w.eventMasks.put(c, mask);
    }

    void getWindowAttributes(Client c, GetWindowAttributes q) {
        Window w = server.window(q.window());
        int mapState = !w.mapped ? 0 : w.viewable ? 2 : 1;
        // installed only when its colormap is the one installed (an ARGB window's own colormap is not, as on Xorg)
        boolean mapInstalled = w.colormap != 0 && w.colormap == colormapEvents.installed();
        c.sendReply(new GetWindowAttributes.Reply(w.backingStore, w.visual, w.windowClass, w.bitGravity, w.winGravity,
            w.backingPlanes, w.backingPixel, w.saveUnder, mapInstalled, mapState, w.overrideRedirect, w.colormap,
            w.allEventMasks(), w.eventMasks.getOrDefault(c, 0), w.doNotPropagateMask));
    }

    // ---- destroy ----------------------------------------------------------------------------------

    void destroyWindow(Client c, DestroyWindow q) {
        Window w = server.window(q.window());
        if (w.isRoot()) return;
        destroy(w);
    }

    /** Destroys a window and its inferiors with the events the protocol requires. */
    public void destroy(Window w) {
        if (w.isRoot()) return;
        if (w.mapped) unmap(w, false);
        Window parent = w.parent;
        destroyRecursive(w);
        parent.children.remove(w);
        server.dispatcher.input.windowGone(w);
    }

    private void destroyRecursive(Window w) {
        for (Window ch : List.copyOf(w.children)) destroyRecursive(ch);
        w.children.clear();
        server.deliver(w, STRUCTURE_NOTIFY, E_DESTROY, 0, e -> e.i32(w.id()).i32(w.id()));
        if (w.parent != null) server.deliver(w.parent, SUBSTRUCTURE_NOTIFY, E_DESTROY, 0, e -> e.i32(w.parent.id()).i32(w.id()));
        server.dispatcher.selections.windowDestroyed(w);
        server.dispatcher.input.windowGone(w);
        server.dispatcher.saveSets.windowDestroyed(w);
        server.removeResource(w.id());
        w.eventMasks.clear();
        w.mapped = false;
        w.viewable = false;
    }

    void destroySubwindows(Client c, DestroySubwindows q) {
        Window w = server.window(q.window());
        for (int i = w.children.size() - 1; i >= 0; i--) {
            if (i < w.children.size()) destroy(w.children.get(i));
        }
    }

    // ---- map / unmap ------------------------------------------------------------------------------

    void mapWindow(Client c, MapWindow q) {
        map(c, server.window(q.window()));
    }

    /** The client that selected SubstructureRedirect on a window, if it is not {@code c}. */
    private Client redirector(Window parent, Client c) {
        for (var e : parent.eventMasks.entrySet()) {
            if ((e.getValue() & SUBSTRUCTURE_REDIRECT) != 0 && e.getKey() != c) return e.getKey();
        }
        return null;
    }

    public void map(Client c, Window w) {
        if (w.mapped || w.isRoot()) return;
        Client wm = redirector(w.parent, c);
        if (wm != null && !w.overrideRedirect) {
            server.sendEvent(wm, E_MAP_REQUEST, 0, e -> e.i32(w.parent.id()).i32(w.id()));
            return;
        }
        if (!w.parent.viewable) {
            // Under an unmapped parent nothing becomes visible: no clips change, no exposures.
            w.mapped = true;
            server.deliver(w, STRUCTURE_NOTIFY, E_MAP, 0, e -> e.i32(w.id()).i32(w.id()).bool(w.overrideRedirect));
            server.deliver(w.parent, SUBSTRUCTURE_NOTIFY, E_MAP, 0, e -> e.i32(w.parent.id()).i32(w.id()).bool(w.overrideRedirect));
            return;
        }
        // MapNotify goes out inside the change so that it precedes the Expose events.
        server.tree.change(() -> {
            w.mapped = true;
            server.deliver(w, STRUCTURE_NOTIFY, E_MAP, 0, e -> e.i32(w.id()).i32(w.id()).bool(w.overrideRedirect));
            server.deliver(w.parent, SUBSTRUCTURE_NOTIFY, E_MAP, 0, e -> e.i32(w.parent.id()).i32(w.id()).bool(w.overrideRedirect));
        });
        server.dispatcher.input.treeChanged();
    }

    void mapSubwindows(Client c, MapSubwindows q) {
        Window w = server.window(q.window());
        for (Window ch : List.copyOf(w.children).reversed()) map(c, ch);
    }

    void unmapWindow(Client c, UnmapWindow q) {
        Window w = server.window(q.window());
        unmap(w, false);
    }

    public void unmap(Window w, boolean fromConfigure) {
        if (!w.mapped || w.isRoot()) return;
        server.deliver(w, STRUCTURE_NOTIFY, E_UNMAP, 0, e -> e.i32(w.id()).i32(w.id()).bool(fromConfigure));
        server.deliver(w.parent, SUBSTRUCTURE_NOTIFY, E_UNMAP, 0, e -> e.i32(w.parent.id()).i32(w.id()).bool(fromConfigure));
        if (!w.viewable) {
            w.mapped = false; // it showed nothing, so nothing is exposed
            return;
        }
        server.tree.change(() -> w.mapped = false);
        server.dispatcher.input.treeChanged();
    }

    void unmapSubwindows(Client c, UnmapSubwindows q) {
        Window w = server.window(q.window());
        for (Window ch : List.copyOf(w.children).reversed()) unmap(ch, false);
    }

    // ---- configure --------------------------------------------------------------------------------

    void configureWindow(Client c, ConfigureWindow q) {
        Window w = server.window(q.window());
        int mask = q.valueMask();
        ValueList values = q.valueList();
        if ((mask & ~0x7F) != 0) throw XError.value(mask);
        int x = w.x, y = w.y, width = w.width, height = w.height, bw = w.borderWidth, sibling = 0, stackMode = 0;
        boolean hasStack = false, hasSibling = false;
        for (int bit = 0; bit < 7; bit++) {
            if ((mask & (1 << bit)) == 0) continue;
            int v = values.get(1 << bit);
            switch (bit) {
                case 0 -> x = (short) v;
                case 1 -> y = (short) v;
                case 2 -> { width = v & 0xffff; if (width == 0) throw XError.value(0); }
                case 3 -> { height = v & 0xffff; if (height == 0) throw XError.value(0); }
                case 4 -> { bw = v & 0xffff; if (w.isInputOnly() && bw != 0) throw XError.match(); }
                case 5 -> { sibling = v; hasSibling = true; }
                case 6 -> { stackMode = v & 0xff; hasStack = true; if (stackMode > 4) throw XError.value(v); }
                default -> { }
            }
        }
        Window sib = null;
        if (hasSibling) {
            if (!hasStack) throw XError.match();
            sib = server.window(sibling);
            if (sib.parent != w.parent || sib == w) throw XError.match();
        }
        if (w.isRoot()) return;
        Client wm = redirector(w.parent, c);
        if (wm != null && !w.overrideRedirect) {
            final int fx = x, fy = y, fw = width, fh = height, fbw = bw, fs = sibling, fm = mask;
            server.sendEvent(wm, E_CONFIGURE_REQUEST, stackMode, e -> e.i32(w.parent.id()).i32(w.id()).i32(fs)
                .u16(fx).u16(fy).u16(fw).u16(fh).u16(fbw).u16(fm));
            return;
        }
        if ((width != w.width || height != w.height)) {
            for (var e : w.eventMasks.entrySet()) {
                if (e.getKey() != c && (e.getValue() & RESIZE_REDIRECT) != 0) {
                    final int fw = width, fh = height;
                    server.sendEvent(e.getKey(), E_RESIZE_REQUEST, 0, ev -> ev.i32(w.id()).u16(fw).u16(fh));
                    width = w.width;
                    height = w.height;
                    break;
                }
            }
        }
        configure(w, x, y, width, height, bw, hasStack ? stackMode : -1, sib);
    }

    /**
     * Performs a configure (no redirection) and sends ConfigureNotify/GravityNotify. As in Xorg nothing is sent when
     * nothing changes (same place, size, border and place in the stack); children with Unmap gravity are unmapped
     * before the others move by their gravity, each in stacking order from the top.
     */
    public void configure(Window w, int x, int y, int width, int height, int bw, int stackMode, Window sib) {
        boolean resized = width != w.width || height != w.height;
        boolean moved = x != w.x || y != w.y || bw != w.borderWidth;
        // The stack position decided with the new geometry: the index w takes among its siblings (bottom 0).
        int newIndex = stackMode < 0 ? w.parent.children.indexOf(w)
            : stackPosition(w, stackMode, sib, x, y, width + 2 * bw, height + 2 * bw);
        if (!resized && !moved && newIndex == w.parent.children.indexOf(w)) return;
        int dw = width - w.width, dh = height - w.height;
        // Static gravity keeps a child's place on the screen: it moves against its parent's inside.
        int dx = x + bw - (w.x + w.borderWidth), dy = y + bw - (w.y + w.borderWidth);
        List<Window> gravityMoved = new ArrayList<>();
        List<Window> gravityUnmap = new ArrayList<>();
        server.extensions.windowConfigured(w, x, y, width, height, bw);
        server.tree.change(() -> {
            if (resized) {
                if (w.bitGravity != 1 && w.bitGravity != 10) server.tree.forgetContents(w);
                for (Window ch : w.children.reversed()) {
                    int[] off = ch.winGravity == 10 ? new int[] {-dx, -dy} : gravityOffset(ch.winGravity, dw, dh);
                    if (off == null) { gravityUnmap.add(ch); continue; }
                    if (off[0] != 0 || off[1] != 0) {
                        ch.x += off[0];
                        ch.y += off[1];
                        gravityMoved.add(ch);
                    }
                }
            }
            w.x = x;
            w.y = y;
            w.width = width;
            w.height = height;
            w.borderWidth = bw;
            if (stackMode >= 0) {
                List<Window> s = w.parent.children;
                s.remove(w);
                s.add(newIndex, w);
                keepOnTop(s);
            }
            sendConfigureNotify(w);
        });
        for (Window ch : gravityUnmap) unmap(ch, true);
        for (Window ch : gravityMoved) {
            server.deliver(ch, STRUCTURE_NOTIFY, E_GRAVITY, 0, e -> e.i32(ch.id()).i32(ch.id()).u16(ch.x).u16(ch.y));
            server.deliver(w, SUBSTRUCTURE_NOTIFY, E_GRAVITY, 0, e -> e.i32(w.id()).i32(ch.id()).u16(ch.x).u16(ch.y));
        }
        server.dispatcher.input.treeChanged();
    }

    /**
     * Where a window's old contents (or a child) go when it grows by {@code dw, dh} under gravity {@code g}: null for
     * Forget, {0, 0} for NorthWest and Static (the caller moves a Static one back by its own shift).
     */
    public static int[] gravityOffset(int g, int dw, int dh) {
        return switch (g) {
            case 0 -> null;
            case 2 -> new int[] {dw / 2, 0};
            case 3 -> new int[] {dw, 0};
            case 4 -> new int[] {0, dh / 2};
            case 5 -> new int[] {dw / 2, dh / 2};
            case 6 -> new int[] {dw, dh / 2};
            case 7 -> new int[] {0, dh};
            case 8 -> new int[] {dw / 2, dh};
            case 9 -> new int[] {dw, dh};
            default -> new int[] {0, 0};
        };
    }

    void sendConfigureNotify(Window w) {
        List<Window> sibs = w.parent.children;
        int idx = sibs.indexOf(w);
        int above = idx > 0 ? sibs.get(idx - 1).id() : 0;
        server.deliver(w, STRUCTURE_NOTIFY, E_CONFIGURE, 0, e -> e.i32(w.id()).i32(w.id()).i32(above)
            .u16(w.x).u16(w.y).u16(w.width).u16(w.height).u16(w.borderWidth).bool(w.overrideRedirect));
        server.deliver(w.parent, SUBSTRUCTURE_NOTIFY, E_CONFIGURE, 0, e -> e.i32(w.parent.id()).i32(w.id()).i32(above)
            .u16(w.x).u16(w.y).u16(w.width).u16(w.height).u16(w.borderWidth).bool(w.overrideRedirect));
    }

    private static boolean overlaps(Window a, Window b) {
        if (!a.mapped || !b.mapped) return false;
        return !a.outerRegion().intersect(b.outerRegion()).isEmpty();
    }

    /**
     * Where a restack puts w among its siblings (index from the bottom, counted without w), per the stack mode
     * (Above 0, Below 1, TopIf 2, BottomIf 3, Opposite 4) and w's new outer box (x, y, width, height in its parent).
     * As in Xorg: TopIf, BottomIf and Opposite go to the top or bottom of the whole stack, only when w (and the
     * sibling, if given) is mapped and the occlusion holds; occlusion is between outer boxes (bounding shapes).
     */
    private static int stackPosition(Window w, int mode, Window sib, int x, int y, int width, int height) {
        List<Window> s = w.parent.children;
        int idx = s.indexOf(w), top = s.size() - 1, stay = idx;
        boolean conditional = mode >= 2;
        if (conditional && (!w.mapped || (sib != null && !sib.mapped))) return stay;
        Region box = Region.of(x, y, width, height);
        Region shaped = w.boundingShape == null ? box
            : box.intersect(w.boundingShape.translate(x + w.borderWidth, y + w.borderWidth));
        boolean occludedBy = false, occludes = false;
        for (int i = 0; i < s.size(); i++) {
            Window o = s.get(i);
            if (o == w || (sib != null && o != sib) || !o.mapped) continue;
            Region ob = Region.of(o.x, o.y, o.width + 2 * o.borderWidth, o.height + 2 * o.borderWidth);
            if (o.boundingShape != null) ob = ob.intersect(o.boundingShape.translate(o.x + o.borderWidth, o.y + o.borderWidth));
            if (ob.intersect(sib != null ? box : shaped).isEmpty()) continue;
            if (i > idx) occludedBy = true; else occludes = true;
        }
        int sibIdx = sib == null ? -1 : s.indexOf(sib) - (s.indexOf(sib) > idx ? 1 : 0);
        return switch (mode) {
            case 0 -> sib == null ? top : sibIdx + 1;
            case 1 -> sib == null ? 0 : sibIdx;
            case 2 -> occludedBy ? top : stay;
            case 3 -> occludes ? 0 : stay;
            case 4 -> occludedBy ? top : occludes ? 0 : stay;
            default -> stay;
        };
    }

    void circulateWindow(Client c, CirculateWindow q) {
        int direction = q.direction();
        Window w = server.window(q.window());
        if (direction > 1) throw XError.value(direction);
        List<Window> s = w.children;
        Window target = null;
        if (direction == 0) { // RaiseLowest: lowest mapped child that is occluded
            for (Window ch : s) if (ch.mapped && occluded(ch)) { target = ch; break; }
        } else {
            for (int i = s.size() - 1; i >= 0; i--) if (s.get(i).mapped && occludes(s.get(i))) { target = s.get(i); break; }
        }
        if (target == null) return;
        Window t = target;
        Client wm = redirector(w, c);
        int place = direction == 0 ? 0 : 1;
        // As Xorg: the request goes to the redirecting client whatever the window's override-redirect.
        if (wm != null) {
            server.sendEvent(wm, E_CIRCULATE_REQUEST, 0, e -> e.i32(w.id()).i32(t.id()).zeros(4).u8(place));
            return;
        }
        server.tree.change(() -> {
            s.remove(t);
            if (place == 0) s.add(t); else s.add(0, t);
            keepOnTop(s);
        });
        server.deliver(t, STRUCTURE_NOTIFY, E_CIRCULATE, 0, e -> e.i32(t.id()).i32(t.id()).zeros(4).u8(place));
        server.deliver(w, SUBSTRUCTURE_NOTIFY, E_CIRCULATE, 0, e -> e.i32(w.id()).i32(t.id()).zeros(4).u8(place));
        server.dispatcher.input.treeChanged();
    }

    private boolean occluded(Window w) {
        List<Window> s = w.parent.children;
        for (int i = s.indexOf(w) + 1; i < s.size(); i++) if (overlaps(w, s.get(i))) return true;
        return false;
    }

    private boolean occludes(Window w) {
        List<Window> s = w.parent.children;
        for (int i = 0; i < s.indexOf(w); i++) if (overlaps(w, s.get(i))) return true;
        return false;
    }

    // ---- reparent, save-set ---------------------------------------------------------------------

    void reparentWindow(Client c, ReparentWindow q) {
        Window w = server.window(q.window());
        Window p = server.window(q.parent());
        int x = q.x(), y = q.y();
        if (w.isRoot() || p == w || w.isAncestorOf(p)) throw XError.match();
        if (p.isInputOnly() && !w.isInputOnly()) throw XError.match();
        if (w.backgroundKind == Window.BG_PARENT_RELATIVE && p.depth != w.depth) throw XError.match();
        int depth = 0;
        for (Window a = p; a != null; a = a.parent) depth++;
        if (depth + subtreeHeight(w) > MAX_NESTING) throw XError.alloc();
        reparent(c, w, p, x, y);
    }

    private static int subtreeHeight(Window w) {
        int h = 0;
        for (Window ch : w.children) h = Math.max(h, subtreeHeight(ch));
        return h + 1;
    }

    public void reparent(Client c, Window w, Window p, int x, int y) {
        boolean wasMapped = w.mapped;
        if (wasMapped) unmap(w, false);
        Window old = w.parent;
        server.tree.change(() -> {
            old.children.remove(w);
            p.children.add(w);
            keepOnTop(p.children);
            w.parent = p;
            w.x = x;
            w.y = y;
            server.extensions.windowReparented(w, old);
            sendReparentNotify(w, old, p, x, y);
        });
        if (wasMapped) map(c, w);
        server.dispatcher.input.treeChanged();
    }

    private void sendReparentNotify(Window w, Window old, Window p, int x, int y) {
        server.deliver(w, STRUCTURE_NOTIFY, E_REPARENT, 0, e -> e.i32(w.id()).i32(w.id()).i32(p.id()).u16(x).u16(y).bool(w.overrideRedirect));
        server.deliver(old, SUBSTRUCTURE_NOTIFY, E_REPARENT, 0, e -> e.i32(old.id()).i32(w.id()).i32(p.id()).u16(x).u16(y).bool(w.overrideRedirect));
        if (old != p) server.deliver(p, SUBSTRUCTURE_NOTIFY, E_REPARENT, 0, e -> e.i32(p.id()).i32(w.id()).i32(p.id()).u16(x).u16(y).bool(w.overrideRedirect));
    }

    void changeSaveSet(Client c, ChangeSaveSet q) {
        int mode = q.mode();
        Window w = server.window(q.window());
        if (mode > 1) throw XError.value(mode);
        // As Xorg: only the client's own windows are BadMatch; the root may be named (and stays where it is)
        if (w.owner == c) throw XError.match();
        server.dispatcher.saveSets.change(c, w, mode == 0);
    }

    // ---- queries ----------------------------------------------------------------------------------

    void getGeometry(Client c, GetGeometry q) {
        var d = server.drawable(q.drawable());
        c.sendReply(d instanceof Window w
            ? new GetGeometry.Reply(d.depth(), XServer.ROOT_WINDOW, w.x, w.y, w.width, w.height, w.borderWidth)
            : new GetGeometry.Reply(d.depth(), XServer.ROOT_WINDOW, 0, 0, d.width(), d.height(), 0));
    }

    /**
     * {@link #keepOnTop} for a window just added above its siblings: the windows kept on top were the last ones
     * before it, so only they are looked at (x11perf -ucreate: a walk over every sibling a CreateWindow halved its rate).
     */
    static void keepOnTopAfterAdding(List<Window> siblings) {
        int last = siblings.size() - 1, at = last;
        while (at > 0 && siblings.get(at - 1).keptOnTop) at--;
        if (at < last) siblings.add(at, siblings.remove(last));
    }

    /** Composite's overlay window stays above its siblings (Xorg's RealChildHead): put back on top after a change. */
    static void keepOnTop(List<Window> siblings) {
        for (int i = siblings.size() - 2; i >= 0; i--) {
            if (siblings.get(i).keptOnTop) siblings.add(siblings.remove(i));
        }
    }

    void queryTree(Client c, QueryTree q) {
        Window w = server.window(q.window());
        // as Xorg, QueryTree does not list the overlay window (nor anything above it)
        int[] children = w.children.stream().filter(ch -> !ch.keptOnTop).mapToInt(Window::id).toArray();
        c.sendReply(new QueryTree.Reply(XServer.ROOT_WINDOW, w.parent == null ? 0 : w.parent.id(), children));
    }

    void translateCoordinates(Client c, TranslateCoordinates q) {
        Window src = server.window(q.srcWindow());
        Window dst = server.window(q.dstWindow());
        int x = q.srcX(), y = q.srcY();
        int ax = src.absX + x, ay = src.absY + y;
        int dx = ax - dst.absX, dy = ay - dst.absY;
        int child = 0;
        for (int i = dst.children.size() - 1; i >= 0; i--) {
            Window ch = dst.children.get(i);
            if (!ch.mapped) continue;
            int ox = ch.absX - ch.borderWidth, oy = ch.absY - ch.borderWidth;
            if (ax >= ox && ay >= oy && ax < ox + ch.width + 2 * ch.borderWidth && ay < oy + ch.height + 2 * ch.borderWidth
                && (ch.boundingShape == null || ch.boundingShape.contains(ax - ch.absX, ay - ch.absY))) {
                child = ch.id();
                break;
            }
        }
        c.sendReply(new TranslateCoordinates.Reply(true, child, dx, dy));
    }
}
