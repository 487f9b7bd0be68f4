// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GrabPointer request (opcode 26).
 *
 * @param ownerEvents BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param grabWindow WINDOW
 * @param eventMask CARD16, mask of EventMask
 * @param pointerMode BYTE, values of GrabMode
 * @param keyboardMode BYTE, values of GrabMode
 * @param confineTo WINDOW
 * @param cursor CURSOR
 * @param time TIMESTAMP
 */
public record GrabPointer(int ownerEvents, int grabWindow, int eventMask, int pointerMode, int keyboardMode, int confineTo, int cursor, int time) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GrabPointer parse(RequestReader in_) {
        if (in_.length() != 24) throw XError.length();
        int ownerEvents = in_.card8At(1);
        int grabWindow = in_.int32At(4);
        int eventMask = in_.card16At(8);
        int pointerMode = in_.card8At(10);
        int keyboardMode = in_.card8At(11);
        int confineTo = in_.int32At(12);
        int cursor = in_.int32At(16);
        int time = in_.int32At(20);
        return new GrabPointer(ownerEvents, grabWindow, eventMask, pointerMode, keyboardMode, confineTo, cursor, time);
    }

    /**
     * The reply to GrabPointer.
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
