// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * NoExposure event (number 14).
 *
 * @param drawable DRAWABLE
 * @param minorOpcode CARD16
 * @param majorOpcode CARD8
 */
public record NoExposureEvent(int drawable, int minorOpcode, int majorOpcode) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 14;

    @Override
    public int detail() {
        return 0;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(drawable);
        o.u16(minorOpcode);
        o.u8(majorOpcode);
        o.zeros(1);
    }
}
