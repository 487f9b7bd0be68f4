package org.sumac.x11.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumac.x11.port.SelectionBridge;
import org.sumac.x11.port.SelectionBridge.Selection;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.window.Property;
import org.sumac.x11.window.Window;

/**
 * The remote side's clipboard inside the X server: an internal client of the server's own (no connection) with a
 * hidden InputOnly window, which owns CLIPBOARD and PRIMARY for the remote side and converts X owners' selections
 * for it, as any ICCCM client would (TARGETS, UTF8_STRING/STRING/TEXT, image types, INCR both ways).
 *
 * <p>Its events (SelectionRequest, SelectionNotify, PropertyNotify) and the owner changes it hears arrive under the
 * display lock and are queued; one task on the display's timer works the queue under the lock and calls the remote
 * side after letting the lock go, so the remote side never runs inside an X client's request.
 */
final class BridgedSelections implements SelectionBridge.Local {
    private static final Logger log = LoggerFactory.getLogger(BridgedSelections.class);

    /** The bridge window's id, in the server's own id range (slot 0, beside the root and default colormap). */
    static final int WINDOW_ID = 0x100;
    /** Data longer than this goes to X requestors as INCR, in chunks of this size (Xorg's request limit w/o BIG-REQUESTS). */
    static final int INCR_CHUNK = 256 * 1024;
    /** Conversions the bridge runs at once as a requestor, and X requests it serves at once as an owner. */
    static final int MAX_CONVERSIONS = 8, MAX_SERVED = 8;
    private static final List<String> TEXT_TARGETS = List.of("UTF8_STRING", "text/plain;charset=utf-8", "STRING",
        "TEXT");
    private static final List<String> IMAGE_TYPES = List.of("image/png", "image/bmp", "image/tiff", "image/jpeg");

    private final XServer server;
    private final SelectionBridge remote;
    private final Duration timeout;
    private final Client self;
    private Window window;
    private boolean closed;

    /** What the queue holds: a task run under the lock, which may leave calls to the remote side for afterwards. */
    private interface Task {
        void run(List<Runnable> outside);
    }

    private final ConcurrentLinkedQueue<Task> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();

    /** Per selection (Selection.ordinal()): the X owner the remote side was told of, and whether the bridge owns it. */
    private final int[] xOwner = new int[2];
    private final List<List<String>> xTargets = new ArrayList<>(List.of(List.of(), List.of()));
    private final boolean[] remoteOwned = new boolean[2];
    private final List<List<String>> remoteTypes = new ArrayList<>(List.of(List.of(), List.of()));
    private final int[] ownedSince = new int[2];

    /** Conversions the bridge asked X owners for, by the property on the bridge window they go to. */
    private final Map<Integer, Conversion> conversions = new HashMap<>();
    /** X requestors the bridge answers as an owner, in order; INCR transfers stay here until their last chunk. */
    private final List<Served> served = new ArrayList<>();

    private final Selections.Listener ownerListener = (selection, kind, owner, lastChange) ->
        post(out -> ownerChanged(selection, owner));
    private final Runnable resetListener = () -> post(this::afterReset);

    BridgedSelections(XServer server, SelectionBridge remote, Duration timeout) {
        this.server = server;
        this.remote = remote;
        this.timeout = timeout;
        this.self = Client.internal(server, "selection bridge", ev -> post(out -> event(ev)));
        server.dispatcher.selections.addListener(ownerListener);
        server.addResetListener(resetListener);
        // An X client may own a selection already: the remote side hears of it as of a new owner.
        for (Selection s : Selection.values()) {
            Window w = server.dispatcher.selections.owner(atom(s));
            if (w != null) post(out -> ownerChanged(atom(s), w.id()));
        }
    }

    // ---- the queue ------------------------------------------------------------------------------------

    private void post(Task t) {
        inbox.add(t);
        if (drainScheduled.compareAndSet(false, true) && server.schedule(this::drain, 0, TimeUnit.MILLISECONDS) == null) {
            drainScheduled.set(false);
        }
    }

