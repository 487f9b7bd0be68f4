package org.sumac.x11.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

import static org.sumac.x11.server.EventMask.ENTER_WINDOW;
import static org.sumac.x11.server.EventMask.E_ENTER;
import static org.sumac.x11.server.EventMask.E_KEYMAP;
import static org.sumac.x11.server.EventMask.E_LEAVE;
import static org.sumac.x11.server.EventMask.KEYMAP_STATE;
import static org.sumac.x11.server.EventMask.LEAVE_WINDOW;

/** EnterNotify/LeaveNotify as the pointer moves between windows, with the KeymapNotify that follows Enter. */
final class Crossing {
    /** The same-screen bit and the focus bit of the crossing events' flags byte. */
    private static final int SAME_SCREEN = 0x02, FOCUS = 0x01;
    /** XI2's crossing event types. */
    private static final int XI_ENTER = 7, XI_LEAVE = 8;

    private final Seat seat;
    private final XServer server;
    private final Pointer pointer;

    Crossing(Seat seat) {
        this.seat = seat;
        this.server = seat.server;
        this.pointer = seat.pointer;
    }

    /** Recomputes the window under the pointer and sends crossing events. */
    void updatePointerWindow(int mode) {
        Window old = pointer.window;
        Window now = server.tree.windowAt(pointer.x(), pointer.y());
        pointer.window = now;
        if (old == now) return;
        if (old == null || server.resource(old.id()) != old) old = server.root;
        if (old == now) return;
        cross(old, now, mode);
        seat.observer.cursorMayHaveChanged();
    }

    /** Sends LeaveNotify/EnterNotify along the path from a to b, per the protocol's details. */
    void cross(Window a, Window b, int mode) {
        if (b.isAncestorOf(a)) {
            send(a, E_LEAVE, NotifyDetail.ANCESTOR, mode, null);
            for (Window w = a.parent; w != b; w = w.parent) send(w, E_LEAVE, NotifyDetail.VIRTUAL, mode, Seat.childToward(w, a));
            send(b, E_ENTER, NotifyDetail.INFERIOR, mode, Seat.childToward(b, a));
        } else if (a.isAncestorOf(b)) {
            send(a, E_LEAVE, NotifyDetail.INFERIOR, mode, Seat.childToward(a, b));
            List<Window> down = new ArrayList<>();
            for (Window w = b.parent; w != a; w = w.parent) down.add(0, w);
            for (Window w : down) send(w, E_ENTER, NotifyDetail.VIRTUAL, mode, Seat.childToward(w, b));
            send(b, E_ENTER, NotifyDetail.ANCESTOR, mode, null);
        } else {
            Window c = Seat.commonAncestor(a, b);
            send(a, E_LEAVE, NotifyDetail.NONLINEAR, mode, null);
            for (Window w = a.parent; w != null && w != c; w = w.parent) {
                send(w, E_LEAVE, NotifyDetail.NONLINEAR_VIRTUAL, mode, Seat.childToward(w, a));
            }
            List<Window> down = new ArrayList<>();
            for (Window w = b.parent; w != null && w != c; w = w.parent) down.add(0, w);
            for (Window w : down) send(w, E_ENTER, NotifyDetail.NONLINEAR_VIRTUAL, mode, Seat.childToward(w, b));
            send(b, E_ENTER, NotifyDetail.NONLINEAR, mode, null);
        }
        pointer.entered = b;
    }

    /** The core crossing event at {@code w}, then XI2's (as Xorg's EnterLeaveEvent). */
    private void send(Window w, int code, int detail, int mode, Window child) {
        sendCore(w, code, detail, mode, child);
        Xi2 xi = seat.xi2;
        if (xi == null) return;
        Keyboard kb = seat.keyboard;
        boolean inFocus = kb.focusWindow != null ? w == kb.focusWindow || kb.focusWindow.isAncestorOf(w)
            : kb.focusSpecial == FocusConstants.FOCUS_POINTER_ROOT;
        int type = code == E_ENTER ? XI_ENTER : XI_LEAVE;
        ActiveGrab grab = pointer.grab;
        int t = server.time();
        if (grab == null || grab.ownerEvents) xi.crossing(w, child, type, mode, detail, inFocus, t, null);
        else if (grab.window == w) xi.crossing(w, child, type, mode, detail, inFocus, t, grab.client);
    }

    private void sendCore(Window w, int code, int detail, int mode, Window child) {
        int mask = code == E_ENTER ? ENTER_WINDOW : LEAVE_WINDOW;
        int t = server.time();
        Keyboard kb = seat.keyboard;
        // As Xorg: PointerRoot counts as focus everywhere (GTK and Firefox look unfocused without it), None nowhere.
        boolean inFocus = kb.focusWindow != null ? w == kb.focusWindow || kb.focusWindow.isAncestorOf(w)
            : kb.focusSpecial == FocusConstants.FOCUS_POINTER_ROOT;
        int flags = SAME_SCREEN | (inFocus ? FOCUS : 0);
        int px = pointer.x(), py = pointer.y();
        ActiveGrab grab = pointer.grab;
        if (grab != null && !grab.ownerEvents) {
            if (grab.window == w && (grab.eventMask & mask) != 0) {
                server.sendEvent(grab.client, code, detail, e -> e.i32(t).i32(XServer.ROOT_WINDOW).i32(w.id())
                    .i32(child == null ? 0 : child.id()).u16(px).u16(py).u16(px - w.absX)
                    .u16(py - w.absY).u16(seat.state()).u8(mode).u8(flags));
            }
            if (code == E_ENTER && grab.window == w && (grab.eventMask & KEYMAP_STATE) != 0) {
                sendKeymapNotify(grab.client);
            }
            return;
        }
        server.deliver(w, mask, code, detail, e -> e.i32(t).i32(XServer.ROOT_WINDOW).i32(w.id())
            .i32(child == null ? 0 : child.id()).u16(px).u16(py).u16(px - w.absX)
            .u16(py - w.absY).u16(seat.state()).u8(mode).u8(flags));
        // As Xorg: KeymapNotify follows EnterNotify for clients selecting KeymapState, Enter selected or not.
        if (code == E_ENTER) keymapNotifyAll(w);
    }

    /** KeymapNotify to every client that selected KeymapState on {@code w}. */
    void keymapNotifyAll(Window w) {
        for (Map.Entry<Client, Integer> e : List.copyOf(w.eventMasks.entrySet())) {
            if ((e.getValue() & KEYMAP_STATE) != 0) sendKeymapNotify(e.getKey());
        }
    }

    /** KeymapNotify: the keys held down, keycodes 8-255 as a bit map (no sequence number in this event). */
    private void sendKeymapNotify(Client c) {
        boolean[] keysDown = seat.keyboard.keysDown;
        ReplyWriter ev = new ReplyWriter(false, 32);
        ev.u8(E_KEYMAP);
        for (int i = 1; i < 32; i++) {
            int bits = 0;
            for (int b = 0; b < 8; b++) if (keysDown[i * 8 + b]) bits |= 1 << b;
            ev.u8(bits);
        }
        c.sendEvent(ev);
    }
}
