package org.sumac.x11.input;

import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

import static org.sumac.x11.server.EventMask.BUTTON1_MOTION;
import static org.sumac.x11.server.EventMask.BUTTON_MOTION;
import static org.sumac.x11.server.EventMask.BUTTON_PRESS;
import static org.sumac.x11.server.EventMask.BUTTON_RELEASE;
import static org.sumac.x11.server.EventMask.E_BUTTON_PRESS;
import static org.sumac.x11.server.EventMask.E_BUTTON_RELEASE;
import static org.sumac.x11.server.EventMask.E_KEY_PRESS;
import static org.sumac.x11.server.EventMask.E_KEY_RELEASE;
import static org.sumac.x11.server.EventMask.E_MOTION;
import static org.sumac.x11.server.EventMask.KEY_PRESS;
import static org.sumac.x11.server.EventMask.KEY_RELEASE;
import static org.sumac.x11.server.EventMask.POINTER_MOTION;

/**
 * Device events as they arrive (XTEST, SPICE, held events let through): they update device state, cross
 * windows, activate passive grabs and go out through {@link Delivery}; a frozen device holds them instead.
 */
public final class DeviceEvents {
    private final Seat seat;
    private final XServer server;
    private final Pointer pointer;
    private final Keyboard keyboard;

    DeviceEvents(Seat seat) {
        this.seat = seat;
        this.server = seat.server;
        this.pointer = seat.pointer;
        this.keyboard = seat.keyboard;
    }

    /** The pointer moves to (x, y) on the screen, from the SPICE client's pointer. */
    public void motion(int x, int y) { motion(x, y, Device.SPICE_POINTER_ID); }

    /** A physical button of the SPICE client's pointer goes down or up. */
    public void button(int button, boolean press) { button(button, press, Device.SPICE_POINTER_ID); }

    /** A key of the SPICE client's keyboard goes down or up. */
    public void key(int keycode, boolean press) { key(keycode, press, Device.SPICE_KEYBOARD_ID); }

    /**
     * The pointer moves to (x, y) on the screen, clamped to the screen and the grab's confine-to window; {@code source}
     * is the XI2 id of the slave it came from (the master's own id for a warp: no raw or slave event, as Xorg).
     */
    public void motion(int x, int y, int source) { motion(x, y, source, x, y); }

    /** As {@link #motion(int, int, int)}, with the values XI2's raw event reports (a relative move's deltas). */
    public void motion(int x, int y, int source, int rawX, int rawY) {
        if (pointer.frozenBy != null) { seat.grabs.hold(new HeldEvent(HeldEvent.MOTION, 0, false, x, y)); return; }
        x = Math.max(0, Math.min(server.screenWidth() - 1, x));
        y = Math.max(0, Math.min(server.screenHeight() - 1, y));
        ActiveGrab g = pointer.grab;
        if (g != null && g.confineTo != null && g.confineTo.viewable) {
            Window cf = g.confineTo;
            x = Math.max(cf.absX, Math.min(cf.absX + cf.width - 1, x));
            y = Math.max(cf.absY, Math.min(cf.absY + cf.height - 1, y));
        }
        if (x == pointer.x() && y == pointer.y()) return;
        // XI2's raw and slave events go out before the move, as Xorg's: the slave's event has the old position.
        if (seat.xi2 != null) source = seat.delivery.xiMotionBefore(x, y, rawX, rawY, source);
        else if (source != pointer.id()) pointer.lastSlave = source;
        pointer.moveTo(x, y);
        seat.crossing.updatePointerWindow(NotifyMode.NORMAL);
        int buttons = pointer.buttons;
        int mask = POINTER_MOTION | (buttons != 0 ? BUTTON_MOTION : 0);
        for (int b = 1; b <= 5; b++) if ((buttons & Modifiers.buttonMask(b)) != 0) mask |= BUTTON1_MOTION << (b - 1);
        seat.delivery.pointerEvent(E_MOTION, 0, mask, source);
    }

