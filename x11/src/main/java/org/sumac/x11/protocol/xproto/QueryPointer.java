// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryPointer request (opcode 38).
 *
 * @param window WINDOW
 */
public record QueryPointer(int window) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryPointer parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int window = in_.int32At(4);
        return new QueryPointer(window);
    }

    /**
     * The reply to QueryPointer.
     *
     * @param sameScreen BOOL
     * @param root WINDOW
     * @param child WINDOW
     * @param rootX INT16
     * @param rootY INT16
     * @param winX INT16
     * @param winY INT16
     * @param mask CARD16, mask of KeyButMask
     */
    public record Reply(boolean sameScreen, int root, int child, int rootX, int rootY, int winX, int winY, int mask) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, (sameScreen ? 1 : 0));
            o.i32(root);
            o.i32(child);
            o.u16(rootX);
            o.u16(rootY);
            o.u16(winX);
            o.u16(winY);
            o.u16(mask);
            o.zeros(2);
        }
    }
}
