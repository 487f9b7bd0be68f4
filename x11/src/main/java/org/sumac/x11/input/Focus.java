package org.sumac.x11.input;

import java.util.ArrayList;
import java.util.List;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

import static org.sumac.x11.input.FocusConstants.FOCUS_NONE;
import static org.sumac.x11.input.FocusConstants.FOCUS_POINTER_ROOT;
import static org.sumac.x11.input.FocusConstants.FOCUS_WINDOW;
import static org.sumac.x11.server.EventMask.E_FOCUS_IN;
import static org.sumac.x11.server.EventMask.E_FOCUS_OUT;
import static org.sumac.x11.server.EventMask.FOCUS_CHANGE;

/** The keyboard's input focus: where it is, where it reverts to, and the FocusOut/FocusIn a change sends. */
final class Focus {
    /** XI2's focus event types. */
    private static final int XI_FOCUS_IN = 9, XI_FOCUS_OUT = 10;

    private final Seat seat;
    private final XServer server;
    private final Keyboard keyboard;

    Focus(Seat seat) {
        this.seat = seat;
        this.server = seat.server;
        this.keyboard = seat.keyboard;
    }

    /** SetInputFocus with checked arguments; a time before the last focus change or in the future is ignored. */
    void setInputFocus(Window w, int special, int revertTo, int time) {
        int now = server.time();
        if (time != Seat.CURRENT_TIME && ((time - now) > 0 || (time - keyboard.focusTime) < 0)) return;
        set(w, w == null ? special : FOCUS_WINDOW, revertTo, time == Seat.CURRENT_TIME ? now : time,
            keyboard.grab != null ? NotifyMode.WHILE_GRABBED : NotifyMode.NORMAL);
    }

    private void set(Window w, int special, int revertTo, int time, int mode) {
        Window oldW = keyboard.focusWindow;
        int oldSpecial = keyboard.focusSpecial;
        keyboard.focusWindow = w;
        keyboard.focusSpecial = special;
        keyboard.focusRevertTo = revertTo;
        keyboard.focusTime = time;
        events(oldW, oldSpecial, w, special, mode);
    }

    /** The focus window became unviewable or went away: the focus goes where its revert-to says. */
    void revert() {
        Window w = keyboard.focusWindow;
        switch (keyboard.focusRevertTo) {
            case FocusConstants.REVERT_TO_POINTER_ROOT ->
                set(null, FOCUS_POINTER_ROOT, FocusConstants.REVERT_TO_NONE, server.time(), NotifyMode.NORMAL);
            case FocusConstants.REVERT_TO_PARENT -> {
                Window p = w.parent;
                while (p != null && !p.viewable) p = p.parent;
                set(p == null ? server.root : p, FOCUS_WINDOW, FocusConstants.REVERT_TO_NONE, server.time(), NotifyMode.NORMAL);
            }
            default -> set(null, FOCUS_NONE, FocusConstants.REVERT_TO_NONE, server.time(), NotifyMode.NORMAL);
        }
    }

    /** Where key events start: the pointer window if inside the focus window, else the focus window. */
    Window keySource() {
        Window fw = keyboard.focusWindow;
        if (fw == null) return keyboard.focusSpecial == FOCUS_POINTER_ROOT ? seat.pointerWindow() : null;
        Window p = seat.pointerWindow();
        if (p == fw || fw.isAncestorOf(p)) return p;
        return fw;
    }

