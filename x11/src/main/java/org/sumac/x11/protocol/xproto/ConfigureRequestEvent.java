// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * ConfigureRequest event (number 23).
 *
 * @param stackMode BYTE, values of StackMode
 * @param parent WINDOW
 * @param window WINDOW
 * @param sibling WINDOW
 * @param x INT16
 * @param y INT16
 * @param width CARD16
 * @param height CARD16
 * @param borderWidth CARD16
 * @param valueMask CARD16, mask of ConfigWindow
 */
public record ConfigureRequestEvent(int stackMode, int parent, int window, int sibling, int x, int y, int width, int height, int borderWidth, int valueMask) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 23;

    @Override
    public int detail() {
        return stackMode;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(parent);
        o.i32(window);
        o.i32(sibling);
        o.u16(x);
        o.u16(y);
        o.u16(width);
        o.u16(height);
        o.u16(borderWidth);
        o.u16(valueMask);
    }
}
