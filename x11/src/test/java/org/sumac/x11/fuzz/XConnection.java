package org.sumac.x11.fuzz;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * A raw X connection for fuzzing: writes bytes as given and reads the server's answers with a deadline, so a
 * display that stops answering is a failure and not a hang.
 */
final class XConnection implements AutoCloseable {
    /** An error code the server answered with, seen while waiting for a reply. */
    record ServerError(int code, int sequence, int major, int minor) { }

    private final SocketChannel socket;
    private final Selector selector;
    private final long deadlineNanos;
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    /** The start of what the server sent, for failure messages. */
    private final java.io.ByteArrayOutputStream seen = new java.io.ByteArrayOutputStream();

    XConnection(Path socketFile, long timeoutMillis) throws IOException {
        socket = SocketChannel.open(StandardProtocolFamily.UNIX);
        socket.connect(UnixDomainSocketAddress.of(socketFile));
        socket.configureBlocking(false);
        selector = Selector.open();
        socket.register(selector, SelectionKey.OP_READ);
        deadlineNanos = System.nanoTime() + timeoutMillis * 1_000_000L;
    }

    void order(boolean msbFirst) { order = msbFirst ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN; }

    /**
     * Writes everything from a helper thread (the server may answer before it has read all, and we must keep
     * reading meanwhile); the returned thread ends when all is written or the connection closed.
     */
    Thread writeInBackground(byte[] bytes) {
        return Thread.ofVirtual().start(() -> {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            try (Selector w = Selector.open()) {
                SelectionKey key = null;
                while (b.hasRemaining()) {
                    if (socket.write(b) == 0) {
                        // Non-blocking channel: wait until it can take more, a short while at a time.
                        if (key == null) key = socket.register(w, SelectionKey.OP_WRITE);
                        w.select(50);
                        w.selectedKeys().clear();
                        if (System.nanoTime() > deadlineNanos) return;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // The server closed the connection: the reader sees it.
            }
        });
    }

    /** Reads exactly n bytes; null when the server closed the connection first. Throws on the deadline. */
    ByteBuffer read(int n) throws IOException, TimeoutException {
        ByteBuffer b = ByteBuffer.allocate(n).order(order);
        while (b.hasRemaining()) {
            int got;
            try {
                got = socket.read(b);
            } catch (IOException e) {
                return null; // reset by the server
            }
            if (got < 0) return null;
            if (got == 0) {
                long left = (deadlineNanos - System.nanoTime()) / 1_000_000L;
                if (left <= 0) throw new TimeoutException();
                selector.select(Math.max(1, left));
                selector.selectedKeys().clear();
            }
        }
        if (seen.size() < 1024) seen.write(b.array(), 0, Math.min(n, 1024));
        return b.flip();
    }

    String seen() { return java.util.HexFormat.ofDelimiter(" ").formatHex(seen.toByteArray()); }

    /** Reads the setup answer; its status byte (1 = accepted), or -1 when the connection closed. */
    int readSetup() throws IOException, TimeoutException {
        ByteBuffer head = read(8);
        if (head == null) return -1;
        ByteBuffer rest = read((head.getShort(6) & 0xffff) * 4);
        if (rest == null) return -1;
        return head.get(0);
    }

    /**
     * Reads replies, events and errors until the reply whose sequence number is {@code sequence}; returns false
     * when the server closed the connection first. Errors are handed to {@code errors}.
     */
    boolean awaitReply(int sequence, java.util.function.Consumer<ServerError> errors) throws IOException, TimeoutException {
        while (true) {
            ByteBuffer head = read(32);
            if (head == null) return false;
            int type = head.get(0) & 0x7f;
            int seq = head.getShort(2) & 0xffff;
            if (type == 0) {
                errors.accept(new ServerError(head.get(1) & 0xff, seq, head.get(10) & 0xff, head.getShort(8) & 0xffff));
            } else if (type == 1 || type == 35) {
                // Replies and generic events carry more data; like xcb, a generic event counts as one sent or not.
                long extra = (head.getInt(4) & 0xffffffffL) * 4;
                if (extra > 64 << 20) throw new IOException("reply of " + extra + " bytes");
                if (extra > 0 && read((int) extra) == null) return false;
                if (type == 1 && seq == (sequence & 0xffff)) return true;
            }
        }
    }

    /** Reads until the server closes the connection. */
    void drainUntilClosed() throws IOException, TimeoutException {
        while (read(1) != null) { }
    }

    void shutdownOutput() {
        try { socket.shutdownOutput(); } catch (IOException ignored) { }
    }

    @Override public void close() {
        try { selector.close(); } catch (IOException ignored) { }
        try { socket.close(); } catch (IOException ignored) { }
    }

    static final class TimeoutException extends Exception {
        TimeoutException() { super("the display did not answer in time"); }
    }
}
