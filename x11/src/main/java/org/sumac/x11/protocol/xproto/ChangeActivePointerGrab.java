// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * ChangeActivePointerGrab request (opcode 30).
 *
 * @param cursor CURSOR
 * @param time TIMESTAMP
 * @param eventMask CARD16, mask of EventMask
 */
public record ChangeActivePointerGrab(int cursor, int time, int eventMask) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ChangeActivePointerGrab parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int cursor = in_.int32At(4);
        int time = in_.int32At(8);
        int eventMask = in_.card16At(12);
        return new ChangeActivePointerGrab(cursor, time, eventMask);
    }
}
