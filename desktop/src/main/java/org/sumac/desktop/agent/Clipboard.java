package org.sumac.desktop.agent;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumac.spice.agent.VdAgent;
import org.sumac.x11.port.DisplayPort;
import org.sumac.x11.port.SelectionBridge;
import org.sumac.x11.port.SelectionBridge.Selection;

/**
 * Copy and paste between X and the SPICE client, by demand as the agent protocol has it: an X client taking CLIPBOARD
 * or PRIMARY becomes a CLIPBOARD_GRAB with its types, the client's CLIPBOARD_REQUEST a conversion of the selection;
 * the client's grab makes the display's selection bridge own the X selection, and an X client's ConvertSelection a
 * CLIPBOARD_REQUEST to the client. The X side is the display port's {@link SelectionBridge}.
 *
 * <p>Limits: data is at most {@link #MAX_BYTES} (and the client's own MAX_CLIPBOARD) either way; a client's grabs are
 * applied at most every {@link #GRAB_INTERVAL_MS} ms per selection (the latest wins); at most {@link #MAX_PENDING}
 * X requests wait for the client per selection, each for {@link #REQUEST_TIMEOUT_MS} ms at most.
 */
public final class Clipboard implements AgentFeature, SelectionBridge {
    private static final Logger log = LoggerFactory.getLogger(Clipboard.class);

    /** Largest clipboard either way: it fits the agent's 16 MiB queue toward the client in one record. */
    public static final int MAX_BYTES = 15 << 20;
    static final int GRAB_INTERVAL_MS = 100;
    static final int MAX_PENDING = 16;
    /** Shorter than the selection bridge's own 10 s, so the client's silence is told here, once per grab. */
    static final long REQUEST_TIMEOUT_MS = 8_000;
    static final int MAX_GRAB_TYPES = 32;

    static final int SELECTION_CLIPBOARD = 0, SELECTION_PRIMARY = 1, SELECTION_SECONDARY = 2;
    static final int TYPE_NONE = 0, TYPE_UTF8_TEXT = 1, TYPE_IMAGE_PNG = 2, TYPE_IMAGE_BMP = 3, TYPE_IMAGE_TIFF = 4,
        TYPE_IMAGE_JPG = 5;
    private static final String[] MIME = {null, SelectionBridge.TEXT, "image/png", "image/bmp", "image/tiff",
        "image/jpeg"};

    private final DisplayPort port;
    private final String label;
    private SelectionBridge.Local local;
    private boolean closed;
    private AgentClient current;
    /** The client's MAX_CLIPBOARD (-1: none given). */
    private int clientMax = -1;

    /** Per selection (CLIPBOARD 0, PRIMARY 1). */
    private final List<List<String>> xTypes = new ArrayList<>(List.of(List.of(), List.of()));
    private final boolean[] grabSent = new boolean[2];
    private final boolean[] clientOwns = new boolean[2];
    private final List<List<String>> clientTypes = new ArrayList<>(List.of(List.of(), List.of()));
    private final Grabs[] grabs = {new Grabs(), new Grabs()};
    /**
     * Per selection: a type whose data the client sent too large, or did not send, for its current grab: X clients
     * asking again (xclip tries UTF8_STRING, then STRING) are refused without asking the client.
     */
    private final int[] refusedType = new int[2];
    private final List<ArrayDeque<Pending>> pending = List.of(new ArrayDeque<>(), new ArrayDeque<>());

    private static final class Grabs {
        long last = System.nanoTime() - TimeUnit.SECONDS.toNanos(1);
        boolean scheduled, flooding;
        List<String> latest;
        int coalesced;
    }

    private record Pending(int type, Consumer<byte[]> reply, long deadline) { }

    public Clipboard(DisplayPort port, String label) {
        this.port = port;
        this.label = label;
    }

    @Override
    public int[] capabilities() {
        return new int[] {VdAgent.CAP_CLIPBOARD_BY_DEMAND, VdAgent.CAP_CLIPBOARD_SELECTION, VdAgent.CAP_MAX_CLIPBOARD,
            VdAgent.CAP_GUEST_LINEEND_LF};
    }

    @Override
    public boolean handles(int type) {
        return type == VdAgent.CLIPBOARD_GRAB || type == VdAgent.CLIPBOARD_REQUEST || type == VdAgent.CLIPBOARD
            || type == VdAgent.CLIPBOARD_RELEASE || type == VdAgent.MAX_CLIPBOARD;
    }

