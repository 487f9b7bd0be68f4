// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The ModifierInfo struct (16 bytes).
 *
 * @param base CARD32
 * @param latched CARD32
 * @param locked CARD32
 * @param effective CARD32
 */
public record ModifierInfo(int base, int latched, int locked, int effective) {
    /** Bytes on the wire. */
    public static final int SIZE = 16;

    /** Reads one from a request, at an offset from the request's start. */
    public static ModifierInfo read(RequestReader in_, int at_) {
        int base = in_.int32At(at_);
        int latched = in_.int32At(at_ + 4);
        int locked = in_.int32At(at_ + 8);
        int effective = in_.int32At(at_ + 12);
        return new ModifierInfo(base, latched, locked, effective);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(base);
        o.i32(latched);
        o.i32(locked);
        o.i32(effective);
    }
}
