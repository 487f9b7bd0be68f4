// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * TranslateCoordinates request (opcode 40).
 *
 * @param srcWindow WINDOW
 * @param dstWindow WINDOW
 * @param srcX INT16
 * @param srcY INT16
 */
public record TranslateCoordinates(int srcWindow, int dstWindow, int srcX, int srcY) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static TranslateCoordinates parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int srcWindow = in_.int32At(4);
        int dstWindow = in_.int32At(8);
        int srcX = in_.int16At(12);
        int srcY = in_.int16At(14);
        return new TranslateCoordinates(srcWindow, dstWindow, srcX, srcY);
    }

    /**
     * The reply to TranslateCoordinates.
     *
     * @param sameScreen BOOL
     * @param child WINDOW
     * @param dstX INT16
     * @param dstY INT16
     */
    public record Reply(boolean sameScreen, int child, int dstX, int dstY) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, (sameScreen ? 1 : 0));
            o.i32(child);
            o.u16(dstX);
            o.u16(dstY);
        }
    }
}
