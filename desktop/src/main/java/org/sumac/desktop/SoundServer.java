package org.sumac.desktop;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumac.spice.audio.SpicePlayback;
import org.sumac.spice.audio.SpiceRecord;

/**
 * A desktop's own sound server: Debian's PulseAudio, run as the desktop's owner in a private runtime directory (mode
 * 0700, so no other user, and no other desktop, reaches its socket), with one sink and one source that are pipes.
 * Sumac reads the sink's pipe in 10 ms frames for the playback channel and writes the client's microphone into the
 * source's pipe. Programs find it through {@link #environment()} (PULSE_SERVER). The sink suspends after a second
 * of idleness, and a stretch of {@link #SILENCE_MILLIS} of digital silence stops the SPICE stream, so silence costs
 * nothing on the wire. When PulseAudio dies it is restarted, for this desktop alone.
 */
public final class SoundServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SoundServer.class);
    static final String PULSEAUDIO = "/usr/bin/pulseaudio";
    static final String PACTL = "/usr/bin/pactl";
    static final String SETPRIV = "/usr/bin/setpriv";
    /** Silence longer than this ends the SPICE stream (STOP) until sound comes again. */
    static final int SILENCE_MILLIS = 200;
    /** Client microphone frames waiting for PulseAudio to read them: 0.5 s; more are dropped. */
    static final int RECORD_QUEUE_FRAMES = 50;

    private final String name;
    private final SpicePlayback playback;
    private final SpiceRecord record;
    private final Path dir;
    private final Path socket, sinkPipe, sourcePipe;
    private final BlockingQueue<byte[]> recordQueue = new ArrayBlockingQueue<>(RECORD_QUEUE_FRAMES);
    private final AtomicLong recordDropped = new AtomicLong();
    private final AtomicLong restarts = new AtomicLong();
    private volatile Process pulse;
    private volatile Process monitor;
    private volatile boolean closed;
    private Thread reader, writer, watchdog;

    private SoundServer(String name, SpicePlayback playback, SpiceRecord record, Path dir) {
        this.name = name;
        this.playback = playback;
        this.record = record;
        this.dir = dir;
        this.socket = dir.resolve("native");
        this.sinkPipe = dir.resolve("playback");
        this.sourcePipe = dir.resolve("record");
    }

    /** Whether PulseAudio is installed. */
    public static boolean available() {
        return Files.isExecutable(Path.of(PULSEAUDIO)) && Files.isExecutable(Path.of(PACTL));
    }

    /**
     * Starts the sound server of desktop {@code name}, feeding {@code playback} and fed by {@code record}.
     *
     * @throws IOException if PulseAudio is missing or does not come up within 10 s
     */
    public static SoundServer start(String name, SpicePlayback playback, SpiceRecord record) throws IOException {
        if (!available()) throw new IOException(PULSEAUDIO + " is not installed (Debian package pulseaudio)");
        Path dir = Files.createTempDirectory("sumac-sound-",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        SoundServer s = new SoundServer(name, playback, record, dir);
        try {
            s.launch();
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
        s.reader = Thread.ofPlatform().daemon().name("sound-playback-" + name).start(s::readPlayback);
        s.writer = Thread.ofPlatform().daemon().name("sound-record-" + name).start(s::writeRecord);
        s.watchdog = Thread.ofPlatform().daemon().name("sound-watchdog-" + name).start(s::watch);
        record.setSink(s::recorded);
        return s;
    }

    /** What a program started in the desktop needs to reach this sound server. */
    public Map<String, String> environment() {
        return Map.of("PULSE_SERVER", "unix:" + socket);
    }

    /** The PulseAudio process running now (tests kill it to see it come back). */
    public ProcessHandle process() {
        return pulse.toHandle();
    }

    /** How many times PulseAudio was restarted after dying. */
    public long restarts() {
        return restarts.get();
    }

    /** Microphone frames dropped because PulseAudio did not read them in time. */
    public long recordDropped() {
        return recordDropped.get();
    }

    private void launch() throws IOException {
        Files.deleteIfExists(socket);
        Path script = dir.resolve("default.pa");
        // Pipes in SPICE's format (48 kHz stereo S16LE): no resampling, so raw mode carries the program's exact
        // samples. The sink paces itself by the system clock (otherwise it runs as fast as Sumac reads).
        Files.writeString(script, String.join("\n",
            "load-module module-native-protocol-unix socket=" + socket + " auth-anonymous=1",
            "load-module module-pipe-sink file=" + sinkPipe + " sink_name=sumac format=s16le rate=48000 channels=2"
                + " use_system_clock_for_timing=yes sink_properties=device.description=Sumac",
            "load-module module-pipe-source file=" + sourcePipe + " source_name=sumac_mic format=s16le rate=48000"
                + " channels=2 source_properties=device.description=Sumac-microphone",
            "load-module module-suspend-on-idle timeout=1",
            "set-default-sink sumac",
            "set-default-source sumac_mic",
            ""));
        List<String> command = new java.util.ArrayList<>();
        // A Sumac that is killed (no shutdown hook) takes its PulseAudio with it: the kernel sends it SIGTERM
        // when the thread that started it ends. Sumac's threads that start it (the desktop's starter, then the
        // watchdog) live as long as the desktop; should the starter end first, the watchdog starts a new one.
        if (Files.isExecutable(Path.of(SETPRIV))) command.addAll(List.of(SETPRIV, "--pdeathsig", "TERM"));
        command.addAll(List.of(PULSEAUDIO, "-n", "-F", script.toString(), "--daemonize=no",
            "--exit-idle-time=-1", "--use-pid-file=no", "--disable-shm=yes", "--log-target=stderr",
            "--log-level=error"));
        ProcessBuilder pb = new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("pulseaudio.log").toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> env = pb.environment();
        // Everything PulseAudio keeps (runtime files, state, cookie) stays in the private directory.
        env.put("PULSE_RUNTIME_PATH", dir.toString());
        env.put("PULSE_STATE_PATH", dir.toString());
        env.put("XDG_RUNTIME_DIR", dir.toString());
        env.put("XDG_CONFIG_HOME", dir.toString());
        env.put("HOME", dir.toString());
        env.remove("DISPLAY");
        env.remove("PULSE_SERVER");
        env.remove("DBUS_SESSION_BUS_ADDRESS");
        Process p = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(socket) || !Files.exists(sinkPipe)) {
            if (!p.isAlive()) {
                throw new IOException("pulseaudio exited with " + p.exitValue() + ": " + lastLog());
            }
            if (System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new IOException("pulseaudio did not come up within 10 s");
            }
            sleep(20);
        }
        pulse = p;
        startMonitor();
    }

    private String lastLog() {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("pulseaudio.log"));
            return lines.isEmpty() ? "(no output)" : lines.getLast();
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** Restarts PulseAudio when it dies, after a pause that grows when it keeps dying (1 s to 30 s). */
    private void watch() {
        long pause = 1000;
        while (!closed) {
            Process p = pulse;
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                return;
            }
            if (closed) return;
            long started = p.info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
            log.warn("sound {}: pulseaudio (pid {}) exited with {}; restarting it", name, p.pid(), p.exitValue());
            playback.stop();
            record.setActive(false);
            if (System.currentTimeMillis() - started > 60_000) pause = 1000;
            sleep(pause);
            pause = Math.min(pause * 2, 30_000);
            try {
                if (!closed) {
                    launch();
                    restarts.incrementAndGet();
                    log.info("sound {}: pulseaudio restarted (pid {})", name, pulse.pid());
                }
            } catch (IOException e) {
                log.warn("sound {}: restarting pulseaudio failed: {}", name, e.getMessage());
            }
        }
    }

    /** Reads the sink's pipe in 10 ms frames; a pipe that ends (PulseAudio died) is opened again after a restart. */
    private void readPlayback() {
        byte[] frame = new byte[SpicePlayback.FRAME_BYTES];
        int silentFrames = 0;
        while (!closed) {
            try (InputStream in = new FileInputStream(sinkPipe.toFile())) {
                while (!closed) {
                    int n = in.readNBytes(frame, 0, frame.length);
                    if (n < frame.length) break; // the writer is gone
                    if (isSilent(frame)) {
                        silentFrames++;
                        if (!playback.isPlaying()) continue;
                        if (silentFrames * 10 >= SILENCE_MILLIS) {
                            playback.stop();
                            continue;
                        }
                    } else {
                        silentFrames = 0;
                    }
                    playback.write(frame, 0);
                }
            } catch (IOException e) {
                if (!closed) log.debug("sound {}: playback pipe: {}", name, e.toString());
            }
            playback.stop();
            if (!closed) sleep(200);
        }
    }

    private static boolean isSilent(byte[] frame) {
        for (byte b : frame) {
            if (b != 0) return false;
        }
        return true;
    }

    /** Called on a network thread: never blocks, drops when PulseAudio falls behind. */
    private void recorded(byte[] pcm) {
        if (!recordQueue.offer(pcm)) {
            long n = recordDropped.incrementAndGet();
            if (n == 1 || n % 500 == 0) {
                log.info("sound {}: pulseaudio is not reading the microphone: {} frames dropped", name, n);
            }
        }
    }

    private void writeRecord() {
        while (!closed) {
            // PulseAudio holds the pipe open for reading and writing, so this open does not wait for a reader.
            try (OutputStream out = new FileOutputStream(sourcePipe.toFile())) {
                while (!closed) {
                    byte[] pcm = recordQueue.poll(500, TimeUnit.MILLISECONDS);
                    if (pcm != null) out.write(pcm);
                }
            } catch (IOException e) {
                if (!closed) log.debug("sound {}: record pipe: {}", name, e.toString());
                sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Follows PulseAudio's events ({@code pactl subscribe}) and tells SPICE whether a program records from the
     * microphone, so the client sends its microphone only then.
     */
    private void startMonitor() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(PACTL, "subscribe").redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(environment());
        Process m = pb.start();
        Process old = monitor;
        monitor = m;
        if (old != null) old.destroy();
        Thread.ofPlatform().daemon().name("sound-monitor-" + name).start(() -> {
            updateRecording();
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(m.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.contains("source-output")) updateRecording();
                }
            } catch (IOException e) {
                // PulseAudio went away; the watchdog starts a new monitor with it
            }
        });
    }

    private void updateRecording() {
        if (closed) return;
        try {
            ProcessBuilder pb = new ProcessBuilder(PACTL, "list", "short", "source-outputs")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().putAll(environment());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.SECONDS)) p.destroyForcibly();
            // Only recordings of the microphone count; a program recording the sink's monitor needs no client.
            String micIndex = micSourceIndex();
            boolean recording = out.lines().map(l -> l.split("\t")).anyMatch(f -> f.length > 1 && f[1].equals(micIndex));
            record.setActive(recording);
        } catch (IOException e) {
            log.debug("sound {}: pactl: {}", name, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String micSourceIndex() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(PACTL, "list", "short", "sources")
            .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(environment());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(5, TimeUnit.SECONDS);
        return out.lines().map(l -> l.split("\t")).filter(f -> f.length > 1 && f[1].equals("sumac_mic"))
            .map(f -> f[0]).findFirst().orElse("-");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        record.setSink(null);
        Process m = monitor;
        if (m != null) m.destroy();
        Process p = pulse;
        if (p != null) {
            p.destroy();
            try {
                if (!p.waitFor(3, TimeUnit.SECONDS)) p.destroyForcibly();
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        for (Thread t : new Thread[] {watchdog, writer}) {
            if (t != null) t.interrupt();
        }
        playback.stop();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            log.debug("sound {}: cleaning {}: {}", name, dir, e.toString());
        }
    }
}