    private void drain() {
        List<Runnable> outside = new ArrayList<>();
        server.lock.lock();
        try {
            drainScheduled.set(false);
            for (Task t; (t = inbox.poll()) != null; ) {
                if (closed) continue;
                try {
                    t.run(outside);
                } catch (RuntimeException e) {
                    log.warn("display :{}: selection bridge: {}", server.displayNumber(), e.toString());
                }
            }
        } finally {
            server.lock.unlock();
        }
        for (Runnable r : outside) {
            try {
                r.run();
            } catch (RuntimeException e) {
                log.warn("display :{}: selection bridge's remote side failed: {}", server.displayNumber(), e.toString());
            }
        }
    }

    private ScheduledFuture<?> after(Duration d, Task t) {
        return server.schedule(() -> post(t), d.toMillis(), TimeUnit.MILLISECONDS);
    }

    // ---- atoms and the window ---------------------------------------------------------------------------

    /** Atoms are interned on use: a server reset forgets every atom but the predefined ones. */
    private int atom(String name) {
        return server.atoms.intern(name);
    }

    private int atom(Selection s) {
        return s == Selection.PRIMARY ? Atoms.PRIMARY : atom("CLIPBOARD");
    }

    private Selection selection(int atom) {
        if (atom == Atoms.PRIMARY) return Selection.PRIMARY;
        if (atom == server.atoms.lookup("CLIPBOARD")) return Selection.CLIPBOARD;
        return null;
    }

    /** The hidden window, made again if a client destroyed it (any client may destroy any window). */
    private Window window() {
        if (window != null && server.resource(WINDOW_ID) == window) return window;
        Window w = new Window(WINDOW_ID, self, server.root, -1, -1, 1, 1, 0, Window.INPUT_ONLY, 0, server.root.visual,
            server.framebuffer);
        w.overrideRedirect = true;
        w.colormap = 0;
        w.eventMasks.put(self, EventMask.PROPERTY_CHANGE);
        server.root.children.addFirst(w);
        server.addServerResource(w);
        window = w;
        return w;
    }

    // ---- the remote side's calls --------------------------------------------------------------------------

    @Override
    public void remoteOwns(Selection selection, List<String> mimeTypes) {
        List<String> types = List.copyOf(mimeTypes);
        post(out -> {
            int i = selection.ordinal();
            Selections sel = server.dispatcher.selections;
            if (types.isEmpty()) {
                boolean ours = remoteOwned[i];
                remoteOwned[i] = false;
                remoteTypes.set(i, List.of());
                if (ours && window != null && sel.owner(atom(selection)) == window) sel.setOwner(self, null, atom(selection), 0);
                return;
            }
            remoteOwned[i] = true;
            remoteTypes.set(i, types);
            xOwner[i] = 0;
            xTargets.set(i, List.of());
            ownedSince[i] = server.time();
            sel.setOwner(self, window(), atom(selection), 0);
        });
    }

    @Override
    public void requestFromX(Selection selection, String mimeType, int maxBytes, Consumer<byte[]> reply) {
        post(out -> {
            int i = selection.ordinal();
            String target = null;
            if (xOwner[i] != 0) {
                List<String> offered = xTargets.get(i);
                if (SelectionBridge.TEXT.equals(mimeType)) {
                    for (String t : TEXT_TARGETS) if (offered.contains(t)) { target = t; break; }
                } else if (offered.contains(mimeType)) target = mimeType;
            }
            if (target == null) {
                out.add(() -> reply.accept(null));
                return;
            }
            boolean text = SelectionBridge.TEXT.equals(mimeType);
            convert(selection, target, maxBytes, (type, data) -> {
                byte[] result = data;
                if (data != null && text && type == Atoms.STRING) {
                    result = new String(data, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_8);
                    if (result.length > maxBytes) result = null;
                }
                byte[] r = result;
                postOutside(() -> reply.accept(r));
            });
        });
    }

