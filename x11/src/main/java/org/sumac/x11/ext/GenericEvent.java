package org.sumac.x11.ext;

import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Extensions;

/** Generic Event Extension 1.0: only the version handshake; its events come with XInput 2 and Present. */
final class GenericEvent implements Extensions.Handler {
    @Override public void dispatch(Client c, RequestReader r, int minor) {
        if (minor != 0) throw new XError(XError.REQUEST, 0);
        if (r.length() != 8) throw XError.length();
        ReplyWriter o = c.reply(0);
        o.u16(1).u16(0);
        c.sendReply(o);
    }
}
