package org.sumac.x11.server;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.function.IntConsumer;

/**
 * A Unix-domain connection read and written with recvmsg and sendmsg (libc through the FFM API), so that file
 * descriptors can travel with the bytes (SCM_RIGHTS), which the JDK's channels cannot do: MIT-SHM 1.2 needs them.
 *
 * <p>It works on its own duplicate of the channel's descriptor: the channel may close its descriptor at any time
 * (and the number be reused by another connection), but this one is closed only once no read or write is using it.
 * Closing shuts the socket down at once, so the peer sees the connection end even while the duplicate lives on.
 * Linux x86-64 and aarch64 layouts: struct msghdr is 56 bytes (iov at 16, iovlen 24, control 32, controllen 40,
 * flags 48), struct cmsghdr 16 bytes before its data.
 */
final class FdSocket {
    private static final int SOL_SOCKET = 1, SCM_RIGHTS = 1, SHUT_RDWR = 2;
    private static final int MSG_DONTWAIT = 0x40, MSG_NOSIGNAL = 0x4000, MSG_CMSG_CLOEXEC = 0x40000000;
    private static final int EINTR = 4, EAGAIN = 11;
    private static final int MSGHDR = 56, CMSGHDR = 16;
    /**
     * Most descriptors one recvmsg takes: the kernel closes those of one message past it (MSG_CTRUNC), and the
     * requests that wanted them fail as without one. xcb sends at most 16 with a write.
     */
    private static final int FDS_PER_READ = 32;
    private static final int CONTROL = CMSGHDR + 4 * FDS_PER_READ;

    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle RECVMSG, SENDMSG, DUP, CLOSE, SHUTDOWN;
    private static final Method FD_VAL;

