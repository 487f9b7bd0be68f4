// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.ByteList;

/**
 * SendEvent request (opcode 25).
 *
 * @param propagate BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param destination WINDOW
 * @param eventMask CARD32, mask of EventMask
 * @param event list of char, 32 items
 */
public record SendEvent(int propagate, int destination, int eventMask, ByteList event) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SendEvent parse(RequestReader in_) {
        if (in_.length() != 44) throw XError.length();
        int propagate = in_.card8At(1);
        int destination = in_.int32At(4);
        int eventMask = in_.int32At(8);
        ByteList event = new ByteList(in_, 12, 32);
        return new SendEvent(propagate, destination, eventMask, event);
    }
}
