// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * PutImage request (opcode 72).
 *
 * @param format CARD8, values of ImageFormat
 * @param drawable DRAWABLE
 * @param gc GCONTEXT
 * @param width CARD16
 * @param height CARD16
 * @param dstX INT16
 * @param dstY INT16
 * @param leftPad CARD8
 * @param depth CARD8
 * @param data list of BYTE, the rest of the request
 */
public record PutImage(int format, int drawable, int gc, int width, int height, int dstX, int dstY, int leftPad, int depth, ByteList data) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static PutImage parse(RequestReader in_) {
        if (in_.length() < 24) throw XError.length();
        int format = in_.card8At(1);
        int drawable = in_.int32At(4);
        int gc = in_.int32At(8);
        int width = in_.card16At(12);
        int height = in_.card16At(14);
        int dstX = in_.int16At(16);
        int dstY = in_.int16At(18);
        int leftPad = in_.card8At(20);
        int depth = in_.card8At(21);
        int pos_ = 24;
        if (in_.length() < pos_ || (in_.length() - pos_) % 1 != 0) throw XError.length();
        int dataN_ = (in_.length() - pos_) / 1;
        ByteList data = new ByteList(in_, pos_, dataN_);
        pos_ += dataN_;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new PutImage(format, drawable, gc, width, height, dstX, dstY, leftPad, depth, data);
    }
}
