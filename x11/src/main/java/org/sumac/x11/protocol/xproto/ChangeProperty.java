// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * ChangeProperty request (opcode 18).
 *
 * @param mode CARD8, values of PropMode
 * @param window WINDOW
 * @param property ATOM
 * @param type ATOM
 * @param format CARD8
 * @param dataLen CARD32
 * @param data list of void, length by an expression (BadLength when taken if the request's length differs)
 */
public record ChangeProperty(int mode, int window, int property, int type, int format, int dataLen, ByteList data) {
    /**
     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether data
     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.
     */
    public static ChangeProperty parse(RequestReader in_) {
        if (in_.length() < 24) throw XError.length();
        int mode = in_.card8At(1);
        int window = in_.int32At(4);
        int property = in_.int32At(8);
        int type = in_.int32At(12);
        int format = in_.card8At(16);
        int dataLen = in_.int32At(20);
        long dataN_ = ((Integer.toUnsignedLong(dataLen) * (long) format) / 8);
        ByteList data = dataN_ >= 0 && in_.length() == ((24 + dataN_ + 3) & -4L)
            ? new ByteList(in_, 24, (int) dataN_) : null;
        return new ChangeProperty(mode, window, property, type, format, dataLen, data);
    }

    /**
     * The data, or BadLength when the request's length does not match them. Take them where
     * Xorg counts them: after the mode and format checks (BadValue), before the window lookup.
     */
    public ByteList data() {
        if (data == null) throw XError.length();
        return data;
    }
}