    @Override
    public void close() {
        server.lock.lock();
        try {
            if (closed) return;
            closed = true;
            server.dispatcher.selections.removeListener(ownerListener);
            server.removeResetListener(resetListener);
            Selections sel = server.dispatcher.selections;
            for (Selection s : Selection.values()) {
                if (window != null && sel.owner(atom(s)) == window) sel.setOwner(self, null, atom(s), 0);
            }
            for (Conversion c : conversions.values()) if (c.timer != null) cancel(c.timer);
            conversions.clear();
            for (Served s : served) finishServed(s);
            served.clear();
            if (window != null && server.resource(WINDOW_ID) == window) server.dispatcher.windows.destroy(window);
            window = null;
        } finally {
            server.lock.unlock();
        }
    }

    // ---- X owners: the bridge as a requestor -----------------------------------------------------------------

    /** What a conversion gives: the property's type and its bytes, or null data when refused. */
    private interface Converted {
        void done(int type, byte[] data);
    }

    private final class Conversion {
        final Selection selection;
        final int selectionAtom, target, property, maxBytes;
        final Converted done;
        ScheduledFuture<?> timer;
        ByteArrayOutputStream incr;
        int incrType;

        Conversion(Selection selection, int target, int property, int maxBytes, Converted done) {
            this.selection = selection;
            this.selectionAtom = atom(selection);
            this.target = target;
            this.property = property;
            this.maxBytes = maxBytes;
            this.done = done;
        }
    }

    /** ConvertSelection from the bridge window into a property of its own; {@code done} runs under the lock. */
    private void convert(Selection selection, String target, int maxBytes, Converted done) {
        int property = 0;
        for (int n = 0; n < MAX_CONVERSIONS && property == 0; n++) {
            int p = atom("_SUMAC_SELECTION_" + n);
            if (!conversions.containsKey(p)) property = p;
        }
        if (property == 0) {
            log.info("display :{}: selection bridge: {} conversions running, {} of {} refused", server.displayNumber(),
                MAX_CONVERSIONS, target, selection);
            done.done(0, null);
            return;
        }
        Conversion c = new Conversion(selection, atom(target), property, maxBytes, done);
        conversions.put(property, c);
        c.timer = after(timeout, o -> {
            if (conversions.get(c.property) != c) return;
            log.info("display :{}: selection bridge: the owner of {} did not answer {} within {} s",
                server.displayNumber(), selection, target, timeout.toSeconds());
            finish(c, 0, null);
        });
        Window w = window();
        Property stale = w.properties.remove(property);
        if (stale != null) stale.release();
        server.dispatcher.selections.convert(self, w, c.selectionAtom, c.target, property, server.time());
    }

    private void finish(Conversion c, int type, byte[] data) {
        conversions.remove(c.property);
        if (c.timer != null) cancel(c.timer);
        deleteOwn(c.property);
        c.done.done(type, data);
    }

    private static void cancel(ScheduledFuture<?> f) {
        if (f != null) f.cancel(false);
    }

    private void deleteOwn(int property) {
        Window w = window;
        if (w == null) return;
        Property p = w.properties.remove(property);
        if (p == null) return;
        p.release();
        server.dispatcher.properties.propertyNotify(w, property, 1);
    }

    private void selectionNotify(int requestor, int selectionAtom, int target, int property) {
        if (window == null || requestor != window.id()) return;
        if (property == 0) {
            for (Conversion c : conversions.values()) {
                if (c.selectionAtom == selectionAtom && c.target == target) {
                    finish(c, 0, null);
                    return;
                }
            }
            return;
        }
        Conversion c = conversions.get(property);
        if (c == null || c.incr != null) return;
        Property p = window.properties.get(property);
        if (p == null) {
            finish(c, 0, null);
            return;
        }
        if (p.type() == atom("INCR")) {
            long announced = p.data().length >= 4
                ? Integer.toUnsignedLong(ByteBuffer.wrap(p.data()).order(ByteOrder.LITTLE_ENDIAN).getInt()) : 0;
            if (announced > c.maxBytes) {
                tooLarge(c, announced);
                return;
            }
            c.incr = new ByteArrayOutputStream((int) Math.min(announced, 1 << 20));
            // Deleting the INCR property starts the transfer; each chunk then comes as a new value of it.
            deleteOwn(property);
            cancel(c.timer);
            c.timer = after(timeout, o -> stalled(c));
            return;
        }
        if (p.data().length > c.maxBytes) {
            tooLarge(c, p.data().length);
            return;
        }
        finish(c, p.type(), p.data());
    }

