package org.sumac.x11.server;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/**
 * Who is at the other end of an X connection: a local process on the Unix socket (its user when the kernel tells,
 * SO_PEERCRED) or a TCP address.
 *
 * @param address the TCP peer, null on the Unix socket
 * @param user    the Unix-socket peer's user name (or uid), null when unknown or over TCP
 * @param source  the key connections are counted by before they authenticate: the user on the Unix socket, the
 *                address over TCP (an IPv6 peer by its /64, which one host usually owns whole)
 * @param pid     the Unix-socket peer's process id (X-Resource's LocalClientPID), -1 when unknown or over TCP
 * @param uid     the Unix-socket peer's effective user id, -1 when unknown or over TCP
 * @param gid     the Unix-socket peer's effective group id, -1 when unknown or over TCP
 */
record Peer(InetAddress address, String user, String source, long pid, long uid, long gid) {
    /** A peer whose process is not known. */
    Peer(InetAddress address, String user, String source) { this(address, user, source, -1, -1, -1); }

    static Peer of(SocketChannel ch) throws IOException {
        if (ch.getRemoteAddress() instanceof InetSocketAddress tcp) {
            InetAddress a = tcp.getAddress();
            String source;
            if (a instanceof Inet6Address) {
                byte[] prefix = Arrays.copyOf(a.getAddress(), 8);
                source = InetAddress.getByAddress(Arrays.copyOf(prefix, 16)).getHostAddress() + "/64";
            } else {
                source = a.getHostAddress();
            }
            return new Peer(a, null, source);
        }
        String user = null;
        try {
            user = ch.getOption(jdk.net.ExtendedSocketOptions.SO_PEERCRED).user().getName();
        } catch (IOException | UnsupportedOperationException e) {
            // Unknown: all such connections count as one source.
        }
        long[] cred = PeerPid.credentials(ch);
        return cred == null ? new Peer(null, user, user == null ? "local" : "local user " + user)
            : new Peer(null, user, user == null ? "local" : "local user " + user, cred[0], cred[1], cred[2]);
    }

    boolean isUnix() { return address == null; }

    @Override public String toString() {
        return isUnix() ? (user == null ? "local" : "local, user " + user) : address.getHostAddress();
    }
}
