// Generated from xcb-proto 1.15.2 (res.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.res;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryClients request (minor opcode 1).
 */
public record QueryClients() {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryClients parse(RequestReader in_) {
        if (in_.length() != 4) throw XError.length();
        return new QueryClients();
    }

    /**
     * The reply to QueryClients.
     *
     * @param clients list of Client, num_clients items
     */
    public record Reply(java.util.List<Client> clients) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(clients.size());
            o.zeros(20);
            for (var e_ : clients) e_.write(o);
        }
    }
}