    private void tooLarge(Conversion c, long bytes) {
        log.info("display :{}: selection bridge: {} of {} is {} bytes, over the limit of {}; refused",
            server.displayNumber(), server.atoms.name(c.target), c.selection, bytes, c.maxBytes);
        finish(c, 0, null);
    }

    private void stalled(Conversion c) {
        if (conversions.get(c.property) != c) return;
        log.info("display :{}: selection bridge: the owner of {} stopped sending {} ({} bytes in)",
            server.displayNumber(), c.selection, server.atoms.name(c.target), c.incr == null ? 0 : c.incr.size());
        finish(c, 0, null);
    }

    /** A new value of a property on the bridge window: the next chunk of an INCR transfer. */
    private void incrChunk(int property) {
        Conversion c = conversions.get(property);
        if (c == null || c.incr == null) return;
        Property p = window.properties.get(property);
        if (p == null) return;
        if (p.data().length == 0) {
            finish(c, c.incrType, c.incr.toByteArray());
            return;
        }
        if ((long) c.incr.size() + p.data().length > c.maxBytes) {
            tooLarge(c, (long) c.incr.size() + p.data().length);
            return;
        }
        c.incrType = p.type();
        c.incr.writeBytes(p.data());
        deleteOwn(property);
        cancel(c.timer);
        c.timer = after(timeout, o -> stalled(c));
    }

    /** An X client took a selection (or it lost its owner): the remote side hears of the types it offers. */
    private void ownerChanged(int selectionAtom, int owner) {
        Selection s = selection(selectionAtom);
        if (s == null) return;
        int i = s.ordinal();
        // The queue may run late: what counts is who owns the selection now. The same window taking it again (GTK
        // copying anew) may offer other types: TARGETS is asked every time.
        Window current = server.dispatcher.selections.owner(selectionAtom);
        if (current != null && current == window) return;
        int now = current == null ? 0 : current.id();
        remoteOwned[i] = false;
        remoteTypes.set(i, List.of());
        boolean told = xOwner[i] != 0;
        xOwner[i] = now;
        xTargets.set(i, List.of());
        if (now == 0) {
            if (told) postOutside(() -> remote.xOwnerChanged(s, List.of()));
            return;
        }
        convert(s, "TARGETS", 64 * 1024, (type, data) -> {
            if (xOwner[i] != now) return; // another owner since
            List<String> names = new ArrayList<>();
            if (data != null && type == Atoms.ATOM) {
                ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
                while (b.remaining() >= 4) {
                    String n = server.atoms.name(b.getInt());
                    if (n != null) names.add(n);
                }
            }
            xTargets.set(i, List.copyOf(names));
            List<String> mimes = new ArrayList<>();
            if (names.stream().anyMatch(TEXT_TARGETS::contains)) mimes.add(SelectionBridge.TEXT);
            for (String m : IMAGE_TYPES) if (names.contains(m)) mimes.add(m);
            List<String> offered = List.copyOf(mimes);
            postOutside(() -> remote.xOwnerChanged(s, offered));
        });
    }

    // ---- X requestors: the bridge as an owner ----------------------------------------------------------------

    /** One X client's ConvertSelection the bridge answers; INCR transfers keep their data here until done. */
    private final class Served {
        final int requestor, selectionAtom, target, property, time;
        boolean done;
        ScheduledFuture<?> timer;
        byte[] data;
        int type, offset;
        boolean watching;

        Served(int requestor, int selectionAtom, int target, int property, int time) {
            this.requestor = requestor;
            this.selectionAtom = selectionAtom;
            this.target = target;
            this.property = property;
            this.time = time;
        }
    }

