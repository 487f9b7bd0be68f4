// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * DeviceKeyStateNotify event (number 13 from the extension's first event).
 *
 * @param deviceId BYTE
 * @param keys list of CARD8, 28 items
 */
public record DeviceKeyStateNotifyEvent(int deviceId, byte[] keys) implements org.sumac.x11.protocol.Event {
    /** Event number relative to the extension's first event. */
    public static final int NUMBER = 13;

    @Override
    public int detail() {
        return deviceId;
    }

    @Override
    public void write(ReplyWriter o) {
        if (keys.length != 28) throw new IllegalArgumentException("keys: 28 items");
        o.bytes(keys);
    }
}
