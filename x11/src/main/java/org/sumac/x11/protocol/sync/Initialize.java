// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * Initialize request (minor opcode 0).
 *
 * @param desiredMajorVersion CARD8
 * @param desiredMinorVersion CARD8
 */
public record Initialize(int desiredMajorVersion, int desiredMinorVersion) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static Initialize parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int desiredMajorVersion = in_.card8At(4);
        int desiredMinorVersion = in_.card8At(5);
        return new Initialize(desiredMajorVersion, desiredMinorVersion);
    }

    /**
     * The reply to Initialize.
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
