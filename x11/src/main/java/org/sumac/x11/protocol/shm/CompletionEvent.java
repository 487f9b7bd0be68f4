// Generated from xcb-proto 1.15.2 (shm.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.shm;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * Completion event (number 0 from the extension's first event).
 *
 * @param drawable DRAWABLE
 * @param minorEvent CARD16
 * @param majorEvent BYTE
 * @param shmseg SEG
 * @param offset CARD32
 */
public record CompletionEvent(int drawable, int minorEvent, int majorEvent, int shmseg, int offset) implements org.sumac.x11.protocol.Event {
    /** Event number relative to the extension's first event. */
    public static final int NUMBER = 0;

    @Override
    public int detail() {
        return 0;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(drawable);
        o.u16(minorEvent);
        o.u8(majorEvent);
        o.zeros(1);
        o.i32(shmseg);
        o.i32(offset);
    }
}
