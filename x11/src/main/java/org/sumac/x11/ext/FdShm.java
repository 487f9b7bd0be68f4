package org.sumac.x11.ext;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Shared memory passed as file descriptors, for MIT-SHM 1.2's AttachFd and CreateSegment: fstat, mmap, munmap,
 * memfd_create, ftruncate, fcntl (seals) and close from libc through the FFM API. Linux x86-64 and aarch64: struct stat's st_size
 * is at byte 48 on both.
 */
final class FdShm {
    private static final int PROT_READ = 1, PROT_WRITE = 2, MAP_SHARED = 1, MAP_PRIVATE = 2, MAP_FIXED = 0x10;
    private static final int MAP_ANONYMOUS = 0x20, MFD_CLOEXEC = 1;
    private static final int MFD_ALLOW_SEALING = 2, F_ADD_SEALS = 1033, F_GET_SEALS = 1034, F_SEAL_SHRINK = 2;
    private static final int ST_SIZE = 48, STAT_BYTES = 256;
    private static final MethodHandle FSTAT, MMAP, MUNMAP, MEMFD_CREATE, FTRUNCATE, FCNTL, CLOSE;

    static {
        MethodHandle fstat = null, mmap = null, munmap = null, memfd = null, ftruncate = null, fcntl = null, close = null;
        try {
            if (System.getProperty("os.name", "").equals("Linux") && ValueLayout.ADDRESS.byteSize() == 8) {
                Linker linker = Linker.nativeLinker();
                var lookup = linker.defaultLookup();
                fstat = linker.downcallHandle(lookup.find("fstat").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
                mmap = linker.downcallHandle(lookup.find("mmap").orElseThrow(), FunctionDescriptor.of(ValueLayout.ADDRESS,
                    ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
                    ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG));
                munmap = linker.downcallHandle(lookup.find("munmap").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
                memfd = linker.downcallHandle(lookup.find("memfd_create").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
                ftruncate = linker.downcallHandle(lookup.find("ftruncate").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG));
                fcntl = linker.downcallHandle(lookup.find("fcntl").orElseThrow(), FunctionDescriptor.of(
                    ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT),
                    Linker.Option.firstVariadicArg(2));
                close = linker.downcallHandle(lookup.find("close").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
            }
        } catch (RuntimeException | LinkageError e) {
            fstat = null;
        }
        FSTAT = fstat;
        MMAP = mmap;
        MUNMAP = munmap;
        MEMFD_CREATE = memfd;
        FTRUNCATE = ftruncate;
        FCNTL = fcntl;
        CLOSE = close;
    }

    private FdShm() { }

    static boolean available() { return FSTAT != null; }

    /** The size fstat gives a descriptor (0 for a pipe or a socket), or -1 when fstat fails. */
    static long size(int fd) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(STAT_BYTES, 8);
            int rc = (int) FSTAT.invokeExact(fd, st);
            return rc != 0 ? -1 : st.get(ValueLayout.JAVA_LONG, ST_SIZE);
        } catch (Throwable e) {
            return -1;
        }
    }

    /**
     * Seals the memory file under {@code fd} against shrinking (F_SEAL_SHRINK), so that memory mapped from it can
     * never fault: true when it is sealed so now (also when it was already), false when it cannot be (not a memfd
     * made with MFD_ALLOW_SEALING, or sealed against new seals). Growing it stays allowed.
     */
    static boolean sealShrink(int fd) {
        try {
            if ((int) FCNTL.invokeExact(fd, F_ADD_SEALS, F_SEAL_SHRINK) == 0) return true;
            int seals = (int) FCNTL.invokeExact(fd, F_GET_SEALS, 0);
            return seals >= 0 && (seals & F_SEAL_SHRINK) != 0;
        } catch (Throwable e) {
            return false;
        }
    }

    /**
     * Maps {@code size} bytes of {@code fd} shared (read-only when asked), unmapped when {@code arena} closes; null when
     * mmap refuses (a descriptor that cannot be mapped). Closing the arena makes every later access an exception.
     */
    static MemorySegment map(int fd, long size, boolean readOnly, Arena arena) {
        MemorySegment addr;
        try {
            addr = (MemorySegment) MMAP.invokeExact(MemorySegment.NULL, size,
                readOnly ? PROT_READ : PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0L);
        } catch (Throwable e) {
            return null;
        }
        if (addr.address() == -1L || addr.address() == 0) return null;
        MemorySegment m = addr.reinterpret(size, arena, a -> unmap(a, size));
        return readOnly ? m.asReadOnly() : m;
    }

    /**
     * Replaces a mapping's pages by private zero pages at the same addresses (as Xorg's bus-fault handler does when a
     * client cut its file short): reads give zeros and writes go nowhere instead of faulting. False when mmap refuses.
     */
    static boolean zero(MemorySegment mapping) {
        try {
            MemorySegment at = (MemorySegment) MMAP.invokeExact(MemorySegment.ofAddress(mapping.address()),
                mapping.byteSize(), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0L);
            return at.address() == mapping.address();
        } catch (Throwable e) {
            return false;
        }
    }

    private static void unmap(MemorySegment addr, long size) {
        try {
            int ignored = (int) MUNMAP.invokeExact(addr, size);
        } catch (Throwable e) {
            // the mapping stays until the process ends
        }
    }

    /**
     * A new anonymous memory file of {@code size} bytes (memfd_create and ftruncate), sealed against shrinking so that
     * the client it is passed to cannot make the server's mapping fault, or -1.
     */
    static int create(long size) {
        try (Arena a = Arena.ofConfined()) {
            int fd = (int) MEMFD_CREATE.invokeExact(a.allocateFrom("sumac-shm"), MFD_CLOEXEC | MFD_ALLOW_SEALING);
            if (fd < 0) return -1;
            if ((int) FTRUNCATE.invokeExact(fd, size) != 0 || !sealShrink(fd)) {
                close(fd);
                return -1;
            }
            return fd;
        } catch (Throwable e) {
            return -1;
        }
    }

    static void close(int fd) {
        if (fd < 0) return;
        try {
            int ignored = (int) CLOSE.invokeExact(fd);
        } catch (Throwable e) {
            // nothing more to do
        }
    }
}
