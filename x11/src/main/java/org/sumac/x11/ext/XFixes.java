package org.sumac.x11.ext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sumac.x11.geom.Region;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.xfixes.ChangeCursor;
import org.sumac.x11.protocol.xfixes.ChangeCursorByName;
import org.sumac.x11.protocol.xfixes.ChangeSaveSet;
import org.sumac.x11.protocol.xfixes.CopyRegion;
import org.sumac.x11.protocol.xfixes.CreatePointerBarrier;
import org.sumac.x11.protocol.xfixes.CreateRegion;
import org.sumac.x11.protocol.xfixes.CreateRegionFromBitmap;
import org.sumac.x11.protocol.xfixes.CreateRegionFromGC;
import org.sumac.x11.protocol.xfixes.CreateRegionFromPicture;
import org.sumac.x11.protocol.xfixes.CreateRegionFromWindow;
import org.sumac.x11.protocol.xfixes.CursorNotifyEvent;
import org.sumac.x11.protocol.xfixes.DeletePointerBarrier;
import org.sumac.x11.protocol.xfixes.DestroyRegion;
import org.sumac.x11.protocol.xfixes.ExpandRegion;
import org.sumac.x11.protocol.xfixes.FetchRegion;
import org.sumac.x11.protocol.xfixes.GetCursorImage;
import org.sumac.x11.protocol.xfixes.GetCursorImageAndName;
import org.sumac.x11.protocol.xfixes.GetCursorName;
import org.sumac.x11.protocol.xfixes.HideCursor;
import org.sumac.x11.protocol.xfixes.IntersectRegion;
import org.sumac.x11.protocol.xfixes.InvertRegion;
import org.sumac.x11.protocol.xfixes.QueryVersion;
import org.sumac.x11.protocol.xfixes.RegionExtents;
import org.sumac.x11.protocol.xfixes.SelectCursorInput;
import org.sumac.x11.protocol.xfixes.SelectSelectionInput;
import org.sumac.x11.protocol.xfixes.SelectionNotifyEvent;
import org.sumac.x11.protocol.xfixes.SetCursorName;
import org.sumac.x11.protocol.xfixes.SetGCClipRegion;
import org.sumac.x11.protocol.xfixes.SetPictureClipRegion;
import org.sumac.x11.protocol.xfixes.SetRegion;
import org.sumac.x11.protocol.xfixes.SetWindowShapeRegion;
import org.sumac.x11.protocol.xfixes.ShowCursor;
import org.sumac.x11.protocol.xfixes.SubtractRegion;
import org.sumac.x11.protocol.xfixes.TranslateRegion;
import org.sumac.x11.protocol.xfixes.UnionRegion;
import org.sumac.x11.protocol.xfixes.XfixesHandler;
import org.sumac.x11.protocol.xfixes.XfixesProtocol;
import org.sumac.x11.protocol.xproto.Rectangle;
import org.sumac.x11.protocol.xproto.RectangleList;
import org.sumac.x11.render.Pixmap;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Cursors;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.Graphics;
import org.sumac.x11.server.MemoryBudget;
import org.sumac.x11.server.Resource;
import org.sumac.x11.server.Selections;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

/**
 * XFIXES 5.0 as Xorg serves it: save-sets with options, selection and cursor notification, cursor images and
 * names, hiding the cursor, regions as resources, and pointer barriers (kept and validated, not enforced).
 */
final class XFixes implements Extensions.Handler, XfixesHandler<Client> {
    static final int MAJOR = 5, MINOR = 0;
    /** BadRegion and BadBarrier. */
    static final int ERRORS = 2;
    /** The last minor opcode each negotiated major version allows, as Xorg's version_requests. */
    private static final int[] LAST_REQUEST = {XfixesProtocol.QUERY_VERSION, XfixesProtocol.GET_CURSOR_IMAGE,
        XfixesProtocol.CHANGE_CURSOR_BY_NAME, XfixesProtocol.EXPAND_REGION, XfixesProtocol.SHOW_CURSOR,
        XfixesProtocol.DELETE_POINTER_BARRIER};
    /** Xorg's regions are 16-bit: coordinates are clamped to this. */
    private static final int MAXSHORT = 32767, MINSHORT = -32768;

