// Generated from xcb-proto 1.15.2 (damage.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.damage;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryVersion request (minor opcode 0).
 *
 * @param clientMajorVersion CARD32
 * @param clientMinorVersion CARD32
 */
public record QueryVersion(int clientMajorVersion, int clientMinorVersion) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryVersion parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int clientMajorVersion = in_.int32At(4);
        int clientMinorVersion = in_.int32At(8);
        return new QueryVersion(clientMajorVersion, clientMinorVersion);
    }

    /**
     * The reply to QueryVersion.
     *
     * @param majorVersion CARD32
     * @param minorVersion CARD32
     */
    public record Reply(int majorVersion, int minorVersion) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(majorVersion);
            o.i32(minorVersion);
            o.zeros(16);
        }
    }
}
