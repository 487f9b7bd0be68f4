package org.sumac.x11.input;

import java.util.List;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.SyntheticEvents;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

import static org.sumac.x11.server.EventMask.BUTTON_PRESS;
import static org.sumac.x11.server.EventMask.E_BUTTON_PRESS;
import static org.sumac.x11.server.EventMask.E_BUTTON_RELEASE;
import static org.sumac.x11.server.EventMask.E_KEY_PRESS;
import static org.sumac.x11.server.EventMask.E_KEY_RELEASE;
import static org.sumac.x11.server.EventMask.E_MOTION;
import static org.sumac.x11.server.EventMask.POINTER_MOTION_HINT;

/**
 * Where device events go: up the window tree from the source to the first window that selected them (unless a
 * window's do-not-propagate mask stops them), or to the grabbing client; and SendEvent's synthetic events.
 */
final class Delivery {
    /** The detail of a MotionNotify to a client that selected PointerMotionHint. */
    private static final int MOTION_HINT = 1;
    /** same-screen of device events: True, there is one screen. */
    private static final int SAME_SCREEN = 1;
    /** SendEvent's destinations that are not windows. */
    static final int DESTINATION_POINTER_WINDOW = 0, DESTINATION_INPUT_FOCUS = 1;

    /** XI2's event types of device events. */
    static final int XI_KEY_PRESS = 2, XI_KEY_RELEASE = 3, XI_BUTTON_PRESS = 4, XI_BUTTON_RELEASE = 5, XI_MOTION = 6,
        XI_RAW_KEY_PRESS = 13;

    private final Seat seat;
    private final XServer server;
    private final Pointer pointer;

    Delivery(Seat seat) {
        this.seat = seat;
        this.server = seat.server;
        this.pointer = seat.pointer;
    }

    private void writeDeviceEvent(ReplyWriter e, Window w, Window child, int t) {
        int px = pointer.x(), py = pointer.y();
        e.i32(t).i32(XServer.ROOT_WINDOW).i32(w.id()).i32(child == null ? 0 : child.id())
            .u16(px).u16(py).u16(px - w.absX).u16(py - w.absY).u16(seat.state()).u8(SAME_SCREEN).u8(0);
    }

    /** XI2's event type of a core device event code. */
    private static int xiType(int code) {
        return switch (code) {
            case E_KEY_PRESS -> XI_KEY_PRESS;
            case E_KEY_RELEASE -> XI_KEY_RELEASE;
            case E_BUTTON_PRESS -> XI_BUTTON_PRESS;
            case E_BUTTON_RELEASE -> XI_BUTTON_RELEASE;
            default -> XI_MOTION;
        };
    }

    /**
     * XI2's part before the master's event, in Xorg's order: DeviceChanged when the master's slave changed, the raw
     * event on the root, then the slave's own event up from the source window. Returns the XI2 type, 0 without XI2.
     */
    private int xiBefore(Device master, Window source, int code, int detail, int sourceId, int t, int rawX, int rawY) {
        Xi2 xi = seat.xi2;
        int type = xiType(code);
        if (sourceId == master.id()) return xi == null ? 0 : type;
        // The master follows its slaves before any client uses XInput too: Xorg's first XI2 client gets no
        // DeviceChanged for a switch that happened before it came.
        if (master.lastSlave != sourceId) {
            master.lastSlave = sourceId;
            if (xi != null) xi.slaveSwitched(master.id(), sourceId, t);
        }
        if (xi == null) return 0;
        xi.raw(type + XI_RAW_KEY_PRESS - XI_KEY_PRESS, master.id(), sourceId, detail, t, rawX, rawY);
        Window child = null;
        for (Window w = source; w != null; child = w, w = w.parent) {
            if (xi.deliver(w, child, type, sourceId, sourceId, detail, t, null) != null) break;
        }
        return type;
    }