    private final XServer server;
    private final int firstEvent, badRegion, badBarrier;
    /** The major version each client negotiated (QueryVersion); a client not here may only ask QueryVersion. */
    private final Map<Client, Integer> versions = new HashMap<>();

    private static final class SelectionInput {
        final Client client;
        final Window window;
        final int selection;
        int mask;

        SelectionInput(Client client, Window window, int selection) {
            this.client = client;
            this.window = window;
            this.selection = selection;
        }
    }

    private static final class CursorInput {
        final Client client;
        final Window window;
        int mask;

        CursorInput(Client client, Window window) {
            this.client = client;
            this.window = window;
        }
    }

    /** SelectSelectionInput and SelectCursorInput, in the order made (events go out in that order, as Xorg's lists). */
    private final List<SelectionInput> selectionInputs = new ArrayList<>();
    private final List<CursorInput> cursorInputs = new ArrayList<>();
    /** The serial of the cursor last shown, to tell CursorNotify only of changes. */
    private int shownSerial;
    /** HideCursor counts per client; the cursor is hidden while any is here. */
    private final Map<Client, Integer> hides = new HashMap<>();

    /** A region resource; its rectangles are charged to the client that last set them. */
    static final class RegionResource implements Resource {
        private final int id;
        Region region = Region.EMPTY;
        private MemoryBudget.Charge charge;

        RegionResource(int id) { this.id = id; }

        @Override public int id() { return id; }

        /** Replaces the region, charging the new one first (BadAlloc past the budget, nothing changed). */
        void set(Client c, Region r) {
            MemoryBudget.Charge next = c.memory.hold(Graphics.regionCost(r));
            if (charge != null) charge.release();
            charge = next;
            region = r;
        }

        @Override public void free(XServer server) {
            if (charge != null) charge.release();
            charge = null;
        }
    }

    /** A pointer barrier: kept and freed as Xorg's, but the pointer is not held back by it. */
    record Barrier(int id, Window window, int x1, int y1, int x2, int y2, int directions) implements Resource { }

    XFixes(XServer server, Extensions.Bases bases) {
        this.server = server;
        this.firstEvent = bases.firstEvent();
        this.badRegion = bases.firstError() + XfixesProtocol.ERROR_BAD_REGION;
        // XFIXES 5's BadBarrier, which xcb-proto does not list: Xorg's error after BadRegion
        this.badBarrier = bases.firstError() + 1;
    }

    /** Whether the selection listener is in (the dispatcher is being built when this is). */
    private boolean hooked;
    /** Whether the cursor listener is in: only once a client selects CursorNotify, so no one else pays for it. */
    private boolean cursorHooked;

    private void hook() {
        if (hooked) return;
        hooked = true;
        server.dispatcher.selections.addListener(this::selectionChanged);
    }

    private void hookCursor() {
        if (cursorHooked) return;
        cursorHooked = true;
        shownSerial = serial(server.dispatcher.input.currentCursor());
        server.dispatcher.input.addCursorListener(this::cursorChanged);
    }

    /** A cursor's serial; null is the root's default cursor, whose serial is known without building it. */
    private int serial(Cursors.Cursor c) { return c != null ? c.serial : server.dispatcher.cursors.defaultSerial(); }

    @Override public byte[] eventFieldWidths(int event) { return XfixesProtocol.eventFieldWidths(event); }

    @Override public void dispatch(Client c, RequestReader r, int minor) {
        hook();
        // As Xorg: a request past what the client's version has is BadRequest, before its length is looked at.
        if (minor > LAST_REQUEST[versions.getOrDefault(c, 0)]) throw new XError(XError.REQUEST, 0);
        XfixesProtocol.dispatch(this, c, r, minor);
    }

    // ---- lifecycle ------------------------------------------------------------------------------

    @Override public void windowDestroyed(Window w) {
        selectionInputs.removeIf(s -> s.window == w);
        cursorInputs.removeIf(s -> s.window == w);
    }

    @Override public void clientClosed(Client c) {
        versions.remove(c);
        selectionInputs.removeIf(s -> s.client == c);
        cursorInputs.removeIf(s -> s.client == c);
        if (hides.remove(c) != null && hides.isEmpty()) server.dispatcher.input.hideCursor(false);
    }

