// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;
import org.sumac.x11.protocol.Card32List;

/**
 * SetPictureFilter request (minor opcode 30).
 *
 * @param picture PICTURE
 * @param filterLen CARD16
 * @param filter list of char, filter_len items
 * @param values list of FIXED, the rest of the request
 */
public record SetPictureFilter(int picture, int filterLen, ByteList filter, Card32List values) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static SetPictureFilter parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int picture = in_.int32At(4);
        int filterLen = in_.card16At(8);
        int filterN_ = filterLen;
        int pos_ = 12;
        ByteList filter = new ByteList(in_, pos_, filterN_);
        pos_ += filterN_;
        pos_ = (pos_ + 3) & -4;
        if (in_.length() < pos_ || (in_.length() - pos_) % 4 != 0) throw XError.length();
        int valuesN_ = (in_.length() - pos_) / 4;
        Card32List values = new Card32List(in_, pos_, valuesN_);
        pos_ += valuesN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new SetPictureFilter(picture, filterLen, filter, values);
    }
}
