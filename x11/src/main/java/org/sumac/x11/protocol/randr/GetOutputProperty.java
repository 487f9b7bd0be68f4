// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetOutputProperty request (minor opcode 15).
 *
 * @param output OUTPUT
 * @param property ATOM
 * @param type ATOM
 * @param longOffset CARD32
 * @param longLength CARD32
 * @param delete BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param pending BOOL (as sent: 0 False, 1 True, anything else BadValue)
 */
public record GetOutputProperty(int output, int property, int type, int longOffset, int longLength, int delete, int pending) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetOutputProperty parse(RequestReader in_) {
        if (in_.length() != 28) throw XError.length();
        int output = in_.int32At(4);
        int property = in_.int32At(8);
        int type = in_.int32At(12);
        int longOffset = in_.int32At(16);
        int longLength = in_.int32At(20);
        int delete = in_.card8At(24);
        int pending = in_.card8At(25);
        return new GetOutputProperty(output, property, type, longOffset, longLength, delete, pending);
    }

    /**
     * The reply to GetOutputProperty.
     *
     * @param format CARD8
     * @param type ATOM
     * @param bytesAfter CARD32
     * @param numItems CARD32
     * @param data list of BYTE, length by an expression
     */
    public record Reply(int format, int type, int bytesAfter, int numItems, byte[] data) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, format);
            o.i32(type);
            o.i32(bytesAfter);
            o.i32(numItems);
            o.zeros(12);
            o.bytes(data);
        }
    }
}
