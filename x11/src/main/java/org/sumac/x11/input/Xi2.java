package org.sumac.x11.input;

import org.sumac.x11.server.Client;
import org.sumac.x11.window.Window;

/**
 * XInput 2's side of device event delivery, implemented by the extension when a display offers it (null on the
 * seat otherwise, so the core path pays one null test). Types are XI2's event types (XI_KeyPress 2 ...
 * XI_RawMotion 17); device ids are XI2's (masters 2 and 3, slaves from 4).
 */
public interface Xi2 {
    /**
     * Sends a device event (key, button, motion) as XI2 to each client that selected it on {@code w} for
     * {@code deviceId} (or for all devices / all masters), or only to {@code only} when it is not null.
     * Returns the first client it went to, null when none selected it.
     */
    Client deliver(Window w, Window child, int type, int deviceId, int sourceId, int detail, int time, Client only);

    /** The XI2 event mask a client selected on a window for a device (all-devices masks included), 0 when none. */
    long mask(Client c, Window w, int deviceId);

    /** Sends a device event to a grabbing client whatever its selections, relative to the grab window. */
    void deliverTo(Client c, Window w, Window child, int type, int deviceId, int sourceId, int detail, int time);

    /** Raw events, to the root window's selections, whatever the grabs; raw motion reports (rawX, rawY). */
    void raw(int type, int deviceId, int sourceId, int detail, int time, int rawX, int rawY);

    /** A master's events now come from another slave: DeviceChanged (SlaveSwitch) to every selecting window. */
    void slaveSwitched(int masterId, int slaveId, int time);

    /** XI_Enter (7) or XI_Leave (8) of the master pointer at {@code w}, to {@code only} when not null. */
    void crossing(Window w, Window child, int type, int mode, int detail, boolean focus, int time, Client only);

    /** XI_FocusIn (9) or XI_FocusOut (10) of the master keyboard at {@code w}. */
    void focus(Window w, int type, int mode, int detail, int time);
}
