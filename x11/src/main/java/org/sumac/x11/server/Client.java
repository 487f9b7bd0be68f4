package org.sumac.x11.server;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.RequestReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One X client connection. A virtual thread reads and frames requests, then runs each under the
 * display lock; replies and events are appended to an output buffer that a second virtual thread
 * writes to the socket without holding the display, so no client ever waits on another's socket.
 */
public final class Client {
    private static final Logger log = LoggerFactory.getLogger(Client.class);
    /** Input and output buffers every connection has; growth past them is charged to the memory budgets. */
    private static final int IN_BASE = 64 * 1024, OUT_BASE = 4096;
    /** Largest output buffer the writer keeps for next time. */
    private static final int OUT_KEEP = 64 * 1024;
    /**
     * Most bytes one socket read or write moves. The JDK copies a heap buffer through a temporary direct buffer as
     * large as what is asked and keeps it for the thread: a 16 MiB request read in one call would cost 16 MiB of
     * native memory per client, outside every budget. 64 KiB is as much as a Unix socket moves in one call anyway.
     */
    private static final int IO_CHUNK = 64 * 1024;
    /** Longest request accepted with BIG-REQUESTS, in 4-byte units (16 MiB, as Xorg). */
    public static final int MAX_BIG_REQUEST_UNITS = 4194303;

    public final XServer server;
    /**
     * What the client holds on the server (resources, properties, atoms, the request being read), inside the
     * display's budget. Its unread output is charged to the display and bounded by {@link MemoryLimits#clientOutput}.
     */
    public final MemoryBudget memory;
    public final int index;
    public final int resourceBase;
    public final int resourceMask = 0x001FFFFF;
    private final SocketChannel channel;
    /** Wait for readability and writability: the channel is non-blocking so that {@link #send} can write. */
    private Selector readSelector, writeSelector;
    private final String peer;
    private boolean msb;
    /** Sequence number of the request being processed (low 16 bits go on the wire). */
    public int sequence;
    public boolean bigRequests;
    public int closeDownMode = 0; // DestroyAll
    private volatile boolean closed;

    private final ReentrantLock outLock = new ReentrantLock();
    private final Condition outReady = outLock.newCondition();
    private byte[] outBuf = new byte[OUT_BASE];
    private int outLen;
    /** Bytes of output buffers (queued, being written, kept spare) charged to the display's budget; under outLock. */
    private long outCharged;
    /** The writer thread holds bytes it has taken from outBuf and not yet written (guarded by outLock). */
    private boolean writerBusy;
    /** What to run, under the display lock, when the client goes away (see {@link #onClose}). */
    final List<Runnable> closeHooks = new ArrayList<>();

    /**
     * The connection read and written with recvmsg/sendmsg so that descriptors travel with the bytes (MIT-SHM 1.2);
     * null for TCP and internal clients, or where the descriptor cannot be had (then they read as before).
     */
    private volatile FdSocket fdSocket;
    /** Most received descriptors a client may have waiting for requests to take them; more are closed (as Xorg). */
    private static final int MAX_QUEUED_FDS = 64;
    /** Descriptors received and not yet taken by a request, oldest first (reader thread, where requests run). */
    private final java.util.ArrayDeque<Integer> receivedFds = new java.util.ArrayDeque<>();
    /** Descriptors to send with queued output: each at its byte of {@link #outBuf}; under outLock. */
    private List<PendingFd> outFds = new ArrayList<>();

    /** A descriptor to go with the output byte at {@code at}; closed here once sent. */
    private record PendingFd(int at, int fd) { }

    /** Where an internal client's events go (the selection bridge); null for a connection. */
    private final java.util.function.Consumer<byte[]> internalEvents;

    Client(XServer server, int index, SocketChannel channel, String peer) {
        this(server, index, channel, peer, null);
    }

    private Client(XServer server, int index, SocketChannel channel, String peer,
            java.util.function.Consumer<byte[]> internalEvents) {
        this.server = server;
        this.memory = new MemoryBudget(server.config.memory().perClient(), server.memory);
        this.index = index;
        this.resourceBase = index << 21;
        this.channel = channel;
        this.peer = peer;
        this.internalEvents = internalEvents;
    }

    /**
     * A client of the server itself, with no connection: it owns windows and selections in the server's id range
     * (slot 0) and gets its events, each 32 bytes in LSB-first order, through {@code events}, called under the
     * display lock. It is in no client slot, so it never keeps the display from resetting.
     */
    static Client internal(XServer server, String name, java.util.function.Consumer<byte[]> events) {
        return new Client(server, 0, null, name, events);
    }

