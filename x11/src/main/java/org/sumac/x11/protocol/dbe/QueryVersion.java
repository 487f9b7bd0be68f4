// Generated from xcb-proto 1.15.2 (dbe.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.dbe;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryVersion request (minor opcode 0).
 *
 * @param majorVersion CARD8
 * @param minorVersion CARD8
 */
public record QueryVersion(int majorVersion, int minorVersion) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryVersion parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int majorVersion = in_.card8At(4);
        int minorVersion = in_.card8At(5);
        return new QueryVersion(majorVersion, minorVersion);
    }

    /**
     * The reply to QueryVersion.
     *
     * @param majorVersion CARD8
     * @param minorVersion CARD8
     */
    public record Reply(int majorVersion, int minorVersion) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u8(majorVersion);
            o.u8(minorVersion);
            o.zeros(22);
        }
    }
}
