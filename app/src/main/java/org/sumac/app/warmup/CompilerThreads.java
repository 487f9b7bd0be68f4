package org.sumac.app.warmup;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * This JVM's JIT compiler threads, as Linux's /proc shows them: their CPU time, and their scheduling priority.
 * The JVM tells neither its compile queue's length nor a way to run its compilers at a lower priority than the
 * program, so both go through the kernel. Off Linux every method here does nothing.
 */
public final class CompilerThreads {
    private static final Path TASKS = Path.of("/proc/self/task");
    /** setpriority(2)'s "which" for one process or, on Linux, one thread. */
    private static final int PRIO_PROCESS = 0;
    /** The lowest nice value: where SCHED_IDLE is refused (kernels before 2.6.39 ask for privilege). */
    static final int BACKGROUND_NICE = 19;
    /** sched(7)'s policy for threads that run only when nothing else wants the CPU, and SCHED_OTHER's number. */
    static final int SCHED_IDLE = 5, SCHED_OTHER = 0;
    private static final MethodHandle SETPRIORITY = downcall("setpriority", FunctionDescriptor.of(
        ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle SCHED_SETSCHEDULER = downcall("sched_setscheduler", FunctionDescriptor.of(
        ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));

    private CompilerThreads() { }

    /** A JIT compiler thread: its kernel thread id and its name ("C2 CompilerThre" and a number: 15 characters). */
    record Compiler(int tid, String name) { }

    /** The compiler threads alive now, C1 and C2; empty off Linux. */
    static List<Compiler> list() {
        List<Compiler> found = new ArrayList<>();
        if (!Files.isDirectory(TASKS)) return found;
        try (Stream<Path> threads = Files.list(TASKS)) {
            for (Path t : (Iterable<Path>) threads::iterator) {
                try {
                    String name = Files.readString(t.resolve("comm")).strip();
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                        found.add(new Compiler(Integer.parseInt(t.getFileName().toString()), name));
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile (the JVM retires idle compiler threads)
                }
            }
        } catch (IOException e) {
            // no /proc: nothing found
        }
        return found;
    }

    /** CPU time (clock ticks) of this JVM's JIT compiler threads so far, from /proc; -1 where there is none. */
    static long cpuTicks() {
        if (!Files.isDirectory(TASKS)) return -1;
        long ticks = 0;
        for (Compiler c : list()) {
            String[] f = statFields(c.tid());
            if (f != null) ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (proc(5): 14, 15)
        }
        return ticks;
    }

    /**
     * Puts the optimising compiler's threads (C2) in the background once a display serves clients: Linux's
     * SCHED_IDLE, where any other thread that wakes up takes the CPU from it at once, or nice 19 where that is
     * refused. At equal priority the C2 thread took one CPU of two beside a fresh display's first xterm runs; at nice
     * 19 it still did, and the X thread and the client waking up waited for its time slice: a fresh display's first
     * two xterm runs took 0.27-0.33 s at nice 19 against 0.19-0.27 with SCHED_IDLE (bench/README.md, "A real session
     * replayed"). C1 keeps its priority: its quick compilations are what lifts code out of the interpreter, and with
     * both lowered the first runs were no faster ("The JIT's work after start"). Neither needs privilege. Returns how
     * many threads were put in the background.
     */
    public static int runOptimisingCompilerInBackground() {
        int lowered = 0;
        for (Compiler c : list()) {
            if (!c.name().startsWith("C2 CompilerThre")) continue;
            if (schedIdle(c.tid()) || nice(c.tid(), BACKGROUND_NICE)) lowered++;
        }
        return lowered;
    }

    private static boolean schedIdle(int tid) {
        if (SCHED_SETSCHEDULER == null) return false;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment param = arena.allocate(ValueLayout.JAVA_INT); // sched_priority 0, as SCHED_IDLE needs
            return (int) SCHED_SETSCHEDULER.invokeExact(tid, SCHED_IDLE, param) == 0;
        } catch (Throwable e) {
            return false; // the thread ended meanwhile, or the call is refused
        }
    }

    private static boolean nice(int tid, int nice) {
        if (SETPRIORITY == null) return false;
        try {
            return (int) SETPRIORITY.invokeExact(PRIO_PROCESS, tid, nice) == 0;
        } catch (Throwable e) {
            return false;
        }
    }

    /** The scheduling policy of thread {@code tid} (proc(5)'s stat field 41), or null when it cannot be read. */
    static Integer policyOf(int tid) {
        String[] f = statFields(tid);
        return f == null ? null : Integer.valueOf(f[38]);
    }

    /** The nice value of thread {@code tid} (proc(5)'s stat field 19), or null when it cannot be read. */
    static Integer niceOf(int tid) {
        String[] f = statFields(tid);
        return f == null ? null : Integer.valueOf(f[16]);
    }

    /**
     * Thread {@code tid}'s /proc stat fields after "(comm) " (the name may hold spaces): the state is [0], proc(5)'s
     * field N is [N - 3]. Null when the thread ended meanwhile.
     */
    private static String[] statFields(int tid) {
        try {
            String stat = Files.readString(TASKS.resolve(Integer.toString(tid)).resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static MethodHandle downcall(String function, FunctionDescriptor type) {
        if (!System.getProperty("os.name", "").equals("Linux")) return null;
        try {
            Linker linker = Linker.nativeLinker();
            return linker.defaultLookup().find(function).map(f -> linker.downcallHandle(f, type)).orElse(null);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }
}
