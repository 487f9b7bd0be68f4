// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * UseExtension request (minor opcode 0).
 *
 * @param wantedMajor CARD16
 * @param wantedMinor CARD16
 */
public record UseExtension(int wantedMajor, int wantedMinor) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static UseExtension parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int wantedMajor = in_.card16At(4);
        int wantedMinor = in_.card16At(6);
        return new UseExtension(wantedMajor, wantedMinor);
    }

    /**
     * The reply to UseExtension.
     *
     * @param supported BOOL
     * @param serverMajor CARD16
     * @param serverMinor CARD16
     */
    public record Reply(boolean supported, int serverMajor, int serverMinor) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, (supported ? 1 : 0));
            o.u16(serverMajor);
            o.u16(serverMinor);
            o.zeros(20);
        }
    }
}
