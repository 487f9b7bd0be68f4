package org.sumac.x11.ext;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * System V shared memory through the FFM API (libc's shmat, shmdt and shmctl), for MIT-SHM's Attach. Linux x86-64
 * and aarch64 layouts: struct shmid_ds begins with struct ipc_perm (key, uid, gid, cuid, cgid, mode at byte 20),
 * and its shm_segsz is at byte 48.
 */
final class SysVShm {
    private static final int IPC_STAT = 2, SHM_RDONLY = 010000;
    private static final int PERM_UID = 4, PERM_GID = 8, PERM_CUID = 12, PERM_CGID = 16, PERM_MODE = 20, SEGSZ = 48;
    /** Larger than struct shmid_ds (112 bytes on 64-bit Linux). */
    private static final int SHMID_DS_BYTES = 256;
    private static final MethodHandle SHMAT, SHMDT, SHMCTL;

    static {
        MethodHandle at = null, dt = null, ctl = null;
        try {
            if (System.getProperty("os.name", "").equals("Linux") && ValueLayout.ADDRESS.byteSize() == 8) {
                Linker linker = Linker.nativeLinker();
                var lookup = linker.defaultLookup();
                at = lookup.find("shmat").map(f -> linker.downcallHandle(f, FunctionDescriptor.of(ValueLayout.ADDRESS,
                    ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT))).orElse(null);
                dt = lookup.find("shmdt").map(f -> linker.downcallHandle(f, FunctionDescriptor.of(ValueLayout.JAVA_INT,
                    ValueLayout.ADDRESS))).orElse(null);
                ctl = lookup.find("shmctl").map(f -> linker.downcallHandle(f, FunctionDescriptor.of(ValueLayout.JAVA_INT,
                    ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS))).orElse(null);
            }
        } catch (RuntimeException | LinkageError e) {
            at = null;
        }
        SHMAT = at;
        SHMDT = dt;
        SHMCTL = ctl;
    }

    private SysVShm() { }

    /** Whether segments can be attached here (Linux, 64-bit, libc found, native access granted). */
    static boolean available() { return SHMAT != null && SHMDT != null && SHMCTL != null; }

    /** What IPC_STAT tells of a segment: its owner's and creator's ids, its permission bits and its size. */
    record Stat(long uid, long gid, long cuid, long cgid, int mode, long size) {
        /**
         * Xorg's shm_access: whether a client of this uid and gid (null when unknown: only "others" apply) may read
         * (and, unless {@code readOnly}, write) the segment. Root may always.
         */
        boolean allows(long[] credentials, boolean readOnly) {
            if (credentials != null) {
                long cu = credentials[0], cg = credentials[1];
                if (cu == 0) return true;
                if (uid == cu || cuid == cu) return (mode & (readOnly ? 0400 : 0600)) == (readOnly ? 0400 : 0600);
                if (gid == cg || cgid == cg) return (mode & (readOnly ? 0040 : 0060)) == (readOnly ? 0040 : 0060);
            }
            return (mode & (readOnly ? 0004 : 0006)) == (readOnly ? 0004 : 0006);
        }
    }

    /** IPC_STAT of a segment, or null when it does not exist or this process may not look at it. */
    static Stat stat(int shmid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ds = arena.allocate(SHMID_DS_BYTES, 8);
            int rc = (int) SHMCTL.invokeExact(shmid, IPC_STAT, ds);
            if (rc != 0) return null;
            return new Stat(Integer.toUnsignedLong(ds.get(ValueLayout.JAVA_INT, PERM_UID)),
                Integer.toUnsignedLong(ds.get(ValueLayout.JAVA_INT, PERM_GID)),
                Integer.toUnsignedLong(ds.get(ValueLayout.JAVA_INT, PERM_CUID)),
                Integer.toUnsignedLong(ds.get(ValueLayout.JAVA_INT, PERM_CGID)),
                ds.get(ValueLayout.JAVA_SHORT, PERM_MODE) & 0xffff, ds.get(ValueLayout.JAVA_LONG, SEGSZ));
        } catch (Throwable e) {
            return null;
        }
    }

    /**
     * Attaches a segment, {@code size} bytes of it reachable through the returned segment (read-only when asked),
     * detached when {@code arena} closes; null when shmat fails. Closing the arena makes every later access an
     * exception rather than a read of unmapped memory.
     */
    static MemorySegment attach(int shmid, boolean readOnly, long size, Arena arena) {
        MemorySegment addr;
        try {
            addr = (MemorySegment) SHMAT.invokeExact(shmid, MemorySegment.NULL, readOnly ? SHM_RDONLY : 0);
        } catch (Throwable e) {
            return null;
        }
        if (addr.address() == -1L || addr.address() == 0) return null;
        MemorySegment m = addr.reinterpret(size, arena, SysVShm::detach);
        return readOnly ? m.asReadOnly() : m;
    }

    private static void detach(MemorySegment addr) {
        try {
            int ignored = (int) SHMDT.invokeExact(addr);
        } catch (Throwable e) {
            // nothing more to do: the mapping stays until the process ends
        }
    }
}
