// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The GroupInfo struct (4 bytes).
 *
 * @param base CARD8
 * @param latched CARD8
 * @param locked CARD8
 * @param effective CARD8
 */
public record GroupInfo(int base, int latched, int locked, int effective) {
    /** Bytes on the wire. */
    public static final int SIZE = 4;

    /** Reads one from a request, at an offset from the request's start. */
    public static GroupInfo read(RequestReader in_, int at_) {
        int base = in_.card8At(at_);
        int latched = in_.card8At(at_ + 1);
        int locked = in_.card8At(at_ + 2);
        int effective = in_.card8At(at_ + 3);
        return new GroupInfo(base, latched, locked, effective);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u8(base);
        o.u8(latched);
        o.u8(locked);
        o.u8(effective);
    }
}
