package org.sumac.x11.ext;

import java.util.ArrayList;
import java.util.List;
import org.sumac.x11.geom.Region;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.composite.CompositeHandler;
import org.sumac.x11.protocol.composite.CompositeProtocol;
import org.sumac.x11.protocol.composite.CreateRegionFromBorderClip;
import org.sumac.x11.protocol.composite.GetOverlayWindow;
import org.sumac.x11.protocol.composite.NameWindowPixmap;
import org.sumac.x11.protocol.composite.QueryVersion;
import org.sumac.x11.protocol.composite.RedirectSubwindows;
import org.sumac.x11.protocol.composite.RedirectWindow;
import org.sumac.x11.protocol.composite.ReleaseOverlayWindow;
import org.sumac.x11.protocol.composite.UnredirectSubwindows;
import org.sumac.x11.protocol.composite.UnredirectWindow;
import org.sumac.x11.render.Pixmap;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

/**
 * Composite 0.4 as Xorg's composite/: a redirected window (and the inferiors drawn with it) draws into pixels of its
 * own, which the window tree keeps ({@link Window#backing}); manual redirection leaves showing it to the compositing
 * manager (NameWindowPixmap, the overlay window), automatic redirection has the server paint it into its parent.
 * Which windows are redirected, by whom and how, is kept here as Xorg keeps it: a list of per-client redirections on
 * each window and on each parent whose subwindows are redirected; windows of the 32-bit ARGB visual under a parent of
 * another visual are redirected automatically by the server itself (Xorg's implicit redirection).
 */
final class Composite implements Extensions.Handler, CompositeHandler<Client> {
    static final int MAJOR = 0, MINOR = 4;
    /** The wire's update values. */
    private static final int AUTOMATIC = 0, MANUAL = 1;

    private final XServer server;
    /** One client's redirection of a window or of a window's subwindows; a null client is the server's own. */
    private record Redirection(Client client, int update) { }

    /** Per window: who redirected it, and who redirected its subwindows (Xorg's CompWindow and CompSubwindows). */
    private static final class State {
        final List<Redirection> window = new ArrayList<>();
        final List<Redirection> subwindows = new ArrayList<>();
    }

    private final Window.Key<State> key = new Window.Key<>("Composite", State::new);
    /** The overlay window while a client holds it, and its holders: once per GetOverlayWindow, as Xorg counts them. */
    private Window overlay;
    private final List<Client> overlayClients = new ArrayList<>();
    /**
     * The id Xorg reserves for the overlay window at start (FakeClientID(0) in compScreenInit): between the ARGB visual
     * (0x40) and the root (0x42) on an Xvfb with no GLX visuals, as Sumac numbers them.
     */
    static final int OVERLAY_ID = 0x41;

    Composite(XServer server, Extensions.Bases bases) {
        this.server = server;
    }

    @Override public void dispatch(Client c, RequestReader r, int minor) {
        CompositeProtocol.dispatch(this, c, r, minor);
    }

    // ---- requests ----------------------------------------------------------------------------------

    @Override public void queryVersion(Client c, QueryVersion q) {
        c.sendReply(new QueryVersion.Reply(MAJOR, MINOR));
    }

    @Override public void redirectWindow(Client c, RedirectWindow q) {
        Window w = server.window(q.window());
        redirect(c, w, q.update());
    }

    @Override public void redirectSubwindows(Client c, RedirectSubwindows q) {
        Window w = server.window(q.window());
        State s = w.extensionState(key);
        int update = q.update();
        if (update == MANUAL && s.subwindows.stream().anyMatch(r -> r.update() == MANUAL)) {
            throw new XError(XError.ACCESS, 0);
        }
        List<Window> done = new ArrayList<>();
        for (Window ch : w.children.reversed()) {
            try {
                redirect(c, ch, update);
                done.add(ch);
            } catch (XError e) {
                for (Window d : done) unredirect(c, d, update);
                dropIfUnused(w, s);
                throw e;
            }
        }
        s.subwindows.addFirst(new Redirection(c, update));
        if (update == MANUAL && !w.inhibitBackground) w.inhibitBackground = true;
    }

