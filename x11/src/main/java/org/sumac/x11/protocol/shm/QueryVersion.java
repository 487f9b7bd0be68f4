// Generated from xcb-proto 1.15.2 (shm.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.shm;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryVersion request (minor opcode 0).
 */
public record QueryVersion() {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryVersion parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        return new QueryVersion();
    }

    /**
     * The reply to QueryVersion.
     *
     * @param sharedPixmaps BOOL
     * @param majorVersion CARD16
     * @param minorVersion CARD16
     * @param uid CARD16
     * @param gid CARD16
     * @param pixmapFormat CARD8
     */
    public record Reply(boolean sharedPixmaps, int majorVersion, int minorVersion, int uid, int gid, int pixmapFormat) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, (sharedPixmaps ? 1 : 0));
            o.u16(majorVersion);
            o.u16(minorVersion);
            o.u16(uid);
            o.u16(gid);
            o.u8(pixmapFormat);
            o.zeros(15);
        }
    }
}
