package org.sumac.x11.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.sumac.x11.window.Window;

/**
 * Which clients selected one extension's events on which windows, with a mask each (SHAPE's SelectInput,
 * and later XFIXES, RANDR, Present, XI2...). A window's selectors live in the window's extension slot and
 * go when it is destroyed; a client's selections go when it closes. Under the display lock, like everything
 * else it touches.
 */
public final class EventSelections implements Extensions.Lifecycle {
    private final Window.Key<Map<Client, Integer>> key;
    /** The windows each client selected on; a client is here from its first selection until it closes. */
    private final Map<Client, Set<Window>> byClient = new HashMap<>();
    private int windows;

    /** A table for the extension {@code name}, hearing of destroyed windows from the registry. */
    public EventSelections(Extensions registry, String name) {
        this.key = new Window.Key<>(name + " event selections", LinkedHashMap::new);
        registry.addLifecycle(this);
    }

    /** Client {@code c} selects {@code mask} on {@code w}, replacing what it had; 0 deselects. */
    public void select(Client c, Window w, int mask) {
        if (mask == 0) {
            deselect(c, w);
            return;
        }
        Map<Client, Integer> selectors = w.extensionStateIfPresent(key);
        if (selectors == null) {
            selectors = w.extensionState(key);
            windows++;
        }
        selectors.put(c, mask);
        Set<Window> mine = byClient.get(c);
        if (mine == null) {
            mine = new HashSet<>();
            byClient.put(c, mine);
            c.onClose(() -> forget(c));
        }
        mine.add(w);
    }

    public void deselect(Client c, Window w) {
        Map<Client, Integer> selectors = w.extensionStateIfPresent(key);
        if (selectors == null || selectors.remove(c) == null) return;
        if (selectors.isEmpty()) drop(w);
        Set<Window> mine = byClient.get(c);
        if (mine != null) mine.remove(w);
    }

    /** The mask {@code c} selected on {@code w}, 0 for none. */
    public int mask(Client c, Window w) {
        Map<Client, Integer> selectors = w.extensionStateIfPresent(key);
        return selectors == null ? 0 : selectors.getOrDefault(c, 0);
    }

    /** Whether any client selected something on {@code w}. */
    public boolean hasSelectors(Window w) { return w.extensionStateIfPresent(key) != null; }

    /** Calls {@code action} with each client that selected something on {@code w} and its mask, in selection order. */
    public void forEachSelector(Window w, BiConsumer<Client, Integer> action) {
        Map<Client, Integer> selectors = w.extensionStateIfPresent(key);
        if (selectors == null) return;
        // A copy: an action may select or deselect (or a send may close a client that stops reading).
        for (Map.Entry<Client, Integer> e : List.copyOf(selectors.entrySet())) {
            if (!e.getKey().isClosed()) action.accept(e.getKey(), e.getValue());
        }
    }

    /** How many windows have a selection (what the table holds; tests check that it lets go). */
    public int windowCount() { return windows; }

    /** How many (client, window) selections there are. */
    public int selectionCount() {
        int n = 0;
        for (Set<Window> s : byClient.values()) n += s.size();
        return n;
    }

    @Override public void windowDestroyed(Window w) {
        Map<Client, Integer> selectors = w.extensionStateIfPresent(key);
        if (selectors == null) return;
        for (Client c : selectors.keySet()) {
            Set<Window> mine = byClient.get(c);
            if (mine != null) mine.remove(w);
        }
        drop(w);
    }

    private void forget(Client c) {
        Set<Window> mine = byClient.remove(c);
        if (mine == null) return;
        for (Window w : new ArrayList<>(mine)) {
            Map<Client, Integer> selectors = w.extensionStateIfPresent(key);
            if (selectors != null && selectors.remove(c) != null && selectors.isEmpty()) drop(w);
        }
    }

    private void drop(Window w) {
        w.removeExtensionState(key);
        windows--;
    }
}
