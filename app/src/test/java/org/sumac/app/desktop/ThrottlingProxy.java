package org.sumac.app.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on 127.0.0.1 that plays a bad network between a SPICE client and the server: every connection the
 * client opens (one per SPICE channel) is forwarded to the server's port. Towards the client it can
 * <ul>
 *   <li>stop reading from the server ({@link #pause()}): the server's socket buffers fill exactly as when the
 *       client stopped reading, while the client's own messages still reach the server;</li>
 *   <li>carry at most {@code bytesPerSecond}, shared by all connections as on one link;</li>
 *   <li>delay every chunk by a one-way latency (also applied to what the client sends).</li>
 * </ul>
 * The proxy itself buffers little (a few chunks per direction and a small socket receive buffer towards the
 * server), so what a slow or stopped client cannot take stays in the server's send path, where the test wants it.
 * Virtual threads, plain blocking sockets.
 */
final class ThrottlingProxy implements AutoCloseable {
    private static final int CHUNK = 8 * 1024;
    private static final int QUEUED_CHUNKS = 8;
    /** The link's own buffer on the server side: small, so backpressure reaches the server promptly. */
    private static final int SERVER_SIDE_RECEIVE_BUFFER = 64 * 1024;

    private final ServerSocket listener;
    private final int targetPort;
    private final long bytesPerSecond;
    private final long latencyNanos;
    private final Object gate = new Object();
    private boolean paused;
    private long nextFreeNanos;
    private final AtomicLong bytesToClient = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    private ThrottlingProxy(ServerSocket listener, int targetPort, long bytesPerSecond, Duration latency) {
        this.listener = listener;
        this.targetPort = targetPort;
        this.bytesPerSecond = bytesPerSecond;
        this.latencyNanos = latency.toNanos();
    }

    /** A proxy to {@code 127.0.0.1:targetPort}; {@code bytesPerSecond} 0 means no limit. */
    static ThrottlingProxy start(int targetPort, long bytesPerSecond, Duration latency) {
        try {
            ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            ThrottlingProxy proxy = new ThrottlingProxy(listener, targetPort, bytesPerSecond, latency);
            Thread.ofVirtual().name("proxy-accept").start(proxy::acceptLoop);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port clients connect to. */
    int port() {
        return listener.getLocalPort();
    }

    /** Stops reading what the server sends (on every connection, including later ones). */
    void pause() {
        synchronized (gate) {
            paused = true;
        }
    }

    /** Reads from the server again. */
    void resume() {
        synchronized (gate) {
            paused = false;
            gate.notifyAll();
        }
    }

    /** Bytes delivered to the client so far, all connections. */
    long bytesToClient() {
        return bytesToClient.get();
    }

    /** Client connections accepted so far. */
    long connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                if (closed) return;
                continue;
            }
            connections.incrementAndGet();
            sockets.add(client);
            try {
                Socket server = new Socket();
                sockets.add(server);
                server.setReceiveBufferSize(SERVER_SIDE_RECEIVE_BUFFER);
                server.setTcpNoDelay(true);
                client.setTcpNoDelay(true);
                server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 5_000);
                pump(client, server, false);
                pump(server, client, true);
            } catch (IOException e) {
                // a refused server connection: the client sees its socket closed, as on a broken network
                closeQuietly(client);
            }
        }
    }

    private record Chunk(long arrivedNanos, byte[] bytes) {
        static final Chunk END = new Chunk(0, new byte[0]);
    }

    /**
     * One direction: a reader that honours {@link #pause()} (towards the client only) and a writer that applies
     * latency and, towards the client, the bandwidth limit. The bounded queue between them passes backpressure on.
     */
    private void pump(Socket from, Socket to, boolean towardsClient) {
        BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
        Thread.ofVirtual().name("proxy-read").start(() -> {
            byte[] buffer = new byte[CHUNK];
            try {
                InputStream in = from.getInputStream();
                while (true) {
                    if (towardsClient) awaitNotPaused();
                    int n = in.read(buffer);
                    if (n < 0) break;
                    if (!hand(queue, new Chunk(System.nanoTime(), Arrays.copyOf(buffer, n)), to)) return;
                }
                hand(queue, Chunk.END, to);
            } catch (IOException | InterruptedException e) {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
        Thread.ofVirtual().name("proxy-write").start(() -> {
            try {
                OutputStream out = to.getOutputStream();
                while (true) {
                    Chunk c = queue.take();
                    if (c == Chunk.END) break;
                    sleepUntil(c.arrivedNanos() + latencyNanos);
                    if (towardsClient) sleepUntil(reserveBandwidth(c.bytes().length));
                    out.write(c.bytes());
                    if (towardsClient) bytesToClient.addAndGet(c.bytes().length);
                }
                to.shutdownOutput();
            } catch (IOException | InterruptedException e) {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    /** Queues a chunk for the writer; false when the writer's side closed meanwhile (it takes nothing more). */
    private boolean hand(BlockingQueue<Chunk> queue, Chunk chunk, Socket writerSide) throws InterruptedException {
        while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
            if (closed || writerSide.isClosed()) return false;
        }
        return true;
    }

    private void awaitNotPaused() throws InterruptedException {
        synchronized (gate) {
            while (paused && !closed) gate.wait();
        }
    }

    /** When this many bytes may start going out on the shared link. */
    private long reserveBandwidth(int bytes) {
        if (bytesPerSecond <= 0) return 0;
        synchronized (this) {
            long start = Math.max(System.nanoTime(), nextFreeNanos);
            nextFreeNanos = start + bytes * 1_000_000_000L / bytesPerSecond;
            return start;
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) Thread.sleep(Duration.ofNanos(wait));
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        closed = true;
        resume();
        closeQuietly(listener);
        for (Socket s : sockets) closeQuietly(s);
    }

    private static void closeQuietly(ServerSocket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
