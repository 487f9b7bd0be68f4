// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * ChangeCursor request (minor opcode 26).
 *
 * @param source CURSOR
 * @param destination CURSOR
 */
public record ChangeCursor(int source, int destination) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ChangeCursor parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int source = in_.int32At(4);
        int destination = in_.int32At(8);
        return new ChangeCursor(source, destination);
    }
}
