// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The DeviceInfo struct (8 bytes).
 *
 * @param deviceType ATOM
 * @param deviceId CARD8
 * @param numClassInfo CARD8
 * @param deviceUse CARD8, values of DeviceUse
 */
public record DeviceInfo(int deviceType, int deviceId, int numClassInfo, int deviceUse) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static DeviceInfo read(RequestReader in_, int at_) {
        int deviceType = in_.int32At(at_);
        int deviceId = in_.card8At(at_ + 4);
        int numClassInfo = in_.card8At(at_ + 5);
        int deviceUse = in_.card8At(at_ + 6);
        return new DeviceInfo(deviceType, deviceId, numClassInfo, deviceUse);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(deviceType);
        o.u8(deviceId);
        o.u8(numClassInfo);
        o.u8(deviceUse);
        o.zeros(1);
    }
}
