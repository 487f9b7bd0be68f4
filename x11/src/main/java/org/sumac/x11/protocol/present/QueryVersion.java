// Generated from xcb-proto 1.15.2 (present.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.present;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryVersion request (minor opcode 0).
 *
 * @param majorVersion CARD32
 * @param minorVersion CARD32
 */
public record QueryVersion(int majorVersion, int minorVersion) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryVersion parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int majorVersion = in_.int32At(4);
        int minorVersion = in_.int32At(8);
        return new QueryVersion(majorVersion, minorVersion);
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
        }
    }
}
