// Generated from xcb-proto 1.15.2 (present.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.present;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * Generic event (number 0 from the extension's first event).
 *
 * @param extension CARD8
 * @param length CARD32
 * @param evtype CARD16
 * @param event EVENT
 */
public record GenericEvent(int extension, int length, int evtype, int event) implements org.sumac.x11.protocol.Event {
    /** Event number relative to the extension's first event. */
    public static final int NUMBER = 0;

    @Override
    public int detail() {
        return extension;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(length);
        o.u16(evtype);
        o.zeros(2);
        o.i32(event);
    }
}
