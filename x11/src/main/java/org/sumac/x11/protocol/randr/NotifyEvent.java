// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * Notify event (number 1 from the extension's first event).
 *
 * @param subCode CARD8, values of Notify
 * @param u NotifyData
 */
public record NotifyEvent(int subCode, byte[] u) implements org.sumac.x11.protocol.Event {
    /** Event number relative to the extension's first event. */
    public static final int NUMBER = 1;

    @Override
    public int detail() {
        return subCode;
    }

    @Override
    public void write(ReplyWriter o) {
        if (u.length != 28) throw new IllegalArgumentException("u: 28 bytes");
        o.bytes(u);
    }
}
