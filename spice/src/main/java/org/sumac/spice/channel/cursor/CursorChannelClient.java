package org.sumac.spice.channel.cursor;

import io.netty.channel.Channel;
import java.util.LinkedHashSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sumac.spice.channel.ChannelClient;
import org.sumac.spice.link.LinkRequest;
import org.sumac.spice.server.Session;
import org.sumac.spice.wire.OutMessage;
import org.sumac.spice.wire.ProtocolException;
import org.sumac.spice.wire.Spice;
import org.sumac.spice.wire.SpiceMessage;

/**
 * The CURSOR channel: INIT first (spice-gtk ignores SET/MOVE before it), then SET / MOVE / HIDE as the state
 * changes, with ALPHA cursors and a client cursor cache mirrored here (256 entries, evicted with INVAL_ONE).
 */
public final class CursorChannelClient extends ChannelClient {
    static final int CACHE_ENTRIES = 256;

    private final SpiceCursor cursor;
    private final AtomicBoolean updateQueued = new AtomicBoolean();
    private final LinkedHashSet<Long> cached = new LinkedHashSet<>();
    private SpiceCursor.State sent;
    private boolean waitingForWindow;

    public CursorChannelClient(Session session, LinkRequest link, Channel channel, SpiceCursor cursor) {
        super(session, link, channel);
        this.cursor = cursor;
    }

    @Override
    protected void start() {
        sendSetAck(20);
        SpiceCursor.State s = cursor.state();
        OutMessage init = message(Spice.MSG_CURSOR_INIT, 64);
        init.u16(s.x()).u16(s.y()).u16(0).u16(0).u8(s.visible() ? 1 : 0);
        writeCursor(init, s.shape());
        send(init);
        sent = s;
        cursor.register(this);
        requestUpdate(); // catch changes made between reading the state and registering
    }

    @Override
    protected void closed() {
        cursor.unregister(this);
    }

    @Override
    protected void handleMessage(SpiceMessage message) throws ProtocolException {
        unknownMessage(message); // clients send nothing channel-specific here
    }

    void requestUpdate() {
        if (updateQueued.compareAndSet(false, true)) {
            channel.eventLoop().execute(this::update);
        }
    }

    @Override
    protected void sendWindowOpened() {
        if (waitingForWindow) {
            waitingForWindow = false;
            requestUpdate();
        }
    }

    private void update() {
        updateQueued.set(false);
        if (isClosing() || sent == null) return;
        if (!canSendBulk()) {
            waitingForWindow = true;
            return;
        }
        SpiceCursor.State s = cursor.state();
        if (s.equals(sent)) return;
        if (!s.visible()) {
            if (sent.visible()) send(message(Spice.MSG_CURSOR_HIDE, 0));
        } else if (s.shape() != null && (!s.shape().equals(sent.shape()) || !sent.visible())) {
            OutMessage set = message(Spice.MSG_CURSOR_SET, 64);
            set.u16(s.x()).u16(s.y()).u8(1);
            writeCursor(set, s.shape());
            send(set);
        } else if (s.x() != sent.x() || s.y() != sent.y()) {
            send(message(Spice.MSG_CURSOR_MOVE, 4).u16(s.x()).u16(s.y()));
        }
        sent = s;
    }

    /** Writes a SpiceCursor: flags, then header and ARGB data unless cached or absent. */
    private void writeCursor(OutMessage m, CursorShape shape) {
        if (shape == null) {
            m.u16(Spice.CURSOR_FLAG_NONE);
            return;
        }
        long id = shape.uniqueId();
        // spice-html5 breaks on cached cursors: send it full shapes with flags 0.
        boolean useCache = !session.looksLikeHtml5();
        int flags = 0;
        if (useCache && cached.contains(id)) {
            m.u16(Spice.CURSOR_FLAG_FROM_CACHE);
            m.u64(id).u8(Spice.CURSOR_TYPE_ALPHA).u16(shape.width()).u16(shape.height())
                    .u16(shape.hotX()).u16(shape.hotY());
            return;
        }
        if (useCache) {
            if (cached.size() >= CACHE_ENTRIES) {
                long victim = cached.iterator().next();
                cached.remove(victim);
                OutMessage inval = message(Spice.MSG_CURSOR_INVAL_ONE, 8).u64(victim);
                write(inval);
            }
            cached.add(id);
            flags = Spice.CURSOR_FLAG_CACHE_ME;
        }
        m.u16(flags);
        m.u64(id).u8(Spice.CURSOR_TYPE_ALPHA).u16(shape.width()).u16(shape.height())
                .u16(shape.hotX()).u16(shape.hotY());
        int[] px = shape.argb();
        for (int p : px) m.u32(p & 0xFFFFFFFFL); // little-endian B,G,R,A
    }
}
