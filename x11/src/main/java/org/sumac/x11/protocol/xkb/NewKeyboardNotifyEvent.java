// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * NewKeyboardNotify event (number 0 from the extension's first event).
 *
 * @param xkbType CARD8
 * @param time TIMESTAMP
 * @param deviceID CARD8
 * @param oldDeviceID CARD8
 * @param minKeyCode KEYCODE
 * @param maxKeyCode KEYCODE
 * @param oldMinKeyCode KEYCODE
 * @param oldMaxKeyCode KEYCODE
 * @param requestMajor CARD8
 * @param requestMinor CARD8
 * @param changed CARD16, mask of NKNDetail
 */
public record NewKeyboardNotifyEvent(int xkbType, int time, int deviceID, int oldDeviceID, int minKeyCode, int maxKeyCode, int oldMinKeyCode, int oldMaxKeyCode, int requestMajor, int requestMinor, int changed) implements org.sumac.x11.protocol.Event {
    /** Event number: the xkbType in byte 1 (every XKB event has the extension's first event code). */
    public static final int NUMBER = 0;

    @Override
    public int detail() {
        return xkbType;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(time);
        o.u8(deviceID);
        o.u8(oldDeviceID);
        o.u8(minKeyCode);
        o.u8(maxKeyCode);
        o.u8(oldMinKeyCode);
        o.u8(oldMaxKeyCode);
        o.u8(requestMajor);
        o.u8(requestMinor);
        o.u16(changed);
        o.zeros(14);
    }
}
