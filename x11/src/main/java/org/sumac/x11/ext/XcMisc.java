package org.sumac.x11.ext;

import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.XServer;

/** XC-MISC 1.1: lets long-running clients find unused ids in their range once they run out. */
final class XcMisc implements Extensions.Handler {
    private final XServer server;

    XcMisc(XServer server) { this.server = server; }

    @Override public void dispatch(Client c, RequestReader r, int minor) {
        switch (minor) {
            case 0 -> { // GetVersion
                if (r.length() != 8) throw XError.length();
                ReplyWriter o = c.reply(0);
                o.u16(1).u16(1);
                c.sendReply(o);
            }
            case 1 -> { // GetXIDRange: the longest run of free ids
                if (r.length() != 4) throw XError.length();
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
                ReplyWriter o = c.reply(0);
                o.i32(bestLen == 0 ? 0 : c.resourceBase | bestStart).i32(bestLen);
                c.sendReply(o);
            }
            case 2 -> { // GetXIDList
                if (r.length() != 8) throw XError.length();
                r.seek(4);
                long count = r.u32();
                java.util.BitSet used = usedIds(c);
                java.util.List<Integer> ids = new java.util.ArrayList<>();
                for (int i = 1; i <= c.resourceMask && ids.size() < count; i++) if (!used.get(i)) ids.add(c.resourceBase | i);
                ReplyWriter o = c.reply(0);
                o.i32(ids.size()).zeros(20);
                for (int id : ids) o.i32(id);
                c.sendReply(o);
            }
            default -> throw new XError(XError.REQUEST, 0);
        }
    }

    private java.util.BitSet usedIds(Client c) {
        java.util.BitSet b = new java.util.BitSet();
        for (var res : server.allResources()) if (c.ownsId(res.id())) b.set(res.id() & c.resourceMask);
        return b;
    }
}
