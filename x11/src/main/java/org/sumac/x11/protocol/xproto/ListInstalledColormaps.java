// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * ListInstalledColormaps request (opcode 83).
 *
 * @param window WINDOW
 */
public record ListInstalledColormaps(int window) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ListInstalledColormaps parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int window = in_.int32At(4);
        return new ListInstalledColormaps(window);
    }

    /**
     * The reply to ListInstalledColormaps.
     *
     * @param cmaps list of COLORMAP, cmaps_len items
     */
    public record Reply(int[] cmaps) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.u16(cmaps.length);
            o.zeros(22);
            for (var e_ : cmaps) o.i32(e_);
        }
    }
}
