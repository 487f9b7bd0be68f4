// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * XIQueryVersion request (minor opcode 47).
 *
 * @param majorVersion CARD16
 * @param minorVersion CARD16
 */
public record XIQueryVersion(int majorVersion, int minorVersion) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static XIQueryVersion parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int majorVersion = in_.card16At(4);
        int minorVersion = in_.card16At(6);
        return new XIQueryVersion(majorVersion, minorVersion);
    }

    /**
     * The reply to XIQueryVersion.
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