    /** Selections, hide counts and the clients with a version held (tests check they are let go). */
    int heldState() { return selectionInputs.size() + cursorInputs.size() + hides.size() + versions.size(); }

    // ---- version, save-set ----------------------------------------------------------------------

    @Override public void queryVersion(Client c, QueryVersion q) {
        long major = Integer.toUnsignedLong(q.clientMajorVersion()), minor = Integer.toUnsignedLong(q.clientMinorVersion());
        boolean older = major < MAJOR || major == MAJOR && minor < MINOR;
        int m = older ? (int) major : MAJOR, n = older ? (int) minor : MINOR;
        versions.put(c, m);
        c.sendReply(new QueryVersion.Reply(m, n));
    }

    @Override public void changeSaveSet(Client c, ChangeSaveSet q) {
        Window w = server.window(q.window());
        // As the core request: not one's own windows
        if (w.owner == c) throw XError.match();
        if (q.mode() > 1) throw XError.value(q.mode());
        if (q.target() > 1) throw XError.value(q.target());
        if (q.map() > 1) throw XError.value(q.map());
        server.dispatcher.saveSets.change(c, w, q.mode() == 0, q.target() == 1, q.map() == 0);
    }

    // ---- selections -----------------------------------------------------------------------------

    private static final int SELECTION_ALL = 7;

    @Override public void selectSelectionInput(Client c, SelectSelectionInput q) {
        Window w = server.window(q.window());
        int mask = q.eventMask(), selection = q.selection();
        if ((mask & ~SELECTION_ALL) != 0) throw XError.value(mask);
        SelectionInput found = null;
        for (SelectionInput s : selectionInputs) {
            if (s.client == c && s.window == w && s.selection == selection) found = s;
        }
        if (mask == 0) {
            if (found != null) selectionInputs.remove(found);
            return;
        }
        if (found == null) {
            found = new SelectionInput(c, w, selection);
            selectionInputs.add(found);
        }
        found.mask = mask;
    }

    private void selectionChanged(int selection, int kind, int owner, int lastChange) {
        if (selectionInputs.isEmpty()) return;
        int now = server.time();
        for (SelectionInput s : List.copyOf(selectionInputs)) {
            if (s.selection != selection || (s.mask & (1 << kind)) == 0 || s.client.isClosed()) continue;
            SelectionNotifyEvent ev = new SelectionNotifyEvent(kind, s.window.id(),
                kind == Selections.SET_OWNER ? owner : 0, selection, now, lastChange);
            server.sendEvent(s.client, firstEvent + XfixesProtocol.EVENT_SELECTION_NOTIFY, ev.detail(), ev::write);
        }
    }

    // ---- cursors --------------------------------------------------------------------------------

    @Override public void selectCursorInput(Client c, SelectCursorInput q) {
        Window w = server.window(q.window());
        int mask = q.eventMask();
        if ((mask & ~1) != 0) throw XError.value(mask);
        if (mask != 0) hookCursor();
        CursorInput found = null;
        for (CursorInput s : cursorInputs) if (s.client == c && s.window == w) found = s;
        if (mask == 0) {
            if (found != null) cursorInputs.remove(found);
            return;
        }
        if (found == null) {
            found = new CursorInput(c, w);
            cursorInputs.add(found);
        }
        found.mask = mask;
    }

    /** Runs inside crossing and grab changes: it must stay cheap and must not fail (no font opened here). */
    private void cursorChanged(Cursors.Cursor cursor) {
        int serial = serial(cursor), name = cursor == null ? 0 : cursor.name, now = server.time();
        // Told by serial: ChangeCursor gives a cursor another's image and serial in place, where Xorg points the
        // users of one cursor at the other, so the serial is what names the cursor shown
        if (serial == shownSerial) return;
        shownSerial = serial;
        if (cursorInputs.isEmpty()) return;
        for (CursorInput s : List.copyOf(cursorInputs)) {
            if (s.client.isClosed()) continue;
            CursorNotifyEvent ev = new CursorNotifyEvent(0, s.window.id(), serial, now, name);
            server.sendEvent(s.client, firstEvent + XfixesProtocol.EVENT_CURSOR_NOTIFY, ev.detail(), ev::write);
        }
    }

