package org.sumac.x11.ext;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Shared memory passed as file descriptors, for MIT-SHM 1.2's AttachFd and CreateSegment: fstat, mmap, munmap,
 * memfd_create, ftruncate and close from libc through the FFM API. Linux x86-64 and aarch64: struct stat's st_size
 * is at byte 48 on both.
 */
final class FdShm {
    private static final int PROT_READ = 1, PROT_WRITE = 2, MAP_SHARED = 1, MAP_PRIVATE = 2, MAP_FIXED = 0x10;
    private static final int MAP_ANONYMOUS = 0x20, MFD_CLOEXEC = 1;
    private static final int ST_SIZE = 48, STAT_BYTES = 256;
    private static final MethodHandle FSTAT, MMAP, MUNMAP, MEMFD_CREATE, FTRUNCATE, CLOSE;

    static {
        MethodHandle fstat = null, mmap = null, munmap = null, memfd = null, ftruncate = null, close = null;
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

    /** A new anonymous memory file of {@code size} bytes (memfd_create and ftruncate), or -1. */
    static int create(long size) {
        try (Arena a = Arena.ofConfined()) {
            int fd = (int) MEMFD_CREATE.invokeExact(a.allocateFrom("sumac-shm"), MFD_CLOEXEC);
            if (fd < 0) return -1;
            if ((int) FTRUNCATE.invokeExact(fd, size) != 0) {
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