    private void selectionRequest(int time, int requestor, int selectionAtom, int target, int property) {
        if (property == 0) property = target; // an obsolete requestor (ICCCM 2.2)
        Served r = new Served(requestor, selectionAtom, target, property, time);
        Selection s = selection(selectionAtom);
        if (s == null || !remoteOwned[s.ordinal()] || !(server.resource(requestor) instanceof Window)) {
            notifyRequestor(r, false);
            return;
        }
        List<String> types = remoteTypes.get(s.ordinal());
        String name = server.atoms.name(target);
        if ("TARGETS".equals(name)) {
            List<String> targets = new ArrayList<>(List.of("TARGETS", "TIMESTAMP"));
            if (types.contains(SelectionBridge.TEXT)) targets.addAll(TEXT_TARGETS);
            for (String m : IMAGE_TYPES) if (types.contains(m)) targets.add(m);
            ByteBuffer b = ByteBuffer.allocate(4 * targets.size()).order(ByteOrder.LITTLE_ENDIAN);
            for (String t : targets) b.putInt(atom(t));
            notifyRequestor(r, put(r, Atoms.ATOM, 32, b.array()));
            return;
        }
        if ("TIMESTAMP".equals(name)) {
            byte[] t = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(ownedSince[s.ordinal()]).array();
            notifyRequestor(r, put(r, Atoms.INTEGER, 32, t));
            return;
        }
        String mime = TEXT_TARGETS.contains(name) ? SelectionBridge.TEXT : IMAGE_TYPES.contains(name) ? name : null;
        if (mime == null || !types.contains(mime)) {
            notifyRequestor(r, false);
            return;
        }
        long pending = served.stream().filter(x -> !x.done).count();
        if (pending >= MAX_SERVED) {
            log.info("display :{}: selection bridge: {} requests waiting for the remote side; one more refused",
                server.displayNumber(), pending);
            notifyRequestor(r, false);
            return;
        }
        served.add(r);
        r.timer = after(timeout, o -> {
            if (r.done || r.data != null) return;
            log.info("display :{}: selection bridge: the remote side did not send {} of {} within {} s",
                server.displayNumber(), name, s, timeout.toSeconds());
            notifyRequestor(r, false);
            finishServed(r);
        });
        boolean latin1 = name.equals("STRING");
        Consumer<byte[]> reply = data -> post(o -> answered(r, data, latin1));
        postOutside(() -> remote.xRequests(s, mime, reply));
    }

    private void postOutside(Runnable r) {
        post(out -> out.add(r));
    }