    /** The cursor shown at the pointer (hidden or not), as Xorg's CursorCurrent; BadCursor when there is none. */
    private Cursors.Cursor currentCursor() {
        Cursors.Cursor c = server.dispatcher.input.currentCursor();
        if (c == null) c = server.dispatcher.cursors.defaultCursor();
        if (c == null) throw new XError(XError.CURSOR, 0);
        return c;
    }

    private Cursors.Cursor cursor(int id) { return server.lookup(id, Cursors.Cursor.class, XError.CURSOR); }

    @Override public void getCursorImage(Client c, GetCursorImage q) {
        Cursors.Cursor cur = currentCursor();
        var in = server.dispatcher.input;
        c.sendReply(new GetCursorImage.Reply(in.pointerX, in.pointerY, cur.width, cur.height, cur.hotX, cur.hotY,
            cur.serial, cur.argb()));
    }

    @Override public void getCursorImageAndName(Client c, GetCursorImageAndName q) {
        Cursors.Cursor cur = currentCursor();
        var in = server.dispatcher.input;
        c.sendReply(new GetCursorImageAndName.Reply(in.pointerX, in.pointerY, cur.width, cur.height, cur.hotX,
            cur.hotY, cur.serial, cur.name, cur.argb(), atomName(cur.name)));
    }

    private String atomName(int atom) {
        String n = atom == 0 ? null : server.atoms.name(atom);
        return n == null ? "" : n;
    }

    @Override public void setCursorName(Client c, SetCursorName q) {
        Cursors.Cursor cur = cursor(q.cursor());
        cur.name = server.atoms.intern(q.name().string(), c.memory);
    }

    @Override public void getCursorName(Client c, GetCursorName q) {
        Cursors.Cursor cur = cursor(q.cursor());
        c.sendReply(new GetCursorName.Reply(cur.name, atomName(cur.name)));
    }

    @Override public void changeCursor(Client c, ChangeCursor q) {
        Cursors.Cursor source = cursor(q.source());
        Cursors.Cursor destination = cursor(q.destination());
        server.dispatcher.cursors.replace(source, destination);
    }

    @Override public void changeCursorByName(Client c, ChangeCursorByName q) {
        Cursors.Cursor source = cursor(q.src());
        int name = server.atoms.lookup(q.name().string());
        if (name == 0) return;
        for (Resource r : server.allResources()) {
            if (r instanceof Cursors.Cursor cur && cur.name == name) server.dispatcher.cursors.replace(source, cur);
        }
    }

    @Override public void hideCursor(Client c, HideCursor q) {
        server.window(q.window());
        boolean first = hides.isEmpty();
        hides.merge(c, 1, Integer::sum);
        if (first) server.dispatcher.input.hideCursor(true);
    }

    @Override public void showCursor(Client c, ShowCursor q) {
        server.window(q.window());
        Integer n = hides.get(c);
        if (n == null) throw new XError(XError.MATCH, c.index);
        if (n > 1) hides.put(c, n - 1);
        else {
            hides.remove(c);
            if (hides.isEmpty()) server.dispatcher.input.hideCursor(false);
        }
    }

    // ---- regions --------------------------------------------------------------------------------

    private RegionResource region(int id) {
        if (server.resource(id) instanceof RegionResource r) return r;
        throw new XError(badRegion, id);
    }

    private RegionResource regionOrNone(int id) { return id == 0 ? null : region(id); }

    /** Adds a new region resource holding {@code r} (the id was checked before anything was looked up). */
    private void create(Client c, int id, Region r) {
        RegionResource res = new RegionResource(id);
        res.set(c, r);
        try {
            server.addResource(c, res);
        } catch (XError e) {
            res.free(server);
            throw e;
        }
    }

    /** Xorg's RegionFromRects: each rectangle cut at 32767 on the right and bottom, empty ones left out. */
    private static Region fromRects(RectangleList l) {
        int n = l.size();
        int[] xywh = new int[n * 4];
        for (int i = 0; i < n; i++) {
            int x = l.x(i), y = l.y(i);
            xywh[i * 4] = x;
            xywh[i * 4 + 1] = y;
            xywh[i * 4 + 2] = Math.min(x + l.width(i), MAXSHORT) - x;
            xywh[i * 4 + 3] = Math.min(y + l.height(i), MAXSHORT) - y;
        }
        return Region.ofRects(xywh, n);
    }

