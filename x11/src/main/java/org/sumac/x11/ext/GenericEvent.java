package org.sumac.x11.ext;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ge.GeHandler;
import org.sumac.x11.protocol.ge.GeProtocol;
import org.sumac.x11.protocol.ge.QueryVersion;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Extensions;

/** Generic Event Extension 1.0: only the version handshake; its events come with XInput 2 and Present. */
final class GenericEvent implements Extensions.Handler, GeHandler<Client> {
    @Override public void dispatch(Client c, RequestReader r, int minor) { GeProtocol.dispatch(this, c, r, minor); }

    @Override public void queryVersion(Client c, QueryVersion q) {
        c.sendReply(new QueryVersion.Reply(1, 0));
    }
}
