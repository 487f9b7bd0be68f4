package org.sumac.spice.channel.inputs;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.sumac.spice.channel.ChannelClient;
import org.sumac.spice.link.LinkRequest;
import org.sumac.spice.server.Session;
import org.sumac.spice.wire.ProtocolException;
import org.sumac.spice.wire.Spice;
import org.sumac.spice.wire.SpiceMessage;

/**
 * The INPUTS channel: keys (set-1 scancodes), lock modifiers both ways, relative and absolute pointer, buttons.
 * Keys still down when the connection drops are released, so nothing stays stuck.
 * <p>Input is paced: past a burst of {@link #BURST} events, a client gets {@link #RATE} a second, and the channel
 * stops reading (TCP pushes back on the client) until it is within the rate again. Every event costs the shared
 * network thread that reads it and the X server it goes to; without a bound one client's flood slowed the other
 * desktops on the port (bin/bench-isolation: another desktop's fill latency 1.4 -> 15.5 ms median, its login 1.1 ->
 * 14.5 s). People stay far below the rate: typing is tens of events a second, a 1000 Hz mouse a thousand, and
 * spice-gtk holds motion at 8 unacknowledged.
 */
public final class InputsChannelClient extends ChannelClient {
    static final int BURST = 1000;
    static final int RATE = 2000;
    /** Held messages handled per wake-up (a wake-up every 25 ms at the rate). */
    private static final int CHUNK = 50;
    /** Ten seconds of input at the rate: a client that sends more before it is read is flooding, and is closed. */
    private static final int MAX_HELD = 20_000;
    private final java.util.ArrayDeque<SpiceMessage> held = new java.util.ArrayDeque<>();
    private final Set<Integer> pressed = new LinkedHashSet<>();
    private int motionsSinceAck;
    /** Events the client may send now; on the event loop only, as the rest of the pacing state. */
    private double tokens = BURST;
    private long tokensAtNanos = System.nanoTime();
    private boolean paused;

    public InputsChannelClient(Session session, LinkRequest link, Channel channel) {
        super(session, link, channel);
    }

    /** The server's sink behind a guard: a failing sink costs one log line, not the client's connection. */
    private InputSink sink() {
        InputSink target = session.server().inputSink();
        return new InputSink() {
            private void guard(Runnable call) {
                try {
                    call.run();
                } catch (RuntimeException e) {
                    log.warn("SPICE {}: input sink failed", describe(), e);
                }
            }

            @Override public void keyPressed(int code) { guard(() -> target.keyPressed(code)); }
            @Override public void keyReleased(int code) { guard(() -> target.keyReleased(code)); }
            @Override public void keyboardLocks(int locks) { guard(() -> target.keyboardLocks(locks)); }
            @Override public void mouseMoved(int dx, int dy, int mask) { guard(() -> target.mouseMoved(dx, dy, mask)); }
            @Override public void mousePositioned(int x, int y, int mask, int display) {
                guard(() -> target.mousePositioned(x, y, mask, display));
            }
            @Override public void mouseButtonPressed(int button, int mask) { guard(() -> target.mouseButtonPressed(button, mask)); }
            @Override public void mouseButtonReleased(int button, int mask) { guard(() -> target.mouseButtonReleased(button, mask)); }
        };
    }

    @Override
    protected void start() {
        send(message(Spice.MSG_INPUTS_INIT, 2).u16(session.server().keyboardLocks()));
    }

    /** Sends the server's lock state (guest LEDs) to the client; any thread. */
    public void sendKeyboardLocks(int locks) {
        execute(() -> send(message(Spice.MSG_INPUTS_KEY_MODIFIERS, 2).u16(locks)));
    }

    /**
     * Handles {@code message} now if the bucket has an event for it; otherwise holds it, in order, stops reading and
     * handles the held ones as the rate allows. Holding (not just pausing reads) is what bounds the pace: one read
     * can bring 64 KiB, ~6500 keys, which would otherwise all be handled at once.
     */
    @Override
    protected void handleMessage(SpiceMessage message) throws ProtocolException {
        if (paused || !take()) {
            if (held.size() >= MAX_HELD) throw new ProtocolException("more than " + MAX_HELD + " input messages held");
            held.add(new SpiceMessage(message.type(), Unpooled.copiedBuffer(message.body())));
            pause();
            return;
        }
        handle(message);
    }

    /** Takes one event from the bucket, if it has one. */
    private boolean take() {
        long now = System.nanoTime();
        tokens = Math.min(BURST, tokens + (now - tokensAtNanos) * (RATE / 1e9));
        tokensAtNanos = now;
        if (tokens < 1) return false;
        tokens -= 1;
        return true;
    }

    private void pause() {
        if (paused) return;
        paused = true;
        channel.config().setAutoRead(false);
        long waitNanos = Math.max(1_000_000, (long) ((CHUNK - tokens) * (1e9 / RATE)));
        channel.eventLoop().schedule(this::resume, waitNanos, TimeUnit.NANOSECONDS);
    }

