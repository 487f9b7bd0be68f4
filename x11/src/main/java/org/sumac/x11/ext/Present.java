package org.sumac.x11.ext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.sumac.x11.geom.Region;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.present.CompleteNotifyEvent;
import org.sumac.x11.protocol.present.ConfigureNotifyEvent;
import org.sumac.x11.protocol.present.IdleNotifyEvent;
import org.sumac.x11.protocol.present.NotifyList;
import org.sumac.x11.protocol.present.NotifyMSC;
import org.sumac.x11.protocol.present.Pixmap;
import org.sumac.x11.protocol.present.PresentHandler;
import org.sumac.x11.protocol.present.PresentProtocol;
import org.sumac.x11.protocol.present.QueryCapabilities;
import org.sumac.x11.protocol.present.QueryVersion;
import org.sumac.x11.protocol.present.SelectInput;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.MemoryBudget;
import org.sumac.x11.server.Resource;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

/**
 * Present 1.2 as Xvfb offers it: no driver, so every window is on Xorg's fake CRTC (present_fake.c), whose counter is
 * the monotonic clock in 60ths of a second ({@code msc = (ust + interval / 2) / interval}, ust in microseconds), and
 * every presentation is a copy (no flips, capabilities 0). A PresentPixmap waits on the display's timer for its target
 * msc, copies its pixmap into the window through the update region, tells IdleNotify (and triggers the idle fence) at
 * the copy, then CompleteNotify (kind Pixmap, mode Copy, or Skip when a later presentation for the same msc replaced
 * it). NotifyMSC is a presentation without a pixmap. The order of events, the msc arithmetic and the errors follow
 * Xorg's present_request.c, present_scmd.c and present_execute.c.
 *
 * <p>Pending presentations hold their pixmap, so each is charged to its client's memory budget (BadAlloc past it, as
 * Xorg's answer when it cannot allocate one) and at most {@link #MAX_PENDING} wait per client; a client's pending
 * presentations go with it when it disconnects, so none outlives its client on another client's window.
 */
final class Present implements Extensions.Handler, PresentHandler<Client> {
    static final int MAJOR = 147;
    private static final int VERSION_MAJOR = 1, VERSION_MINOR = 2;
    /** Xorg's fake CRTC at 60 Hz: 1000000 / 60 microseconds a frame. */
    static final long INTERVAL_US = 1_000_000 / 60;
    /** Presentations and MSC notifications one client may have waiting. */
    static final int MAX_PENDING = 1024;
    private static final int OPTION_ASYNC = 1, ALL_OPTIONS = 0xF; // Async, Copy, UST, Suboptimal
    private static final int CONFIGURE_MASK = 1, COMPLETE_MASK = 2, IDLE_MASK = 4, ALL_EVENTS = 7;
    private static final int KIND_PIXMAP = 0, KIND_NOTIFY_MSC = 1, MODE_COPY = 0, MODE_SKIP = 2;
    /** What a presentation costs beyond its pixmap: the object, its regions and notify list. */
    private static final long PENDING_COST = 256;
    /** A notify entry, charged as if it alone held a destroyed window's Present state alive. */
    private static final long NOTIFY_COST = 256;

    private final XServer server;
    private final int opcode;
    private final Window.Key<PresentWindow> key = new Window.Key<>("Present", PresentWindow::new);
    /** Pending presentations per client (the bound on queued work). */
    private final Map<Client, java.util.Set<Vblank>> pendingByClient = new HashMap<>();
    /** Presentations waiting for a wait fence. */
    private final java.util.Set<Vblank> waitingOnFence = new java.util.LinkedHashSet<>();
    private boolean fenceListening;
    /**
     * Presentations waiting for their msc, the next due first, those for one msc in the order they were queued (Xorg
     * orders its timers by their millisecond, which two requests for one msc may round apart); one display timer wakes
     * for the first.
     */
    private final java.util.PriorityQueue<Vblank> timers = new java.util.PriorityQueue<>(
        java.util.Comparator.<Vblank>comparingLong(v -> v.execMsc).thenComparingLong(v -> v.order));
    private long timerOrder, wakeUpAt = Long.MAX_VALUE;
    private ScheduledFuture<?> wakeUp;

    /** A window's Present state: event selections (newest first, as Xorg's list) and queued presentations. */
    private static final class PresentWindow {
        final List<Selection> selections = new ArrayList<>();
        final java.util.Set<Vblank> vblanks = new java.util.LinkedHashSet<>();
        /** The window, until it is destroyed: notify entries naming it hold this state, not the window. */
        Window window;
    }

