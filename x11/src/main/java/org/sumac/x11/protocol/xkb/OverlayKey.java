// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ByteList;

/**
 * The OverlayKey struct (8 bytes).
 *
 * @param over list of STRING8, 4 items
 * @param under list of STRING8, 4 items
 */
public record OverlayKey(String over, String under) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static OverlayKey read(RequestReader in_, int at_) {
        String over = new ByteList(in_, at_, 4).string();
        String under = new ByteList(in_, at_ + 4, 4).string();
        return new OverlayKey(over, under);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        if (over.length() != 4) throw new IllegalArgumentException("over: 4 items");
        o.string8(over);
        if (under.length() != 4) throw new IllegalArgumentException("under: 4 items");
        o.string8(under);
    }
}