    /** Keeps a region inside 16-bit coordinates, as Xorg's regions do after a translation. */
    private static Region clamp(Region r) {
        int[] e = r.extents();
        if (r.isEmpty() || e[0] >= MINSHORT && e[1] >= MINSHORT && e[2] <= MAXSHORT && e[3] <= MAXSHORT) return r;
        return r.intersectBox(MINSHORT, MINSHORT, MAXSHORT, MAXSHORT);
    }

    @Override public void createRegion(Client c, CreateRegion q) {
        server.checkNewId(c, q.region());
        create(c, q.region(), fromRects(q.rectangles()));
    }

    @Override public void createRegionFromBitmap(Client c, CreateRegionFromBitmap q) {
        server.checkNewId(c, q.region());
        Pixmap p = server.pixmap(q.bitmap());
        if (p.depth() != 1) throw XError.match();
        MemoryBudget.Charge building = Graphics.chargeRegionOf(c, p.pixels);
        try {
            create(c, q.region(), Graphics.bitmapToRegion(p.pixels));
        } finally {
            building.release();
        }
    }

    @Override public void createRegionFromWindow(Client c, CreateRegionFromWindow q) {
        server.checkNewId(c, q.region());
        Window w = server.window(q.window());
        Region r = switch (q.kind()) {
            case 0 -> w.boundingShape;
            case 1 -> w.clipShape;
            default -> throw XError.value(q.kind());
        };
        create(c, q.region(), r != null ? r : Shape.defaultShape(w, q.kind()));
    }

    @Override public void createRegionFromGC(Client c, CreateRegionFromGC q) {
        server.checkNewId(c, q.region());
        Region clip = server.dispatcher.graphics.clipOf(q.gc());
        if (clip == null) throw XError.match();
        create(c, q.region(), clip);
    }

    /** RENDER's pictures, when the display offers RENDER; else these requests are unknown, as in Xorg without it. */
    private Render render() {
        Extensions.Extension e = server.extensions.byName("RENDER");
        if (e != null && e.handler() instanceof Render r) return r;
        throw new XError(XError.REQUEST, 0);
    }

    @Override public void createRegionFromPicture(Client c, CreateRegionFromPicture q) {
        Render render = render();
        server.checkNewId(c, q.region());
        create(c, q.region(), render.clipRegion(q.picture()));
    }

    @Override public void setPictureClipRegion(Client c, SetPictureClipRegion q) {
        Render render = render();
        render.checkPicture(q.picture());
        RegionResource r = regionOrNone(q.region());
        render.setClipRegion(c, q.picture(), r == null ? null : r.region, q.xOrigin(), q.yOrigin());
    }

    @Override public void destroyRegion(Client c, DestroyRegion q) {
        region(q.region());
        server.removeResource(q.region());
    }

    @Override public void setRegion(Client c, SetRegion q) {
        RegionResource r = region(q.region());
        r.set(c, fromRects(q.rectangles()));
    }

    @Override public void copyRegion(Client c, CopyRegion q) {
        RegionResource source = region(q.source());
        RegionResource destination = region(q.destination());
        destination.set(c, source.region);
    }

    @Override public void unionRegion(Client c, UnionRegion q) {
        combine(c, q.source1(), q.source2(), q.destination(), 0);
    }

    @Override public void intersectRegion(Client c, IntersectRegion q) {
        combine(c, q.source1(), q.source2(), q.destination(), 1);
    }

    @Override public void subtractRegion(Client c, SubtractRegion q) {
        combine(c, q.source1(), q.source2(), q.destination(), 2);
    }

    private void combine(Client c, int source1, int source2, int destination, int op) {
        Region a = region(source1).region, b = region(source2).region;
        RegionResource d = region(destination);
        d.set(c, switch (op) {
            case 0 -> a.union(b);
            case 1 -> a.intersect(b);
            default -> a.subtract(b);
        });
    }

    @Override public void invertRegion(Client c, InvertRegion q) {
        Region source = region(q.source()).region;
        RegionResource destination = region(q.destination());
        Rectangle b = q.bounds();
        int x2 = Math.min(b.x() + b.width(), MAXSHORT), y2 = Math.min(b.y() + b.height(), MAXSHORT);
        destination.set(c, Region.ofBox(b.x(), b.y(), x2, y2).subtract(source));
    }