    /** A PresentSelectInput: a resource named by the client's event id. */
    private final class Selection implements Resource {
        final int id;
        final Client client;
        final Window window;
        int mask;

        Selection(int id, Client client, Window window, int mask) {
            this.id = id;
            this.client = client;
            this.window = window;
            this.mask = mask;
        }

        @Override public int id() { return id; }

        @Override public void free(XServer s) {
            PresentWindow pw = window.extensionStateIfPresent(key);
            if (pw != null) pw.selections.remove(this);
        }
    }

    /**
     * One window (and serial) of a presentation's notify list. It holds the window's small Present state, whose window
     * is cleared when the window is destroyed, so a list naming a window a million times costs nothing to the window
     * and keeps no destroyed window alive.
     */
    private record Notify(PresentWindow target, int serial) { }

    /** A queued presentation (Xorg's present_vblank): a pixmap to copy, or none for NotifyMSC. */
    private final class Vblank {
        final Client owner;
        final Window window;
        org.sumac.x11.render.Pixmap pixmap;
        final int pixmapId, serial, xOff, yOff, kind;
        final Region update;
        Resource idleFence;
        final int idleFenceId;
        final Resource waitFence;
        final long targetMsc, execMsc;
        final List<Notify> notifies;
        final MemoryBudget.Charge charge;
        boolean queued;
        /** When its timer is due (monotonic milliseconds) and its place among timers due at once. */
        long expiresMs, order;

        Vblank(Client owner, Window window, org.sumac.x11.render.Pixmap pixmap, int serial, Region update, int xOff,
               int yOff, Resource waitFence, Resource idleFence, int idleFenceId, long targetMsc, List<Notify> notifies,
               MemoryBudget.Charge charge) {
            this.owner = owner;
            this.window = window;
            // its pixels stay until the copy, even if the client frees the pixmap meanwhile (as Xorg's reference)
            this.pixmap = pixmap;
            if (pixmap != null) pixmap.pixels.retain();
            this.pixmapId = pixmap == null ? 0 : pixmap.id();
            this.kind = pixmap == null ? KIND_NOTIFY_MSC : KIND_PIXMAP;
            this.serial = serial;
            this.update = update;
            this.xOff = xOff;
            this.yOff = yOff;
            this.waitFence = waitFence;
            this.idleFence = idleFence;
            this.idleFenceId = idleFenceId;
            this.targetMsc = targetMsc;
            this.execMsc = targetMsc;
            this.notifies = notifies;
            this.charge = charge;
        }
    }

    Present(XServer server, Extensions.Bases bases) {
        this.server = server;
        this.opcode = bases.majorOpcode();
    }

    @Override public void dispatch(Client c, RequestReader r, int minor) {
        PresentProtocol.dispatch(this, c, r, minor);
    }

    // ---- the fake CRTC ---------------------------------------------------------------------------------

    /** Xorg's GetTimeInMicros: the monotonic clock (CLOCK_MONOTONIC, as System.nanoTime on Linux). */
    private static long nowMicros() { return System.nanoTime() / 1000; }

    private static long mscAt(long ust) { return (ust + INTERVAL_US / 2) / INTERVAL_US; }

    /** Xorg's msc_is_after: test is after reference, modulo 2^64. */
    private static boolean after(long test, long reference) { return test - reference > 0; }

    /** A window's Present state, made on first use. */
    private PresentWindow state(Window w) {
        PresentWindow pw = w.extensionState(key);
        pw.window = w;
        return pw;
    }

    /** Xorg's present_get_target_msc. */
    static long targetMsc(long asked, long crtcMsc, long divisor, long remainder, int options) {
        boolean synced = (options & OPTION_ASYNC) == 0;
        if (after(asked, crtcMsc)) return asked;
        if (divisor == 0) return synced ? crtcMsc + 1 : crtcMsc;
        long target = crtcMsc - Long.remainderUnsigned(crtcMsc, divisor) + remainder;
        if (after(target, crtcMsc)) return target;
        if (synced || after(crtcMsc, target)) target += divisor;
        return target;
    }

    // ---- requests ---------------------------------------------------------------------------------------

