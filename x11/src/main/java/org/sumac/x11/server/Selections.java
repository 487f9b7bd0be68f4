package org.sumac.x11.server;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.xproto.ConvertSelection;
import org.sumac.x11.protocol.xproto.GetSelectionOwner;
import org.sumac.x11.protocol.xproto.SetSelectionOwner;
import org.sumac.x11.window.Window;

/** Selection ownership (ICCCM clipboard, manager selections) as the core protocol defines it. */
public final class Selections {
    private final XServer server;

    private static final class Owner {
        Window window;
        Client client;
        int lastChange;
    }

    private final Map<Integer, Owner> owners = new HashMap<>();

    /** Hears of a selection's owner changing (XFIXES SelectionNotify); runs under the display lock. */
    public interface Listener {
        /**
         * {@code kind} is {@link #SET_OWNER} (owner: the new owner window or 0), {@link #WINDOW_DESTROYED} or
         * {@link #CLIENT_CLOSED} (told before the owner is forgotten; owner 0); {@code lastChange} is the
         * selection's last-change time.
         */
        void ownerChanged(int selection, int kind, int owner, int lastChange);
    }

    public static final int SET_OWNER = 0, WINDOW_DESTROYED = 1, CLIENT_CLOSED = 2;
    private final List<Listener> listeners = new ArrayList<>();

    Selections(XServer server) { this.server = server; }

    public void addListener(Listener l) { listeners.add(l); }

    public void removeListener(Listener l) { listeners.remove(l); }

    private void tell(int selection, int kind, int owner, int lastChange) {
        for (Listener l : List.copyOf(listeners)) l.ownerChanged(selection, kind, owner, lastChange);
    }

    void setSelectionOwner(Client c, SetSelectionOwner q) {
        int wid = q.owner();
        int selection = q.selection();
        Window w = wid == 0 ? null : server.window(wid);
        if (!server.atoms.valid(selection)) throw new XError(XError.ATOM, selection);
        setOwner(c, w, selection, q.time());
    }

    /** The owner window of a selection, or null. */
    Window owner(int selection) {
        Owner o = owners.get(selection);
        return o == null ? null : o.window;
    }

    /** SetSelectionOwner of {@code c} with a checked window (null: None) and atom. */
    void setOwner(Client c, Window w, int selection, int time) {
        int now = server.time();
        if (time == 0) time = now;
        Owner o = owners.computeIfAbsent(selection, k -> new Owner());
        if (Integer.compareUnsigned(time, now) > 0 && time - now > 0) return;
        if (o.lastChange != 0 && time - o.lastChange < 0) return;
        if (o.window != null && o.client != null && (w == null || o.client != c)) {
            Window old = o.window;
            int t = time;
            server.sendEvent(o.client, EventMask.E_SELECTION_CLEAR, 0, e -> e.i32(t).i32(old.id()).i32(selection));
        }
        o.window = w;
        o.client = w == null ? null : c;
        o.lastChange = time;
        tell(selection, SET_OWNER, w == null ? 0 : w.id(), time);
    }

    void getSelectionOwner(Client c, GetSelectionOwner q) {
        int selection = q.selection();
        if (!server.atoms.valid(selection)) throw new XError(XError.ATOM, selection);
        Owner o = owners.get(selection);
        c.sendReply(new GetSelectionOwner.Reply(o == null || o.window == null ? 0 : o.window.id()));
    }

    void convertSelection(Client c, ConvertSelection q) {
        Window requestor = server.window(q.requestor());
        int selection = q.selection(), target = q.target(), property = q.property(), time = q.time();
        if (!server.atoms.valid(selection)) throw new XError(XError.ATOM, selection);
        if (!server.atoms.valid(target)) throw new XError(XError.ATOM, target);
        if (property != 0 && !server.atoms.valid(property)) throw new XError(XError.ATOM, property);
        convert(c, requestor, selection, target, property, time);
    }

    /** ConvertSelection of {@code c} with checked arguments. */
    void convert(Client c, Window requestor, int selection, int target, int property, int time) {
        Owner o = owners.get(selection);
        if (o != null && o.window != null && o.client != null && !o.client.isClosed()) {
            Window ow = o.window;
            server.sendEvent(o.client, EventMask.E_SELECTION_REQUEST, 0, e -> e.i32(time).i32(ow.id()).i32(requestor.id())
                .i32(selection).i32(target).i32(property));
        } else {
            server.sendEvent(c, EventMask.E_SELECTION_NOTIFY, 0, e -> e.i32(time).i32(requestor.id()).i32(selection)
                .i32(target).i32(0));
        }
    }

    void windowDestroyed(Window w) {
        for (Map.Entry<Integer, Owner> e : owners.entrySet()) {
            Owner o = e.getValue();
            if (o.window != w) continue;
            tell(e.getKey(), WINDOW_DESTROYED, 0, o.lastChange);
            o.window = null;
            o.client = null;
        }
    }

    void clientClosed(Client c) {
        for (Map.Entry<Integer, Owner> e : owners.entrySet()) {
            Owner o = e.getValue();
            if (o.client != c) continue;
            tell(e.getKey(), CLIENT_CLOSED, 0, o.lastChange);
            o.window = null;
            o.client = null;
        }
    }
}
