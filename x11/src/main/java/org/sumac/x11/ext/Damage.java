package org.sumac.x11.ext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sumac.x11.geom.Region;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.damage.Add;
import org.sumac.x11.protocol.damage.Create;
import org.sumac.x11.protocol.damage.DamageHandler;
import org.sumac.x11.protocol.damage.DamageProtocol;
import org.sumac.x11.protocol.damage.Destroy;
import org.sumac.x11.protocol.damage.NotifyEvent;
import org.sumac.x11.protocol.damage.QueryVersion;
import org.sumac.x11.protocol.damage.Subtract;
import org.sumac.x11.protocol.xproto.Rectangle;
import org.sumac.x11.render.Drawable;
import org.sumac.x11.render.PixelWrites;
import org.sumac.x11.render.Pixels;
import org.sumac.x11.render.Pixmap;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.Resource;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

/**
 * DAMAGE 1.1 as Xorg's miext/damage and damageext: a damage object accumulates the region written in its drawable
 * and tells its client at one of four levels. Damage is heard where pixels are written: windows through the
 * display's screen damage (every write into the screen buffer, whatever request or exposure made it), clipped to each
 * damaged window's border clip, so drawing into a child is damage of its ancestors as on Xorg; pixmaps through their
 * own {@link Pixels} writes, hooked only while a damage object watches them.
 */
final class Damage implements Extensions.Handler, DamageHandler<Client> {
    static final int MAJOR = 1, MINOR = 1;
    private static final int RAW = 0, DELTA = 1, BOUNDING_BOX = 2, NON_EMPTY = 3, MORE = 0x80;
    /** The last minor opcode each negotiated major version allows (Xorg's version_requests). */
    private static final int[] LAST_REQUEST = {DamageProtocol.QUERY_VERSION, DamageProtocol.ADD};

    private final XServer server;
    private final int event, badDamage;
    private final Map<Client, Integer> versions = new HashMap<>();
    /** Damage objects on windows, newest first (Xorg walks the screen's list from its head). */
    private final List<DamageObject> onWindows = new ArrayList<>();
    /** Damage objects on pixmaps, newest first, per pixel buffer. */
    private final Map<Pixels, List<DamageObject>> onPixmaps = new IdentityHashMap<>();
    private final XServer.DamageListener screenListener = this::screenWritten;
    private final XServer.BackingListener backingListener = this::backingWritten;

    /** One damage object: the region damaged so far, relative to the drawable's origin. */
    final class DamageObject implements Resource {
        final int id, drawableId, level;
        final Drawable drawable;
        final Client owner;
        Region damage = Region.EMPTY;

        DamageObject(int id, Drawable drawable, int level, Client owner) {
            this.id = id;
            this.drawable = drawable;
            this.drawableId = drawable.id();
            this.level = level;
            this.owner = owner;
        }

        @Override public int id() { return id; }

        @Override public void free(XServer s) { unregister(this); }
    }

    Damage(XServer server, Extensions.Bases bases) {
        this.server = server;
        this.event = bases.firstEvent() + NotifyEvent.NUMBER;
        this.badDamage = bases.firstError() + DamageProtocol.ERROR_BAD_DAMAGE;
    }

    @Override public byte[] eventFieldWidths(int number) { return DamageProtocol.eventFieldWidths(number); }

    @Override public void dispatch(Client c, RequestReader r, int minor) {
        int version = versions.getOrDefault(c, 0);
        if (version >= LAST_REQUEST.length || minor > LAST_REQUEST[version]) throw new XError(XError.REQUEST, 0);
        DamageProtocol.dispatch(this, c, r, minor);
    }

    @Override public void clientClosed(Client c) { versions.remove(c); }

    @Override public void windowDestroyed(Window w) { freeOn(w); }

    @Override public void resourceFreed(Resource r) {
        if (r instanceof Pixmap p) freeOn(p);
    }

    /** As Xorg's DamageExtDestroy: the drawable going takes its damage objects (their ids) with it. */
    private void freeOn(Drawable d) {
        List<DamageObject> on = d instanceof Window ? onWindows : onPixmaps.get(d.pixels());
        if (on == null) return;
        for (DamageObject o : List.copyOf(on)) {
            if (o.drawable == d && server.resource(o.id) == o) server.removeResource(o.id);
        }
    }

    // ---- requests ----------------------------------------------------------------------------------

    @Override public void queryVersion(Client c, QueryVersion q) {
        long major = Integer.toUnsignedLong(q.clientMajorVersion()), minor = Integer.toUnsignedLong(q.clientMinorVersion());
        int m, n;
        if (major < MAJOR) {
            m = (int) major;
            n = (int) minor;
        } else {
            m = MAJOR;
            n = major == MAJOR && minor < MINOR ? (int) minor : MINOR;
        }
        versions.put(c, m);
        c.sendReply(new QueryVersion.Reply(m, n));
    }

