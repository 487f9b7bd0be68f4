// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * PerClientFlags request (minor opcode 21).
 *
 * @param deviceSpec DeviceSpec
 * @param change CARD32, mask of PerClientFlag
 * @param value CARD32, mask of PerClientFlag
 * @param ctrlsToChange CARD32, mask of BoolCtrl
 * @param autoCtrls CARD32, mask of BoolCtrl
 * @param autoCtrlsValues CARD32, mask of BoolCtrl
 */
public record PerClientFlags(int deviceSpec, int change, int value, int ctrlsToChange, int autoCtrls, int autoCtrlsValues) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static PerClientFlags parse(RequestReader in_) {
        if (in_.length() != 28) throw XError.length();
        int deviceSpec = in_.card16At(4);
        int change = in_.int32At(8);
        int value = in_.int32At(12);
        int ctrlsToChange = in_.int32At(16);
        int autoCtrls = in_.int32At(20);
        int autoCtrlsValues = in_.int32At(24);
        return new PerClientFlags(deviceSpec, change, value, ctrlsToChange, autoCtrls, autoCtrlsValues);
    }

    /**
     * The reply to PerClientFlags.
     *
     * @param deviceID CARD8
     * @param supported CARD32, mask of PerClientFlag
     * @param value CARD32, mask of PerClientFlag
     * @param autoCtrls CARD32, mask of BoolCtrl
     * @param autoCtrlsValues CARD32, mask of BoolCtrl
     */
    public record Reply(int deviceID, int supported, int value, int autoCtrls, int autoCtrlsValues) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, deviceID);
            o.i32(supported);
            o.i32(value);
            o.i32(autoCtrls);
            o.i32(autoCtrlsValues);
            o.zeros(8);
        }
    }
}
