package org.sumac.x11.ext;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.bigreq.BigreqHandler;
import org.sumac.x11.protocol.bigreq.BigreqProtocol;
import org.sumac.x11.protocol.bigreq.Enable;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Extensions;

/** BIG-REQUESTS: after Enable, a request length of 0 means a 32-bit length follows. */
final class BigRequests implements Extensions.Handler, BigreqHandler<Client> {
    @Override public void dispatch(Client c, RequestReader r, int minor) { BigreqProtocol.dispatch(this, c, r, minor); }

    @Override public void enable(Client c, Enable q) {
        c.bigRequests = true;
        c.sendReply(new Enable.Reply(Client.MAX_BIG_REQUEST_UNITS));
    }
}
