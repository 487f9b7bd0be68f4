package org.sumac.x11.input;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Cursors;
import org.sumac.x11.window.Window;

import static org.sumac.x11.server.EventMask.BUTTON_PRESS;
import static org.sumac.x11.server.EventMask.E_BUTTON_PRESS;
import static org.sumac.x11.server.EventMask.E_KEY_PRESS;
import static org.sumac.x11.server.EventMask.KEY_PRESS;
import static org.sumac.x11.server.EventMask.OWNER_GRAB_BUTTON;

/**
 * Active and passive grabs of the seat's devices, and the freezing that synchronous grabs do: events of a
 * frozen device are held until AllowEvents (or the grab's end) thaws it, or replayed (ReplayPointer/Keyboard).
 */
public final class Grabs {
    /**
     * Most events held while frozen (Xorg's event queue holds 256 before it drops): a client that freezes the
     * pointer and then fakes millions of events with XTEST would otherwise grow the queue until the heap is full.
     */
    private static final int MAX_HELD = 65536;

    private final Seat seat;
    private final Pointer pointer;
    private final Keyboard keyboard;
    private final List<PassiveGrab> passiveGrabs = new ArrayList<>();
    private final ArrayDeque<HeldEvent> held = new ArrayDeque<>();
    private boolean draining;

    Grabs(Seat seat) {
        this.seat = seat;
        this.pointer = seat.pointer;
        this.keyboard = seat.keyboard;
    }

    // ---- freezing -------------------------------------------------------------------------------

    /** Holds an event back while its device is frozen; past MAX_HELD the event is dropped, as Xorg drops them. */
    void hold(HeldEvent h) {
        if (held.size() < MAX_HELD) held.add(h);
    }

    /** Processes held events, in order, as long as their devices are thawed. */
    void drainHeld() {
        if (draining) return;
        draining = true;
        try {
            while (!held.isEmpty()) {
                HeldEvent h = held.peek();
                if (h.kind() == HeldEvent.KEY ? keyboard.frozenBy != null : pointer.frozenBy != null) break;
                held.poll();
                switch (h.kind()) {
                    case HeldEvent.MOTION -> seat.events.motion(h.x(), h.y());
                    case HeldEvent.BUTTON -> seat.events.button(h.detail(), h.press());
                    default -> seat.events.key(h.detail(), h.press());
                }
            }
        } finally {
            draining = false;
        }
    }

    /** Freezes the devices a new grab asks to be synchronous. */
    private void freezeFor(Client c, int pointerMode, int keyboardMode) {
        if (pointerMode == GrabMode.SYNCHRONOUS) pointer.frozenBy = c;
        if (keyboardMode == GrabMode.SYNCHRONOUS) keyboard.frozenBy = c;
    }

    /**
     * An active grab of a device in Asynchronous mode resumes that device if this client froze it, as the
     * protocol says: a window manager turns its synchronous Alt+Tab key grab into GrabKeyboard(Async) and waits
     * for Alt's release, which stayed held (and the cycle open) before.
     */
    private void thawOnAsyncGrab(Client c, Device d) {
        if (d.frozenBy != c) return;
        d.frozenBy = null;
        drainHeld();
    }

    /** Thaws whatever a client froze (its grab ended or it went away) and lets held events through. */
    private void thawAll(Client c) {
        if (pointer.frozenBy == c) pointer.frozenBy = null;
        if (keyboard.frozenBy == c) keyboard.frozenBy = null;
        drainHeld();
    }

    /** After a button or key event: SyncPointer/SyncKeyboard freeze the device again. */
    void refreezeAfterSyncOnce(Device d) {
        if (d.syncOnce && d.grab != null) {
            d.syncOnce = false;
            d.frozenBy = d.grab.client;
        }
    }

    // ---- passive grabs --------------------------------------------------------------------------

