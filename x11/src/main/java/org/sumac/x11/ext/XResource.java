package org.sumac.x11.ext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.res.ClientIdSpec;
import org.sumac.x11.protocol.res.ClientIdSpecList;
import org.sumac.x11.protocol.res.ClientIdValue;
import org.sumac.x11.protocol.res.QueryClientIds;
import org.sumac.x11.protocol.res.QueryClientPixmapBytes;
import org.sumac.x11.protocol.res.QueryClientResources;
import org.sumac.x11.protocol.res.QueryClients;
import org.sumac.x11.protocol.res.QueryResourceBytes;
import org.sumac.x11.protocol.res.QueryVersion;
import org.sumac.x11.protocol.res.ResHandler;
import org.sumac.x11.protocol.res.ResProtocol;
import org.sumac.x11.protocol.res.ResourceIdSpec;
import org.sumac.x11.protocol.res.ResourceIdSpecList;
import org.sumac.x11.protocol.res.ResourceSizeSpec;
import org.sumac.x11.protocol.res.ResourceSizeValue;
import org.sumac.x11.protocol.res.Type;
import org.sumac.x11.render.Pixmap;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Colormaps;
import org.sumac.x11.server.Cursors;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.FontRequests;
import org.sumac.x11.server.Graphics;
import org.sumac.x11.server.Resource;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

/**
 * X-Resource 1.2: who the clients are and what they hold. Panels and task managers map a window to its process with
 * QueryClientIds (LocalClientPID, the peer's pid from SO_PEERCRED); xrestop reads the counts per resource type and
 * the pixmap bytes. Answers follow Xorg's Xext/xres.c: its resource type names, and its pixmap sizes (pixels times
 * whole bytes per pixel, so depth-1 pixmaps count nothing).
 */
final class XResource implements Extensions.Handler, ResHandler<Client> {
    private static final int CLIENT_XID_MASK = 1, LOCAL_CLIENT_PID_MASK = 2;
    private static final int ID_MASK = 0x1FFFFF;
    private final XServer server;

    XResource(XServer server) { this.server = server; }

    @Override public void dispatch(Client c, RequestReader r, int minor) { ResProtocol.dispatch(this, c, r, minor); }