    /**
     * FocusOut/FocusIn for a focus change from {@code fromW} to {@code toW} (null: None or PointerRoot, as
     * {@code fromSpecial}/{@code toSpecial} say), laid out as the protocol and Xorg have them. The windows on the
     * pointer's side get detail Pointer events: GTK keeps its "has pointer focus" state from them.
     */
    void events(Window fromW, int fromSpecial, Window toW, int toSpecial, int mode) {
        Window root = server.root, p = seat.focusPointerWindow();
        if (fromW == null ? toW == null && fromSpecial == toSpecial : fromW == toW) return;
        if (fromW == null || toW == null) {
            if (fromW == null) {
                if (fromSpecial == FOCUS_POINTER_ROOT) pointerFocusOut(p, root, true, mode);
                focusOut(root, fromSpecial == FOCUS_POINTER_ROOT ? NotifyDetail.POINTER_ROOT : NotifyDetail.DETAIL_NONE, mode);
            } else {
                if (inferior(p, fromW)) pointerFocusOut(p, fromW, false, mode);
                focusOut(fromW, NotifyDetail.NONLINEAR, mode); // the root too, as Xorg
                for (Window w = fromW.parent; w != null; w = w.parent) focusOut(w, NotifyDetail.NONLINEAR_VIRTUAL, mode);
            }
            if (toW == null) {
                focusIn(root, toSpecial == FOCUS_POINTER_ROOT ? NotifyDetail.POINTER_ROOT : NotifyDetail.DETAIL_NONE, mode);
                if (toSpecial == FOCUS_POINTER_ROOT) pointerFocusIn(root, p, true, mode);
            } else {
                for (Window w : between(null, toW)) focusIn(w, NotifyDetail.NONLINEAR_VIRTUAL, mode);
                focusIn(toW, NotifyDetail.NONLINEAR, mode);
                if (inferior(p, toW)) pointerFocusIn(toW, p, false, mode);
            }
        } else if (fromW.isAncestorOf(toW)) {
            if (inferior(p, fromW) && !inferior(p, toW) && !inferior(toW, p)) pointerFocusOut(p, fromW, false, mode);
            focusOut(fromW, NotifyDetail.INFERIOR, mode);
            for (Window w : between(fromW, toW)) focusIn(w, NotifyDetail.VIRTUAL, mode);
            focusIn(toW, NotifyDetail.ANCESTOR, mode);
        } else if (toW.isAncestorOf(fromW)) {
            focusOut(fromW, NotifyDetail.ANCESTOR, mode);
            for (Window w = fromW.parent; w != toW; w = w.parent) focusOut(w, NotifyDetail.VIRTUAL, mode);
            focusIn(toW, NotifyDetail.INFERIOR, mode);
            if (inferior(p, toW) && p != fromW && !inferior(p, fromW) && !inferior(fromW, p)) pointerFocusIn(toW, p, false, mode);
        } else {
            Window common = Seat.commonAncestor(fromW, toW);
            if (inferior(p, fromW)) pointerFocusOut(p, fromW, false, mode);
            focusOut(fromW, NotifyDetail.NONLINEAR, mode);
            for (Window w = fromW.parent; w != null && w != common; w = w.parent) focusOut(w, NotifyDetail.NONLINEAR_VIRTUAL, mode);
            for (Window w : between(common, toW)) focusIn(w, NotifyDetail.NONLINEAR_VIRTUAL, mode);
            focusIn(toW, NotifyDetail.NONLINEAR, mode);
            if (inferior(p, toW)) pointerFocusIn(toW, p, false, mode);
        }
    }

    /** True when {@code w} is a proper inferior of {@code of}. */
    private static boolean inferior(Window w, Window of) {
        return w != null && of.isAncestorOf(w);
    }

    /** The windows strictly between {@code top} (null: above the root) and {@code w}, top down. */
    private static List<Window> between(Window top, Window w) {
        List<Window> down = new ArrayList<>();
        for (Window x = w.parent; x != null && x != top; x = x.parent) down.add(0, x);
        return down;
    }

    /** FocusOut detail Pointer from the pointer window {@code p} up to {@code stop} (included or not). */
    private void pointerFocusOut(Window p, Window stop, boolean inclusive, int mode) {
        if (p == null) return;
        for (Window w = p; w != null && w != stop; w = w.parent) focusOut(w, NotifyDetail.POINTER, mode);
        if (inclusive) focusOut(stop, NotifyDetail.POINTER, mode);
    }

    /** FocusIn detail Pointer from below {@code top} (or from {@code top} itself) down to the pointer window. */
    private void pointerFocusIn(Window top, Window p, boolean inclusive, int mode) {
        if (p == null) return;
        if (inclusive) focusIn(top, NotifyDetail.POINTER, mode);
        if (p == top) return;
        for (Window w : between(top, p)) focusIn(w, NotifyDetail.POINTER, mode);
        focusIn(p, NotifyDetail.POINTER, mode);
    }

    private void focusOut(Window w, int detail, int mode) {
        if (seat.xi2 != null) seat.xi2.focus(w, XI_FOCUS_OUT, mode, detail, server.time());
        server.deliver(w, FOCUS_CHANGE, E_FOCUS_OUT, detail, e -> e.i32(w.id()).u8(mode));
    }

    /** FocusIn, then KeymapNotify to the clients that selected KeymapState on the window (as Xorg). */
    private void focusIn(Window w, int detail, int mode) {
        if (seat.xi2 != null) seat.xi2.focus(w, XI_FOCUS_IN, mode, detail, server.time());
        server.deliver(w, FOCUS_CHANGE, E_FOCUS_IN, detail, e -> e.i32(w.id()).u8(mode));
        seat.crossing.keymapNotifyAll(w);
    }
}