    @Override public void create(Client c, Create q) {
        server.checkNewId(c, q.damage());
        Drawable d = server.drawable(q.drawable());
        int level = q.level();
        if (level > NON_EMPTY) throw XError.value(level);
        DamageObject o = new DamageObject(q.damage(), d, level, c);
        server.addResource(c, o);
        register(o);
        // As Xorg's DamageExtRegister: a window's damage starts with what of it is visible now
        if (d instanceof Window w) {
            if (w.borderClip.isEmpty() && level == BOUNDING_BOX && (w.absX != 0 || w.absY != 0)) {
                // Xorg translates the empty clip, whose extents move with it: its bounding box changed, to nothing
                tell(o, null, new Rectangle(-w.absX, -w.absY, 0, 0));
            }
            report(o, w.borderClip.translate(-w.absX, -w.absY));
        }
    }

    @Override public void destroy(Client c, Destroy q) {
        damageObject(q.damage());
        server.removeResource(q.damage());
    }

    @Override public void subtract(Client c, Subtract q) {
        DamageObject o = damageObject(q.damage());
        XFixes.RegionResource repair = regionOrNone(q.repair()), parts = regionOrNone(q.parts());
        if (o.level == RAW) return;
        if (repair != null) {
            if (parts != null) parts.set(c, o.damage.intersect(repair.region));
            o.damage = o.damage.subtract(repair.region).intersect(bounds(o.drawable));
            // what is left is told again, as Xorg's DamageExtReport: the whole drawable at level NonEmpty
            if (!o.damage.isEmpty()) tell(o, o.level == BOUNDING_BOX ? box(extents(o.damage)) : o.level == NON_EMPTY ? null : o.damage);
        } else {
            if (parts != null) parts.set(c, o.damage);
            o.damage = Region.EMPTY;
        }
    }

    @Override public void add(Client c, Add q) {
        XFixes.RegionResource region = region(q.region());
        Drawable d = server.drawable(q.drawable());
        Region r = region.region;
        if (d instanceof Window w) {
            Region screen = r.translate(w.absX, w.absY);
            for (DamageObject o : List.copyOf(onWindows)) {
                Window ow = (Window) o.drawable;
                if (!ow.viewable || ow.buffer != w.buffer) continue;
                // the drawable's own damage takes the region unclipped (Xorg's DamageDamageRegion does not clip)
                report(o, ow == w ? r : screen.intersect(ow.borderClip).translate(-ow.absX, -ow.absY));
            }
        } else {
            List<DamageObject> on = onPixmaps.get(d.pixels());
            if (on != null) for (DamageObject o : List.copyOf(on)) report(o, r);
        }
    }

    private DamageObject damageObject(int id) {
        if (server.resource(id) instanceof DamageObject o) return o;
        throw new XError(badDamage, id);
    }

    private XFixes.RegionResource region(int id) {
        if (server.resource(id) instanceof XFixes.RegionResource r) return r;
        Extensions.Extension xfixes = server.extensions.byName("XFIXES");
        throw new XError(xfixes == null ? XError.IMPLEMENTATION : xfixes.firstError(), id);
    }

    private XFixes.RegionResource regionOrNone(int id) { return id == 0 ? null : region(id); }

    // ---- where damage is heard ------------------------------------------------------------------

    private void register(DamageObject o) {
        if (o.drawable instanceof Window) {
            if (onWindows.isEmpty()) {
                server.addDamageListener(screenListener);
            }
            onWindows.addFirst(o);
            hearBackings();
            return;
        } else {
            Pixels px = o.drawable.pixels();
            List<DamageObject> on = onPixmaps.get(px);
            if (on == null && o.drawable instanceof Pixmap pm && pm.namedFrom != null) {
                on = new ArrayList<>();
                onPixmaps.put(px, on);
            } else if (on == null) {
                on = new ArrayList<>();
                onPixmaps.put(px, on);
                List<DamageObject> watching = on;
                px.reportWritesTo(new PixelWrites() {
                    @Override public boolean listening() { return true; }
                    @Override public void wrote(Region region) { pixmapWritten(watching, region); }
                    @Override public void copied(Region destination, int dx, int dy) { pixmapWritten(watching, destination); }
                    @Override public void filled(Region region, int pixel) { pixmapWritten(watching, region); }
                });
            }
            on.addFirst(o);
            hearBackings();
        }
    }

    private void unregister(DamageObject o) {
        if (o.drawable instanceof Window) {
            if (onWindows.remove(o) && onWindows.isEmpty()) {
                server.removeDamageListener(screenListener);
            }
            hearBackings();
        } else {
            Pixels px = o.drawable.pixels();
            List<DamageObject> on = onPixmaps.get(px);
            if (on != null && on.remove(o) && on.isEmpty()) {
                onPixmaps.remove(px);
                if (!(o.drawable instanceof Pixmap pm && pm.namedFrom != null)) px.reportWritesTo(null);
            }
            hearBackings();
        }
    }

