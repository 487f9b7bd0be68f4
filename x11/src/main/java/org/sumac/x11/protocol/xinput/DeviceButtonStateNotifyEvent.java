// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * DeviceButtonStateNotify event (number 14 from the extension's first event).
 *
 * @param deviceId BYTE
 * @param buttons list of CARD8, 28 items
 */
public record DeviceButtonStateNotifyEvent(int deviceId, byte[] buttons) implements org.sumac.x11.protocol.Event {
    /** Event number relative to the extension's first event. */
    public static final int NUMBER = 14;

    @Override
    public int detail() {
        return deviceId;
    }

    @Override
    public void write(ReplyWriter o) {
        if (buttons.length != 28) throw new IllegalArgumentException("buttons: 28 items");
        o.bytes(buttons);
    }
}
