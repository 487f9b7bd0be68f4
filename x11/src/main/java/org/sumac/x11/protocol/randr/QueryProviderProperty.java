// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryProviderProperty request (minor opcode 37).
 *
 * @param provider PROVIDER
 * @param property ATOM
 */
public record QueryProviderProperty(int provider, int property) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryProviderProperty parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int provider = in_.int32At(4);
        int property = in_.int32At(8);
        return new QueryProviderProperty(provider, property);
    }

    /**
     * The reply to QueryProviderProperty.
     *
     * @param pending BOOL
     * @param range BOOL
     * @param immutable BOOL
     * @param validValues list of INT32, length items
     */
    public record Reply(boolean pending, boolean range, boolean immutable, int[] validValues) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.bool(pending);
            o.bool(range);
            o.bool(immutable);
            o.zeros(21);
            for (var e_ : validValues) o.i32(e_);
        }
    }
}
