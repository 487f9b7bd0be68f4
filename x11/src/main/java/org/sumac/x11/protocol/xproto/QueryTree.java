// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryTree request (opcode 15).
 *
 * @param window WINDOW
 */
public record QueryTree(int window) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryTree parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int window = in_.int32At(4);
        return new QueryTree(window);
    }

    /**
     * The reply to QueryTree.
     *
     * @param root WINDOW
     * @param parent WINDOW
     * @param children list of WINDOW, children_len items
     */
    public record Reply(int root, int parent, int[] children) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(root);
            o.i32(parent);
            o.u16(children.length);
            o.zeros(14);
            for (var e_ : children) o.i32(e_);
        }
    }
}
