// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.ByteList;

/**
 * The AddMaster struct (variable size).
 *
 * @param type CARD16, values of HierarchyChangeType
 * @param len CARD16
 * @param sendCore BOOL
 * @param enable BOOL
 * @param name list of char, name_len items
 */
public record AddMaster(int type, int len, boolean sendCore, boolean enable, String name) {
    /** Reads one from a request, at an offset from the request's start. */
    public static AddMaster read(RequestReader in_, int at_) {
        int type = in_.card16At(at_);
        int len = in_.card16At(at_ + 2);
        int nameLen = in_.card16At(at_ + 4);
        boolean sendCore = in_.card8At(at_ + 6) != 0;
        boolean enable = in_.card8At(at_ + 7) != 0;
        int nameN_ = nameLen;
        int pos_ = at_ + 8;
        String name = new ByteList(in_, pos_, nameN_).string();
        pos_ += nameN_;
        pos_ = (pos_ + 3) & -4;
        return new AddMaster(type, len, sendCore, enable, name);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 2;
        n += 2;
        n += 2;
        n += 1;
        n += 1;
        n += name.length();
        n = (n + 3) & -4;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(type);
        o.u16(len);
        o.u16(name.length());
        o.bool(sendCore);
        o.bool(enable);
        o.string8(name);
        o.zeros(-o.size() & 3);
    }
}
