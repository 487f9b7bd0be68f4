// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetFontPath request (opcode 52).
 */
public record GetFontPath() {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetFontPath parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        return new GetFontPath();
    }

    /**
     * The reply to GetFontPath.
     *
     * @param path list of STR, path_len items
     */
    public record Reply(java.util.List<Str> path) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(path.size());
            o.zeros(22);
            for (var e_ : path) e_.write(o);
        }
    }
}
