// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetProviders request (minor opcode 32).
 *
 * @param window WINDOW
 */
public record GetProviders(int window) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetProviders parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int window = in_.int32At(4);
        return new GetProviders(window);
    }

    /**
     * The reply to GetProviders.
     *
     * @param timestamp TIMESTAMP
     * @param providers list of PROVIDER, num_providers items
     */
    public record Reply(int timestamp, int[] providers) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(timestamp);
            o.u16(providers.length);
            o.zeros(18);
            for (var e_ : providers) o.i32(e_);
        }
    }
}
