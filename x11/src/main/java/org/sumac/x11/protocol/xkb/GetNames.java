// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * GetNames request (minor opcode 17).
 *
 * @param deviceSpec DeviceSpec
 * @param which CARD32, mask of NameDetail
 */
public record GetNames(int deviceSpec, int which) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetNames parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int deviceSpec = in_.card16At(4);
        int which = in_.int32At(8);
        return new GetNames(deviceSpec, which);
    }
}
