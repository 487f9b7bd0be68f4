// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * ConvertSelection request (opcode 24).
 *
 * @param requestor WINDOW
 * @param selection ATOM
 * @param target ATOM
 * @param property ATOM
 * @param time TIMESTAMP
 */
public record ConvertSelection(int requestor, int selection, int target, int property, int time) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ConvertSelection parse(RequestReader in_) {
        if (in_.length() != 24) throw XError.length();
        int requestor = in_.int32At(4);
        int selection = in_.int32At(8);
        int target = in_.int32At(12);
        int property = in_.int32At(16);
        int time = in_.int32At(20);
        return new ConvertSelection(requestor, selection, target, property, time);
    }
}