    public boolean msbFirst() { return msb; }
    public boolean isClosed() { return closed; }
    public String peer() { return peer; }

    public boolean ownsId(int id) { return (id & ~resourceMask) == resourceBase; }

    /**
     * Runs {@code hook} under the display lock when the connection closes, before the client's resources are
     * freed: extension state that names the client (event selections, ...) forgets it there. Call it under the lock.
     */
    public void onClose(Runnable hook) { closeHooks.add(hook); }

    /** Starts the client's reader and writer; closes the connection and throws when its selectors cannot be opened. */
    void start() throws IOException {
        try {
            channel.configureBlocking(false);
            readSelector = Selector.open();
            channel.register(readSelector, SelectionKey.OP_READ);
            writeSelector = Selector.open();
            channel.register(writeSelector, SelectionKey.OP_WRITE);
            fdSocket = FdSocket.of(channel, IO_CHUNK);
        } catch (IOException e) {
            // The server logs it once per burst: out of descriptors, this happens to every connection.
            closeChannel();
            closeQuietly(readSelector);
            closeQuietly(writeSelector);
            throw e;
        }
        // Platform threads, not virtual: each request and event is a wake-up, and a virtual thread's wake-up goes
        // through the carrier pool (two hand-offs). Measured: x11perf -ucreate +40%, -putimage100 +25%, key and
        // fill latency -0.2 ms. A display has tens of clients, so two threads each cost nothing worth saving.
        Thread.ofPlatform().daemon().name("x11-client-" + index + "-read").start(this::readLoop);
        Thread.ofPlatform().daemon().name("x11-client-" + index + "-write").start(this::writeLoop);
    }

    private static void closeQuietly(Selector s) {
        if (s == null) return;
        try { s.close(); } catch (IOException ignored) { }
    }

    // ---- reading ----------------------------------------------------------------------------

    /** Bytes read from the socket and not yet consumed; requests are parsed straight out of it. */
    private ByteBuffer in = ByteBuffer.allocate(IN_BASE).flip();
    /** Bytes of {@link #in} past IN_BASE, charged to the client's budget (reader thread only). */
    private long inCharged;

    /** The request being read does not fit the client's or the display's memory budget. */
    private static final class OverBudget extends RuntimeException {
        OverBudget() { super(null, null, false, false); }
    }

    /**
     * Makes at least n unread bytes available, reading as much as the socket has in one go. The buffer grows only
     * when it is full of bytes that did arrive, never to a length the client merely claims: a client that announces
     * a 16 MiB request and stalls holds 64 KiB. Growth is charged to the client; OverBudget when it may not.
     */
    private void fill(int n) throws IOException {
        if (in.remaining() >= n) return;
        in.compact();
        try {
            while (in.position() < n) {
                if (!in.hasRemaining()) grow(n);
                int limit = in.limit();
                in.limit(Math.min(limit, in.position() + IO_CHUNK));
                int got = fdSocket != null ? fdSocket.read(in, this::received) : channel.read(in);
                in.limit(limit);
                if (got < 0) throw new EOFException();
                if (got == 0) {
                    readSelector.select();
                    readSelector.selectedKeys().clear();
                    if (closed) throw new java.nio.channels.ClosedChannelException();
                }
            }
        } finally {
            in.flip();
        }
    }

    /** Queues a descriptor that came with the client's bytes, or closes it when the client has too many waiting. */
    private void received(int fd) {
        synchronized (receivedFds) {
            if (!closed && receivedFds.size() < MAX_QUEUED_FDS) {
                receivedFds.add(fd);
                return;
            }
        }
        FdSocket.closeFd(fd);
    }

    /**
     * The oldest descriptor the client sent and no request took yet, now the caller's to close; -1 when there is none
     * (a TCP client never has one). Requests run on the reader thread, so descriptors sent with a request's bytes
     * are here when it runs.
     */
    public int takeFd() {
        synchronized (receivedFds) {
            Integer fd = receivedFds.poll();
            return fd == null ? -1 : fd;
        }
    }

    /**
     * Whether this JVM can pass descriptors over Unix sockets at all (Linux, native access, sun.nio.ch opened as
     * app/jvm.options does): MIT-SHM says 1.2 only then.
     */
    public static boolean fdPassingAvailable() { return FdSocket.available(); }

    /** Whether descriptors can be passed to this client (a local Unix-socket connection). */
    public boolean passesFds() { return fdSocket != null; }