    /** A physical button of slave {@code source} goes down or up; the pointer mapping makes it a logical one. */
    public void button(int button, boolean press, int source) {
        if (button < 1 || button > 255) return;
        if (pointer.frozenBy != null) { seat.grabs.hold(new HeldEvent(HeldEvent.BUTTON, button, press, 0, 0)); return; }
        if (source == Device.SPICE_POINTER_ID && button >= 4 && button <= 7) {
            // The release went out with the press: a wheel step is one motion and one emulated click.
            if (press) wheelStep(button, source);
            return;
        }
        buttonEvent(button, press, source);
    }

    /**
     * A wheel step of a pointer with scroll valuators, as Xorg turns a scroll button press of such a device (a
     * physical mouse under xf86-input-libinput): an XI2 motion of the scroll valuator (no core motion: x and y did
     * not move), then the press and release of the button, flagged XIPointerEmulated for XI2 clients (GTK takes
     * the motion as a smooth scroll and ignores the emulated buttons); core clients see the click as before.
     */
    private void wheelStep(int button, int source) {
        int axis = button <= 5 ? 3 : 2, delta = (button % 2 == 0 ? -1 : 1) * Pointer.SCROLL_INCREMENT;
        pointer.scroll[axis] += delta;
        if (seat.xi2 != null) {
            pointer.scrollAxis = axis;
            pointer.scrollDelta = delta;
            try {
                seat.delivery.scrollMotion(source);
            } finally {
                pointer.scrollAxis = -1;
            }
        }
        pointer.xiFlags = Pointer.XI_POINTER_EMULATED;
        try {
            buttonEvent(button, true, source);
            buttonEvent(button, false, source);
        } finally {
            pointer.xiFlags = 0;
        }
    }

    private void buttonEvent(int button, boolean press, int source) {
        int logical = pointer.logical(button);
        if (logical == 0) return;
        int bit = Modifiers.buttonMask(logical);
        if (press) {
            if (pointer.grab == null) seat.grabs.activatePassiveButtonGrab(logical, null, button);
            seat.delivery.pointerEvent(E_BUTTON_PRESS, logical, BUTTON_PRESS, source);
            pointer.buttons |= bit;
            if (logical < 32) pointer.xiButtons |= 1 << logical;
        } else {
            if (logical <= 5 && (pointer.buttons & bit) == 0) return;
            seat.delivery.pointerEvent(E_BUTTON_RELEASE, logical, BUTTON_RELEASE, source);
            pointer.buttons &= ~bit;
            if (logical < 32) pointer.xiButtons &= ~(1 << logical);
            ActiveGrab g = pointer.grab;
            if (pointer.buttons == 0 && g != null && (g.implicit || g.fromPassive)) seat.grabs.releasePointerGrab();
        }
        seat.grabs.refreezeAfterSyncOnce(pointer);
    }

    /** A key of slave {@code source} goes down or up; keycodes outside 8-255 are ignored. */
    public void key(int keycode, boolean press, int source) {
        if (keycode < 8 || keycode > 255) return;
        if (keyboard.frozenBy != null) { seat.grabs.hold(new HeldEvent(HeldEvent.KEY, keycode, press, 0, 0)); return; }
        if (press) {
            if (!keyboard.keysDown[keycode] && keyboard.toggleLocks(keycode)) seat.observer.locksMayHaveChanged();
            if (keyboard.grab == null) seat.grabs.activatePassiveKeyGrab(keycode, null);
            seat.delivery.keyEvent(E_KEY_PRESS, keycode, KEY_PRESS, source);
            keyboard.lockGroupAfterPress(keycode); // the press itself reports the group before, as Xorg's
            keyboard.keysDown[keycode] = true;
            seat.observer.keyChanged(keycode, true);
        } else {
            if (!keyboard.keysDown[keycode]) return;
            seat.delivery.keyEvent(E_KEY_RELEASE, keycode, KEY_RELEASE, source);
            keyboard.keysDown[keycode] = false;
            seat.observer.keyChanged(keycode, false);
            ActiveGrab g = keyboard.grab;
            if (g != null && g.fromPassive && g.key == keycode) seat.grabs.releaseKeyboardGrab();
        }
        seat.grabs.refreezeAfterSyncOnce(keyboard);
    }
}
