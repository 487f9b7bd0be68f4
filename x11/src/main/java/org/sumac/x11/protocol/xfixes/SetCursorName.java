// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * SetCursorName request (minor opcode 23).
 *
 * @param cursor CURSOR
 * @param nbytes CARD16
 * @param name list of char, nbytes items
 */
public record SetCursorName(int cursor, int nbytes, ByteList name) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static SetCursorName parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int cursor = in_.int32At(4);
        int nbytes = in_.card16At(8);
        int nameN_ = nbytes;
        int pos_ = 12;
        ByteList name = new ByteList(in_, pos_, nameN_);
        pos_ += nameN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new SetCursorName(cursor, nbytes, name);
    }
}
