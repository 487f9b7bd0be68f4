// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
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
}