    @Override public void queryVersion(Client c, QueryVersion q) {
        int major = VERSION_MAJOR, minor = VERSION_MINOR;
        // Xorg answers what the client asked whenever either number is lower, even 2.0 for 2.0.
        if (Integer.compareUnsigned(major, q.majorVersion()) > 0 || Integer.compareUnsigned(minor, q.minorVersion()) > 0) {
            major = q.majorVersion();
            minor = q.minorVersion();
        }
        c.sendReply(new QueryVersion.Reply(major, minor));
    }

    @Override public void queryCapabilities(Client c, QueryCapabilities q) {
        if (!(server.resource(q.target()) instanceof Window)) randr().crtc(q.target());
        c.sendReply(new QueryCapabilities.Reply(0)); // Xvfb has no driver: copies only
    }

    @Override public void selectInput(Client c, SelectInput q) {
        Window w = server.window(q.window());
        int mask = q.eventMask();
        if ((mask & ~ALL_EVENTS) != 0) throw XError.value(mask);
        if (server.resource(q.eid()) instanceof Selection s) {
            // another window's or another client's selection is not this one's to change
            if (s.window != w || s.client != c) throw XError.match();
            if (mask != 0) s.mask = mask;
            else server.removeResource(s.id);
            return;
        }
        if (mask == 0) return;
        server.checkNewId(c, q.eid());
        Selection s = new Selection(q.eid(), c, w, mask);
        server.addResource(c, s);
        state(w).selections.addFirst(s);
    }

    @Override public void notifyMSC(Client c, NotifyMSC q) {
        Window w = server.window(q.window());
        checkRemainder(q.divisor(), q.remainder());
        present(c, w, null, q.serial(), null, 0, 0, null, null, 0, q.divisor() == 0 ? OPTION_ASYNC : 0,
            q.targetMsc(), q.divisor(), q.remainder(), List.of());
    }

