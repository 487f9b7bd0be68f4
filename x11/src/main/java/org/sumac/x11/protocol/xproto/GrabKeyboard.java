// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GrabKeyboard request (opcode 31).
 *
 * @param ownerEvents BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param grabWindow WINDOW
 * @param time TIMESTAMP
 * @param pointerMode BYTE, values of GrabMode
 * @param keyboardMode BYTE, values of GrabMode
 */
public record GrabKeyboard(int ownerEvents, int grabWindow, int time, int pointerMode, int keyboardMode) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GrabKeyboard parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int ownerEvents = in_.card8At(1);
        int grabWindow = in_.int32At(4);
        int time = in_.int32At(8);
        int pointerMode = in_.card8At(12);
        int keyboardMode = in_.card8At(13);
        return new GrabKeyboard(ownerEvents, grabWindow, time, pointerMode, keyboardMode);
    }

    /**
     * The reply to GrabKeyboard.
     *
     * @param status BYTE, values of GrabStatus
     */
    public record Reply(int status) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, status);
        }
    }
}
