// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetKeyboardMapping request (opcode 101).
 *
 * @param firstKeycode KEYCODE
 * @param count CARD8
 */
public record GetKeyboardMapping(int firstKeycode, int count) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetKeyboardMapping parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int firstKeycode = in_.card8At(4);
        int count = in_.card8At(5);
        return new GetKeyboardMapping(firstKeycode, count);
    }

    /**
     * The reply to GetKeyboardMapping.
     *
     * @param keysymsPerKeycode BYTE
     * @param keysyms list of KEYSYM, length items
     */
    public record Reply(int keysymsPerKeycode, int[] keysyms) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, keysymsPerKeycode);
            o.zeros(24);
            for (var e_ : keysyms) o.i32(e_);
        }
    }
}