    private void resume() {
        paused = false;
        while (!held.isEmpty()) {
            if (!channel.isActive()) {
                held.forEach(m -> m.body().release());
                held.clear();
                return;
            }
            if (!take()) {
                pause();
                return;
            }
            SpiceMessage m = held.poll();
            try {
                handle(m);
            } catch (ProtocolException | IndexOutOfBoundsException e) {
                closeWithLog(e.getMessage());
                return;
            } finally {
                m.body().release();
            }
        }
        channel.config().setAutoRead(true);
    }

    private void handle(SpiceMessage message) throws ProtocolException {
        ByteBuf b = message.body();
        InputSink sink = sink();
        switch (message.type()) {
            case Spice.MSGC_INPUTS_KEY_DOWN, Spice.MSGC_INPUTS_KEY_UP -> {
                message.requireBody(4);
                long code = b.readUnsignedIntLE();
                byte[] bytes = new byte[4];
                int n = 0;
                for (int i = 0; i < 4; i++) {
                    int v = (int) (code >>> (8 * i)) & 0xFF;
                    if (v == 0) break;
                    bytes[n++] = (byte) v;
                }
                decodeScancodes(bytes, n, sink);
            }
            case Spice.MSGC_INPUTS_KEY_SCANCODE -> {
                byte[] bytes = new byte[b.readableBytes()];
                b.readBytes(bytes);
                decodeScancodes(bytes, bytes.length, sink);
            }
            case Spice.MSGC_INPUTS_KEY_MODIFIERS -> {
                message.requireBody(2);
                sink.keyboardLocks(b.readUnsignedShortLE() & 7);
            }
            case Spice.MSGC_INPUTS_MOUSE_MOTION -> {
                message.requireBody(10);
                int dx = b.readIntLE(), dy = b.readIntLE();
                int buttons = b.readUnsignedShortLE();
                motionReceived();
                sink.mouseMoved(dx, dy, buttons);
            }
            case Spice.MSGC_INPUTS_MOUSE_POSITION -> {
                message.requireBody(11);
                long x = b.readUnsignedIntLE(), y = b.readUnsignedIntLE();
                int buttons = b.readUnsignedShortLE();
                int display = b.readUnsignedByte();
                motionReceived();
                sink.mousePositioned((int) Math.min(x, Integer.MAX_VALUE), (int) Math.min(y, Integer.MAX_VALUE),
                        buttons, display);
            }
            case Spice.MSGC_INPUTS_MOUSE_PRESS, Spice.MSGC_INPUTS_MOUSE_RELEASE -> {
                message.requireBody(3);
                int button = b.readUnsignedByte();
                int buttons = b.readUnsignedShortLE();
                if (message.type() == Spice.MSGC_INPUTS_MOUSE_PRESS) {
                    sink.mouseButtonPressed(button, buttons);
                } else {
                    sink.mouseButtonReleased(button, buttons);
                }
            }
            default -> unknownMessage(message);
        }
    }

    /** Both clients stop moving the pointer when 8 motions are unacknowledged: ack every 4. */
    private void motionReceived() {
        if (++motionsSinceAck >= Spice.MOTION_ACK_BUNCH) {
            motionsSinceAck = 0;
            send(message(Spice.MSG_INPUTS_MOUSE_MOTION_ACK, 0));
        }
    }

    /** Splits a set-1 byte sequence into keys: prefixes 0xE0 (one byte follows) and 0xE1 (two follow). */
    private void decodeScancodes(byte[] bytes, int n, InputSink sink) {
        int i = 0;
        while (i < n) {
            int b0 = bytes[i] & 0xFF;
            int code;
            boolean release;
            if (b0 == 0xE0 && i + 1 < n) {
                int b1 = bytes[i + 1] & 0xFF;
                code = 0xE000 | (b1 & 0x7F);
                release = (b1 & 0x80) != 0;
                i += 2;
            } else if (b0 == 0xE1 && i + 2 < n) {
                int b1 = bytes[i + 1] & 0xFF, b2 = bytes[i + 2] & 0xFF;
                code = 0xE10000 | (b1 & 0x7F) << 8 | (b2 & 0x7F);
                release = (b2 & 0x80) != 0;
                i += 3;
            } else if (b0 == 0xE0 || b0 == 0xE1) {
                return; // a dangling prefix carries no key
            } else {
                code = b0 & 0x7F;
                release = (b0 & 0x80) != 0;
                i++;
            }
            if (release) {
                pressed.remove(code);
                sink.keyReleased(code);
            } else {
                pressed.add(code);
                sink.keyPressed(code);
            }
        }
    }

    @Override
    protected void closed() {
        InputSink sink = sink();
        for (int code : pressed) {
            sink.keyReleased(code);
        }
        pressed.clear();
    }
}