    private void answered(Served r, byte[] data, boolean latin1) {
        if (r.done || r.data != null) return; // answered twice, or too late
        if (data == null) {
            notifyRequestor(r, false);
            finishServed(r);
            return;
        }
        String name = server.atoms.name(r.target);
        int type = r.target;
        if (latin1) {
            data = new String(data, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
            type = Atoms.STRING;
        } else if ("TEXT".equals(name)) {
            type = atom("UTF8_STRING");
        }
        if (data.length <= INCR_CHUNK) {
            notifyRequestor(r, put(r, type, 8, data));
            finishServed(r);
            return;
        }
        // ICCCM INCR: the size as a lower bound, then a chunk after each deletion of the property by the requestor.
        Window w = server.resource(r.requestor) instanceof Window x ? x : null;
        r.data = data;
        r.type = type;
        byte[] size = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(data.length).array();
        if (w == null || !put(r, atom("INCR"), 32, size)) {
            notifyRequestor(r, false);
            finishServed(r);
            return;
        }
        w.eventMasks.merge(self, EventMask.PROPERTY_CHANGE, (a, b) -> a | b);
        r.watching = true;
        notifyRequestor(r, true);
        rearm(r);
    }

    private void rearm(Served r) {
        cancel(r.timer);
        r.timer = after(timeout, o -> {
            if (r.done) return;
            log.info("display :{}: selection bridge: requestor 0x{} stopped taking an INCR transfer at {} of {} bytes",
                server.displayNumber(), Integer.toHexString(r.requestor), r.offset, r.data.length);
            finishServed(r);
        });
    }

    /** The requestor deleted a property: the next INCR chunk of a transfer into it, or the zero-length end. */
    private void requestorDeleted(int windowId, int property) {
        for (Served r : List.copyOf(served)) {
            if (r.done || r.data == null || r.requestor != windowId || r.property != property) continue;
            int n = Math.min(INCR_CHUNK, r.data.length - r.offset);
            byte[] chunk = java.util.Arrays.copyOfRange(r.data, r.offset, r.offset + n);
            r.offset += n;
            if (!put(r, r.type, 8, chunk)) {
                finishServed(r);
                return;
            }
            if (n == 0) finishServed(r);
            else rearm(r);
            return;
        }
    }

    private void finishServed(Served r) {
        r.done = true;
        r.data = null;
        cancel(r.timer);
        served.remove(r);
        if (r.watching && server.resource(r.requestor) instanceof Window w) {
            boolean still = served.stream().anyMatch(x -> x.watching && x.requestor == r.requestor);
            if (!still) w.eventMasks.remove(self);
        }
    }

    /** Stores a property on the requestor's window, charged to the bridge; false if the window is gone or no memory. */
    private boolean put(Served r, int type, int format, byte[] data) {
        if (!(server.resource(r.requestor) instanceof Window w)) return false;
        MemoryBudget.Charge charge;
        try {
            charge = self.memory.hold(Property.memoryCost(data.length));
        } catch (XError e) {
            log.info("display :{}: selection bridge: no memory for {} bytes of selection data", server.displayNumber(),
                data.length);
            return false;
        }
        Property old = w.properties.put(r.property, new Property(type, format, data, charge));
        if (old != null) old.release();
        server.dispatcher.properties.propertyNotify(w, r.property, 0);
        return true;
    }

    /** SelectionNotify to the requestor's client, as an owner's SendEvent would deliver it; refused: property None. */
    private void notifyRequestor(Served r, boolean ok) {
        if (!ok) r.done = true;
        if (!(server.resource(r.requestor) instanceof Window w) || w.owner == null || w.owner.isClosed()) return;
        int property = ok ? r.property : 0;
        server.sendEvent(w.owner, EventMask.E_SELECTION_NOTIFY, 0, e -> e.i32(r.time).i32(r.requestor)
            .i32(r.selectionAtom).i32(r.target).i32(property));
    }

    // ---- events ------------------------------------------------------------------------------------------------

    private void event(byte[] ev) {
        ByteBuffer b = ByteBuffer.wrap(ev).order(ByteOrder.LITTLE_ENDIAN);
        switch (ev[0] & 0x7f) {
            case EventMask.E_SELECTION_REQUEST ->
                selectionRequest(b.getInt(4), b.getInt(12), b.getInt(16), b.getInt(20), b.getInt(24));
            case EventMask.E_SELECTION_NOTIFY -> selectionNotify(b.getInt(8), b.getInt(12), b.getInt(16), b.getInt(20));
            case EventMask.E_PROPERTY -> {
                int w = b.getInt(4), property = b.getInt(8);
                boolean deleted = ev[16] == 1;
                if (window != null && w == window.id()) {
                    if (!deleted) incrChunk(property);
                } else if (deleted) {
                    requestorDeleted(w, property);
                }
            }
            default -> { } // SelectionClear: the owner listener hears the new owner
        }
    }

    /** After a server reset every atom the bridge used is gone: transfers end, its selections are taken again. */
    private void afterReset(List<Runnable> out) {
        for (Conversion c : List.copyOf(conversions.values())) finish(c, 0, null);
        for (Served r : List.copyOf(served)) finishServed(r);
        for (Selection s : Selection.values()) {
            int i = s.ordinal();
            if (remoteOwned[i]) server.dispatcher.selections.setOwner(self, window(), atom(s), 0);
        }
    }

    /** Whether {@link #close} ran (under the lock). */
    boolean isClosed() {
        return closed;
    }

    /** The bridge's state for a test: conversions and served requests in flight. */
    int inFlight() {
        return conversions.size() + served.size();
    }

    @Override
    public String toString() {
        return "selection bridge of display :" + server.displayNumber() + new LinkedHashMap<>(Map.of(
            "conversions", conversions.size(), "served", served.size()));
    }
}
