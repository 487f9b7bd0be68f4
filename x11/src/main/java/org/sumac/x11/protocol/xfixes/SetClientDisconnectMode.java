// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetClientDisconnectMode request (minor opcode 33).
 *
 * @param disconnectMode CARD32, mask of ClientDisconnectFlags
 */
public record SetClientDisconnectMode(int disconnectMode) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SetClientDisconnectMode parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int disconnectMode = in_.int32At(4);
        return new SetClientDisconnectMode(disconnectMode);
    }
}