    private void closeReceivedFds() {
        synchronized (receivedFds) {
            for (Integer fd : receivedFds) FdSocket.closeFd(fd);
            receivedFds.clear();
        }
    }

    /** Doubles the (full, write-mode) input buffer, at most to n bytes, charging the client for the growth. */
    private void grow(int n) {
        int cap = (int) Math.min(n, 2L * in.capacity());
        long more = cap - in.capacity();
        if (!memory.tryCharge(more)) throw new OverBudget();
        ByteBuffer bigger;
        try {
            bigger = ByteBuffer.allocate(cap);
        } catch (OutOfMemoryError e) {
            memory.release(more);
            throw new OverBudget();
        }
        inCharged += more;
        in.flip();
        bigger.put(in);
        in = bigger;
    }

    /** Goes back to the base input buffer once a big request is done (kept up to 1 MiB for runs of big PutImages). */
    private void shrinkInput(boolean always) {
        if (in.capacity() > (always ? IN_BASE : 1 << 20) && in.remaining() <= IN_BASE) {
            ByteBuffer small = ByteBuffer.allocate(IN_BASE);
            small.put(in);
            in = small.flip();
            memory.release(inCharged);
            inCharged = 0;
        }
    }

    private void readLoop() {
        try {
            if (!setup()) return;
            while (!closed) {
                fill(4);
                int p = in.position();
                byte[] a = in.array();
                int units = msb ? ((a[p + 2] & 0xff) << 8) | (a[p + 3] & 0xff) : (a[p + 2] & 0xff) | ((a[p + 3] & 0xff) << 8);
                int headerLen = 4;
                long total;
                if (units == 0 && bigRequests) {
                    fill(8);
                    p = in.position();
                    a = in.array();
                    long l = msb ? ((a[p + 4] & 0xffL) << 24) | ((a[p + 5] & 0xff) << 16) | ((a[p + 6] & 0xff) << 8) | (a[p + 7] & 0xff)
                        : (a[p + 4] & 0xff) | ((a[p + 5] & 0xff) << 8) | ((a[p + 6] & 0xff) << 16) | ((a[p + 7] & 0xffL) << 24);
                    if (l > MAX_BIG_REQUEST_UNITS) {
                        // As Xorg: answer BadLength and skip the request's bytes as they arrive.
                        int major = a[p] & 0xff, minor = a[p + 1] & 0xff;
                        in.position(p + 8);
                        server.reject(this, major, minor, org.sumac.x11.protocol.XError.LENGTH);
                        discard(l * 4 - 8);
                        continue;
                    }
                    if (l < 2) {
                        log.info("client {}: request length {} out of range; disconnecting", index, l);
                        return;
                    }
                    total = l * 4;
                    headerLen = 8;
                } else {
                    total = units == 0 ? 4 : units * 4L;
                }
                int major = a[p] & 0xff, minor = a[p + 1] & 0xff;
                try {
                    fill((int) total);
                } catch (OverBudget e) {
                    // The protocol's answer to a request the server has no memory for; its bytes are dropped as they
                    // arrive (fill left the request's start at the buffer's position).
                    server.reject(this, major, minor, org.sumac.x11.protocol.XError.ALLOC);
                    discard(total);
                    shrinkInput(true);
                    continue;
                }
                p = in.position();
                a = in.array();
                RequestReader req;
                if (headerLen == 4) {
                    req = new RequestReader(a, p, (int) total, msb);
                } else {
                    // Drop the extended length field so handlers always see a 4-byte header: the first four bytes
                    // move over it in place (a copy of a 16 MiB request would cost another 16 MiB).
                    System.arraycopy(a, p, a, p + 4, 4);
                    req = new RequestReader(a, p + 4, (int) total - 4, msb);
                }
                in.position(p + (int) total);
                server.execute(this, req, units == 0);
                shrinkInput(false);
            }
        } catch (OverBudget e) {
            log.info("client {}: no memory left in its budget for its connection setup; disconnecting", index);
        } catch (OutOfMemoryError e) {
            // Budgets should prevent this; if the heap still ran out, only this client goes.
            log.warn("client {}: out of memory while reading its requests; disconnecting", index);
        } catch (EOFException | java.nio.channels.ClosedChannelException e) {
            // Normal disconnect.
        } catch (IOException e) {
            if (!closed) log.debug("client {}: {}", index, e.toString());
        } catch (ClosedSelectorException e) {
            // closed while waiting for input
        } catch (RuntimeException e) {
            log.warn("client {}: internal error, disconnecting", index, e);
        } finally {
            closeQuietly(readSelector);
            closeReceivedFds();
            in = ByteBuffer.allocate(0);
            memory.release(inCharged);
            inCharged = 0;
            server.clientGone(this);
        }
    }

