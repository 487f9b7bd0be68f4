package org.sumac.app.testing;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;

/**
 * A byte-level X11 client over the server's Unix socket, for tests that must send exactly the bytes they
 * choose (malformed requests, garbage, truncation) and check exactly what comes back. Every read has a
 * deadline, so a silent server fails the test instead of hanging it.
 *
 * <p>Two ways in:
 * <ul>
 * <li>{@link #connect(Path, ByteOrder, Duration)} performs the connection setup (no authorization) in
 * the given byte order ({@code 'l'} for {@link ByteOrder#LITTLE_ENDIAN}, {@code 'B'} for
 * {@link ByteOrder#BIG_ENDIAN}) and parses the essentials of the setup reply.</li>
 * <li>{@link #raw(Path, ByteOrder, Duration)} only opens the socket: send a setup of your own making with
 * {@link #send(byte[])}.</li>
 * </ul>
 * Requests are built with {@link #request(int, int, byte[])}, which counts sequence numbers the way the
 * server does (one per complete request, 16 bits on the wire).
 *
 * <pre>{@code
 * try (RawXConnection x = RawXConnection.connect(server.socketPath(), ByteOrder.BIG_ENDIAN, Duration.ofSeconds(5))) {
 *     int seq = x.request(4, 0, x.body().putInt(0x1234).bytes()); // DestroyWindow of a bad id
 *     x.expectError(3, seq);                                       // BadWindow
 *     x.roundTrip();                                               // the connection goes on
 * }
 * }</pre>
 */
public final class RawXConnection implements AutoCloseable {
    /** Message type of an error. */
    public static final int ERROR = 0;
    /** Message type of a reply. */
    public static final int REPLY = 1;
    /** Generic events (XInput 2, Present) carry a length like replies. */
    public static final int GENERIC_EVENT = 35;

    private final SocketChannel channel;
    private final Selector selector;
    private final ByteOrder order;
    private final Duration timeout;
    private int sequence;
    private Setup setup;
    private int nextIdOffset = 1;

    /** What the setup reply said (only the fields tests need). */
    public record Setup(int majorVersion, int minorVersion, int resourceIdBase, int resourceIdMask,
            int maximumRequestLength, int rootWindow, int defaultColormap, int whitePixel, int blackPixel,
            int rootVisual, int rootDepth, int widthInPixels, int heightInPixels, byte[] raw) {
    }

    /** One message from the server: an error, a reply (with its extra data) or an event. */
    public record Message(int type, int code, int sequence, byte[] bytes, ByteOrder order) {
        /** The CARD32 at byte offset {@code at}. */
        public int card32(int at) {
            return ByteBuffer.wrap(bytes).order(order).getInt(at);
        }

        /** The CARD16 at byte offset {@code at}. */
        public int card16(int at) {
            return ByteBuffer.wrap(bytes).order(order).getShort(at) & 0xFFFF;
        }

        /** For an error: the bad value (resource id, value or length) at bytes 4..7. */
        public int badValue() {
            return card32(4);
        }

        /** For an error: minor opcode at bytes 8..9. */
        public int minorOpcode() {
            return card16(8);
        }

        /** For an error: major opcode at byte 10. */
        public int majorOpcode() {
            return bytes[10] & 0xFF;
        }

        /** True for an error message. */
        public boolean isError() {
            return type == ERROR;
        }

