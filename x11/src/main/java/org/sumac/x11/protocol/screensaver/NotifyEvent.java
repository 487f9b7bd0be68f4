// Generated from xcb-proto 1.15.2 (screensaver.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.screensaver;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * Notify event (number 0 from the extension's first event).
 *
 * @param state BYTE, values of State
 * @param time TIMESTAMP
 * @param root WINDOW
 * @param window WINDOW
 * @param kind BYTE, values of Kind
 * @param forced BOOL
 */
public record NotifyEvent(int state, int time, int root, int window, int kind, boolean forced) implements org.sumac.x11.protocol.Event {
    /** Event number relative to the extension's first event. */
    public static final int NUMBER = 0;

    @Override
    public int detail() {
        return state;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(time);
        o.i32(root);
        o.i32(window);
        o.u8(kind);
        o.bool(forced);
        o.zeros(14);
    }
}
