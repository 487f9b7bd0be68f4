package org.sumac.x11.ext;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.xcmisc.GetVersion;
import org.sumac.x11.protocol.xcmisc.GetXIDList;
import org.sumac.x11.protocol.xcmisc.GetXIDRange;
import org.sumac.x11.protocol.xcmisc.XcMiscHandler;
import org.sumac.x11.protocol.xcmisc.XcMiscProtocol;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.XServer;

/** XC-MISC 1.1: lets long-running clients find unused ids in their range once they run out. */
final class XcMisc implements Extensions.Handler, XcMiscHandler<Client> {
    private final XServer server;

    XcMisc(XServer server) { this.server = server; }

    @Override public void dispatch(Client c, RequestReader r, int minor) { XcMiscProtocol.dispatch(this, c, r, minor); }

    @Override public void getVersion(Client c, GetVersion q) {
        c.sendReply(new GetVersion.Reply(1, 1));
    }

    /** The longest run of free ids. */
    @Override public void getXIDRange(Client c, GetXIDRange q) {
        int bestStart = 0, bestLen = 0, runStart = -1;
        java.util.BitSet used = usedIds(c);
        for (int i = 0; i <= c.resourceMask + 1; i++) {
            boolean free = i <= c.resourceMask && i != 0 && !used.get(i);
            if (free && runStart < 0) runStart = i;
            if (!free && runStart >= 0) {
                if (i - runStart > bestLen) { bestLen = i - runStart; bestStart = runStart; }
                runStart = -1;
            }
        }
        c.sendReply(new GetXIDRange.Reply(bestLen == 0 ? 0 : c.resourceBase | bestStart, bestLen));
    }

    @Override public void getXIDList(Client c, GetXIDList q) {
        long count = Integer.toUnsignedLong(q.count());
        java.util.BitSet used = usedIds(c);
        java.util.List<Integer> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= c.resourceMask && ids.size() < count; i++) if (!used.get(i)) ids.add(c.resourceBase | i);
        c.sendReply(new GetXIDList.Reply(ids.stream().mapToInt(Integer::intValue).toArray()));
    }

    private java.util.BitSet usedIds(Client c) {
        java.util.BitSet b = new java.util.BitSet();
        for (var res : server.allResources()) if (c.ownsId(res.id())) b.set(res.id() & c.resourceMask);
        return b;
    }
}