    // ---- the client's side -------------------------------------------------------------------------------

    @Override
    public synchronized void clientConnected(AgentClient client) {
        if (closed) return;
        // The bridge is made with the first client: a desktop nobody connects to converts no selections.
        if (local == null) local = port.bridgeSelections(this);
        current = client;
        clientMax = -1;
        grabSent[0] = grabSent[1] = false;
    }

    @Override
    public synchronized void capabilitiesAnnounced(AgentClient client) {
        if (client != current) return;
        // What X clients offer already is offered to the client that just told what it understands.
        for (int s = 0; s < 2; s++) if (!xTypes.get(s).isEmpty()) sendGrab(s);
    }

    @Override
    public synchronized void clientDisconnected(AgentClient client) {
        if (client != current) return;
        current = null;
        for (int s = 0; s < 2; s++) {
            if (clientOwns[s]) {
                clientOwns[s] = false;
                clientTypes.set(s, List.of());
                if (local != null) local.remoteOwns(selection(s), List.of());
            }
            grabs[s].latest = null;
            failPending(s);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (int s = 0; s < 2; s++) failPending(s);
        if (local != null) local.close();
        local = null;
    }

    @Override
    public synchronized void messageReceived(AgentClient client, int type, byte[] data) {
        if (closed) return;
        if (current != client) current = client;
        ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        if (type == VdAgent.MAX_CLIPBOARD) {
            if (data.length < 4) throw new MalformedAgentMessage("MAX_CLIPBOARD of " + data.length + " bytes");
            clientMax = in.getInt();
            return;
        }
        int s = SELECTION_CLIPBOARD;
        if (client.has(VdAgent.CAP_CLIPBOARD_SELECTION)) {
            if (data.length < 4) throw new MalformedAgentMessage(name(type) + " of " + data.length + " bytes");
            s = in.get() & 0xff;
            in.position(4);
            if (s == SELECTION_SECONDARY) return; // X has it, but no one uses it for copy and paste
            if (s > SELECTION_SECONDARY) throw new MalformedAgentMessage(name(type) + " for selection " + s);
        }
        switch (type) {
            case VdAgent.CLIPBOARD_GRAB -> {
                if (in.remaining() % 4 != 0 || in.remaining() / 4 > MAX_GRAB_TYPES) {
                    throw new MalformedAgentMessage("CLIPBOARD_GRAB with " + in.remaining() + " bytes of types");
                }
                List<String> mimes = new ArrayList<>();
                while (in.hasRemaining()) {
                    int t = in.getInt();
                    if (t > 0 && t < MIME.length && !mimes.contains(MIME[t])) mimes.add(MIME[t]);
                }
                grab(s, mimes);
            }
            case VdAgent.CLIPBOARD_RELEASE -> grab(s, List.of());
            case VdAgent.CLIPBOARD_REQUEST -> {
                if (in.remaining() < 4) throw new MalformedAgentMessage("CLIPBOARD_REQUEST without a type");
                request(client, s, in.getInt());
            }
            case VdAgent.CLIPBOARD -> {
                if (in.remaining() < 4) throw new MalformedAgentMessage("CLIPBOARD without a type");
                int t = in.getInt();
                byte[] bytes = new byte[in.remaining()];
                in.get(bytes);
                clipboardData(s, t, bytes);
            }
            default -> throw new MalformedAgentMessage("unexpected type " + type);
        }
    }

    /**
     * A grab (or, empty, a release) of the client's: applied at once, or, if the last one is under
     * {@link #GRAB_INTERVAL_MS} old, once that time is up, the latest of those that came meanwhile.
     */
    private void grab(int s, List<String> mimes) {
        Grabs g = grabs[s];
        long now = System.nanoTime();
        if (g.scheduled) {
            g.latest = mimes;
            g.coalesced++;
            return;
        }
        long wait = g.last + TimeUnit.MILLISECONDS.toNanos(GRAB_INTERVAL_MS) - now;
        if (wait <= 0) {
            if (g.flooding && g.coalesced > 0) {
                log.info("agent {}: the client's {} grabs ended; {} of them were merged", label, selection(s),
                    g.coalesced);
            }
            g.flooding = false;
            g.coalesced = 0;
            g.last = now;
            applyGrab(s, mimes);
            return;
        }
        if (!g.flooding) {
            g.flooding = true;
            log.info("agent {}: the client grabs {} faster than every {} ms; only the latest is applied",
                label, selection(s), GRAB_INTERVAL_MS);
        }
        g.latest = mimes;
        g.coalesced++;
        g.scheduled = true;
        CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS).execute(() -> {
            synchronized (this) {
                g.scheduled = false;
                g.last = System.nanoTime();
                List<String> latest = g.latest;
                g.latest = null;
                if (latest != null && !closed && current != null) applyGrab(s, latest);
            }
        });
    }