    /** Reads and drops n bytes of an oversized request, a buffer at a time. */
    private void discard(long n) throws IOException {
        while (n > 0) {
            fill(1);
            int k = (int) Math.min(n, in.remaining());
            in.position(in.position() + k);
            n -= k;
        }
    }

    private void readFully(ByteBuffer b) throws IOException {
        fill(b.remaining());
        int n = b.remaining();
        b.put(in.array(), in.position(), n);
        in.position(in.position() + n);
    }

    /** Reads the connection setup and answers it; false when the client was refused. */
    private boolean setup() throws IOException {
        ByteBuffer head = ByteBuffer.allocate(12);
        readFully(head);
        byte[] h = head.array();
        if (h[0] == 'B') msb = true;
        else if (h[0] == 'l') msb = false;
        else {
            server.setupFailed(this, "bad byte-order byte 0x" + Integer.toHexString(h[0] & 0xff) + "; disconnected");
            return false;
        }
        RequestReader r = new RequestReader(h, 12, msb);
        r.skip(2);
        int major = r.u16();
        r.u16();
        int nameLen = r.u16(), dataLen = r.u16();
        int rest = ((nameLen + 3) & ~3) + ((dataLen + 3) & ~3);
        ByteBuffer auth = ByteBuffer.allocate(rest);
        readFully(auth);
        String name = new String(auth.array(), 0, nameLen, java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] data = Arrays.copyOfRange(auth.array(), (nameLen + 3) & ~3, ((nameLen + 3) & ~3) + dataLen);
        String failure = null;
        if (major != 11) failure = "Protocol version mismatch";
        else failure = server.authorize(this, name, data);
        if (failure != null) {
            ReplyWriter w = new ReplyWriter(msb, 64);
            byte[] reason = failure.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            w.u8(0).u8(reason.length).u16(11).u16(0).u16((reason.length + 3) / 4).bytes(reason).pad();
            server.setupFailed(this, "refused: " + failure.strip());
            writeNow(w);
            return false;
        }
        server.setupDone(this);
        ReplyWriter w = new ReplyWriter(msb, 512);
        server.writeSetupReply(this, w);
        send(w.array(), 0, w.size());
        return true;
    }

    private void writeNow(ReplyWriter w) throws IOException {
        writeFully(ByteBuffer.wrap(w.array(), 0, w.size()));
    }