        @Override
        public String toString() {
            String kind = type == ERROR ? "error " + code + " (" + errorName(code) + ") major " + majorOpcode()
                    + " value 0x" + Integer.toHexString(badValue())
                    : type == REPLY ? "reply" : "event " + (type & 0x7F);
            return kind + " seq " + sequence + " [" + HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 32))
                    + "]";
        }
    }

    private RawXConnection(SocketChannel channel, ByteOrder order, Duration timeout) throws IOException {
        this.channel = channel;
        this.order = order;
        this.timeout = timeout;
        channel.configureBlocking(false);
        this.selector = Selector.open();
        channel.register(selector, SelectionKey.OP_READ);
    }

    /** Opens the socket without sending anything. */
    public static RawXConnection raw(Path socket, ByteOrder order, Duration timeout) {
        try {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
            return new RawXConnection(channel, order, timeout);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot connect to " + socket, e);
        }
    }

    /** Opens the socket and performs a connection setup without authorization; fails if refused. */
    public static RawXConnection connect(Path socket, ByteOrder order, Duration timeout) {
        RawXConnection connection = raw(socket, order, timeout);
        try {
            connection.send(setupRequest(order, 11, 0, "", new byte[0]));
            connection.setup = connection.readSetupReply();
            return connection;
        } catch (RuntimeException | Error e) {
            connection.close();
            throw e;
        }
    }

    /** The bytes of a connection setup request: byte-order byte, version, auth name and data. */
    public static byte[] setupRequest(ByteOrder order, int major, int minor, String authName, byte[] authData) {
        byte[] name = authName.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Body body = new Body(order);
        body.put8(order == ByteOrder.BIG_ENDIAN ? 'B' : 'l').put8(0).put16(major).put16(minor).put16(name.length)
                .put16(authData.length).put16(0).putBytes(name).pad().putBytes(authData).pad();
        return body.bytes();
    }

    private Setup readSetupReply() {
        byte[] head = readExactly(8);
        ByteBuffer h = ByteBuffer.wrap(head).order(order);
        int status = head[0] & 0xFF;
        int extraWords = h.getShort(6) & 0xFFFF;
        byte[] rest = readExactly(extraWords * 4);
        if (status != 1) {
            int reasonLength = head[1] & 0xFF;
            String reason = new String(rest, 0, Math.min(reasonLength, rest.length),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            throw new IllegalStateException("connection setup refused (status " + status + "): " + reason);
        }
        byte[] all = new byte[8 + rest.length];
        System.arraycopy(head, 0, all, 0, 8);
        System.arraycopy(rest, 0, all, 8, rest.length);
        ByteBuffer b = ByteBuffer.wrap(all).order(order);
        int vendorLength = b.getShort(24) & 0xFFFF;
        int formats = all[29] & 0xFF;
        int screen = 40 + pad4(vendorLength) + 8 * formats;
        return new Setup(b.getShort(2) & 0xFFFF, b.getShort(4) & 0xFFFF, b.getInt(12), b.getInt(16),
                b.getShort(26) & 0xFFFF, b.getInt(screen), b.getInt(screen + 4), b.getInt(screen + 8),
                b.getInt(screen + 12), b.getInt(screen + 32), all[screen + 38] & 0xFF, b.getShort(screen + 20) & 0xFFFF,
                b.getShort(screen + 22) & 0xFFFF, all);
    }

    /** The parsed setup reply; null for a {@link #raw} connection. */
    public Setup setup() {
        return setup;
    }

    /** The byte order this client speaks. */
    public ByteOrder order() {
        return order;
    }

    /** A fresh resource id from this client's range (base | small counter). */
    public int newId() {
        return setup.resourceIdBase() | (nextIdOffset++ & setup.resourceIdMask());
    }

    /** A request body builder in this connection's byte order. */
    public Body body() {
        return new Body(order);
    }

    /**
     * Sends one well-formed request: header (opcode, data byte, length in 4-byte units) plus
     * {@code body} padded to a multiple of 4.
     *
     * @return its sequence number (16 bits, as errors and replies carry it)
     */
    public int request(int opcode, int data, byte[] body) {
        int length = 1 + (body.length + 3) / 4;
        Body request = new Body(order).put8(opcode).put8(data).put16(length).putBytes(body).pad();
        send(request.bytes());
        return countRequest();
    }

    /**
     * Counts one request the caller sent by hand with {@link #send}; returns its sequence number. Call it
     * once per request the server will see as complete.
     */
    public int countRequest() {
        sequence = (sequence + 1) & 0xFFFF;
        return sequence;
    }

    /** The sequence number of the last counted request. */
    public int lastSequence() {
        return sequence;
    }

    /** Writes raw bytes; throws {@link UncheckedIOException} if the server has closed the connection. */
    public void send(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (buffer.hasRemaining()) {
                if (channel.write(buffer) == 0) {
                    if (System.nanoTime() > deadline) {
                        throw new UncheckedIOException(new IOException("write timed out after " + timeout));
                    }
                    Thread.onSpinWait();
                    XServerProcess.sleep(Duration.ofMillis(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("write failed", e);
        }
    }

    /** Reads the next message (error, reply or generic event with its extra data, or event); fails after the timeout. */
    public Message read() {
        byte[] head = readExactly(32);
        ByteBuffer b = ByteBuffer.wrap(head).order(order);
        int type = head[0] & 0xFF;
        byte[] bytes = head;
        if (type == REPLY || type == GENERIC_EVENT) {
            int extra = b.getInt(4);
            if (extra < 0 || extra > (1 << 24)) {
                throw new IllegalStateException("absurd reply length " + extra);
            }
            byte[] rest = readExactly(extra * 4);
            bytes = new byte[32 + rest.length];
            System.arraycopy(head, 0, bytes, 0, 32);
            System.arraycopy(rest, 0, bytes, 32, rest.length);
        }
        return new Message(type, head[1] & 0xFF, b.getShort(2) & 0xFFFF, bytes, order);
    }

    /** Reads messages, skipping events, until an error or reply arrives. */
    public Message readReplyOrError() {
        while (true) {
            Message m = read();
            if (m.type() == ERROR || m.type() == REPLY) {
                return m;
            }
        }
    }

    /**
     * Asserts that the next error or reply is error {@code code} for request {@code sequence}; returns it.
     */
    public Message expectError(int code, int sequence) {
        Message m = readReplyOrError();
        if (m.type() != ERROR || m.code() != code || m.sequence() != sequence) {
            throw new AssertionError("expected error " + code + " (" + errorName(code) + ") for sequence " + sequence
                    + ", got " + m);
        }
        return m;
    }

    /**
     * A GetInputFocus round trip: proves the connection (and the server) still work and that every
     * earlier request has been processed. Fails on an error or a wrong sequence number.
     */
    public Message roundTrip() {
        int seq = request(43, 0, new byte[0]);
        Message m = readReplyOrError();
        if (m.type() != REPLY || m.sequence() != seq) {
            throw new AssertionError("GetInputFocus (seq " + seq + ") answered by " + m);
        }
        return m;
    }

    /**
     * True when the server closes the connection within the timeout (anything it sends first, such as
     * a refusal or an error, is skipped); false when it is still open at the deadline.
     */
    public boolean closedByServer() {
        long deadline = System.nanoTime() + timeout.toNanos();
        ByteBuffer sink = ByteBuffer.allocate(4096);
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                sink.clear();
                int n = channel.read(sink);
                if (n < 0) {
                    return true;
                }
                if (n == 0) {
                    selector.select(Math.max(1, left / 1_000_000));
                    selector.selectedKeys().clear();
                }
            }
        } catch (IOException e) {
            return true; // connection reset counts as closed
        }
    }

    /** Reads exactly {@code n} bytes or fails (timeout, or EOF as {@link UncheckedIOException}). */
    public byte[] readExactly(int n) {
        ByteBuffer buffer = ByteBuffer.allocate(n);
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (buffer.hasRemaining()) {
                int got = channel.read(buffer);
                if (got < 0) {
                    throw new UncheckedIOException(new EOFException("server closed the connection after "
                            + buffer.position() + " of " + n + " bytes"));
                }
                if (got == 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new AssertionError("no answer from the server within " + timeout + " (had "
                                + buffer.position() + " of " + n + " bytes)");
                    }
                    selector.select(Math.max(1, left / 1_000_000));
                    selector.selectedKeys().clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("read failed", e);
        }
        return buffer.array();
    }

    /** Closes this end of the socket. */
    @Override
    public void close() {
        try {
            selector.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** Name of a core error code (1..17), for messages. */
    public static String errorName(int code) {
        String[] names = {"Success", "BadRequest", "BadValue", "BadWindow", "BadPixmap", "BadAtom", "BadCursor",
            "BadFont", "BadMatch", "BadDrawable", "BadAccess", "BadAlloc", "BadColor", "BadGC", "BadIDChoice",
            "BadName", "BadLength", "BadImplementation"};
        return code >= 0 && code < names.length ? names[code] : "extension error";
    }

    static int pad4(int n) {
        return (n + 3) & ~3;
    }

    /** Builds request bytes in a given byte order. */
    public static final class Body {
        private final ByteOrder order;
        private byte[] data = new byte[64];
        private int size;

        /** An empty body in byte order {@code order}. */
        public Body(ByteOrder order) {
            this.order = order;
        }

        private void ensure(int more) {
            if (size + more > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(data.length * 2, size + more));
            }
        }

        /** Appends a CARD8. */
        public Body put8(int v) {
            ensure(1);
            data[size++] = (byte) v;
            return this;
        }

        /** Appends a CARD16 in the body's byte order. */
        public Body put16(int v) {
            ensure(2);
            ByteBuffer.wrap(data, size, 2).order(order).putShort((short) v);
            size += 2;
            return this;
        }

        /** Appends a CARD32 in the body's byte order. */
        public Body putInt(int v) {
            ensure(4);
            ByteBuffer.wrap(data, size, 4).order(order).putInt(v);
            size += 4;
            return this;
        }

        /** Appends raw bytes. */
        public Body putBytes(byte[] bytes) {
            ensure(bytes.length);
            System.arraycopy(bytes, 0, data, size, bytes.length);
            size += bytes.length;
            return this;
        }

        /** Appends zero bytes up to a multiple of 4. */
        public Body pad() {
            while ((size & 3) != 0) {
                put8(0);
            }
            return this;
        }

        /** The bytes so far. */
        public byte[] bytes() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
