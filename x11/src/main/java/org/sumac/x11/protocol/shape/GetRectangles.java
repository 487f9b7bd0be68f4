// Generated from xcb-proto 1.15.2 (shape.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.shape;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetRectangles request (minor opcode 8).
 *
 * @param window WINDOW
 * @param sourceKind KIND, values of SK
 */
public record GetRectangles(int window, int sourceKind) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetRectangles parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int window = in_.int32At(4);
        int sourceKind = in_.card8At(8);
        return new GetRectangles(window, sourceKind);
    }

    /**
     * The reply to GetRectangles.
     *
     * @param ordering BYTE, values of ClipOrdering
     * @param rectangles list of RECTANGLE, rectangles_len items
     */
    public record Reply(int ordering, java.util.List<org.sumac.x11.protocol.xproto.Rectangle> rectangles) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, ordering);
            o.i32(rectangles.size());
            o.zeros(20);
            for (var e_ : rectangles) e_.write(o);
        }
    }
}
