// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetProperty request (opcode 20).
 *
 * @param delete BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param window WINDOW
 * @param property ATOM
 * @param type ATOM
 * @param longOffset CARD32
 * @param longLength CARD32
 */
public record GetProperty(int delete, int window, int property, int type, int longOffset, int longLength) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetProperty parse(RequestReader in_) {
        if (in_.length() != 24) throw XError.length();
        int delete = in_.card8At(1);
        int window = in_.int32At(4);
        int property = in_.int32At(8);
        int type = in_.int32At(12);
        int longOffset = in_.int32At(16);
        int longLength = in_.int32At(20);
        return new GetProperty(delete, window, property, type, longOffset, longLength);
    }

    /**
     * The reply to GetProperty.
     *
     * @param format CARD8
     * @param type ATOM
     * @param bytesAfter CARD32
     * @param valueLen CARD32
     * @param value list of void, length by an expression
     */
    public record Reply(int format, int type, int bytesAfter, int valueLen, byte[] value) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, format);
            o.i32(type);
            o.i32(bytesAfter);
            o.i32(valueLen);
            o.zeros(12);
            o.bytes(value);
        }
    }
}
