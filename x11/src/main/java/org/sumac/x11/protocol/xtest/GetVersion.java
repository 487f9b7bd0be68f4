// Generated from xcb-proto 1.15.2 (xtest.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xtest;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetVersion request (minor opcode 0).
 *
 * @param majorVersion CARD8
 * @param minorVersion CARD16
 */
public record GetVersion(int majorVersion, int minorVersion) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetVersion parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int majorVersion = in_.card8At(4);
        int minorVersion = in_.card16At(6);
        return new GetVersion(majorVersion, minorVersion);
    }

    /**
     * The reply to GetVersion.
     *
     * @param majorVersion CARD8
     * @param minorVersion CARD16
     */
    public record Reply(int majorVersion, int minorVersion) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, majorVersion);
            o.u16(minorVersion);
        }
    }
}