    /**
     * XI2's part of a motion to (x, y) before the pointer moves (the slave's event has the old position, its
     * valuators the new one). A warp (the master as source) comes from the master's last slave, without raw event.
     * Returns the source the master's event names.
     */
    int xiMotionBefore(int x, int y, int rawX, int rawY, int sourceId) {
        pointer.valuatorX = x;
        pointer.valuatorY = y;
        Xi2 xi = seat.xi2;
        int t = server.time();
        if (sourceId != pointer.id()) {
            xiBefore(pointer, seat.pointerWindow(), E_MOTION, 0, sourceId, t, rawX, rawY);
            return sourceId;
        }
        int slave = pointer.lastSlave;
        if (slave == 0) return sourceId;
        Window child = null;
        for (Window w = seat.pointerWindow(); w != null; child = w, w = w.parent) {
            if (xi.deliver(w, child, XI_MOTION, slave, slave, 0, t, null) != null) break;
        }
        return slave;
    }

    /**
     * XI2's motion of a scroll valuator (the pointer's scroll state says which): raw, slave and master events as
     * for any motion, and no core or XI 1 event, as Xorg makes none of a motion without x and y.
     */
    void scrollMotion(int sourceId) {
        Window source = seat.pointerWindow();
        int t = server.time();
        int type = xiBefore(pointer, source, E_MOTION, 0, sourceId, t, 0, 0);
        if (type == 0) return;
        if (pointer.grab != null) toGrab(pointer.grab, false, source, E_MOTION, 0, 0, type, sourceId, t);
        else propagate(source, null, E_MOTION, 0, 0, t, type, pointer.id(), sourceId);
    }

    /** A pointer event: to the grab if any, else propagated; a press nobody grabbed starts an implicit grab. */
    void pointerEvent(int code, int detail, int mask, int sourceId) {
        Window source = seat.pointerWindow();
        // The press's own time, as Xorg: a client grabbing with that timestamp (xfwm4 starting a move from
        // the title bar) must not get GrabInvalidTime because the clock moved on during delivery.
        int t = server.time();
        pointer.valuatorX = pointer.x();
        pointer.valuatorY = pointer.y();
        int type = code == E_MOTION ? (seat.xi2 == null ? 0 : XI_MOTION)
            : xiBefore(pointer, source, code, detail, sourceId, t, 0, 0);
        if (pointer.grab != null) {
            toGrab(pointer.grab, false, source, code, detail, mask, type, sourceId, t);
            return;
        }
        Delivered d = propagate(source, null, code, detail, mask, t, type, pointer.id(), sourceId);
        if (code == E_BUTTON_PRESS && d != null) seat.grabs.implicitGrab(d.client, d.window, t, d.xi2);
    }

    /** A key event: to the keyboard grab if any, else propagated from the key source up to the focus window. */
    void keyEvent(int code, int keycode, int mask, int sourceId) {
        Keyboard kb = seat.keyboard;
        Window source = seat.focus.keySource();
        int t = server.time();
        int type = xiBefore(kb, source, code, keycode, sourceId, t, 0, 0);
        if (kb.grab != null) {
            toGrab(kb.grab, true, source, code, keycode, mask, type, sourceId, t);
            return;
        }
        if (source == null) return;
        propagate(source, kb.focusWindow, code, keycode, mask, t, type, kb.id(), sourceId);
    }

    private record Delivered(Client client, Window window, boolean xi2) { }

    /**
     * Delivers up the window hierarchy from {@code source} to the first window that selected the event: at each
     * window XI2 selections first (they take the event from core selections there, as Xorg), then core ones.
     */
    private Delivered propagate(Window source, Window stopAt, int code, int detail, int mask, int t,
                                int type, int deviceId, int sourceId) {
        Xi2 xi = type == 0 ? null : seat.xi2;
        Window child = null;
        for (Window w = source; w != null; child = w, w = w.parent) {
            if (xi != null) {
                Client c = xi.deliver(w, child, type, deviceId, sourceId, detail, t, null);
                if (c != null) return new Delivered(c, w, true);
            }
            Delivered first = null;
            for (var e : List.copyOf(w.eventMasks.entrySet())) {
                if ((e.getValue() & mask) == 0) continue;
                Client c = e.getKey();
                Window ww = w, ch = child;
                int det = code == E_MOTION && (e.getValue() & POINTER_MOTION_HINT) != 0 ? MOTION_HINT : detail;
                server.sendEvent(c, code, det, ev -> writeDeviceEvent(ev, ww, ch, t));
                if (first == null || (mask & BUTTON_PRESS) != 0) first = new Delivered(c, w, false);
            }
            if (first != null) return first;
            if ((w.doNotPropagateMask & mask) != 0) return null;
            if (w == stopAt) return null;
        }
        return null;
    }

