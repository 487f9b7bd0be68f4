// Generated from xcb-proto 1.15.2 (screensaver.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.screensaver;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryInfo request (minor opcode 1).
 *
 * @param drawable DRAWABLE
 */
public record QueryInfo(int drawable) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryInfo parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int drawable = in_.int32At(4);
        return new QueryInfo(drawable);
    }

    /**
     * The reply to QueryInfo.
     *
     * @param state CARD8
     * @param saverWindow WINDOW
     * @param msUntilServer CARD32
     * @param msSinceUserInput CARD32
     * @param eventMask CARD32
     * @param kind BYTE, values of Kind
     */
    public record Reply(int state, int saverWindow, int msUntilServer, int msSinceUserInput, int eventMask, int kind) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, state);
            o.i32(saverWindow);
            o.i32(msUntilServer);
            o.i32(msSinceUserInput);
            o.i32(eventMask);
            o.u8(kind);
            o.zeros(7);
        }
    }
}
