// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * MappingNotify event (number 34).
 *
 * @param request BYTE, values of Mapping
 * @param firstKeycode KEYCODE
 * @param count CARD8
 */
public record MappingNotifyEvent(int request, int firstKeycode, int count) implements org.sumac.x11.protocol.Event {
    /** Event number. */
    public static final int NUMBER = 34;

    @Override
    public int detail() {
        return 0;
    }

    @Override
    public void write(ReplyWriter o) {
        o.u8(request);
        o.u8(firstKeycode);
        o.u8(count);
        o.zeros(1);
    }
}