    /** Activates the outermost matching passive button grab; {@code below} restricts the search (Replay). */
    void activatePassiveButtonGrab(int button, Window below, int physicalButton) {
        Window source = seat.pointerWindow();
        List<Window> path = new ArrayList<>();
        for (Window w = source; w != null && w != below; w = w.parent) path.add(0, w);
        int mods = seat.state() & Modifiers.ALL_MODIFIERS;
        for (Window w : path) {
            for (PassiveGrab pg : passiveGrabs) {
                if (pg.isKey() || pg.window() != w) continue;
                if (pg.detail() != Modifiers.ANY && pg.detail() != button) continue;
                if (pg.modifiers() != Modifiers.ANY_MODIFIER && pg.modifiers() != mods) continue;
                if (pg.confineTo() != null && !pg.confineTo().viewable) continue;
                ActiveGrab g = new ActiveGrab();
                g.client = pg.client();
                g.window = w;
                g.ownerEvents = pg.ownerEvents();
                g.eventMask = pg.eventMask();
                g.confineTo = pg.confineTo();
                g.cursor = pg.cursor();
                g.fromPassive = true;
                g.xi2 = pg.xi2();
                g.xiMask = pg.xiMask();
                g.button = button;
                g.pointerMode = pg.pointerMode();
                g.keyboardMode = pg.keyboardMode();
                g.time = seat.server.time();
                setPointerGrab(g);
                freezeFor(pg.client(), pg.pointerMode(), pg.keyboardMode());
                pointer.replay = new HeldEvent(HeldEvent.BUTTON, physicalButton, true, 0, 0);
                return;
            }
        }
    }

    void activatePassiveKeyGrab(int keycode, Window below) {
        Window source = seat.focus.keySource();
        if (source == null) return;
        // From the root down to the focus window, then on to the pointer window when it is inside the focus
        // (keySource): a grab on an ancestor of the focus counts, as a window manager's Alt+F4 on the root.
        List<Window> path = new ArrayList<>();
        for (Window w = source; w != null && w != below; w = w.parent) path.add(0, w);
        int mods = seat.state() & Modifiers.ALL_MODIFIERS;
        for (Window w : path) {
            for (PassiveGrab pg : passiveGrabs) {
                if (!pg.isKey() || pg.window() != w) continue;
                if (pg.detail() != Modifiers.ANY && pg.detail() != keycode) continue;
                if (pg.modifiers() != Modifiers.ANY_MODIFIER && pg.modifiers() != mods) continue;
                ActiveGrab g = new ActiveGrab();
                g.client = pg.client();
                g.window = w;
                g.ownerEvents = pg.ownerEvents();
                g.fromPassive = true;
                g.xi2 = pg.xi2();
                g.xiMask = pg.xiMask();
                g.key = keycode;
                g.time = seat.server.time();
                setKeyboardGrab(g);
                freezeFor(pg.client(), pg.pointerMode(), pg.keyboardMode());
                keyboard.replay = new HeldEvent(HeldEvent.KEY, keycode, true, 0, 0);
                return;
            }
        }
    }

    /**
     * Adds a GrabButton or GrabKey passive grab, replacing the client's own with the same detail and modifiers.
     * @throws org.sumac.x11.protocol.XError BadAccess when another client holds that combination
     */
    void addPassive(PassiveGrab grab) {
        Client c = grab.client();
        for (PassiveGrab pg : passiveGrabs) {
            if (pg.client() != c && pg.sameAs(grab.isKey(), grab.window(), grab.detail(), grab.modifiers())) {
                throw org.sumac.x11.protocol.XError.access();
            }
        }
        passiveGrabs.removeIf(pg -> pg.client() == c && pg.sameAs(grab.isKey(), grab.window(), grab.detail(), grab.modifiers()));
        passiveGrabs.add(grab);
    }