    /** To the grabbing client; a keyboard grab takes key events whatever its (absent) event mask. */
    private void toGrab(ActiveGrab g, boolean keyboardGrab, Window source, int code, int detail, int mask,
                        int type, int sourceId, int t) {
        Device dev = keyboardGrab ? seat.keyboard : pointer;
        if (g.xi2) {
            Xi2 xi = seat.xi2;
            if (xi == null || type == 0) return;
            if (g.ownerEvents && source != null) {
                Window child = null;
                for (Window w = source; w != null; child = w, w = w.parent) {
                    if (xi.deliver(w, child, type, dev.id(), sourceId, detail, t, g.client) != null) return;
                }
            }
            if ((g.xiMask & (1L << type)) == 0) return;
            Window w = g.window;
            Window ch = source != null && w.isAncestorOf(source) ? Seat.childToward(w, source) : null;
            xi.deliverTo(g.client, w, ch, type, dev.id(), sourceId, detail, t);
            return;
        }
        if (g.ownerEvents && source != null) {
            // Deliver as normal, but only to the grabbing client.
            Window child = null;
            for (Window w = source; w != null; child = w, w = w.parent) {
                Integer m = w.eventMasks.get(g.client);
                if (m != null && (m & mask) != 0) {
                    Window ww = w, ch = child;
                    server.sendEvent(g.client, code, detail, ev -> writeDeviceEvent(ev, ww, ch, t));
                    return;
                }
                if ((w.doNotPropagateMask & mask) != 0) break;
            }
        }
        if ((g.eventMask & mask) == 0 && !keyboardGrab) return;
        Window w = g.window;
        Window ch = source != null && w.isAncestorOf(source) ? Seat.childToward(w, source) : null;
        server.sendEvent(g.client, code, detail, ev -> writeDeviceEvent(ev, w, ch, t));
    }

    // ---- SendEvent ------------------------------------------------------------------------------

    /** SendEvent with checked arguments: {@code ev} is the 32-byte event in the sender's byte order. */
    void sendEvent(Client c, boolean propagate, int dest, int mask, byte[] ev) {
        Keyboard kb = seat.keyboard;
        Window w;
        if (dest == DESTINATION_POINTER_WINDOW) w = seat.pointerWindow();
        else if (dest == DESTINATION_INPUT_FOCUS) {
            w = seat.focus.keySource();
            if (w == null) return;
            Window fw = kb.focusWindow;
            if (fw != null && seat.pointerWindow() != fw && !fw.isAncestorOf(seat.pointerWindow())) w = fw;
        } else w = server.window(dest);
        // The event travels in the sender's byte order; re-encode per recipient by swapping fields we know.
        if (mask == 0) {
            if (w.owner != null) sendRaw(w.owner, ev, c.msbFirst());
            return;
        }
        for (Window x = w; x != null; x = x.parent) {
            boolean delivered = false;
            for (var e : List.copyOf(x.eventMasks.entrySet())) {
                if ((e.getValue() & mask) != 0) {
                    sendRaw(e.getKey(), ev, c.msbFirst());
                    delivered = true;
                }
            }
            if (delivered || !propagate) return;
            if ((x.doNotPropagateMask & mask) != 0) return;
            if (dest == DESTINATION_INPUT_FOCUS && x == kb.focusWindow) return;
        }
    }

    /** Sends a client-supplied event with the synthetic bit, fixing the sequence number and byte order. */
    private void sendRaw(Client to, byte[] ev, boolean senderMsb) {
        byte[] out = ev.clone();
        out[0] |= (byte) 0x80;
        if (senderMsb != to.msbFirst()) SyntheticEvents.swap(out, server.extensions);
        int seq = to.sequence & 0xffff;
        if (to.msbFirst()) { out[2] = (byte) (seq >> 8); out[3] = (byte) seq; }
        else { out[2] = (byte) seq; out[3] = (byte) (seq >> 8); }
        to.send(out, 0, 32);
    }
}
