// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetSelectionOwner request (opcode 22).
 *
 * @param owner WINDOW
 * @param selection ATOM
 * @param time TIMESTAMP
 */
public record SetSelectionOwner(int owner, int selection, int time) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SetSelectionOwner parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int owner = in_.int32At(4);
        int selection = in_.int32At(8);
        int time = in_.int32At(12);
        return new SetSelectionOwner(owner, selection, time);
    }
}
