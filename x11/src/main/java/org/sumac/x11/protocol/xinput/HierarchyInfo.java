// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The HierarchyInfo struct (12 bytes).
 *
 * @param deviceid DeviceId
 * @param attachment DeviceId
 * @param type CARD8, values of DeviceType
 * @param enabled BOOL
 * @param flags CARD32, mask of HierarchyMask
 */
public record HierarchyInfo(int deviceid, int attachment, int type, boolean enabled, int flags) {
    /** Bytes on the wire. */
    public static final int SIZE = 12;

    /** Reads one from a request, at an offset from the request's start. */
    public static HierarchyInfo read(RequestReader in_, int at_) {
        int deviceid = in_.card16At(at_);
        int attachment = in_.card16At(at_ + 2);
        int type = in_.card8At(at_ + 4);
        boolean enabled = in_.card8At(at_ + 5) != 0;
        int flags = in_.int32At(at_ + 8);
        return new HierarchyInfo(deviceid, attachment, type, enabled, flags);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(deviceid);
        o.u16(attachment);
        o.u8(type);
        o.bool(enabled);
        o.zeros(2);
        o.i32(flags);
    }
}