    /** Screen pixels were written (screen coordinates): damage of every viewable window whose border clip they touch. */
    private void screenWritten(Region written) {
        Region screen = server.damageReportedAs != null ? server.damageReportedAs : written;
        for (DamageObject o : List.copyOf(onWindows)) {
            Window w = (Window) o.drawable;
            if (!w.viewable || w.buffer != server.framebuffer) continue;
            Region mine = screen.intersect(w.borderClip);
            if (!mine.isEmpty()) report(o, mine.translate(-w.absX, -w.absY));
        }
    }

    /**
     * A redirected window's own pixels were written (screen coordinates): damage of the windows drawn into them (as
     * Xorg's damage hangs on the window's pixmap) and of pixmaps naming them.
     */
    private void backingWritten(Window redirected, Region screen) {
        for (DamageObject o : List.copyOf(onWindows)) {
            Window w = (Window) o.drawable;
            if (!w.viewable || w.buffer != redirected.backing) continue;
            Region mine = screen.intersect(w.borderClip);
            if (!mine.isEmpty()) report(o, mine.translate(-w.absX, -w.absY));
        }
        List<DamageObject> named = onPixmaps.get(redirected.backing);
        if (named != null) pixmapWritten(named, screen.translate(-redirected.bufferX, -redirected.bufferY));
    }

    /** Hears redirected windows' own pixels while a damage object watches a window or a named window pixmap. */
    private void hearBackings() {
        boolean want = !onWindows.isEmpty()
            || onPixmaps.values().stream().anyMatch(l -> l.stream().anyMatch(o -> ((Pixmap) o.drawable).namedFrom != null));
        if (want != hearingBackings) {
            if (want) server.addBackingListener(backingListener);
            else server.removeBackingListener(backingListener);
            hearingBackings = want;
        }
    }

    private boolean hearingBackings;

    private void pixmapWritten(List<DamageObject> on, Region region) {
        for (DamageObject o : List.copyOf(on)) report(o, region);
    }

    /** Xorg's DamageReportDamage: adds {@code r} (drawable coordinates) and tells what the level asks for. */
    private void report(DamageObject o, Region r) {
        if (r.isEmpty()) return;
        switch (o.level) {
            // Xorg also accumulates raw damage, but nothing can read it (Subtract ignores this level): not kept, so
            // a raw damage object costs no memory however fragmented the drawing
            case RAW -> tell(o, r);
            case DELTA -> {
                Region fresh = r.subtract(o.damage);
                if (!fresh.isEmpty()) {
                    o.damage = o.damage.union(r);
                    tell(o, fresh);
                }
            }
            case BOUNDING_BOX -> {
                int[] before = extents(o.damage);
                o.damage = o.damage.union(r);
                int[] after = extents(o.damage);
                if (!java.util.Arrays.equals(before, after)) tell(o, box(after));
            }
            default -> {
                boolean wasEmpty = o.damage.isEmpty();
                o.damage = o.damage.union(r);
                if (wasEmpty) tell(o, null);
            }
        }
    }

    private static int[] extents(Region r) { return r.extents(); }

    private static Region box(int[] e) { return Region.ofBox(e[0], e[1], e[2], e[3]); }

    /** What bounds a drawable's damage after Subtract: a window's border clip, a pixmap's size (drawable coordinates). */
    private static Region bounds(Drawable d) {
        if (d instanceof Window w) return w.borderClip.translate(-w.absX, -w.absY);
        return Region.of(0, 0, d.width(), d.height());
    }

    /** DamageNotify for each rectangle of {@code r} (the last without the More bit), or one for the whole drawable. */
    private void tell(DamageObject o, Region r) { tell(o, r, null); }

    private void tell(DamageObject o, Region r, Rectangle only) {
        if (o.owner.isClosed()) return;
        int gx = 0, gy = 0;
        if (o.drawable instanceof Window w) {
            gx = w.absX;
            gy = w.absY;
        }
        Rectangle geometry = new Rectangle(gx, gy, o.drawable.width(), o.drawable.height());
        int time = server.time();
        if (r == null) {
            send(o, o.level, time, only != null ? only : new Rectangle(0, 0, o.drawable.width(), o.drawable.height()), geometry);
            return;
        }
        int n = r.rectCount();
        for (int i = 0; i < n; i++) {
            Rectangle area = new Rectangle(r.x1(i), r.y1(i), r.x2(i) - r.x1(i), r.y2(i) - r.y1(i));
            send(o, o.level | (i < n - 1 ? MORE : 0), time, area, geometry);
        }
    }

    private void send(DamageObject o, int level, int time, Rectangle area, Rectangle geometry) {
        NotifyEvent e = new NotifyEvent(level, o.drawableId, o.id, time, area, geometry);
        server.sendEvent(o.owner, event, e.detail(), e::write);
    }
}
