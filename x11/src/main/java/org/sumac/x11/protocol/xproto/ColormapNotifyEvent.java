// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * ColormapNotify event (number 32).
 *
 * @param window WINDOW
 * @param colormap COLORMAP
 * @param newValue BOOL
 * @param state BYTE, values of ColormapState
 */
public record ColormapNotifyEvent(int window, int colormap, boolean newValue, int state) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 32;

    @Override
    public int detail() {
        return 0;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(window);
        o.i32(colormap);
        o.bool(newValue);
        o.u8(state);
        o.zeros(2);
    }
}
