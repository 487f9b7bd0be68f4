package org.sumac.sessions;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The administrator's side of the service's control socket ({@code sumac sessions}). The protocol is one request
 * line, then the answer's lines until the service closes the connection:
 * <pre>
 *   list          -> ok, then one line per desktop
 *   kill TARGET   -> ok, then the line of the desktop ended (TARGET: a user name, or a display as :N or N)
 *   anything      -> error MESSAGE   (one line: unknown request, no such desktop, permission denied)
 * </pre>
 * A desktop's line has tab-separated fields: user, display, since (epoch milliseconds), clients connected, bytes
 * sent to its clients, idle milliseconds (without a client), and "ready" or "starting".
 */
public final class ControlClient {
    private ControlClient() { }

    /** A request failed in a way the administrator can act on; the message is one line for them. */
    public static final class ControlException extends IOException {
        public ControlException(String message) {
            super(message);
        }
    }

    /** Sends {@code request} and returns the answer's lines after "ok". */
    public static List<String> request(Path socket, String request) throws ControlException {
        if (Files.notExists(socket)) {
            throw new ControlException("the service is not running (no control socket at " + socket + ")");
        }
        if (!Files.exists(socket)) { // neither there nor not: its directory keeps us out
            throw new ControlException("permission denied on " + socket
                    + ": only root and the service's admin-group may use it");
        }
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            try {
                ch.connect(UnixDomainSocketAddress.of(socket));
            } catch (IOException e) {
                String m = String.valueOf(e.getMessage());
                if (m.contains("ermission denied") || e instanceof java.nio.file.AccessDeniedException) {
                    throw new ControlException("permission denied on " + socket
                            + ": only root and the service's admin-group may use it");
                }
                throw new ControlException("the service is not running (nothing answers on " + socket + ")");
            }
            ByteBuffer out = ByteBuffer.wrap((request + "\n").getBytes(StandardCharsets.UTF_8));
            while (out.hasRemaining()) ch.write(out);
            ch.shutdownOutput();
            byte[] answer = java.nio.channels.Channels.newInputStream(ch).readNBytes(16 << 20);
            List<String> lines = new String(answer, StandardCharsets.UTF_8).lines().toList();
            if (lines.isEmpty()) throw new ControlException("the service closed the control connection unanswered");
            if (lines.getFirst().startsWith("error ")) throw new ControlException(lines.getFirst().substring(6));
            if (!lines.getFirst().equals("ok")) throw new ControlException("unexpected answer: " + lines.getFirst());
            return lines.subList(1, lines.size());
        } catch (ControlException e) {
            throw e;
        } catch (IOException e) {
            throw new ControlException("control socket " + socket + ": " + e.getMessage());
        }
    }

    /** Whether a service answers on {@code socket} (a socket file nobody answers on is stale). */
    static boolean answers(Path socket) {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String format(Service.Figures f) {
        return String.join("\t", f.user(), ":" + f.display(), Long.toString(f.since().toEpochMilli()),
                Integer.toString(f.clients()), Long.toString(f.bytesSent()), Long.toString(f.idle().toMillis()),
                f.ready() ? "ready" : "starting");
    }

    /** A desktop's line as {@link Service.Figures}. */
    public static Service.Figures parse(String line) throws ControlException {
        String[] f = line.split("\t");
        try {
            return new Service.Figures(f[0], Integer.parseInt(f[1].substring(1)),
                    Instant.ofEpochMilli(Long.parseLong(f[2])), Integer.parseInt(f[3]), Long.parseLong(f[4]),
                    Duration.ofMillis(Long.parseLong(f[5])), f[6].equals("ready"));
        } catch (RuntimeException e) {
            throw new ControlException("unexpected line from the service: " + line);
        }
    }
}
