// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * ListHosts request (opcode 110).
 */
public record ListHosts() {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ListHosts parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        return new ListHosts();
    }

    /**
     * The reply to ListHosts.
     *
     * @param mode BYTE, values of AccessControl
     * @param hosts list of HOST, hosts_len items
     */
    public record Reply(int mode, java.util.List<Host> hosts) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, mode);
            o.u16(hosts.size());
            o.zeros(22);
            for (var e_ : hosts) e_.write(o);
        }
    }
}
