// Generated from xcb-proto 1.15.2 (ge.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.ge;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryVersion request (minor opcode 0).
 *
 * @param clientMajorVersion CARD16
 * @param clientMinorVersion CARD16
 */
public record QueryVersion(int clientMajorVersion, int clientMinorVersion) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryVersion parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int clientMajorVersion = in_.card16At(4);
        int clientMinorVersion = in_.card16At(6);
        return new QueryVersion(clientMajorVersion, clientMinorVersion);
    }

    /**
     * The reply to QueryVersion.
     *
     * @param majorVersion CARD16
     * @param minorVersion CARD16
     */
    public record Reply(int majorVersion, int minorVersion) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(majorVersion);
            o.u16(minorVersion);
            o.zeros(20);
        }
    }
}
