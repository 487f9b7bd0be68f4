package org.sumac.x11.server;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.nio.channels.SocketChannel;

/**
 * The process id at the other end of a Unix-socket connection (SO_PEERCRED's pid, which the JDK's option of that
 * name leaves out), for X-Resource's LocalClientPID. Needs the channel's descriptor, which only the JDK's own
 * sun.nio.ch gives (app/jvm.options opens it); without it, or off Linux, the pid is unknown (-1).
 */
final class PeerPid {
    private static final int SOL_SOCKET = 1, SO_PEERCRED = 17;
    private static final MethodHandle GETSOCKOPT = getsockopt();
    private static final Method FD_VAL = fdVal();

    private PeerPid() { }

    private static MethodHandle getsockopt() {
        try {
            Linker linker = Linker.nativeLinker();
            return linker.defaultLookup().find("getsockopt").map(f -> linker.downcallHandle(f, FunctionDescriptor.of(
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS, ValueLayout.ADDRESS))).orElse(null);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static Method fdVal() {
        try {
            Method m = Class.forName("sun.nio.ch.SelChImpl").getMethod("getFDVal");
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // sun.nio.ch not opened to us
        }
    }

    /** The peer's pid, or -1 when it cannot be known. */
    static long of(SocketChannel ch) {
        long[] c = credentials(ch);
        return c == null ? -1 : c[0];
    }

    /**
     * The peer's pid, effective uid and gid (SO_PEERCRED, taken when it connected), or null when they cannot be known:
     * MIT-SHM checks a segment's permissions against them, as Xorg's GetLocalClientCreds.
     */
    static long[] credentials(SocketChannel ch) {
        if (GETSOCKOPT == null || FD_VAL == null || !System.getProperty("os.name", "").equals("Linux")) return null;
        try (Arena arena = Arena.ofConfined()) {
            int fd = (int) FD_VAL.invoke(ch);
            MemorySegment cred = arena.allocate(12, 4); // struct ucred { pid_t pid; uid_t uid; gid_t gid; }
            MemorySegment len = arena.allocate(ValueLayout.JAVA_INT);
            len.set(ValueLayout.JAVA_INT, 0, 12);
            int rc = (int) GETSOCKOPT.invokeExact(fd, SOL_SOCKET, SO_PEERCRED, cred, len);
            int pid = cred.get(ValueLayout.JAVA_INT, 0);
            if (rc != 0 || pid <= 0) return null;
            return new long[] {pid, Integer.toUnsignedLong(cred.get(ValueLayout.JAVA_INT, 4)),
                Integer.toUnsignedLong(cred.get(ValueLayout.JAVA_INT, 8))};
        } catch (Throwable e) {
            return null;
        }
    }
}