    /** UngrabButton/UngrabKey: detail ANY and modifiers ANY_MODIFIER match all. */
    void removePassive(Client c, boolean isKey, Window w, int detail, int modifiers) {
        passiveGrabs.removeIf(pg -> pg.isKey() == isKey && pg.window() == w && pg.client() == c
            && (detail == Modifiers.ANY || pg.detail() == detail)
            && (modifiers == Modifiers.ANY_MODIFIER || pg.modifiers() == modifiers));
    }

    // ---- active grabs -----------------------------------------------------------------------------

    private boolean timeInvalid(int time, int lastGrabTime) {
        int now = seat.server.time();
        return time != Seat.CURRENT_TIME && ((time - now) > 0 || (time - lastGrabTime) < 0);
    }

    /** GrabPointer, its arguments checked; returns the reply's GrabStatus. */
    int grabPointer(Client c, Window w, boolean ownerEvents, int mask, int pointerMode, int keyboardMode,
                    Window confineTo, Cursors.Cursor cursor, int time) {
        ActiveGrab current = pointer.grab;
        if (current != null && current.client != c) return GrabStatus.ALREADY_GRABBED;
        if (!w.viewable || (confineTo != null && !confineTo.viewable)) return GrabStatus.NOT_VIEWABLE;
        if (timeInvalid(time, current == null ? 0 : current.time)) return GrabStatus.INVALID_TIME;
        ActiveGrab g = new ActiveGrab();
        g.client = c;
        g.window = w;
        g.ownerEvents = ownerEvents;
        g.eventMask = mask;
        g.confineTo = confineTo;
        g.cursor = cursor;
        g.time = time == Seat.CURRENT_TIME ? seat.server.time() : time;
        g.pointerMode = pointerMode;
        g.keyboardMode = keyboardMode;
        setPointerGrab(g);
        freezeFor(c, pointerMode, keyboardMode);
        if (confineTo != null) seat.events.motion(pointer.x(), pointer.y());
        if (pointerMode == GrabMode.ASYNCHRONOUS) thawOnAsyncGrab(c, pointer);
        return GrabStatus.SUCCESS;
    }

    /** GrabKeyboard, its arguments checked; returns the reply's GrabStatus. */
    int grabKeyboard(Client c, Window w, boolean ownerEvents, int pointerMode, int keyboardMode, int time) {
        ActiveGrab current = keyboard.grab;
        if (current != null && current.client != c) return GrabStatus.ALREADY_GRABBED;
        if (!w.viewable) return GrabStatus.NOT_VIEWABLE;
        if (timeInvalid(time, current == null ? 0 : current.time)) return GrabStatus.INVALID_TIME;
        ActiveGrab g = new ActiveGrab();
        g.client = c;
        g.window = w;
        g.ownerEvents = ownerEvents;
        g.time = time == Seat.CURRENT_TIME ? seat.server.time() : time;
        setKeyboardGrab(g);
        freezeFor(c, pointerMode, keyboardMode);
        if (keyboardMode == GrabMode.ASYNCHRONOUS) thawOnAsyncGrab(c, keyboard);
        return GrabStatus.SUCCESS;
    }

    void ungrabPointer(Client c, int time) {
        if (pointer.grabbedBy(c) && !timeInvalid(time, pointer.grab.time)) releasePointerGrab();
    }

    void ungrabKeyboard(Client c, int time) {
        if (keyboard.grabbedBy(c) && !timeInvalid(time, keyboard.grab.time)) releaseKeyboardGrab();
    }

    void changeActivePointerGrab(Client c, Cursors.Cursor cursor, int time, int mask) {
        if (!pointer.grabbedBy(c) || timeInvalid(time, pointer.grab.time)) return;
        pointer.grab.eventMask = mask;
        pointer.grab.cursor = cursor;
        seat.observer.cursorMayHaveChanged();
    }