    @Override public void pixmap(Client c, Pixmap q) {
        Window w = server.window(q.window());
        org.sumac.x11.render.Pixmap p = server.pixmap(q.pixmap());
        if (w.depth != p.depth()) throw XError.match();
        Region valid = region(q.valid()); // checked as Xorg does, then unused: a copy takes the update region only
        Region update = region(q.update());
        if (q.targetCrtc() != 0) randr().crtc(q.targetCrtc());
        Resource waitFence = q.waitFence() == 0 ? null : sync().verifyFence(q.waitFence());
        Resource idleFence = q.idleFence() == 0 ? null : sync().verifyFence(q.idleFence());
        if ((q.options() & ~ALL_OPTIONS) != 0) throw XError.value(q.options());
        checkRemainder(q.divisor(), q.remainder());
        NotifyList list = q.notifies();
        List<Notify> notifies = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) notifies.add(new Notify(state(server.window(list.window(i))), list.serial(i)));
        assert valid != null || q.valid() == 0;
        present(c, w, p, q.serial(), update, q.xOff(), q.yOff(), waitFence, idleFence, q.idleFence(), q.options(),
            q.targetMsc(), q.divisor(), q.remainder(), notifies);
    }

    private static void checkRemainder(long divisor, long remainder) {
        if (divisor == 0 ? remainder != 0 : Long.compareUnsigned(remainder, divisor) >= 0) throw XError.value((int) remainder);
    }

    /** An XFIXES region or None (null), as Xorg's VERIFY_REGION_OR_NONE: BadRegion otherwise. */
    private Region region(int id) {
        if (id == 0) return null;
        if (server.resource(id) instanceof XFixes.RegionResource r) return r.region;
        Extensions.Extension x = server.extensions.byName("XFIXES");
        throw new XError(x == null ? XError.VALUE : x.firstError(), id);
    }

    private Randr randr() {
        Extensions.Extension e = server.extensions.byName("RANDR");
        if (e != null && e.handler() instanceof Randr r) return r;
        throw new XError(XError.VALUE, 0);
    }

    private Sync sync() {
        Extensions.Extension e = server.extensions.byName("SYNC");
        if (!(e != null && e.handler() instanceof Sync s)) throw new XError(XError.VALUE, 0);
        if (!fenceListening) {
            s.fenceTriggered = this::fenceTriggered;
            fenceListening = true;
        }
        return s;
    }

    /** Xorg's present_scmd_pixmap on the fake CRTC: the target msc, replacing, queueing or executing at once. */
    private void present(Client c, Window w, org.sumac.x11.render.Pixmap p, int serial, Region update, int xOff, int yOff,
                         Resource waitFence, Resource idleFence, int idleFenceId, int options, long asked, long divisor,
                         long remainder, List<Notify> notifies) {
        java.util.Set<Vblank> pending = pendingByClient.computeIfAbsent(c, k -> new java.util.LinkedHashSet<>());
        if (pending.size() >= MAX_PENDING) throw XError.alloc();
        long cost = PENDING_COST + (p == null ? 0 : p.memoryCost()) + NOTIFY_COST * notifies.size()
            + (update == null ? 0 : 16L * update.rectCount());
        MemoryBudget.Charge charge = server.chargeFor(c, cost);
        long ust = nowMicros(), crtcMsc = mscAt(ust);
        long target = targetMsc(asked, crtcMsc, divisor, remainder, options);
        PresentWindow pw = state(w);
        if (update == null && p != null) {
            // a later presentation for the same msc replaces a queued one: that one is idle now, and completes as Skip
            for (Vblank v : List.copyOf(pw.vblanks)) {
                if (v.pixmap == null || !v.queued || v.targetMsc != target) continue;
                idle(v);
                dropPixmap(v);
                v.idleFence = null;
            }
        }
        Vblank v = new Vblank(c, w, p, serial, update, xOff, yOff, waitFence, idleFence, idleFenceId, target, notifies, charge);
        pw.vblanks.add(v);
        pending.add(v);
        v.queued = true;
        if (after(v.execMsc, crtcMsc)) {
            queue(v);
            return;
        }
        execute(v, ust, crtcMsc);
    }

    /**
     * Xorg's present_fake_queue_vblank: a timer for the msc's time (whole milliseconds from now, as Xorg's TimerSet),
     * or the notification now when that has passed.
     */
    private void queue(Vblank v) {
        long now = nowMicros();
        long delayMs = (v.execMsc * INTERVAL_US - now) / 1000;
        if (delayMs <= 0) {
            long ust = nowMicros();
            execute(v, ust, mscAt(ust));
            return;
        }
        v.expiresMs = now / 1000 + delayMs;
        v.order = ++timerOrder;
        timers.add(v);
        arm();
    }

    /** The display timer set for the first presentation due. */
    private void arm() {
        Vblank first = timers.peek();
        long at = first == null ? Long.MAX_VALUE : first.expiresMs;
        if (at == wakeUpAt) return;
        if (wakeUp != null) wakeUp.cancel(false);
        wakeUp = null;
        wakeUpAt = at;
        if (first == null) return;
        wakeUp = server.schedule(this::fire, Math.max(0, at - nowMicros() / 1000), TimeUnit.MILLISECONDS);
    }

    private void fire() {
        server.lock.lock();
        try {
            wakeUp = null;
            wakeUpAt = Long.MAX_VALUE;
            long nowMs = nowMicros() / 1000;
            while (!timers.isEmpty() && timers.peek().expiresMs <= nowMs) {
                Vblank v = timers.poll();
                if (!v.queued) continue;
                long ust = nowMicros();
                execute(v, ust, mscAt(ust));
            }
            arm();
        } finally {
            server.lock.unlock();
        }
    }

    /** Xorg's present_execute (copies only): wait for the fence, copy, tell idle, then complete. */
    private void execute(Vblank v, long ust, long crtcMsc) {
        if (v.execMsc == crtcMsc + 1) {
            queue(v);
            return;
        }
        if (v.waitFence != null && !sync().fenceTriggered(v.waitFence)) {
            waitingOnFence.add(v);
            return;
        }
        waitingOnFence.remove(v);
        v.queued = false;
        PresentWindow pw = v.window.extensionStateIfPresent(key);
        if (pw != null) pw.vblanks.remove(v);
        int mode = MODE_COPY;
        if (v.kind == KIND_PIXMAP) {
            if (v.pixmap != null) {
                org.sumac.x11.render.Pixmap p = v.pixmap;
                Region clip = v.update == null ? null : v.update.translate(v.xOff, v.yOff);
                server.dispatcher.graphics.scratchCopy(p, 0, 0, p.width(), p.height(), v.window, v.xOff, v.yOff, clip);
                idle(v);
            } else {
                mode = MODE_SKIP;
            }
        }
        complete(v, v.window, v.serial, mode, ust, crtcMsc);
        for (Notify n : v.notifies) if (n.target.window != null) complete(v, n.target.window, n.serial, mode, ust, crtcMsc);
        destroy(v);
    }

    /** A wait fence was triggered: what waited on it runs now (Xorg's present_re_execute: ust and msc 0 on Xvfb). */
    private void fenceTriggered(Resource fence) {
        for (Vblank v : List.copyOf(waitingOnFence)) {
            if (v.waitFence == fence && v.queued) execute(v, 0, 0);
        }
    }

    /** Xorg's present_pixmap_idle: the idle fence triggered, then IdleNotify to the window's selections. */
    private void idle(Vblank v) {
        if (v.idleFence != null) sync().triggerFence(v.idleFence);
        PresentWindow pw = v.window.extensionStateIfPresent(key);
        if (pw == null) return;
        int window = v.window.id();
        for (Selection s : List.copyOf(pw.selections)) {
            if ((s.mask & IDLE_MASK) == 0) continue;
            IdleNotifyEvent e = new IdleNotifyEvent(s.id, window, v.serial, v.pixmapId, v.idleFenceId);
            server.sendGenericEvent(s.client, opcode, e.eventType(), e::write);
        }
    }

    private void complete(Vblank v, Window w, int serial, int mode, long ust, long msc) {
        PresentWindow pw = w.extensionStateIfPresent(key);
        if (pw == null) return;
        for (Selection s : List.copyOf(pw.selections)) {
            if ((s.mask & COMPLETE_MASK) == 0) continue;
            CompleteNotifyEvent e = new CompleteNotifyEvent(v.kind, mode, s.id, w.id(), serial, ust, msc);
            server.sendGenericEvent(s.client, opcode, e.eventType(), e::write);
        }
    }

    private static void dropPixmap(Vblank v) {
        if (v.pixmap != null) v.pixmap.pixels.release();
        v.pixmap = null;
    }

    /** Forgets a presentation: its pixmap and charge (its queued timer goes in the caller's purgeTimers). */
    private void destroy(Vblank v) {
        v.queued = false;
        waitingOnFence.remove(v); // (a queued timer is dropped by the caller's purgeTimers, once for many)
        PresentWindow pw = v.window.extensionStateIfPresent(key);
        if (pw != null) pw.vblanks.remove(v);
        dropPixmap(v);
        java.util.Set<Vblank> pending = pendingByClient.get(v.owner);
        if (pending != null && pending.remove(v)) v.charge.release();
        if (pending != null && pending.isEmpty()) pendingByClient.remove(v.owner);
    }

    // ---- lifecycle ----------------------------------------------------------------------------------------

    /** Xorg's present_destroy_window (21.1: no ConfigureNotify for it): selections and queue go, without events. */
    @Override public void windowDestroyed(Window w) {
        PresentWindow pw = w.extensionStateIfPresent(key);
        if (pw == null) return;
        pw.window = null;
        List<Selection> selections = List.copyOf(pw.selections);
        pw.selections.clear(); // each selection's free then finds the list empty: no quadratic removal
        for (Selection s : selections) if (server.resource(s.id) == s) server.removeResource(s.id);
        List<Vblank> vblanks = List.copyOf(pw.vblanks);
        pw.vblanks.clear();
        for (Vblank v : vblanks) destroy(v);
        purgeTimers();
        w.removeExtensionState(key);
    }

    /** A client's pending presentations go with it (a departed client shows nothing more). */
    @Override public void clientClosed(Client c) {
        java.util.Set<Vblank> pending = pendingByClient.get(c);
        if (pending == null) return;
        for (Vblank v : List.copyOf(pending)) destroy(v);
        purgeTimers();
    }

    /** Drops forgotten presentations from the timer queue (one pass for any number of them). */
    private void purgeTimers() {
        if (timers.removeIf(v -> !v.queued)) arm();
    }

    /** Xorg's present_config_notify: the new place and size, before the core ConfigureNotify. */
    @Override public void windowConfigured(Window w, int x, int y, int width, int height, int borderWidth) {
        configureNotify(w, x, y, width, height, 0);
    }

    /** Present's ConfigureNotify to the window's selections (Xorg's present_send_config_notify). */
    private void configureNotify(Window w, int x, int y, int width, int height, int flags) {
        PresentWindow pw = w.extensionStateIfPresent(key);
        if (pw == null) return;
        for (Selection s : List.copyOf(pw.selections)) {
            if ((s.mask & CONFIGURE_MASK) == 0) continue;
            ConfigureNotifyEvent e = new ConfigureNotifyEvent(s.id, w.id(), x, y, width, height, 0, 0, width, height, flags);
            server.sendGenericEvent(s.client, opcode, e.eventType(), e::write);
        }
    }
}
