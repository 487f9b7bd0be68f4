package org.sumac.x11.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sumac.x11.window.Window;

/**
 * Save-sets: windows a window manager has framed. When the manager goes away they are put back
 * under the nearest ancestor it did not create, keeping their place on screen, and mapped.
 */
public final class SaveSets {
    private final XServer server;
    private final Map<Client, Set<Window>> sets = new HashMap<>();

    SaveSets(XServer server) { this.server = server; }

    void change(Client c, Window w, boolean insert) {
        if (insert) sets.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(w);
        else { Set<Window> s = sets.get(c); if (s != null) s.remove(w); }
    }

    void windowDestroyed(Window w) {
        for (Set<Window> s : sets.values()) s.remove(w);
    }

    void clientClosed(Client c) {
        Set<Window> s = sets.remove(c);
        if (s == null) return;
        List<Window> list = new ArrayList<>(s);
        for (Window w : list) {
            if (server.resource(w.id()) != w) continue;
            Window p = w.parent;
            boolean inferiorOfClient = false;
            while (p != null && p.owner == c) { inferiorOfClient = true; p = p.parent; }
            if (inferiorOfClient && p != null) {
                int ax = w.absX - w.borderWidth - p.absX, ay = w.absY - w.borderWidth - p.absY;
                server.dispatcher.windows.reparent(null, w, p, ax, ay);
            }
            if (!w.mapped) server.dispatcher.windows.map(null, w);
        }
    }
}
