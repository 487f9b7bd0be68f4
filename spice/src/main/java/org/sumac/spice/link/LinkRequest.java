package org.sumac.spice.link;

import java.net.SocketAddress;
import org.sumac.spice.wire.Spice;

/** What a client asked for in its SpiceLinkMess. */
public record LinkRequest(long connectionId, int channelType, int channelId, int[] commonCaps, int[] channelCaps,
                          SocketAddress remote) {
    public boolean hasCommonCap(int cap) {
        return Spice.hasCap(commonCaps, cap);
    }

    public boolean hasChannelCap(int cap) {
        return Spice.hasCap(channelCaps, cap);
    }

    public String describe() {
        return Spice.channelName(channelType) + "#" + channelId + " from " + remote;
    }
}