    /** Starts an implicit grab for the client a button press went to. */
    void implicitGrab(Client c, Window w, int time, boolean xi2) {
        ActiveGrab g = new ActiveGrab();
        g.client = c;
        g.window = w;
        if (xi2) {
            // As Xorg: the grab takes the XI2 mask the press was delivered by, and owner-events is off.
            g.xi2 = true;
            g.xiMask = seat.xi2.mask(c, w, pointer.id());
        } else {
            g.eventMask = w.eventMasks.getOrDefault(c, 0);
            g.ownerEvents = (g.eventMask & OWNER_GRAB_BUTTON) != 0;
        }
        g.implicit = true;
        g.time = time;
        // As Xorg, an implicit grab is activated as any other: a press on an ancestor of the pointer's window that
        // selected it crosses to the grab window with Grab events, and the release crosses back (Ungrab).
        Window pw = seat.pointerWindow();
        if (pw != null && pw != w) seat.crossing.cross(pw, w, NotifyMode.GRAB);
        pointer.grab = g;
    }

    private void setPointerGrab(ActiveGrab g) {
        ActiveGrab old = pointer.grab;
        // As Xorg's ActivatePointerGrab: the Grab crossing from the pointer's window (or the old grab's) to the new
        // grab's goes out before the grab takes over, so it is delivered as without it (or under the old grab).
        Window from = old != null ? old.window : seat.pointerWindow();
        if (from != null && from != g.window) seat.crossing.cross(from, g.window, NotifyMode.GRAB);
        pointer.grab = g;
        seat.observer.cursorMayHaveChanged();
    }

    void releasePointerGrab() {
        ActiveGrab g = pointer.grab;
        if (g == null) return;
        pointer.grab = null;
        if (g.window.viewable) {
            Window pw = seat.server.tree.windowAt(pointer.x(), pointer.y());
            pointer.window = pw;
            if (g.window != pw) seat.crossing.cross(g.window, pw, NotifyMode.UNGRAB);
        }
        // Else the grab ended because its window was unmapped: as Xorg, the pointer's window then changes with Normal
        // crossing events (treeChanged), and GTK without a window manager needs that EnterNotify's focus flag.
        seat.observer.cursorMayHaveChanged();
        pointer.replay = null;
        if (keyboard.grab == null || keyboard.grab.client != g.client) thawAll(g.client);
        else if (pointer.frozenBy == g.client) { pointer.frozenBy = null; drainHeld(); }
    }

    private void setKeyboardGrab(ActiveGrab g) {
        ActiveGrab old = keyboard.grab;
        keyboard.grab = g;
        if (old != null) seat.focus.events(old.window, FocusConstants.FOCUS_WINDOW, g.window, FocusConstants.FOCUS_WINDOW, NotifyMode.GRAB);
        else seat.focus.events(keyboard.focusWindow, keyboard.focusSpecial, g.window, FocusConstants.FOCUS_WINDOW, NotifyMode.GRAB);
    }

    void releaseKeyboardGrab() {
        ActiveGrab g = keyboard.grab;
        if (g == null) return;
        keyboard.grab = null;
        // As Xorg, also when the grab ends because its window was unmapped (a popup menu closing): the focus window
        // hears FocusIn(Ungrab), else GTK takes its editor for unfocused and hides the text cursor.
        Window fw = keyboard.focusWindow;
        if (fw == null || fw.viewable) seat.focus.events(g.window, FocusConstants.FOCUS_WINDOW, fw, keyboard.focusSpecial, NotifyMode.UNGRAB);
        keyboard.replay = null;
        if (pointer.grab == null || pointer.grab.client != g.client) thawAll(g.client);
        else if (keyboard.frozenBy == g.client) { keyboard.frozenBy = null; drainHeld(); }
    }

    // ---- AllowEvents --------------------------------------------------------------------------------

