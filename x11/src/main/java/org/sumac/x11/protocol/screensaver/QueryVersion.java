// Generated from xcb-proto 1.15.2 (screensaver.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.screensaver;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryVersion request (minor opcode 0).
 *
 * @param clientMajorVersion CARD8
 * @param clientMinorVersion CARD8
 */
public record QueryVersion(int clientMajorVersion, int clientMinorVersion) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryVersion parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int clientMajorVersion = in_.card8At(4);
        int clientMinorVersion = in_.card8At(5);
        return new QueryVersion(clientMajorVersion, clientMinorVersion);
    }

    /**
     * The reply to QueryVersion.
     *
     * @param serverMajorVersion CARD16
     * @param serverMinorVersion CARD16
     */
    public record Reply(int serverMajorVersion, int serverMinorVersion) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(serverMajorVersion);
            o.u16(serverMinorVersion);
            o.zeros(20);
        }
    }
}
