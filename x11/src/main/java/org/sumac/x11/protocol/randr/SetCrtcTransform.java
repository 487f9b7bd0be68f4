// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;
import org.sumac.x11.protocol.Card32List;

/**
 * SetCrtcTransform request (minor opcode 26).
 *
 * @param crtc CRTC
 * @param transform TRANSFORM
 * @param filterLen CARD16
 * @param filterName list of char, filter_len items
 * @param filterParams list of FIXED, the rest of the request
 */
public record SetCrtcTransform(int crtc, org.sumac.x11.protocol.render.Transform transform, int filterLen, ByteList filterName, Card32List filterParams) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static SetCrtcTransform parse(RequestReader in_) {
        if (in_.length() < 48) throw XError.length();
        int crtc = in_.int32At(4);
        org.sumac.x11.protocol.render.Transform transform = org.sumac.x11.protocol.render.Transform.read(in_, 8);
        int filterLen = in_.card16At(44);
        int filterNameN_ = filterLen;
        int pos_ = 48;
        ByteList filterName = new ByteList(in_, pos_, filterNameN_);
        pos_ += filterNameN_;
        pos_ = (pos_ + 3) & -4;
        if (in_.length() < pos_ || (in_.length() - pos_) % 4 != 0) throw XError.length();
        int filterParamsN_ = (in_.length() - pos_) / 4;
        Card32List filterParams = new Card32List(in_, pos_, filterParamsN_);
        pos_ += filterParamsN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new SetCrtcTransform(crtc, transform, filterLen, filterName, filterParams);
    }
}
