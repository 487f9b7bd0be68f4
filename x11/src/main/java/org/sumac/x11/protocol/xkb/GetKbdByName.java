// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * GetKbdByName request (minor opcode 23).
 *
 * @param deviceSpec DeviceSpec
 * @param need CARD16, mask of GBNDetail
 * @param want CARD16, mask of GBNDetail
 * @param load BOOL (as sent: 0 False, 1 True, anything else BadValue)
 */
public record GetKbdByName(int deviceSpec, int need, int want, int load) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetKbdByName parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int deviceSpec = in_.card16At(4);
        int need = in_.card16At(6);
        int want = in_.card16At(8);
        int load = in_.card8At(10);
        return new GetKbdByName(deviceSpec, need, want, load);
    }
}
