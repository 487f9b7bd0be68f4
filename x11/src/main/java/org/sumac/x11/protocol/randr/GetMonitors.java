// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetMonitors request (minor opcode 42).
 *
 * @param window WINDOW
 * @param getActive BOOL (as sent: 0 False, 1 True, anything else BadValue)
 */
public record GetMonitors(int window, int getActive) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetMonitors parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int window = in_.int32At(4);
        int getActive = in_.card8At(8);
        return new GetMonitors(window, getActive);
    }

    /**
     * The reply to GetMonitors.
     *
     * @param timestamp TIMESTAMP
     * @param nOutputs CARD32
     * @param monitors list of MonitorInfo, nMonitors items
     */
    public record Reply(int timestamp, int nOutputs, java.util.List<MonitorInfo> monitors) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(timestamp);
            o.i32(monitors.size());
            o.i32(nOutputs);
            o.zeros(12);
            for (var e_ : monitors) e_.write(o);
        }
    }
}