    /** Xorg's name for a resource's type (the atom QueryClientResources counts it under). */
    static String typeName(Resource r) {
        return switch (r) {
            case Window w -> "WINDOW";
            case Pixmap p -> "PIXMAP";
            case Graphics.Gc g -> "GC";
            case FontRequests.Font f -> "FONT";
            case Cursors.Cursor k -> "CURSOR";
            case Colormaps.Colormap m -> "COLORMAP";
            default -> {
                String sync = Sync.typeName(r);
                // a type no name was given yet: its class, so that it is at least counted apart
                yield sync != null ? sync : r.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT);
            }
        };
    }

    /** Xorg's pixmap size: pixels times whole bytes per pixel (bits per pixel / 8, so 0 at depth 1). */
    private static long pixmapBytes(Pixmap p) {
        int bitsPerPixel = switch (p.depth()) {
            case 1 -> 1;
            case 4, 8 -> 8;
            case 15, 16 -> 16;
            default -> 32;
        };
        return (long) p.width() * p.height() * (bitsPerPixel / 8);
    }

    /** The client slot an XID names: 0 for the server's own resources; BadValue when the slot is empty (Xorg). */
    private int owner(int xid) {
        int index = xid >>> 21;
        Client c = server.client(index & 0xFF);
        if (index > 0xFF || (index != 0 && (c == null || c.isClosed()))) throw XError.value(xid);
        return index;
    }

    private List<Resource> resourcesOf(Client c) { return resourcesOf(c.index); }

    /** The resources in a client's id range (0: the server's), in id order. */
    private List<Resource> resourcesOf(int index) {
        List<Resource> mine = new ArrayList<>();
        for (Resource r : server.allResources()) if (r.id() >>> 21 == index) mine.add(r);
        mine.sort((a, b) -> Integer.compareUnsigned(a.id(), b.id()));
        return mine;
    }

    @Override public void queryVersion(Client c, QueryVersion q) {
        c.sendReply(new QueryVersion.Reply(ResProtocol.MAJOR_VERSION, ResProtocol.MINOR_VERSION));
    }

    @Override public void queryClients(Client c, QueryClients q) {
        List<org.sumac.x11.protocol.res.Client> list = new ArrayList<>();
        list.add(new org.sumac.x11.protocol.res.Client(0, ID_MASK)); // the server itself, as Xorg lists it
        for (Client k : sortedClients()) list.add(new org.sumac.x11.protocol.res.Client(k.resourceBase, ID_MASK));
        c.sendReply(new QueryClients.Reply(list));
    }

    private List<Client> sortedClients() {
        List<Client> l = new ArrayList<>(server.clients());
        l.sort((a, b) -> Integer.compare(a.index, b.index));
        return l;
    }

    @Override public void queryClientResources(Client c, QueryClientResources q) {
        int owner = owner(q.xid());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Resource r : resourcesOf(owner)) counts.merge(typeName(r), 1, Integer::sum);
        List<Type> types = new ArrayList<>();
        for (var e : counts.entrySet()) types.add(new Type(server.atoms.intern(e.getKey()), e.getValue()));
        c.sendReply(new QueryClientResources.Reply(types));
    }

    @Override public void queryClientPixmapBytes(Client c, QueryClientPixmapBytes q) {
        int owner = owner(q.xid());
        long bytes = 0;
        for (Resource r : resourcesOf(owner)) if (r instanceof Pixmap p) bytes += pixmapBytes(p);
        c.sendReply(new QueryClientPixmapBytes.Reply((int) bytes, (int) (bytes >>> 32)));
    }

    @Override public void queryClientIds(Client c, QueryClientIds q) {
        ClientIdSpecList specs = q.specs();
        List<ClientIdValue> values = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ClientIdSpec spec = specs.get(i);
            if (spec.client() == 0) {
                idsOf(null, spec.mask(), values);
                for (Client k : sortedClients()) idsOf(k, spec.mask(), values);
            } else {
                int index = spec.client() >>> 21;
                if (index == 0) {
                    idsOf(null, spec.mask(), values);
                } else if (index <= 0xFF && server.client(index) != null && !server.client(index).isClosed()) {
                    idsOf(server.client(index), spec.mask(), values);
                }
            }
        }
        c.sendReply(new QueryClientIds.Reply(values));
    }

    /** A client's ids (null: the server's own, with the server's pid); a mask of 0 asks for every kind. */
    private void idsOf(Client k, int mask, List<ClientIdValue> out) {
        int base = k == null ? 0 : k.resourceBase;
        if (mask == 0 || (mask & CLIENT_XID_MASK) != 0) {
            out.add(new ClientIdValue(new ClientIdSpec(base, CLIENT_XID_MASK), 0, new int[0]));
        }
        if (mask == 0 || (mask & LOCAL_CLIENT_PID_MASK) != 0) {
            long pid = k == null ? ProcessHandle.current().pid() : server.clientPid(k);
            if (pid > 0) out.add(new ClientIdValue(new ClientIdSpec(base, LOCAL_CLIENT_PID_MASK), 4, new int[] {(int) pid}));
        }
    }

    @Override public void queryResourceBytes(Client c, QueryResourceBytes q) {
        int about = q.client();
        Client aboutClient = null;
        if (about != 0) {
            int index = about >>> 21;
            aboutClient = server.client(index & 0xFF);
            if (index > 0xFF || (index != 0 && (aboutClient == null || aboutClient.isClosed()))) throw XError.value(about);
        }
        ResourceIdSpecList specs = q.specs();
        List<ResourceSizeValue> sizes = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ResourceIdSpec spec = specs.get(i);
            // Xorg takes the spec's type as its internal resource type, which no atom names: only type 0 (any)
            // finds anything.
            if (spec.type() != 0) continue;
            if (spec.resource() != 0) {
                Client owner = server.client((spec.resource() >>> 21) & 0xFF);
                if (owner == null || (aboutClient != null && owner != aboutClient)) continue;
                Resource r = server.resource(spec.resource());
                if (r != null) sizes.add(size(r));
            } else {
                for (Client k : aboutClient != null ? List.of(aboutClient) : sortedClients()) {
                    for (Resource r : resourcesOf(k)) sizes.add(size(r));
                }
            }
        }
        c.sendReply(new QueryResourceBytes.Reply(sizes));
    }

    /** A resource's size as Xorg reports it: pixmap bytes for pixmaps, 0 otherwise; a GC names its stipple. */
    private ResourceSizeValue size(Resource r) {
        int type = server.atoms.intern(typeName(r));
        long bytes = r instanceof Pixmap p ? pixmapBytes(p) : 0;
        List<ResourceSizeSpec> refs = new ArrayList<>();
        if (r instanceof Graphics.Gc) {
            // Xorg's GCs hold the screen's default stipple (a depth-1 pixmap of id 0, so 0 bytes)
            refs.add(new ResourceSizeSpec(new ResourceIdSpec(0, server.atoms.intern("PIXMAP")), 0, 1, 1));
        }
        return new ResourceSizeValue(new ResourceSizeSpec(new ResourceIdSpec(r.id(), type), (int) bytes, 1, 1), refs);
    }
}
