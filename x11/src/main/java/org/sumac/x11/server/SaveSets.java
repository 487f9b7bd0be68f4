package org.sumac.x11.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sumac.x11.window.Window;

/**
 * Save-sets: windows a window manager has framed. When the manager goes away they are put back
 * under the nearest ancestor it did not create, keeping their place on screen, and mapped.
 */
public final class SaveSets {
    private final XServer server;
    /** Per client, its save-set windows in insertion order with how each goes back (XFIXES ChangeSaveSet). */
    private final Map<Client, Map<Window, Entry>> sets = new HashMap<>();

    /** Where a window goes when the client leaves (the root, or its nearest ancestor the client did not make) and whether it is mapped. */
    private record Entry(boolean toRoot, boolean map) { }

    SaveSets(XServer server) { this.server = server; }

    void change(Client c, Window w, boolean insert) { change(c, w, insert, false, true); }

    /** Inserts (a window already there keeps its options, as Xorg) or deletes a save-set window of a client. */
    public void change(Client c, Window w, boolean insert, boolean toRoot, boolean map) {
        if (insert) sets.computeIfAbsent(c, k -> new LinkedHashMap<>()).putIfAbsent(w, new Entry(toRoot, map));
        else { Map<Window, Entry> s = sets.get(c); if (s != null) s.remove(w); }
    }

    void windowDestroyed(Window w) {
        for (Map<Window, Entry> s : sets.values()) s.remove(w);
    }

    void clientClosed(Client c) {
        Map<Window, Entry> s = sets.remove(c);
        if (s == null) return;
        for (Map.Entry<Window, Entry> e : new ArrayList<>(s.entrySet())) {
            Window w = e.getKey();
            if (server.resource(w.id()) != w || w.parent == null) continue;
            Window p;
            if (e.getValue().toRoot()) p = server.root;
            else {
                p = w.parent;
                while (p != null && p.owner == c) p = p.parent;
            }
            if (p == null) continue;
            if (p != w.parent) {
                // As Xorg: unmapped first when it is to stay unmapped, so that the reparent does not map it
                if (!e.getValue().map() && w.mapped) server.dispatcher.windows.unmap(w, false);
                int ax = w.absX - w.borderWidth - p.absX, ay = w.absY - w.borderWidth - p.absY;
                server.dispatcher.windows.reparent(null, w, p, ax, ay);
            }
            if (e.getValue().map() && !w.mapped) server.dispatcher.windows.map(null, w);
        }
    }
}
