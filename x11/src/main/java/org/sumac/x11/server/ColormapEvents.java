package org.sumac.x11.server;

import org.sumac.x11.window.Window;

import static org.sumac.x11.server.EventMask.COLORMAP_CHANGE;
import static org.sumac.x11.server.EventMask.E_COLORMAP;

/**
 * The installed colormap and the ColormapNotify events that tell windows about theirs, as Xvfb has them (mi's
 * colormap code): one colormap installed at a time, the default one unless a client installed another; a window
 * hears when its colormap attribute changes, when its colormap is installed or uninstalled, and when it is freed.
 */
final class ColormapEvents {
    private static final int UNINSTALLED = 0, INSTALLED = 1;

    private final XServer server;
    private int installed = XServer.DEFAULT_COLORMAP;

    ColormapEvents(XServer server) {
        this.server = server;
    }

    int installed() {
        return installed;
    }

    /** A window's colormap attribute changed to {@code cmap} (None: 0). */
    void attributeChanged(Window w, int cmap) {
        notify(w, cmap, true, cmap == installed ? INSTALLED : UNINSTALLED);
    }

    /** InstallColormap: the one installed before is lost to its windows, the new one gained. */
    void install(int cmap) {
        if (cmap == installed) return;
        int old = installed;
        installed = cmap;
        walk(server.root, old, old, false, UNINSTALLED, false);
        walk(server.root, cmap, cmap, false, INSTALLED, false);
    }

    /** UninstallColormap: only the installed one, and the default one stays; the default takes its place. */
    void uninstall(int cmap) {
        if (cmap == installed && cmap != XServer.DEFAULT_COLORMAP) install(XServer.DEFAULT_COLORMAP);
    }

    /** A colormap was freed: uninstalled, then its windows are told they have none (Xorg's TellNoMap). */
    void freed(int cmap) {
        uninstall(cmap);
        walk(server.root, cmap, 0, true, UNINSTALLED, true);
    }

    /** Every window using {@code cmap}, parents first and siblings top down (Xorg's WalkTree). */
    private void walk(Window w, int cmap, int told, boolean isNew, int state, boolean clear) {
        if (w.colormap == cmap) {
            notify(w, told, isNew, state);
            if (clear) {
                w.colormap = 0;
                clearInheriting(w, cmap);
            }
        }
        for (int i = w.children.size() - 1; i >= 0; i--) walk(w.children.get(i), cmap, told, isNew, state, clear);
    }

    /**
     * Children with their parent's colormap inherit it in Xorg (no colormap of their own): when the parent's is
     * freed they have None at once, and TellNoMap, coming to them after the parent, tells them nothing.
     */
    private static void clearInheriting(Window w, int cmap) {
        for (Window c : w.children) {
            if (c.colormap == cmap) {
                c.colormap = 0;
                clearInheriting(c, cmap);
            }
        }
    }

    private void notify(Window w, int cmap, boolean isNew, int state) {
        server.deliver(w, COLORMAP_CHANGE, E_COLORMAP, 0, e -> e.i32(w.id()).i32(cmap).bool(isNew).u8(state));
    }
}
