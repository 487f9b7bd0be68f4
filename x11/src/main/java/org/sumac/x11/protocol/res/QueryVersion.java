// Generated from xcb-proto 1.15.2 (res.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.res;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryVersion request (minor opcode 0).
 *
 * @param clientMajor CARD8
 * @param clientMinor CARD8
 */
public record QueryVersion(int clientMajor, int clientMinor) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryVersion parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int clientMajor = in_.card8At(4);
        int clientMinor = in_.card8At(5);
        return new QueryVersion(clientMajor, clientMinor);
    }

    /**
     * The reply to QueryVersion.
     *
     * @param serverMajor CARD16
     * @param serverMinor CARD16
     */
    public record Reply(int serverMajor, int serverMinor) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(serverMajor);
            o.u16(serverMinor);
        }
    }
}
