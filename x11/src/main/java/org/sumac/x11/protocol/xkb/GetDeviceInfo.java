// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetDeviceInfo request (minor opcode 24).
 *
 * @param deviceSpec DeviceSpec
 * @param wanted CARD16, mask of XIFeature
 * @param allButtons BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param firstButton CARD8
 * @param nButtons CARD8
 * @param ledClass LedClassSpec, values of LedClass
 * @param ledID IDSpec
 */
public record GetDeviceInfo(int deviceSpec, int wanted, int allButtons, int firstButton, int nButtons, int ledClass, int ledID) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetDeviceInfo parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int deviceSpec = in_.card16At(4);
        int wanted = in_.card16At(6);
        int allButtons = in_.card8At(8);
        int firstButton = in_.card8At(9);
        int nButtons = in_.card8At(10);
        int ledClass = in_.card16At(12);
        int ledID = in_.card16At(14);
        return new GetDeviceInfo(deviceSpec, wanted, allButtons, firstButton, nButtons, ledClass, ledID);
    }

    /**
     * The reply to GetDeviceInfo.
     *
     * @param deviceID CARD8
     * @param present CARD16, mask of XIFeature
     * @param supported CARD16, mask of XIFeature
     * @param unsupported CARD16, mask of XIFeature
     * @param firstBtnWanted CARD8
     * @param nBtnsWanted CARD8
     * @param firstBtnRtrn CARD8
     * @param totalBtns CARD8
     * @param hasOwnState BOOL
     * @param dfltKbdFB CARD16
     * @param dfltLedFB CARD16
     * @param devType ATOM
     * @param name list of STRING8, nameLen items
     * @param btnActions list of Action, nBtnsRtrn items
     * @param leds list of DeviceLedInfo, nDeviceLedFBs items
     */
    public record Reply(int deviceID, int present, int supported, int unsupported, int firstBtnWanted, int nBtnsWanted, int firstBtnRtrn, int totalBtns, boolean hasOwnState, int dfltKbdFB, int dfltLedFB, int devType, String name, java.util.List<byte[]> btnActions, java.util.List<DeviceLedInfo> leds) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, deviceID);
            o.u16(present);
            o.u16(supported);
            o.u16(unsupported);
            o.u16(leds.size());
            o.u8(firstBtnWanted);
            o.u8(nBtnsWanted);
            o.u8(firstBtnRtrn);
            o.u8(btnActions.size());
            o.u8(totalBtns);
            o.bool(hasOwnState);
            o.u16(dfltKbdFB);
            o.u16(dfltLedFB);
            o.zeros(2);
            o.i32(devType);
            o.u16(name.length());
            o.string8(name);
            o.zeros(-o.size() & 3);
            for (var e_ : btnActions) o.bytes(e_);
            for (var e_ : leds) e_.write(o);
        }
    }
}
