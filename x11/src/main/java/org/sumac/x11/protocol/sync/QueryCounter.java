// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryCounter request (minor opcode 5).
 *
 * @param counter COUNTER
 */
public record QueryCounter(int counter) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryCounter parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int counter = in_.int32At(4);
        return new QueryCounter(counter);
    }

    /**
     * The reply to QueryCounter.
     *
     * @param counterValue sync:INT64
     */
    public record Reply(Int64 counterValue) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            counterValue.write(o);
        }
    }
}
