// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * ActionMessage event (number 9 from the extension's first event).
 *
 * @param xkbType CARD8
 * @param time TIMESTAMP
 * @param deviceID CARD8
 * @param keycode KEYCODE
 * @param press BOOL
 * @param keyEventFollows BOOL
 * @param mods CARD8, mask of ModMask
 * @param group CARD8, values of Group
 * @param message list of STRING8, 8 items
 */
public record ActionMessageEvent(int xkbType, int time, int deviceID, int keycode, boolean press, boolean keyEventFollows, int mods, int group, String message) implements org.sumac.x11.protocol.Event {
    /** Event number: the xkbType in byte 1 (every XKB event has the extension's first event code). */
    public static final int NUMBER = 9;

    @Override
    public int detail() {
        return xkbType;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(time);
        o.u8(deviceID);
        o.u8(keycode);
        o.bool(press);
        o.bool(keyEventFollows);
        o.u8(mods);
        o.u8(group);
        if (message.length() != 8) throw new IllegalArgumentException("message: 8 items");
        o.string8(message);
        o.zeros(10);
    }
}
