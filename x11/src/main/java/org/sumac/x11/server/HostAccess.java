package org.sumac.x11.server;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The host access list of xhost (ChangeHosts, ListHosts, SetAccessControl): the peers that may connect without a
 * cookie. As Xorg: without -auth it starts with the local connections and this machine's own addresses, so TCP
 * from elsewhere is refused until {@code xhost +host}; with -auth it starts empty. Touched under the display lock.
 */
final class HostAccess {
    static final int INTERNET = 0, SERVER_INTERPRETED = 5, INTERNET6 = 6, LOCAL_HOST = 252;

    /** Access control on: only cookies and listed hosts get in ({@code xhost -}); off with -ac or {@code xhost +}. */
    boolean enabled;
    /** Entries: the family byte, then the address bytes. */
    private final List<byte[]> hosts = new ArrayList<>();
    /** This machine's addresses (loopback included): TCP from them is a local client. */
    private List<byte[]> self = List.of();

    HostAccess(boolean enabled) { this.enabled = enabled; }

    /** Learns this machine's addresses; with {@code listLocal} (no -auth) lists them and local connections. */
    void start(boolean listLocal) {
        List<byte[]> mine = new ArrayList<>();
        try {
            for (NetworkInterface i : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(i.getInetAddresses())) mine.add(a.getAddress());
            }
        } catch (SocketException e) {
            // No interfaces to read: loopback is still recognized below.
        }
        self = List.copyOf(mine);
        if (!listLocal) return;
        change(true, LOCAL_HOST, new byte[0]);
        for (byte[] a : self) change(true, a.length == 4 ? INTERNET : INTERNET6, a);
    }

    /** Inserts or deletes an entry; false when the address does not fit the family (BadValue). */
    boolean change(boolean insert, int family, byte[] address) {
        switch (family) {
            case INTERNET -> { if (address.length != 4) return false; }
            case INTERNET6 -> { if (address.length != 16) return false; }
            case LOCAL_HOST -> { if (address.length != 0) return false; }
            case SERVER_INTERPRETED -> { if (indexOfZero(address) < 0) return false; }
            default -> { }
        }
        byte[] key = new byte[address.length + 1];
        key[0] = (byte) family;
        System.arraycopy(address, 0, key, 1, address.length);
        hosts.removeIf(h -> Arrays.equals(h, key));
        if (insert) hosts.add(key);
        return true;
    }

    List<byte[]> entries() { return hosts; }

    /** Whether the peer runs on this machine (the Unix socket, loopback or one of this machine's addresses). */
    boolean isLocal(Peer p) {
        if (p.isUnix() || p.address().isLoopbackAddress()) return true;
        byte[] a = p.address().getAddress();
        for (byte[] s : self) if (Arrays.equals(s, a)) return true;
        return false;
    }

    /** Whether the host list lets the peer in without a cookie. */
    boolean admits(Peer p) {
        if (!enabled) return true;
        for (byte[] h : hosts) {
            int family = h[0] & 0xff;
            byte[] addr = Arrays.copyOfRange(h, 1, h.length);
            if (p.isUnix()) {
                if (family == LOCAL_HOST) return true;
                if (family == SERVER_INTERPRETED && p.user() != null && localUser(addr, p.user())) return true;
            } else {
                InetAddress a = p.address();
                if (family == INTERNET && a instanceof Inet4Address && Arrays.equals(addr, a.getAddress())) return true;
                if (family == INTERNET6 && a instanceof Inet6Address && Arrays.equals(addr, a.getAddress())) return true;
            }
        }
        return false;
    }

    /** {@code xhost +si:localuser:NAME}: the entry is "localuser", a zero byte, the name. */
    private static boolean localUser(byte[] entry, String user) {
        int zero = indexOfZero(entry);
        String type = new String(entry, 0, zero, StandardCharsets.ISO_8859_1);
        String value = new String(entry, zero + 1, entry.length - zero - 1, StandardCharsets.UTF_8);
        return type.equals("localuser") && value.equals(user);
    }

    private static int indexOfZero(byte[] b) {
        for (int i = 0; i < b.length; i++) if (b[i] == 0) return i;
        return -1;
    }
}
