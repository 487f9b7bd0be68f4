// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ByteList;

/**
 * The KeyName struct (4 bytes).
 *
 * @param name list of char, 4 items
 */
public record KeyName(String name) {
    /** Bytes on the wire. */
    public static final int SIZE = 4;

    /** Reads one from a request, at an offset from the request's start. */
    public static KeyName read(RequestReader in_, int at_) {
        String name = new ByteList(in_, at_, 4).string();
        return new KeyName(name);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        if (name.length() != 4) throw new IllegalArgumentException("name: 4 items");
        o.string8(name);
    }
}