    @Override public void unredirectWindow(Client c, UnredirectWindow q) {
        Window w = server.window(q.window());
        if (!unredirect(c, w, q.update())) throw XError.value(w.id());
    }

    @Override public void unredirectSubwindows(Client c, UnredirectSubwindows q) {
        Window w = server.window(q.window());
        State s = w.extensionStateIfPresent(key);
        Redirection mine = s == null ? null
            : s.subwindows.stream().filter(r -> r.client() == c && r.update() == q.update()).findFirst().orElse(null);
        if (mine == null) throw XError.value(w.id());
        freeSubwindows(w, s, mine);
    }

    @Override public void createRegionFromBorderClip(Client c, CreateRegionFromBorderClip q) {
        Window w = server.window(q.window());
        server.checkNewId(c, q.region());
        State s = w.extensionStateIfPresent(key);
        Region clip = s != null && !s.window.isEmpty() ? w.redirectBorderClip : w.borderClip;
        XFixes.RegionResource res = new XFixes.RegionResource(q.region());
        res.set(c, clip.translate(-w.absX, -w.absY));
        try {
            server.addResource(c, res);
        } catch (XError e) {
            res.free(server);
            throw e;
        }
    }

    @Override public void nameWindowPixmap(Client c, NameWindowPixmap q) {
        Window w = server.window(q.window());
        if (!w.viewable) throw XError.match();
        server.checkNewId(c, q.pixmap());
        State s = w.extensionStateIfPresent(key);
        if (s == null || s.window.isEmpty()) throw XError.match();
        // the pixels a redirected window draws into: its own, or (redirected but not drawn apart) its parent's
        Window holder = w;
        while (holder.backing == null && holder.parent != null) holder = holder.parent;
        if (holder.backing == null) throw XError.match();
        // the pixmap holds its own reference: the pixels outlive the redirection while it is named, as in Xorg
        server.addResource(c, new Pixmap(q.pixmap(), holder.backing.retain(), holder));
    }

    @Override public void getOverlayWindow(Client c, GetOverlayWindow q) {
        server.window(q.window());
        if (overlay == null) {
            Window root = server.root;
            Window o = new Window(OVERLAY_ID, null, root, 0, 0, server.screenWidth(), server.screenHeight(), 0,
                Window.INPUT_OUTPUT, root.depth, XServer.ROOT_VISUAL, server.framebuffer);
            o.backgroundKind = Window.BG_NONE;
            o.overrideRedirect = true;
            o.keptOnTop = true;
            o.colormap = root.colormap;
            root.children.add(o);
            server.addServerResource(o);
            overlay = o;
            server.deliver(root, org.sumac.x11.server.EventMask.SUBSTRUCTURE_NOTIFY, org.sumac.x11.server.EventMask.E_CREATE, 0,
                e -> e.i32(root.id()).i32(o.id()).u16(0).u16(0).u16(o.width).u16(o.height).u16(0).bool(true));
            server.dispatcher.windows.map(null, o);
        }
        overlayClients.add(c);
        c.sendReply(new GetOverlayWindow.Reply(overlay.id()));
    }

    @Override public void releaseOverlayWindow(Client c, ReleaseOverlayWindow q) {
        server.window(q.window());
        if (!overlayClients.contains(c)) throw XError.match();
        releaseOverlay(c);
    }

    private void releaseOverlay(Client c) {
        overlayClients.remove(c);
        if (overlayClients.isEmpty() && overlay != null) {
            Window o = overlay;
            overlay = null;
            server.dispatcher.windows.destroy(o);
        }
    }

    // ---- redirections --------------------------------------------------------------------------------

    /** Xorg's compRedirectWindow. */
    private void redirect(Client c, Window w, int update) {
        if (w == overlay) return;
        if (w.isRoot()) throw XError.match();
        State s = w.extensionState(key);
        if (update == MANUAL && s.window.stream().anyMatch(r -> r.update() == MANUAL)) throw new XError(XError.ACCESS, 0);
        s.window.addFirst(new Redirection(c, update));
        changed(w, s);
    }

