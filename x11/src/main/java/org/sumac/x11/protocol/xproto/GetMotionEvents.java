// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetMotionEvents request (opcode 39).
 *
 * @param window WINDOW
 * @param start TIMESTAMP
 * @param stop TIMESTAMP
 */
public record GetMotionEvents(int window, int start, int stop) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetMotionEvents parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int window = in_.int32At(4);
        int start = in_.int32At(8);
        int stop = in_.int32At(12);
        return new GetMotionEvents(window, start, stop);
    }

    /**
     * The reply to GetMotionEvents.
     *
     * @param events list of TIMECOORD, events_len items
     */
    public record Reply(java.util.List<Timecoord> events) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(events.size());
            o.zeros(20);
            for (var e_ : events) e_.write(o);
        }
    }
}