    static {
        MethodHandle recv = null, send = null, dup = null, close = null, shutdown = null;
        Method fdVal = null;
        try {
            if (System.getProperty("os.name", "").equals("Linux") && ValueLayout.ADDRESS.byteSize() == 8) {
                Linker linker = Linker.nativeLinker();
                var lookup = linker.defaultLookup();
                Linker.Option errno = Linker.Option.captureCallState("errno");
                FunctionDescriptor msg = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT,
                    ValueLayout.ADDRESS, ValueLayout.JAVA_INT);
                recv = linker.downcallHandle(lookup.find("recvmsg").orElseThrow(), msg, errno);
                send = linker.downcallHandle(lookup.find("sendmsg").orElseThrow(), msg, errno);
                dup = linker.downcallHandle(lookup.find("fcntl").orElseThrow(), FunctionDescriptor.of(
                    ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT),
                    Linker.Option.firstVariadicArg(2));
                close = linker.downcallHandle(lookup.find("close").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
                shutdown = linker.downcallHandle(lookup.find("shutdown").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
                fdVal = Class.forName("sun.nio.ch.SelChImpl").getMethod("getFDVal");
                fdVal.setAccessible(true);
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            recv = null; // sun.nio.ch not opened to us, or no native access: no descriptor passing
        }
        RECVMSG = recv;
        SENDMSG = send;
        DUP = dup;
        CLOSE = close;
        SHUTDOWN = shutdown;
        FD_VAL = fdVal;
    }

    private static final int F_DUPFD_CLOEXEC = 1030;

    private final int fd;
    /** The reader's native buffers (reader thread only): msghdr, iovec, control and data. */
    private final Arena arena = Arena.ofShared();
    private final MemorySegment msg, iov, control, data;
    private final MemorySegment capture;
    /** Reads and writes under way; the duplicate is closed when the last ends after {@link #close}. */
    private int users;
    private boolean closing, released;

    private FdSocket(int fd, int chunk) {
        this.fd = fd;
        msg = arena.allocate(MSGHDR, 8);
        iov = arena.allocate(16, 8);
        control = arena.allocate(CONTROL, 8);
        data = arena.allocate(chunk, 8);
        capture = arena.allocate(CAPTURE);
    }

    /**
     * The connection as a descriptor-passing socket, or null when that cannot be had: not a Unix-domain socket, not
     * Linux, no native access or sun.nio.ch not opened (app/jvm.options opens it).
     */
    static FdSocket of(SocketChannel ch, int chunk) {
        if (RECVMSG == null || ch == null) return null;
        try {
            if (!(ch.getLocalAddress() instanceof java.net.UnixDomainSocketAddress)) return null;
            int channelFd = (int) FD_VAL.invoke(ch);
            int fd = (int) DUP.invokeExact(channelFd, F_DUPFD_CLOEXEC, 0);
            return fd < 0 ? null : new FdSocket(fd, chunk);
        } catch (Throwable e) {
            return null;
        }
    }

    /** Whether libc and the descriptors of channels can be had (tests). */
    static boolean available() { return RECVMSG != null; }

    private synchronized boolean enter() {
        if (closing) return false;
        users++;
        return true;
    }

    private synchronized void leave() {
        if (--users == 0 && closing) release();
    }

    /** Shuts the connection down now and closes the descriptor once no read or write uses it. Idempotent. */
    synchronized void close() {
        if (closing) return;
        closing = true;
        try {
            int ignored = (int) SHUTDOWN.invokeExact(fd, SHUT_RDWR);
        } catch (Throwable ignored) {
            // closed below all the same
        }
        if (users == 0) release();
    }

    private void release() {
        if (released) return;
        released = true;
        closeFd(fd);
        arena.close();
    }

    /** Closes a descriptor this server holds (one received, or one it made to send). */
    static void closeFd(int fd) {
        if (fd < 0 || CLOSE == null) return;
        try {
            int ignored = (int) CLOSE.invokeExact(fd);
        } catch (Throwable ignored) {
            // nothing more can be done
        }
    }

    /**
     * Reads what the socket has into {@code in} (write mode), at most its remaining bytes and the chunk size, without
     * waiting; descriptors that came with the bytes go to {@code fds} in order. The number of bytes read, 0 when
     * there are none yet, -1 at end of stream (also once closed).
     */
    int read(ByteBuffer in, IntConsumer fds) throws IOException {
        if (!enter()) return -1;
        try {
            int want = (int) Math.min(in.remaining(), data.byteSize());
            msg.fill((byte) 0);
            iov.set(ValueLayout.ADDRESS, 0, data);
            iov.set(ValueLayout.JAVA_LONG, 8, want);
            msg.set(ValueLayout.ADDRESS, 16, iov);
            msg.set(ValueLayout.JAVA_LONG, 24, 1);
            msg.set(ValueLayout.ADDRESS, 32, control);
            msg.set(ValueLayout.JAVA_LONG, 40, CONTROL);
            long got;
            while (true) {
                got = (long) RECVMSG.invokeExact(capture, fd, msg, MSG_DONTWAIT | MSG_CMSG_CLOEXEC);
                if (got >= 0) break;
                int errno = (int) ERRNO.get(capture, 0L);
                if (errno == EINTR) continue;
                if (errno == EAGAIN) return 0;
                throw new IOException("recvmsg: errno " + errno);
            }
            // descriptors first: they are ours to close even when no byte came with them
            long controlLen = msg.get(ValueLayout.JAVA_LONG, 40);
            for (long at = 0; at + CMSGHDR <= controlLen; ) {
                long len = control.get(ValueLayout.JAVA_LONG, at);
                if (len < CMSGHDR || at + len > controlLen) break;
                if (control.get(ValueLayout.JAVA_INT, at + 8) == SOL_SOCKET
                    && control.get(ValueLayout.JAVA_INT, at + 12) == SCM_RIGHTS) {
                    for (long f = at + CMSGHDR; f + 4 <= at + len; f += 4) fds.accept(control.get(ValueLayout.JAVA_INT, f));
                }
                at += (len + 7) & ~7L;
            }
            if (got == 0) return -1;
            MemorySegment.copy(data, ValueLayout.JAVA_BYTE, 0, in.array(), in.arrayOffset() + in.position(), (int) got);
            in.position(in.position() + (int) got);
            return (int) got;
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("recvmsg: " + e, e);
        } finally {
            leave();
        }
    }

    /**
     * Writes up to {@code len} bytes with {@code passFd} attached to the first, without waiting: the number written,
     * 0 when the socket is full (nothing was sent, the descriptor neither). The caller still owns {@code passFd}.
     */
    int write(byte[] b, int off, int len, int passFd) throws IOException {
        if (!enter()) throw new java.nio.channels.ClosedChannelException();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment bytes = a.allocate(Math.max(1, len));
            MemorySegment.copy(b, off, bytes, ValueLayout.JAVA_BYTE, 0, len);
            MemorySegment m = a.allocate(MSGHDR, 8), v = a.allocate(16, 8), c = a.allocate(CMSGHDR + 8, 8);
            MemorySegment state = a.allocate(CAPTURE);
            v.set(ValueLayout.ADDRESS, 0, bytes);
            v.set(ValueLayout.JAVA_LONG, 8, len);
            c.set(ValueLayout.JAVA_LONG, 0, CMSGHDR + 4);
            c.set(ValueLayout.JAVA_INT, 8, SOL_SOCKET);
            c.set(ValueLayout.JAVA_INT, 12, SCM_RIGHTS);
            c.set(ValueLayout.JAVA_INT, 16, passFd);
            m.set(ValueLayout.ADDRESS, 16, v);
            m.set(ValueLayout.JAVA_LONG, 24, 1);
            m.set(ValueLayout.ADDRESS, 32, c);
            m.set(ValueLayout.JAVA_LONG, 40, CMSGHDR + 8);
            while (true) {
                long n = (long) SENDMSG.invokeExact(state, fd, m, MSG_DONTWAIT | MSG_NOSIGNAL);
                if (n >= 0) return (int) n;
                int errno = (int) ERRNO.get(state, 0L);
                if (errno == EINTR) continue;
                if (errno == EAGAIN) return 0;
                throw new IOException("sendmsg: errno " + errno);
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("sendmsg: " + e, e);
        } finally {
            leave();
        }
    }
}
