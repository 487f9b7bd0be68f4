// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * GraphicsExposure event (number 13).
 *
 * @param drawable DRAWABLE
 * @param x CARD16
 * @param y CARD16
 * @param width CARD16
 * @param height CARD16
 * @param minorOpcode CARD16
 * @param count CARD16
 * @param majorOpcode CARD8
 */
public record GraphicsExposureEvent(int drawable, int x, int y, int width, int height, int minorOpcode, int count, int majorOpcode) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 13;

    @Override
    public int detail() {
        return 0;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(drawable);
        o.u16(x);
        o.u16(y);
        o.u16(width);
        o.u16(height);
        o.u16(minorOpcode);
        o.u16(count);
        o.u8(majorOpcode);
        o.zeros(3);
    }
}
