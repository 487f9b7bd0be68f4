// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * ControlsNotify event (number 3 from the extension's first event).
 *
 * @param xkbType CARD8
 * @param time TIMESTAMP
 * @param deviceID CARD8
 * @param numGroups CARD8
 * @param changedControls CARD32, mask of Control
 * @param enabledControls CARD32, mask of BoolCtrl
 * @param enabledControlChanges CARD32, mask of BoolCtrl
 * @param keycode KEYCODE
 * @param eventType CARD8
 * @param requestMajor CARD8
 * @param requestMinor CARD8
 */
public record ControlsNotifyEvent(int xkbType, int time, int deviceID, int numGroups, int changedControls, int enabledControls, int enabledControlChanges, int keycode, int eventType, int requestMajor, int requestMinor) implements org.sumac.x11.protocol.Event {
    /** Event number: the xkbType in byte 1 (every XKB event has the extension's first event code). */
    public static final int NUMBER = 3;

    @Override
    public int detail() {
        return xkbType;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(time);
        o.u8(deviceID);
        o.u8(numGroups);
        o.zeros(2);
        o.i32(changedControls);
        o.i32(enabledControls);
        o.i32(enabledControlChanges);
        o.u8(keycode);
        o.u8(eventType);
        o.u8(requestMajor);
        o.u8(requestMinor);
        o.zeros(4);
    }
}
