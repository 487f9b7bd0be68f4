package org.sumac.x11.server;

import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

import static org.sumac.x11.server.Dispatcher.atLeast;
import static org.sumac.x11.server.Dispatcher.expect;

/** Screen saver settings, host access control, close-down modes and KillClient. */
public final class ServerControl {
    private final XServer server;
    private int saverTimeout = 600, saverInterval = 600, preferBlanking = 1, allowExposures = 1;

    ServerControl(XServer server) { this.server = server; }

    /** A server reset restores the screen saver's defaults, as Xorg's does. */
    void reset() {
        saverTimeout = 600;
        saverInterval = 600;
        preferBlanking = 1;
        allowExposures = 1;
    }

    void setScreenSaver(Client c, RequestReader r) {
        expect(r, 12);
        r.seek(4);
        int timeout = r.s16(), interval = r.s16(), blank = r.u8(), expose = r.u8();
        if (timeout < -1) throw XError.value(timeout);
        if (interval < -1) throw XError.value(interval);
        if (blank > 2) throw XError.value(blank);
        if (expose > 2) throw XError.value(expose);
        saverTimeout = timeout == -1 ? 600 : timeout;
        saverInterval = interval == -1 ? 600 : interval;
        if (blank != 2) preferBlanking = blank;
        if (expose != 2) allowExposures = expose;
    }

    void getScreenSaver(Client c, RequestReader r) {
        expect(r, 4);
        ReplyWriter o = c.reply(0);
        o.u16(saverTimeout).u16(saverInterval).u8(preferBlanking).u8(allowExposures);
        c.sendReply(o);
    }

    void forceScreenSaver(Client c, RequestReader r) {
        expect(r, 4);
        int mode = r.byteAt(1) & 0xff;
        if (mode > 1) throw XError.value(mode);
    }

    /** Xorg: only clients on this machine may change the list; families it does not know are BadValue. */
    void changeHosts(Client c, RequestReader r) {
        int mode = r.byteAt(1) & 0xff;
        atLeast(r, 8);
        r.seek(4);
        int family = r.u8();
        r.skip(1);
        int n = r.u16();
        byte[] addr = r.bytes(n);
        if (mode > 1) throw XError.value(mode);
        if (family != HostAccess.INTERNET && family != 1 && family != 2 && family != HostAccess.SERVER_INTERPRETED
                && family != HostAccess.INTERNET6 && family != 254 && family != HostAccess.LOCAL_HOST) {
            throw XError.value(family);
        }
        if (!server.isLocal(c)) throw XError.access();
        if (!server.hosts.change(mode == 0, family, addr)) throw XError.value(n);
    }

    void listHosts(Client c, RequestReader r) {
        expect(r, 4);
        ReplyWriter o = c.reply(server.hosts.enabled ? 1 : 0);
        java.util.List<byte[]> hosts = server.hosts.entries();
        o.u16(hosts.size()).zeros(22);
        for (byte[] h : hosts) {
            o.u8(h[0]).u8(0).u16(h.length - 1).bytes(h, 1, h.length - 1).pad();
        }
        c.sendReply(o);
    }

    void setAccessControl(Client c, RequestReader r) {
        expect(r, 4);
        int mode = r.byteAt(1) & 0xff;
        if (mode > 1) throw XError.value(mode);
        if (!server.isLocal(c)) throw XError.access();
        server.hosts.enabled = mode == 1;
    }

    void setCloseDownMode(Client c, RequestReader r) {
        expect(r, 4);
        int mode = r.byteAt(1) & 0xff;
        if (mode > 2) throw XError.value(mode);
        c.closeDownMode = mode;
    }

    /**
     * Closes the client owning a resource, or frees what a departed client left behind. As Xorg: an id of the
     * server's own (the root window, the default colormap) is BadValue, never a way to free them.
     */
    void killClient(Client c, RequestReader r) {
        expect(r, 8);
        r.seek(4);
        int id = r.i32();
        if (id == 0) { // AllTemporary: free resources of clients that left with RetainTemporary
            server.freeRetainedTemporary();
            return;
        }
        int idx = id >>> 21;
        if (idx == 0 || (id & 0xE0000000) != 0) throw XError.value(id);
        Client victim = server.client(idx);
        if (victim != null) {
            if (!server.resourceExists(id) && id != victim.resourceBase) throw XError.value(id);
            // At once, as Xorg: the killer's next request already finds the victim's windows destroyed.
            server.clientGone(victim);
        } else if (server.isRetained(idx) && server.resourceExists(id)) {
            server.freeClientResources(idx);
        } else {
            throw XError.value(id);
        }
    }
}
