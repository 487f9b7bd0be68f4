// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * ListSystemCounters request (minor opcode 1).
 */
public record ListSystemCounters() {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ListSystemCounters parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        return new ListSystemCounters();
    }

    /**
     * The reply to ListSystemCounters.
     *
     * @param counters list of SYSTEMCOUNTER, counters_len items
     */
    public record Reply(java.util.List<Systemcounter> counters) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(counters.size());
            o.zeros(20);
            for (var e_ : counters) e_.write(o);
        }
    }
}
