package org.sumac.sessions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's side of {@code sumac-helper}'s line protocol over its Unix socket (the protocol is described in
 * the helper). Requests carry ids, so slow ones (a wrong password takes PAM about two seconds) never hold up the
 * others; a reader thread completes them as the answers come.
 */
public final class HelperClient implements PrivilegedHelper {
    private static final Logger log = LoggerFactory.getLogger(HelperClient.class);

    private final SocketChannel channel;
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, CompletableFuture<List<String>>> pending = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<SessionEnded> listeners = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<Runnable> lostListeners = new CopyOnWriteArrayList<>();
    private final Object writeLock = new Object();
    private volatile boolean closed;
    /** The helper ended the connection (it died or was restarted), as opposed to {@link #close()}. */
    private volatile boolean lost;

    private HelperClient(SocketChannel channel) {
        this.channel = channel;
        Thread.ofPlatform().daemon().name("sumac-helper-reader").start(this::readLoop);
    }

    /** Connects to the helper listening on {@code socket}. */
    public static HelperClient connect(Path socket) throws IOException {
        SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            ch.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            ch.close();
            throw new IOException("cannot reach the privileged helper at " + socket + ": " + e.getMessage(), e);
        }
        return new HelperClient(ch);
    }

    @Override
    public CompletableFuture<Optional<String>> authenticate(String user, byte[] password, String remoteHost) {
        return request("AUTH", user.getBytes(StandardCharsets.UTF_8), password,
                remoteHost.getBytes(StandardCharsets.UTF_8))
                .thenApply(r -> r.getFirst().equals("OK") && r.size() == 2 ? Optional.of(r.get(1)) : Optional.empty());
    }

    @Override
    public CompletableFuture<Long> startSession(String token, int display, byte[] cookie) {
        return request("START", bytes(token), bytes(":" + display), bytes(HexFormat.of().formatHex(cookie)))
                .thenApply(r -> {
                    if (r.getFirst().equals("STARTED") && r.size() == 2) return Long.parseLong(r.get(1));
                    throw new IllegalStateException("the helper could not start the session: " + String.join(" ", r));
                });
    }

    @Override
    public CompletableFuture<Void> stopSession(long pid) {
        return request("STOP", bytes(Long.toString(pid))).thenApply(r -> null);
    }

    @Override
    public void onSessionEnded(SessionEnded listener) {
        listeners.add(listener);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private CompletableFuture<List<String>> request(String verb, byte[]... fields) {
        String id = Long.toString(ids.incrementAndGet());
        CompletableFuture<List<String>> answer = new CompletableFuture<>();
        if (closed) {
            answer.completeExceptionally(new IOException("the privileged helper connection is closed"));
            return answer;
        }
        pending.put(id, answer);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes(bytes(verb + " " + id));
        for (byte[] f : fields) {
            line.write(' ');
            encode(f, line);
        }
        line.write('\n');
        byte[] out = line.toByteArray();
        try {
            synchronized (writeLock) {
                ByteBuffer b = ByteBuffer.wrap(out);
                while (b.hasRemaining()) channel.write(b);
            }
        } catch (IOException e) {
            pending.remove(id);
            answer.completeExceptionally(new IOException("the privileged helper is gone: " + e.getMessage(), e));
        } finally {
            Arrays.fill(out, (byte) 0); // it held the password
        }
        return answer;
    }

    /** Percent-encodes every byte outside RFC 3986's unreserved set. */
    static void encode(byte[] field, ByteArrayOutputStream out) {
        for (byte b : field) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.write(c);
            } else {
                out.write('%');
                out.write(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                out.write(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
    }

    static String decode(String field) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '%' && i + 2 < field.length()) {
                out.write(Integer.parseInt(field, i + 1, i + 3, 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private void readLoop() {
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    byte b = buffer.get();
                    if (b != '\n') {
                        if (line.size() < 8192) line.write(b);
                        continue;
                    }
                    answered(line.toString(StandardCharsets.US_ASCII));
                    line.reset();
                }
                buffer.clear();
            }
        } catch (IOException e) {
            if (!closed) log.warn("privileged helper connection failed: {}", e.getMessage());
        }
        if (!closed) {
            log.warn("the privileged helper closed its connection: logins fail until the service restarts");
            lost = true;
        }
        closed = true;
        IOException gone = new IOException("the privileged helper is gone");
        pending.values().forEach(f -> f.completeExceptionally(gone));
        pending.clear();
        if (lost) lostListeners.forEach(Runnable::run);
    }

    /**
     * Tells {@code listener} (on the reader thread, or at once if it already happened) when the helper ends the
     * connection, having died or been restarted; never after {@link #close()}. No login can succeed after that,
     * so {@code sumac service} exits and its supervisor (systemd) restarts it with the helper.
     */
    public void onLost(Runnable listener) {
        var ran = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable once = () -> {
            if (ran.compareAndSet(false, true)) listener.run();
        };
        lostListeners.add(once);
        if (lost) once.run(); // lost is set before the reader runs the listeners: one of the two runs it
    }

    private void answered(String raw) {
        List<String> fields = new ArrayList<>();
        for (String f : raw.split(" ")) fields.add(decode(f));
        if (fields.size() < 2) return;
        if (fields.get(0).equals("-")) {
            if (fields.get(1).equals("ENDED") && fields.size() == 4) {
                long pid = Long.parseLong(fields.get(2));
                int status = Integer.parseInt(fields.get(3));
                for (SessionEnded l : listeners) {
                    try {
                        l.ended(pid, status);
                    } catch (RuntimeException e) {
                        log.warn("session end listener failed", e);
                    }
                }
            }
            return;
        }
        CompletableFuture<List<String>> f = pending.remove(fields.getFirst());
        if (f != null) f.complete(List.copyOf(fields.subList(1, fields.size())));
    }

    @Override
    public void close() {
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
