// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * DeviceStateNotify event (number 10 from the extension's first event).
 *
 * @param deviceId BYTE
 * @param time TIMESTAMP
 * @param numKeys CARD8
 * @param numButtons CARD8
 * @param numValuators CARD8
 * @param classesReported CARD8, mask of ClassesReportedMask
 * @param buttons list of CARD8, 4 items
 * @param keys list of CARD8, 4 items
 * @param valuators list of CARD32, 3 items
 */
public record DeviceStateNotifyEvent(int deviceId, int time, int numKeys, int numButtons, int numValuators, int classesReported, byte[] buttons, byte[] keys, int[] valuators) implements org.sumac.x11.protocol.Event {
    /** Event number relative to the extension's first event. */
    public static final int NUMBER = 10;

    @Override
    public int detail() {
        return deviceId;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(time);
        o.u8(numKeys);
        o.u8(numButtons);
        o.u8(numValuators);
        o.u8(classesReported);
        if (buttons.length != 4) throw new IllegalArgumentException("buttons: 4 items");
        o.bytes(buttons);
        if (keys.length != 4) throw new IllegalArgumentException("keys: 4 items");
        o.bytes(keys);
        if (valuators.length != 3) throw new IllegalArgumentException("valuators: 3 items");
        for (var e_ : valuators) o.i32(e_);
    }
}