    private void applyGrab(int s, List<String> mimes) {
        if (local == null) return;
        if (mimes.isEmpty()) {
            if (!clientOwns[s]) return;
            clientOwns[s] = false;
            clientTypes.set(s, List.of());
            failPending(s);
            local.remoteOwns(selection(s), List.of());
            return;
        }
        clientOwns[s] = true;
        refusedType[s] = TYPE_NONE;
        clientTypes.set(s, List.copyOf(mimes));
        // X no longer has an owner the client was told of: the client's grab replaced it.
        xTypes.set(s, List.of());
        grabSent[s] = false;
        local.remoteOwns(selection(s), mimes);
    }

    /** The client wants the X owner's data of a type. */
    private void request(AgentClient client, int s, int type) {
        String mime = type > 0 && type < MIME.length ? MIME[type] : null;
        if (mime == null || local == null || !xTypes.get(s).contains(mime)) {
            sendClipboard(client, s, TYPE_NONE, new byte[0]);
            return;
        }
        local.requestFromX(selection(s), mime, limit(), data -> {
            synchronized (this) {
                if (client != current) return;
                if (data == null) {
                    sendClipboard(client, s, TYPE_NONE, new byte[0]);
                    return;
                }
                byte[] out = type == TYPE_UTF8_TEXT && client.has(VdAgent.CAP_GUEST_LINEEND_CRLF) ? toCrlf(data) : data;
                if (out.length > limit()) {
                    log.info("agent {}: {} of {} bytes is over the clipboard limit of {}; not sent", label,
                        selection(s), out.length, limit());
                    out = null;
                }
                if (out == null) sendClipboard(client, s, TYPE_NONE, new byte[0]);
                else sendClipboard(client, s, type, out);
            }
        });
    }

    /** The client's answer to a CLIPBOARD_REQUEST of ours. */
    private void clipboardData(int s, int type, byte[] data) {
        ArrayDeque<Pending> queue = pending.get(s);
        expire(s);
        Pending p = null;
        for (Iterator<Pending> it = queue.iterator(); it.hasNext(); ) {
            Pending x = it.next();
            if (x.type == type) {
                p = x;
                it.remove();
                break;
            }
        }
        if (p == null) {
            if (type != TYPE_NONE) {
                log.info("agent {}: clipboard data of type {} ({} bytes) nobody asked for; dropped", label, type,
                    data.length);
            } else if (!queue.isEmpty()) {
                queue.poll().reply.accept(null); // the client could not give what was asked
            }
            return;
        }
        if (data.length > limit()) {
            log.info("agent {}: the client's {} of {} bytes is over the clipboard limit of {}; refused", label,
                selection(s), data.length, limit());
            refusedType[s] = type;
            p.reply.accept(null);
            return;
        }
        if (type == TYPE_UTF8_TEXT) data = fromClientText(data);
        p.reply.accept(data);
    }

    private byte[] fromClientText(byte[] data) {
        AgentClient c = current;
        return c != null && c.has(VdAgent.CAP_GUEST_LINEEND_CRLF) ? fromCrlf(data) : data;
    }

    private int limit() {
        return clientMax > 0 ? Math.min(MAX_BYTES, clientMax) : MAX_BYTES;
    }

    // ---- the X side (SelectionBridge) --------------------------------------------------------------------

    @Override
    public synchronized void xOwnerChanged(Selection selection, List<String> mimeTypes) {
        int s = selection.ordinal();
        xTypes.set(s, List.copyOf(mimeTypes));
        if (!mimeTypes.isEmpty()) {
            clientOwns[s] = false;
            clientTypes.set(s, List.of());
            failPending(s);
        }
        if (current != null) sendGrab(s);
    }