    /** Xorg's compUnredirectWindow: false when {@code c} has no such redirection of {@code w}. */
    private boolean unredirect(Client c, Window w, int update) {
        State s = w.extensionStateIfPresent(key);
        if (s == null) return false;
        for (Redirection r : s.window) {
            if (r.client() == c && r.update() == update) {
                s.window.remove(r);
                changed(w, s);
                dropIfUnused(w, s);
                return true;
            }
        }
        return false;
    }

    private void freeSubwindows(Window w, State s, Redirection r) {
        s.subwindows.remove(r);
        if (r.update() == MANUAL) {
            w.inhibitBackground = false;
            if (w.mapped) server.tree.clearArea(w, 0, 0, 0, 0, true);
        }
        for (Window ch : w.children.reversed()) unredirect(r.client(), ch, r.update());
        dropIfUnused(w, s);
    }

    private void dropIfUnused(Window w, State s) {
        if (s.window.isEmpty() && s.subwindows.isEmpty()) w.removeExtensionState(key);
    }

    /** The window's redirection as its list makes it (manual if any is), laid out and painted at once. */
    private void changed(Window w, State s) {
        int wanted = s.window.isEmpty() ? Window.REDIRECT_NONE
            : s.window.stream().anyMatch(r -> r.update() == MANUAL) ? Window.REDIRECT_MANUAL : Window.REDIRECT_AUTOMATIC;
        if (wanted == w.redirectWanted) return;
        if (!w.viewable) {
            w.redirectWanted = wanted;
            return;
        }
        server.tree.change(() -> w.redirectWanted = wanted);
        server.dispatcher.input.treeChanged();
    }

    /** Xorg's compImplicitRedirect: an ARGB window under a parent of another visual, or the reverse. */
    private static boolean implicit(Window w, Window parent) {
        return parent != null && w.visual != parent.visual
            && (w.visual == XServer.ARGB_VISUAL || parent.visual == XServer.ARGB_VISUAL);
    }

    // ---- lifecycle -----------------------------------------------------------------------------------

    @Override public void windowCreated(Window w) {
        State ps = w.parent.extensionStateIfPresent(key);
        if (ps != null) for (Redirection r : List.copyOf(ps.subwindows)) redirectQuietly(r.client(), w, r.update());
        if (implicit(w, w.parent)) redirectQuietly(null, w, AUTOMATIC);
    }

    @Override public void windowReparented(Window w, Window oldParent) {
        if (implicit(w, oldParent)) unredirect(null, w, AUTOMATIC);
        State old = oldParent.extensionStateIfPresent(key);
        if (old != null) for (Redirection r : List.copyOf(old.subwindows)) unredirect(r.client(), w, r.update());
        State ps = w.parent.extensionStateIfPresent(key);
        if (ps != null) for (Redirection r : List.copyOf(ps.subwindows)) redirectQuietly(r.client(), w, r.update());
        if (implicit(w, w.parent)) redirectQuietly(null, w, AUTOMATIC);
    }

    /** As Xorg, which ignores what compRedirectWindow returns here (a second manual redirection is dropped). */
    private void redirectQuietly(Client c, Window w, int update) {
        try {
            redirect(c, w, update);
        } catch (XError ignored) {
            // BadAccess: already redirected manually by another client
        }
    }

    @Override public void windowDestroyed(Window w) {
        w.removeExtensionState(key);
        w.redirectWanted = Window.REDIRECT_NONE;
        if (w == overlay) {
            overlay = null;
            overlayClients.clear();
        }
    }

    @Override public void clientClosed(Client c) {
        while (overlayClients.contains(c)) releaseOverlay(c);
        forgetClient(server.root, c);
    }

    private void forgetClient(Window w, Client c) {
        for (Window ch : List.copyOf(w.children)) forgetClient(ch, c);
        State s = w.extensionStateIfPresent(key);
        if (s == null) return;
        for (Redirection r : List.copyOf(s.subwindows)) if (r.client() == c) freeSubwindows(w, s, r);
        for (Redirection r : List.copyOf(s.window)) if (r.client() == c) unredirect(c, w, r.update());
    }
}
