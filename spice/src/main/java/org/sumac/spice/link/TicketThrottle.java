package org.sumac.spice.link;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Slows down password guessing. Every ticket check first takes a turn: per source address, checks after the
 * first {@link #FREE_FAILURES} recent failures are spaced exponentially (125 ms, 250 ms, ... up to 4 s); server
 * wide, failed checks draw from a bucket of {@link #SERVER_BURST} that refills at {@link #SERVER_RATE} a second,
 * and a check waits while the bucket is empty. The turn is taken before the ticket is looked at, so the time of
 * the answer says nothing about the password; a right ticket clears its source and gives its token back.
 * A turn further away than the caller can wait is refused outright, without a check.
 *
 * <p>Sources are IPv4 addresses and IPv6 /64 prefixes (one host usually owns a whole /64), and all of loopback
 * (127.0.0.0/8 and ::1) is one source: any local user may connect from any 127.x.y.z, so counting those apart
 * would let a local guesser escape every per-source limit by rotating addresses. The price is that a local
 * guesser slows down local clients too. Thread-safe.
 */
public final class TicketThrottle {
    static final int FREE_FAILURES = 3;
    static final long BASE_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(125);
    static final long MAX_DELAY_NANOS = TimeUnit.SECONDS.toNanos(4);
    static final double SERVER_RATE = 10;
    static final double SERVER_BURST = 30;
    /** A source with no failure for this long starts afresh. */
    static final long FORGET_NANOS = TimeUnit.MINUTES.toNanos(5);
    static final int MAX_SOURCES = 4096;

    private static final class Source {
        int failures;
        long lastFailure;
        long nextTurn;
    }

    private final Map<String, Source> sources = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Source> eldest) {
            return size() > MAX_SOURCES;
        }
    };
    private final long serverBurst;
    private final double serverRatePerNano;
    /** Server-wide failure tokens, measured at {@link #tokensAt}; negative while checks queue for a token. */
    private double tokens;
    private long tokensAt = System.nanoTime();

    public TicketThrottle() {
        this(SERVER_RATE, SERVER_BURST);
    }

    TicketThrottle(double serverRatePerSecond, double serverBurst) {
        this.serverBurst = (long) serverBurst;
        this.serverRatePerNano = serverRatePerSecond / 1e9;
        this.tokens = serverBurst;
    }

    /** A turn to check one ticket: wait {@code delayNanos}, then check; or {@code refused}: do not check at all. */
    public record Turn(long delayNanos, boolean refused, String source) {}

    /** The grouping key of an address: "loopback", the IPv4 address, or the /64 of an IPv6 one. */
    public static String sourceOf(SocketAddress remote) {
        if (!(remote instanceof InetSocketAddress isa) || isa.getAddress() == null) return String.valueOf(remote);
        InetAddress a = isa.getAddress();
        if (a.isLoopbackAddress()) return "loopback";
        if (a instanceof Inet6Address) {
            byte[] b = a.getAddress();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i += 2) sb.append(Integer.toHexString((b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF))).append(':');
            return sb.append(":/64").toString();
        }
        return a.getHostAddress();
    }

    /** Takes the next turn for {@code source}; a turn later than {@code maxWaitNanos} from now is refused. */
    public synchronized Turn take(String source, long maxWaitNanos) {
        long now = System.nanoTime();
        Source s = sources.get(source);
        if (s != null && s.failures > 0 && now - s.lastFailure > FORGET_NANOS) {
            s.failures = 0;
        }
        long at = now;
        if (s != null && s.nextTurn - now > 0) at = s.nextTurn;
        refill(now);
        // The server-wide bucket: with no token left, wait for the one this check would use.
        long serverAt = tokens >= 1 ? now : now + (long) Math.ceil((1 - tokens) / serverRatePerNano);
        if (serverAt - at > 0) at = serverAt;
        if (at - now > maxWaitNanos) {
            return new Turn(0, true, source);
        }
        tokens -= 1;
        if (s == null) {
            s = new Source();
            sources.put(source, s);
        }
        s.nextTurn = at + spacing(s.failures);
        return new Turn(at - now, false, source);
    }

    /** The outcome of a checked turn. */
    public synchronized void checked(String source, boolean accepted) {
        long now = System.nanoTime();
        Source s = sources.get(source);
        if (accepted) {
            refill(now);
            tokens = Math.min(serverBurst, tokens + 1); // a right password is no guess
            if (s != null) {
                s.failures = 0;
                s.nextTurn = now;
            }
            return;
        }
        if (s == null) {
            s = new Source();
            s.nextTurn = now;
            sources.put(source, s);
        }
        s.failures++;
        s.lastFailure = now;
        // A turn taken before this failure was known is pushed back to the longer spacing.
        long later = now + spacing(s.failures);
        if (later - s.nextTurn > 0) s.nextTurn = later;
    }

    /** A turn that was taken but never checked (the peer left while waiting): its token goes back. */
    public synchronized void abandoned() {
        refill(System.nanoTime());
        tokens = Math.min(serverBurst, tokens + 1);
    }

    /** Recent failures counted for {@code source} (for log lines). */
    public synchronized int failures(String source) {
        Source s = sources.get(source);
        return s == null ? 0 : s.failures;
    }

    /** How long a source with this many recent failures waits between checks. */
    static long spacing(int failures) {
        if (failures < FREE_FAILURES) return 0;
        int doublings = Math.min(failures - FREE_FAILURES, 20);
        return Math.min(MAX_DELAY_NANOS, BASE_DELAY_NANOS << doublings);
    }

    private void refill(long now) {
        tokens = Math.min(serverBurst, tokens + (now - tokensAt) * serverRatePerNano);
        tokensAt = now;
    }
}