    @Override
    public synchronized void xRequests(Selection selection, String mimeType, Consumer<byte[]> reply) {
        int s = selection.ordinal();
        int type = typeOf(mimeType);
        AgentClient client = current;
        if (client == null || !clientOwns[s] || type == TYPE_NONE || type == refusedType[s] || !client.isOpen()) {
            reply.accept(null);
            return;
        }
        expire(s);
        ArrayDeque<Pending> queue = pending.get(s);
        if (queue.size() >= MAX_PENDING) {
            log.info("agent {}: {} requests for {} wait for the client; one more refused", label, queue.size(),
                selection);
            reply.accept(null);
            return;
        }
        Pending p = new Pending(type, reply, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(REQUEST_TIMEOUT_MS));
        queue.add(p);
        if (!client.send(VdAgent.CLIPBOARD_REQUEST, body(client, s, type))) {
            queue.removeLast();
            reply.accept(null);
            return;
        }
        CompletableFuture.delayedExecutor(REQUEST_TIMEOUT_MS, TimeUnit.MILLISECONDS).execute(() -> {
            synchronized (this) {
                if (!queue.remove(p)) return;
                log.info("agent {}: the client did not send {} of {} within {} ms; refused until its next grab",
                    label, mimeType, selection, REQUEST_TIMEOUT_MS);
                refusedType[s] = type;
                p.reply.accept(null);
            }
        });
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** Tells the client what X offers on a selection now: a grab of its types, or a release. */
    private void sendGrab(int s) {
        AgentClient client = current;
        // A client without CLIPBOARD_BY_DEMAND (none known) would not understand grabs; it gets nothing.
        if (client == null || !client.has(VdAgent.CAP_CLIPBOARD_BY_DEMAND)) return;
        if (s != SELECTION_CLIPBOARD && !client.has(VdAgent.CAP_CLIPBOARD_SELECTION)) return;
        List<String> mimes = xTypes.get(s);
        ByteArrayOutputStream types = new ByteArrayOutputStream();
        for (String m : mimes) {
            int t = typeOf(m);
            if (t != TYPE_NONE) types.writeBytes(le(t));
        }
        if (types.size() == 0) {
            if (grabSent[s]) client.send(VdAgent.CLIPBOARD_RELEASE, prefix(client, s));
            grabSent[s] = false;
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(prefix(client, s));
        body.writeBytes(types.toByteArray());
        grabSent[s] = client.send(VdAgent.CLIPBOARD_GRAB, body.toByteArray());
    }

    private void sendClipboard(AgentClient client, int s, int type, byte[] data) {
        byte[] head = body(client, s, type);
        byte[] out = new byte[head.length + data.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(data, 0, out, head.length, data.length);
        client.send(VdAgent.CLIPBOARD, out);
    }

    /** [selection prefix] u32 type. */
    private static byte[] body(AgentClient client, int s, int type) {
        byte[] prefix = prefix(client, s);
        byte[] out = new byte[prefix.length + 4];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(le(type), 0, out, prefix.length, 4);
        return out;
    }

    /** The selection prefix (u8 selection, 3 reserved bytes), only for clients that announced CLIPBOARD_SELECTION. */
    private static byte[] prefix(AgentClient client, int s) {
        return client.has(VdAgent.CAP_CLIPBOARD_SELECTION) ? new byte[] {(byte) s, 0, 0, 0} : new byte[0];
    }

    private void expire(int s) {
        long now = System.nanoTime();
        ArrayDeque<Pending> queue = pending.get(s);
        for (Iterator<Pending> it = queue.iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (now - p.deadline > 0) {
                it.remove();
                p.reply.accept(null);
            }
        }
    }

    private void failPending(int s) {
        ArrayDeque<Pending> queue = pending.get(s);
        for (Pending p; (p = queue.poll()) != null; ) p.reply.accept(null);
    }

    private static int typeOf(String mime) {
        for (int t = 1; t < MIME.length; t++) if (MIME[t].equals(mime)) return t;
        return TYPE_NONE;
    }

    private static Selection selection(int s) {
        return s == SELECTION_PRIMARY ? Selection.PRIMARY : Selection.CLIPBOARD;
    }

    private static byte[] le(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }

    private static String name(int type) {
        return switch (type) {
            case VdAgent.CLIPBOARD_GRAB -> "CLIPBOARD_GRAB";
            case VdAgent.CLIPBOARD_REQUEST -> "CLIPBOARD_REQUEST";
            case VdAgent.CLIPBOARD -> "CLIPBOARD";
            case VdAgent.CLIPBOARD_RELEASE -> "CLIPBOARD_RELEASE";
            default -> "message " + type;
        };
    }

    static byte[] toCrlf(byte[] lf) {
        String s = new String(lf, StandardCharsets.UTF_8);
        return s.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] fromCrlf(byte[] crlf) {
        String s = new String(crlf, StandardCharsets.UTF_8);
        return s.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
    }
}
