// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ByteList;

/**
 * The SYSTEMCOUNTER struct (variable size).
 *
 * @param counter COUNTER
 * @param resolution sync:INT64
 * @param name list of char, name_len items
 */
public record Systemcounter(int counter, Int64 resolution, String name) {
    /** Reads one from a request, at an offset from the request's start. */
    public static Systemcounter read(RequestReader in_, int at_) {
        int counter = in_.int32At(at_);
        Int64 resolution = Int64.read(in_, at_ + 4);
        int nameLen = in_.card16At(at_ + 12);
        int nameN_ = nameLen;
        int pos_ = at_ + 14;
        String name = new ByteList(in_, pos_, nameN_).string();
        pos_ += nameN_;
        pos_ = (pos_ + 3) & -4;
        return new Systemcounter(counter, resolution, name);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 4;
        n += 8;
        n += 2;
        n += name.length();
        n = (n + 3) & -4;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(counter);
        resolution.write(o);
        o.u16(name.length());
        o.string8(name);
        o.zeros(-o.size() & 3);
    }
}