    @Override public void translateRegion(Client c, TranslateRegion q) {
        RegionResource r = region(q.region());
        r.set(c, clamp(r.region.translate(q.dx(), q.dy())));
    }

    @Override public void regionExtents(Client c, RegionExtents q) {
        Region source = region(q.source()).region;
        RegionResource destination = region(q.destination());
        int[] e = source.extents();
        destination.set(c, Region.ofBox(e[0], e[1], e[2], e[3]));
    }

    @Override public void fetchRegion(Client c, FetchRegion q) {
        Region r = region(q.region()).region;
        int[] e = r.extents();
        List<Rectangle> rects = new ArrayList<>(r.rectCount());
        for (int i = 0; i < r.rectCount(); i++) {
            rects.add(new Rectangle(r.x1(i), r.y1(i), r.x2(i) - r.x1(i), r.y2(i) - r.y1(i)));
        }
        c.sendReply(new FetchRegion.Reply(new Rectangle(e[0], e[1], e[2] - e[0], e[3] - e[1]), rects));
    }

    @Override public void expandRegion(Client c, ExpandRegion q) {
        Region source = region(q.source()).region;
        RegionResource destination = region(q.destination());
        int n = source.rectCount();
        int[] xywh = new int[n * 4];
        for (int i = 0; i < n; i++) {
            int x1 = (short) (source.x1(i) - q.left()), y1 = (short) (source.y1(i) - q.top());
            int x2 = (short) (source.x2(i) + q.right()), y2 = (short) (source.y2(i) + q.bottom());
            xywh[i * 4] = x1;
            xywh[i * 4 + 1] = y1;
            xywh[i * 4 + 2] = x2 - x1;
            xywh[i * 4 + 3] = y2 - y1;
        }
        destination.set(c, Region.ofRects(xywh, n));
    }

    @Override public void setGCClipRegion(Client c, SetGCClipRegion q) {
        Graphics g = server.dispatcher.graphics;
        g.clipOf(q.gc()); // BadGC before BadRegion, as Xorg
        RegionResource r = regionOrNone(q.region());
        g.setClip(c, q.gc(), r == null ? null : r.region, q.xOrigin(), q.yOrigin());
    }

    @Override public void setWindowShapeRegion(Client c, SetWindowShapeRegion q) {
        Window w = server.window(q.dest());
        RegionResource r = regionOrNone(q.region());
        int kind = q.destKind();
        if (kind > 2) throw XError.value(kind);
        if (!(server.extensions.byName("SHAPE") instanceof Extensions.Extension e && e.handler() instanceof Shape shape)) {
            throw new XError(XError.REQUEST, 0); // as Xorg built without SHAPE
        }
        shape.setRegion(c, w, kind, r == null ? null : clamp(r.region.translate(q.xOffset(), q.yOffset())));
    }

    // ---- pointer barriers -----------------------------------------------------------------------

    @Override public void createPointerBarrier(Client c, CreatePointerBarrier q) {
        server.checkNewId(c, q.barrier());
        // xcb-proto says CARD16; Xorg reads them as INT16
        int x1 = (short) q.x1(), y1 = (short) q.y1(), x2 = (short) q.x2(), y2 = (short) q.y2();
        boolean horizontal = y1 == y2, vertical = x1 == x2;
        // Xorg's checks, in its order: along one axis, not a point, not infinite across the other axis
        if (!horizontal && !vertical) throw XError.value(0);
        if (horizontal && vertical) throw XError.value(0);
        if (horizontal && (y1 < 0 || y2 < 0)) throw XError.value(0);
        if (vertical && (x1 < 0 || x2 < 0)) throw XError.value(0);
        Window w = server.window(q.window());
        server.addResource(c, new Barrier(q.barrier(), w, x1, y1, x2, y2, q.directions()));
    }

    @Override public void deletePointerBarrier(Client c, DeletePointerBarrier q) {
        int id = q.barrier();
        if (!(server.resource(id) instanceof Barrier)) throw new XError(badBarrier, id);
        if (!c.ownsId(id)) throw new XError(XError.ACCESS, id);
        server.removeResource(id);
    }
}