    /** Writes everything, waiting for the socket to drain when it is full (writer thread and refusals only). */
    private void writeFully(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            int limit = b.limit();
            b.limit(Math.min(limit, b.position() + IO_CHUNK));
            int written = channel.write(b);
            b.limit(limit);
            if (written == 0) {
                writeSelector.select();
                writeSelector.selectedKeys().clear();
                if (closed) throw new java.nio.channels.ClosedChannelException();
            }
        }
    }

    // ---- writing ----------------------------------------------------------------------------

    /**
     * Sends bytes to the client; never blocks on the socket. When nothing is queued they go straight to the
     * socket from the calling thread (a non-blocking write: an event injected from SPICE input reaches the client
     * without waking the writer thread); what the socket does not take is queued for the writer thread.
     */
    public void send(byte[] b, int off, int len) {
        if (closed) return;
        if (internalEvents != null) {
            internalEvents.accept(Arrays.copyOfRange(b, off, off + len));
            return;
        }
        outLock.lock();
        try {
            if (closed) return;
            if (outLen == 0 && !writerBusy) {
                try {
                    int written = channel.write(ByteBuffer.wrap(b, off, Math.min(len, IO_CHUNK)));
                    off += written;
                    len -= written;
                } catch (IOException e) {
                    closeChannel();
                    return;
                }
                if (len == 0) return;
            }
            if (outLen + (long) len > server.config.memory().clientOutput()) {
                log.info("client {}: not reading its output ({} bytes pending); disconnecting", index, outLen);
                closeChannel();
                return;
            }
            if (outLen + len > outBuf.length && !growOutput(outLen + len)) return;
            System.arraycopy(b, off, outBuf, outLen, len);
            outLen += len;
            outReady.signal();
        } finally {
            outLock.unlock();
        }
    }

    public void send(ReplyWriter w) { send(w.array(), 0, w.size()); }

    /**
     * Pads, sizes and queues a reply as {@link #sendReply(ReplyWriter)} does, with {@code fd} passed along with its
     * first byte (SCM_RIGHTS), so the client finds the descriptor with the reply; the descriptor is this client's to
     * close from here on (once sent, or when the client goes). Only for clients that {@link #passesFds()}.
     */
    public void sendReply(ReplyWriter w, int fd) {
        if (w.size() < 32) w.zeros(32 - w.size());
        w.pad();
        w.putI32(4, (w.size() - 32) / 4);
        byte[] b = w.array();
        int len = w.size();
        outLock.lock();
        try {
            if (closed || fdSocket == null) {
                FdSocket.closeFd(fd);
                return;
            }
            int off = 0;
            if (outLen == 0 && !writerBusy) {
                try {
                    off = fdSocket.write(b, 0, Math.min(len, IO_CHUNK), fd);
                } catch (IOException e) {
                    FdSocket.closeFd(fd);
                    closeChannel();
                    return;
                }
                if (off > 0) {
                    FdSocket.closeFd(fd);
                    fd = -1;
                    if (off == len) return;
                }
            }
            if (outLen + (long) (len - off) > server.config.memory().clientOutput()) {
                FdSocket.closeFd(fd);
                log.info("client {}: not reading its output ({} bytes pending); disconnecting", index, outLen);
                closeChannel();
                return;
            }
            if (outLen + len - off > outBuf.length && !growOutput(outLen + len - off)) {
                FdSocket.closeFd(fd);
                return;
            }
            if (fd >= 0) outFds.add(new PendingFd(outLen, fd));
            System.arraycopy(b, off, outBuf, outLen, len - off);
            outLen += len - off;
            outReady.signal();
        } finally {
            outLock.unlock();
        }
    }

    /**
     * Charges the display for a large reply about to be built (the caller releases it once the reply is sent): BadAlloc
     * when it is larger than the unread output this client may have, or the display has no room for it.
     */
    public MemoryBudget.Charge reserveReply(long bytes) {
        if (bytes > server.config.memory().clientOutput()) throw org.sumac.x11.protocol.XError.alloc();
        return server.memory.hold(bytes);
    }

    private static long outCost(byte[] b) { return Math.max(0, b.length - OUT_BASE); }

    /** Grows the output queue (under outLock), charging the display; false, with the client disconnected, if it may not. */
    private boolean growOutput(int need) {
        int cap = (int) Math.max(need, Math.min(2L * outBuf.length, server.config.memory().clientOutput()));
        long more = Math.max(0, cap - OUT_BASE) - outCost(outBuf);
        if (!server.memory.tryCharge(more)) {
            log.info("client {}: the display's memory budget has no room for its unread output ({} bytes); disconnecting",
                index, outLen);
            closeChannel();
            return false;
        }
        try {
            outBuf = Arrays.copyOf(outBuf, cap);
        } catch (OutOfMemoryError e) {
            server.memory.release(more);
            log.warn("client {}: out of memory queueing its output; disconnecting", index);
            closeChannel();
            return false;
        }
        outCharged += more;
        return true;
    }

    private void writeLoop() {
        byte[] spare = new byte[OUT_BASE];
        List<PendingFd> fds = new ArrayList<>();
        try {
            while (true) {
                byte[] chunk;
                int len;
                outLock.lock();
                try {
                    writerBusy = false;
                    while (outLen == 0 && !closed) outReady.await();
                    if (outLen == 0) return;
                    chunk = outBuf;
                    len = outLen;
                    outBuf = spare;
                    outLen = 0;
                    List<PendingFd> taken = outFds;
                    outFds = fds;
                    fds = taken;
                    writerBusy = true;
                } finally {
                    outLock.unlock();
                }
                writeWithFds(chunk, len, fds);
                spare = chunk;
                // A big queue is not kept for next time: every client keeping a few MiB spare would hold the
                // display's budget (its charge) for nothing.
                if (chunk.length > OUT_KEEP) {
                    spare = new byte[OUT_BASE];
                    outLock.lock();
                    try {
                        server.memory.release(outCost(chunk));
                        outCharged -= outCost(chunk);
                    } finally {
                        outLock.unlock();
                    }
                }
            }
        } catch (IOException | InterruptedException | ClosedSelectorException | OutOfMemoryError e) {
            closeChannel();
        } finally {
            closeQuietly(writeSelector);
            for (PendingFd p : fds) FdSocket.closeFd(p.fd());
            outLock.lock();
            try {
                for (PendingFd p : outFds) FdSocket.closeFd(p.fd());
                outFds.clear();
                outBuf = new byte[0];
                outLen = 0;
                server.memory.release(outCharged);
                outCharged = 0;
            } finally {
                outLock.unlock();
            }
        }
    }

    /**
     * Writes {@code len} bytes of {@code chunk}, each pending descriptor with its byte (one sendmsg starting there), and
     * closes the descriptors as they go out; {@code fds} is left empty.
     */
    private void writeWithFds(byte[] chunk, int len, List<PendingFd> fds) throws IOException {
        int at = 0;
        while (!fds.isEmpty()) {
            PendingFd p = fds.getFirst();
            writeFully(ByteBuffer.wrap(chunk, at, p.at() - at));
            int n;
            while ((n = fdSocket.write(chunk, p.at(), Math.min(len - p.at(), IO_CHUNK), p.fd())) == 0) {
                writeSelector.select();
                writeSelector.selectedKeys().clear();
                if (closed) throw new java.nio.channels.ClosedChannelException();
            }
            fds.removeFirst();
            FdSocket.closeFd(p.fd());
            at = p.at() + n;
        }
        writeFully(ByteBuffer.wrap(chunk, at, len - at));
    }

    // ---- helpers for handlers ---------------------------------------------------------------

    /** Starts a reply: type 1, the given detail byte, sequence number, length to be patched. */
    public ReplyWriter reply(int detail) {
        ReplyWriter w = new ReplyWriter(msb, 64);
        w.u8(1).u8(detail).u16(sequence & 0xffff).i32(0);
        return w;
    }

    /** Pads a reply to at least 32 bytes and a multiple of 4, patches its length and queues it. */
    public void sendReply(ReplyWriter w) {
        if (w.size() < 32) w.zeros(32 - w.size());
        w.pad();
        w.putI32(4, (w.size() - 32) / 4);
        send(w);
    }

    /** Sends a generated reply record (org.sumac.x11.protocol.<module>.<Request>.Reply). */
    public void sendReply(org.sumac.x11.protocol.Reply r) {
        ReplyWriter w = reply(0);
        r.write(w);
        sendReply(w);
    }

    public void sendError(int code, int badValue, int minor, int major) {
        ReplyWriter w = new ReplyWriter(msb, 32);
        w.u8(0).u8(code).u16(sequence & 0xffff).i32(badValue).u16(minor).u8(major).zeros(21);
        send(w);
    }

    /** Starts a 32-byte event for this client with its current sequence number. */
    public ReplyWriter event(int code, int detail) {
        ReplyWriter w = new ReplyWriter(msb, 32);
        w.u8(code).u8(detail).u16(sequence & 0xffff);
        return w;
    }

    public void sendEvent(ReplyWriter w) {
        if (w.size() < 32) w.zeros(32 - w.size());
        send(w.array(), 0, 32);
    }

    /** The code of a generic event (Generic Event Extension): an extension event longer than 32 bytes. */
    public static final int GENERIC_EVENT = 35;

    /**
     * Starts a generic event for this client: code 35, the extension's major opcode, sequence number, length (set
     * by {@link #sendGenericEvent}) and the extension's event type; the extension writes its fields from byte 10 on,
     * in this client's byte order like every event.
     */
    public ReplyWriter genericEvent(int extensionOpcode, int eventType) {
        ReplyWriter w = new ReplyWriter(msb, 64);
        w.u8(GENERIC_EVENT).u8(extensionOpcode).u16(sequence & 0xffff).i32(0).u16(eventType);
        return w;
    }

    /** Pads a generic event to 32 bytes or more, a multiple of 4, sets its length ((size - 32) / 4) and queues it. */
    public void sendGenericEvent(ReplyWriter w) {
        if (w.size() < 32) w.zeros(32 - w.size());
        w.pad();
        w.putI32(4, (w.size() - 32) / 4);
        send(w);
    }

    void closeChannel() {
        if (closed) return;
        closed = true;
        if (channel == null) return;
        if (fdSocket != null) fdSocket.close();
        try { channel.close(); } catch (IOException ignored) { }
        // Closing the channel cancels its keys; wake threads blocked in select so they see it.
        if (readSelector != null) readSelector.wakeup();
        if (writeSelector != null) writeSelector.wakeup();
        outLock.lock();
        try { outReady.signalAll(); } finally { outLock.unlock(); }
    }

    @Override public String toString() { return "client " + index; }
}
