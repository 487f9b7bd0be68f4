// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * DeviceValuator event (number 0 from the extension's first event).
 *
 * @param deviceId CARD8
 * @param deviceState CARD16
 * @param numValuators CARD8
 * @param firstValuator CARD8
 * @param valuators list of INT32, 6 items
 */
public record DeviceValuatorEvent(int deviceId, int deviceState, int numValuators, int firstValuator, int[] valuators) implements org.sumac.x11.protocol.Event {
    /** Event number relative to the extension's first event. */
    public static final int NUMBER = 0;

    @Override
    public int detail() {
        return deviceId;
    }

    @Override
    public void write(ReplyWriter o) {
        o.u16(deviceState);
        o.u8(numValuators);
        o.u8(firstValuator);
        if (valuators.length != 6) throw new IllegalArgumentException("valuators: 6 items");
        for (var e_ : valuators) o.i32(e_);
    }
}
