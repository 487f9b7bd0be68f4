package org.sumac.x11.server;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.xproto.ListExtensions;
import org.sumac.x11.protocol.xproto.QueryExtension;
import org.sumac.x11.protocol.xproto.Str;
import org.sumac.x11.protocol.xproto.XprotoProtocol;

/** Routes each request by major opcode to the handler that owns its area (core requests through CoreRequests). */
public final class Dispatcher {
    private final XServer server;
    public final WindowRequests windows;
    public final PropertyRequests properties;
    public final Selections selections;
    public final SaveSets saveSets;
    public final Input input;
    public final Graphics graphics;
    public final FontRequests fonts;
    public final Colormaps colormaps;
    public final Cursors cursors;
    public final ServerControl control;
    final CoreRequests core;

    Dispatcher(XServer server) {
        this.server = server;
        this.windows = new WindowRequests(server);
        this.properties = new PropertyRequests(server);
        this.selections = new Selections(server);
        this.saveSets = new SaveSets(server);
        this.input = new Input(server);
        this.graphics = new Graphics(server);
        this.fonts = new FontRequests(server);
        this.colormaps = new Colormaps(server);
        this.cursors = new Cursors(server);
        this.control = new ServerControl(server);
        this.core = new CoreRequests(server, this);
        org.sumac.x11.ext.CoreExtensions.registerAll(server);
    }

    /**
     * Core requests go through the generated dispatch (parsed, length checked, then CoreRequests' typed methods),
     * except those whose area handler still reads the raw request (CoreRequests.raw, shrinking as issue 12's
     * conversion goes on); extension requests to their extension's handler.
     */
    void dispatch(Client c, RequestReader r, int major) {
        if (major < 128) {
            if (!core.raw(c, r, major)) XprotoProtocol.dispatch(core, c, r, major);
            return;
        }
        Extensions.Extension ext = server.extensions.byOpcode(major);
        if (ext == null) throw new XError(XError.REQUEST, 0);
        ext.handler().dispatch(c, r, r.byteAt(1) & 0xff);
    }

    void queryExtension(Client c, QueryExtension q) {
        Extensions.Extension e = server.extensions.byName(q.name().string());
        c.sendReply(e == null ? new QueryExtension.Reply(false, 0, 0, 0)
            : new QueryExtension.Reply(true, e.majorOpcode(), e.firstEvent(), e.firstError()));
    }

    void listExtensions(Client c, ListExtensions q) {
        c.sendReply(new ListExtensions.Reply(server.extensions.all().stream().map(Extensions.Extension::name).sorted()
            .map(Str::new).toList()));
    }

    /** Forgets everything a departing client had selected or owned outside its resources. */
    void clientClosed(Client c) {
        // Event selections go first so that save-set windows are not redirected back to a dead manager.
        for (Resource res : server.allResources()) {
            if (res instanceof org.sumac.x11.window.Window w) w.eventMasks.remove(c);
        }
        input.clientClosed(c);
        selections.clientClosed(c);
        saveSets.clientClosed(c);
        colormaps.clientClosed(c);
        server.extensions.clientClosed(c);
    }
}
