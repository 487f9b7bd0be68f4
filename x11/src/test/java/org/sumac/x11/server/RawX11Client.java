package org.sumac.x11.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * An X connection over a display's Unix socket for tests that write requests byte by byte, little-endian unless
 * another byte order is asked for.
 */
public final class RawX11Client implements AutoCloseable {
    private final SocketChannel socket;
    private final ByteOrder order;
    /** The resource-id base the setup reply gave this connection. */
    public final int idBase;

    public RawX11Client(Path socketFile) throws IOException {
        this(socketFile, ByteOrder.LITTLE_ENDIAN);
    }

    public RawX11Client(Path socketFile, ByteOrder order) throws IOException {
        this.order = order;
        socket = SocketChannel.open(StandardProtocolFamily.UNIX);
        socket.connect(UnixDomainSocketAddress.of(socketFile));
        write(buffer(12).put((byte) (order == ByteOrder.BIG_ENDIAN ? 'B' : 'l')).put((byte) 0).putShort((short) 11)
            .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0));
        ByteBuffer head = read(8);
        assertEquals(1, head.get(0), "connection accepted");
        idBase = read((head.getShort(6) & 0xffff) * 4).getInt(4);
    }

    public static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** A buffer for a request in this connection's byte order. */
    public ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(order);
    }

    public ByteOrder order() { return order; }

    /** Sends what was put into {@code b}. */
    public void write(ByteBuffer b) throws IOException {
        b.flip();
        while (b.hasRemaining()) socket.write(b);
    }

    public ByteBuffer read(int n) throws IOException {
        ByteBuffer b = buffer(n);
        while (b.hasRemaining()) {
            if (socket.read(b) < 0) throw new IOException("server closed the connection");
        }
        return b.flip();
    }

    /** The next reply, whole, skipping events; an error fails the test. */
    public ByteBuffer reply() throws IOException {
        while (true) {
            ByteBuffer head = read(32);
            int kind = head.get(0) & 0xff;
            assertTrue(kind != 0, () -> "X error " + (head.get(1) & 0xff));
            if (kind != 1) continue;
            int extra = head.getInt(4) * 4;
            return buffer(32 + extra).put(head).put(read(extra)).flip();
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
