// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ByteList;

/**
 * The KeyAlias struct (8 bytes).
 *
 * @param real list of char, 4 items
 * @param alias list of char, 4 items
 */
public record KeyAlias(String real, String alias) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static KeyAlias read(RequestReader in_, int at_) {
        String real = new ByteList(in_, at_, 4).string();
        String alias = new ByteList(in_, at_ + 4, 4).string();
        return new KeyAlias(real, alias);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        if (real.length() != 4) throw new IllegalArgumentException("real: 4 items");
        o.string8(real);
        if (alias.length() != 4) throw new IllegalArgumentException("alias: 4 items");
        o.string8(alias);
    }
}
