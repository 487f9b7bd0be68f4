package org.sumac.x11.ext;

import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Extensions;

/** BIG-REQUESTS: after Enable, a request length of 0 means a 32-bit length follows. */
final class BigRequests implements Extensions.Handler {
    @Override public void dispatch(Client c, RequestReader r, int minor) {
        if (minor != 0) throw new XError(XError.REQUEST, 0);
        if (r.length() != 4) throw XError.length();
        c.bigRequests = true;
        ReplyWriter o = c.reply(0);
        o.i32(Client.MAX_BIG_REQUEST_UNITS);
        c.sendReply(o);
    }
}
