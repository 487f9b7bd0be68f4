package org.sumac.spice.server;

import java.net.SocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sumac.spice.channel.ChannelClient;
import org.sumac.spice.channel.main.MainChannelClient;
import org.sumac.spice.wire.Spice;

/**
 * One connected client: its main channel and the other channels that linked with its session id. Thread-safe;
 * channels of one session run on different event loops.
 */
public final class Session {
    private final SpiceEndpoint server;
    private final int id;
    private final SocketAddress remote;
    private final ClientStats stats = new ClientStats();
    private final CopyOnWriteArrayList<ChannelClient> channels = new CopyOnWriteArrayList<>();
    private volatile MainChannelClient main;
    private volatile int mouseMode;
    private volatile boolean closed;

    Session(SpiceEndpoint server, int id, SocketAddress remote, int initialMouseMode) {
        this.server = server;
        this.id = id;
        this.remote = remote;
        this.mouseMode = initialMouseMode;
    }

    /** The desktop this session shows. */
    public SpiceEndpoint server() {
        return server;
    }

    public int id() {
        return id;
    }

    public SocketAddress remoteAddress() {
        return remote;
    }

    public ClientStats stats() {
        return stats;
    }

    public int mouseMode() {
        return mouseMode;
    }

    public void setMouseMode(int mode) {
        this.mouseMode = mode;
    }

    public MainChannelClient main() {
        return main;
    }

    public boolean isClosed() {
        return closed;
    }

    public List<ChannelClient> channels() {
        return List.copyOf(channels);
    }

    /** Whether the client looks like spice-html5 (it lacks NAME_AND_UUID), which needs a few workarounds. */
    public boolean looksLikeHtml5() {
        MainChannelClient m = main;
        return m != null && !m.hasClientCap(Spice.MAIN_CAP_NAME_AND_UUID);
    }

    void attachMain(MainChannelClient client) {
        this.main = client;
        channels.add(client);
    }

    /** Adds a channel; an older connection for the same channel type and id is closed. */
    void attach(ChannelClient client) {
        for (ChannelClient c : channels) {
            if (c.channelType() == client.channelType() && c.channelId() == client.channelId()) {
                c.closeWithLog("replaced by a new connection for the same channel");
                channels.remove(c);
            }
        }
        channels.add(client);
    }

    /** Called by a channel when its connection is gone. Losing MAIN ends the session. */
    public void channelClosed(ChannelClient client) {
        channels.remove(client);
        if (client == main) {
            close(null);
        }
    }

    /** Ends the session; with a reason, the client is told it first (NOTIFY on MAIN). */
    public void close(String reason) {
        if (closed) return;
        closed = true;
        MainChannelClient m = main;
        if (reason != null && m != null) {
            m.notifyAndClose(reason);
        } else if (m != null) {
            m.closeQuietly();
        }
        for (ChannelClient c : channels) {
            if (c != m) c.closeQuietly();
        }
        server.sessionEnded(this);
    }
}
