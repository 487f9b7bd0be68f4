package org.sumac.app.warmup;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
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
    /** The lowest priority a thread can have short of SCHED_IDLE: it runs when nothing else wants the CPU. */
    static final int BACKGROUND_NICE = 19;
    private static final MethodHandle SETPRIORITY = setpriority();

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
     * Lowers the optimising compiler's threads (C2) to the background priority (nice 19) once a display serves
     * clients: its compilations then use the CPU the display's users leave idle, where at equal priority the C2
     * thread took one CPU of two beside a fresh display's first xterm runs. C1 keeps its priority: its quick
     * compilations are what lifts code out of the interpreter, and with both lowered the first runs were no faster
     * (bench/README.md, "The JIT's work after start"). Lowering a thread's priority needs no privilege. Returns how
     * many threads were lowered.
     */
    public static int runOptimisingCompilerInBackground() {
        if (SETPRIORITY == null) return 0;
        int lowered = 0;
        for (Compiler c : list()) {
            if (!c.name().startsWith("C2 CompilerThre")) continue;
            try {
                if ((int) SETPRIORITY.invokeExact(PRIO_PROCESS, c.tid(), BACKGROUND_NICE) == 0) lowered++;
            } catch (Throwable e) {
                // the thread ended meanwhile, or the call is refused: the JIT keeps its priority
            }
        }
        return lowered;
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

    private static MethodHandle setpriority() {
        if (!System.getProperty("os.name", "").equals("Linux")) return null;
        try {
            Linker linker = Linker.nativeLinker();
            return linker.defaultLookup().find("setpriority").map(f -> linker.downcallHandle(f, FunctionDescriptor.of(
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT))).orElse(null);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }
}
