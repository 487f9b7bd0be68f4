package org.sumac.x11.input;

import org.sumac.x11.server.Client;
import org.sumac.x11.server.Cursors;
import org.sumac.x11.window.Window;

/**
 * A passive grab set up by GrabButton or GrabKey (or XIPassiveGrabDevice: {@code xi2}, its events chosen by
 * {@code xiMask}); detail 0 is AnyButton/AnyKey.
 */
record PassiveGrab(Client client, Window window, boolean isKey, int detail, int modifiers, boolean ownerEvents,
                   int eventMask, int pointerMode, int keyboardMode, Window confineTo, Cursors.Cursor cursor,
                   boolean xi2, long xiMask) {
    PassiveGrab(Client client, Window window, boolean isKey, int detail, int modifiers, boolean ownerEvents,
                int eventMask, int pointerMode, int keyboardMode, Window confineTo, Cursors.Cursor cursor) {
        this(client, window, isKey, detail, modifiers, ownerEvents, eventMask, pointerMode, keyboardMode, confineTo,
            cursor, false, 0);
    }

    /** Same device kind, window, client, detail and modifiers: a new grab replaces such an old one. */
    boolean sameAs(boolean key, Window w, int det, int mods) {
        return isKey == key && window == w && detail == det && modifiers == mods;
    }
}
