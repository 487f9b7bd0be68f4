// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The RemoveMaster struct (12 bytes).
 *
 * @param type CARD16, values of HierarchyChangeType
 * @param len CARD16
 * @param deviceid DeviceId
 * @param returnMode CARD8, values of ChangeMode
 * @param returnPointer DeviceId
 * @param returnKeyboard DeviceId
 */
public record RemoveMaster(int type, int len, int deviceid, int returnMode, int returnPointer, int returnKeyboard) {
    /** Bytes on the wire. */
    public static final int SIZE = 12;

    /** Reads one from a request, at an offset from the request's start. */
    public static RemoveMaster read(RequestReader in_, int at_) {
        int type = in_.card16At(at_);
        int len = in_.card16At(at_ + 2);
        int deviceid = in_.card16At(at_ + 4);
        int returnMode = in_.card8At(at_ + 6);
        int returnPointer = in_.card16At(at_ + 8);
        int returnKeyboard = in_.card16At(at_ + 10);
        return new RemoveMaster(type, len, deviceid, returnMode, returnPointer, returnKeyboard);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(type);
        o.u16(len);
        o.u16(deviceid);
        o.u8(returnMode);
        o.zeros(1);
        o.u16(returnPointer);
        o.u16(returnKeyboard);
    }
}
