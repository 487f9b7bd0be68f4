// Generated from xcb-proto 1.15.2 (xc_misc.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xcmisc;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetVersion request (minor opcode 0).
 *
 * @param clientMajorVersion CARD16
 * @param clientMinorVersion CARD16
 */
public record GetVersion(int clientMajorVersion, int clientMinorVersion) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetVersion parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int clientMajorVersion = in_.card16At(4);
        int clientMinorVersion = in_.card16At(6);
        return new GetVersion(clientMajorVersion, clientMinorVersion);
    }

    /**
     * The reply to GetVersion.
     *
     * @param serverMajorVersion CARD16
     * @param serverMinorVersion CARD16
     */
    public record Reply(int serverMajorVersion, int serverMinorVersion) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(serverMajorVersion);
            o.u16(serverMinorVersion);
        }
    }
}