    /** AllowEvents with a valid mode: thaws or replays what {@code c} froze. */
    void allowEvents(Client c, int mode, int time) {
        int now = seat.server.time();
        if (time != Seat.CURRENT_TIME && (time - now) > 0) return;
        boolean p = pointer.frozenBy == c, k = keyboard.frozenBy == c;
        switch (mode) {
            case AllowEventsMode.ASYNC_POINTER -> { if (p) pointer.frozenBy = null; }
            case AllowEventsMode.SYNC_POINTER -> { if (p) { pointer.frozenBy = null; pointer.syncOnce = true; } }
            case AllowEventsMode.REPLAY_POINTER -> { if (p) replayPointer(); }
            case AllowEventsMode.ASYNC_KEYBOARD -> { if (k) keyboard.frozenBy = null; }
            case AllowEventsMode.SYNC_KEYBOARD -> { if (k) { keyboard.frozenBy = null; keyboard.syncOnce = true; } }
            case AllowEventsMode.REPLAY_KEYBOARD -> { if (k) replayKeyboard(); }
            case AllowEventsMode.ASYNC_BOTH -> { if (p) pointer.frozenBy = null; if (k) keyboard.frozenBy = null; }
            default -> { // SYNC_BOTH
                if (p) { pointer.frozenBy = null; pointer.syncOnce = true; }
                if (k) { keyboard.frozenBy = null; keyboard.syncOnce = true; }
            }
        }
        drainHeld();
    }

    /**
     * ReplayPointer: the grab that a press activated ends, and the press is delivered again as if
     * that grab had not existed, looking for passive grabs only below the grab window.
     */
    private void replayPointer() {
        ActiveGrab g = pointer.grab;
        HeldEvent press = pointer.replay;
        if (g == null || !g.fromPassive || press == null) { pointer.frozenBy = null; return; }
        Window grabWindow = g.window;
        pointer.grab = null;
        pointer.replay = null;
        pointer.frozenBy = null;
        int logical = pointer.logical(press.detail());
        int bit = Modifiers.buttonMask(logical);
        int saved = pointer.buttons, savedXi = pointer.xiButtons;
        pointer.buttons &= ~bit; // the event reports the state before its own press
        if (logical < 32) pointer.xiButtons &= ~(1 << logical);
        activatePassiveButtonGrab(logical, grabWindow, press.detail());
        seat.delivery.pointerEvent(E_BUTTON_PRESS, logical, BUTTON_PRESS, pointer.id());
        pointer.buttons = saved;
        pointer.xiButtons = savedXi;
        seat.observer.cursorMayHaveChanged();
    }

    private void replayKeyboard() {
        ActiveGrab g = keyboard.grab;
        HeldEvent press = keyboard.replay;
        if (g == null || !g.fromPassive || press == null) { keyboard.frozenBy = null; return; }
        Window grabWindow = g.window;
        keyboard.grab = null;
        keyboard.replay = null;
        keyboard.frozenBy = null;
        boolean wasDown = keyboard.keysDown[press.detail()];
        keyboard.keysDown[press.detail()] = false;
        activatePassiveKeyGrab(press.detail(), grabWindow);
        seat.delivery.keyEvent(E_KEY_PRESS, press.detail(), KEY_PRESS, keyboard.id());
        keyboard.keysDown[press.detail()] = wasDown;
    }

    // ---- lifecycle ----------------------------------------------------------------------------------

    void windowGone(Window w) {
        passiveGrabs.removeIf(pg -> pg.window() == w || pg.confineTo() == w);
        ActiveGrab pg = pointer.grab;
        if (pg != null && (pg.window == w || pg.confineTo == w)) releasePointerGrab();
        if (keyboard.grab != null && keyboard.grab.window == w) releaseKeyboardGrab();
    }

    public void clientClosed(Client c) {
        if (pointer.grabbedBy(c)) releasePointerGrab();
        if (keyboard.grabbedBy(c)) releaseKeyboardGrab();
        thawAll(c);
        for (Iterator<PassiveGrab> it = passiveGrabs.iterator(); it.hasNext(); ) if (it.next().client() == c) it.remove();
    }
}
