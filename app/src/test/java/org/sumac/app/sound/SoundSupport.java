package org.sumac.app.sound;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.TestOutput;

/** Sound tests' tools: a Sumac desktop with sound, test signals, the spice-gtk audio client, comparisons. */
final class SoundSupport {
    static final int RATE = 48_000;

    private SoundSupport() { }

    /** Skips unless PulseAudio's programs and spice-gtk's Python bindings are installed. */
    static void assumeInstalled() {
        SumacProcess.assumeAvailable();
        for (String p : List.of("/usr/bin/pulseaudio", "/usr/bin/paplay", "/usr/bin/parecord", "/usr/bin/pactl",
                "/usr/bin/python3")) {
            Assumptions.assumeTrue(Files.isExecutable(Path.of(p)), p + " is not installed");
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A desktop with a sound server, on SPICE port {@code port}, raw PCM unless {@code opus}. */
    static SumacProcess startDesktop(int port, boolean opus, String... extra) {
        List<String> args = new ArrayList<>(List.of("--port", String.valueOf(port), "--addr", "127.0.0.1",
            "--disable-ticketing", "--sound", "--playback-compression", opus ? "on" : "off"));
        args.addAll(List.of(extra));
        return SumacProcess.start(320, 240, args.toArray(String[]::new));
    }

    /** The PULSE_SERVER Sumac printed for the desktop's session. */
    static String pulseServer(SumacProcess sumac) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(sumac.logFile(), StandardCharsets.ISO_8859_1)) {
                int at = line.indexOf("sound: PULSE_SERVER=");
                if (at >= 0) return line.substring(at + "sound: PULSE_SERVER=".length()).strip();
                if (line.contains("has no sound")) throw new AssertionError(line);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Sumac printed no PULSE_SERVER: " + sumac.logTail());
    }

    /** Runs a program of the desktop's session (its PULSE_SERVER and DISPLAY). */
    static Process startInDesktop(SumacProcess sumac, String pulseServer, String... command) throws IOException {
        Path dir = TestOutput.dir("sound");
        ProcessBuilder pb = new ProcessBuilder(command)
            .redirectOutput(dir.resolve(Path.of(command[0]).getFileName() + "-" + System.nanoTime() + ".out").toFile())
            .redirectError(dir.resolve(Path.of(command[0]).getFileName() + "-" + System.nanoTime() + ".err").toFile());
        pb.environment().putAll(Map.of("PULSE_SERVER", pulseServer, "DISPLAY", sumac.display()));
        return pb.start();
    }

    static void awaitExit(Process p, Duration timeout, String what) throws InterruptedException {
        assertTrue(p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS), what + " did not finish within " + timeout);
        assertTrue(p.exitValue() == 0, what + " exited with " + p.exitValue());
    }

    /** Interleaved S16LE stereo: left = {@code left}, right = half of it (so swapped channels show). */
    static byte[] stereo(double[] left) {
        ByteBuffer b = ByteBuffer.allocate(left.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : left) {
            short s = (short) Math.round(v);
            b.putShort(s).putShort((short) (s / 2));
        }
        return b.array();
    }

    /** {@code seconds} of a sine at {@code hz}, amplitude 12000. */
    static double[] sine(double hz, double seconds) {
        double[] x = new double[(int) (seconds * RATE)];
        for (int i = 0; i < x.length; i++) x[i] = 12_000 * Math.sin(2 * Math.PI * hz * i / RATE);
        return x;
    }

    /** A linear chirp from {@code f0} to {@code f1} Hz. */
    static double[] chirp(double f0, double f1, double seconds) {
        double[] x = new double[(int) (seconds * RATE)];
        double k = (f1 - f0) / seconds;
        for (int i = 0; i < x.length; i++) {
            double t = (double) i / RATE;
            x[i] = 12_000 * Math.sin(2 * Math.PI * (f0 * t + k * t * t / 2));
        }
        return x;
    }

    static double[] concat(double[] a, double[] b) {
        double[] x = new double[a.length + b.length];
        System.arraycopy(a, 0, x, 0, a.length);
        System.arraycopy(b, 0, x, a.length, b.length);
        return x;
    }

    /** A 48 kHz stereo 16-bit WAV file of {@code pcm}. */
    static Path wav(String name, byte[] pcm) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(44 + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + pcm.length)
            .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 2)
            .putInt(RATE).putInt(RATE * 4).putShort((short) 4).putShort((short) 16)
            .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(pcm.length).put(pcm);
        Path f = TestOutput.dir("sound").resolve(name);
        Files.write(f, b.array());
        return f;
    }

    /** Where {@code needle} starts in {@code hay}, or -1. */
    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    static double[] left(byte[] s16le) {
        ByteBuffer b = ByteBuffer.wrap(s16le).order(ByteOrder.LITTLE_ENDIAN);
        double[] out = new double[s16le.length / 4];
        for (int i = 0; i < out.length; i++) out[i] = b.getShort(i * 4);
        return out;
    }

    /** Index of the first sample louder than a twelfth of full scale. */
    static int onset(double[] x) {
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i]) > 1000) return i;
        }
        return -1;
    }

    /**
     * The normalised cross-correlation of {@code got} against {@code expected}, aligned at their onsets and searched
     * 10 ms either way (a codec's delay and ramp-up move the onset a little).
     */
    static double correlation(double[] expected, double[] got) {
        int e0 = onset(expected), g0 = onset(got);
        if (e0 < 0 || g0 < 0) return 0;
        double best = -1;
        for (int lag = -480; lag <= 480; lag++) {
            int shift = g0 - e0 + lag;
            double xy = 0, xx = 0, yy = 0;
            for (int i = 0; i < expected.length; i++) {
                int j = i + shift;
                if (j < 0 || j >= got.length) continue;
                xy += expected[i] * got[j];
                xx += expected[i] * expected[i];
                yy += got[j] * got[j];
            }
            if (xx > 0 && yy > 0) best = Math.max(best, xy / Math.sqrt(xx * yy));
        }
        return best;
    }

    /** spice-gtk (SpiceClientGLib via python3-gi) with its playback data captured to a file (see the script). */
    static final class AudioClient implements AutoCloseable {
        final Process process;
        final Path out;
        private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<String> seen = new ArrayList<>();
        private final Path err;

        AudioClient(int port, Path recordFile) throws Exception {
            Path dir = TestOutput.dir("sound");
            Path script = dir.resolve("spice_audio_client.py");
            try (InputStream in = SoundSupport.class.getResourceAsStream("/sound/spice_audio_client.py")) {
                Files.write(script, in.readAllBytes());
            }
            out = dir.resolve("playback-" + port + "-" + System.nanoTime() + ".raw");
            err = dir.resolve("client-" + port + "-" + System.nanoTime() + ".err");
            List<String> command = new ArrayList<>(List.of("/usr/bin/python3", script.toString(), "127.0.0.1",
                String.valueOf(port), out.toString()));
            if (recordFile != null) command.add(recordFile.toString());
            process = new ProcessBuilder(command).redirectError(err.toFile()).start();
            Thread.ofPlatform().daemon().name("audio-client-out").start(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) lines.add(line);
                } catch (IOException e) {
                    lines.add("EOF");
                }
            });
            await("PLAYBACK-OPEN", Duration.ofSeconds(40));
            await("RECORD-OPEN", Duration.ofSeconds(20));
        }

        /** Waits for a line starting with {@code prefix} (lines before it are kept in {@link #seen}). */
        String await(String prefix, Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            synchronized (seen) {
                for (String s : seen) {
                    if (s.startsWith(prefix)) {
                        seen.remove(s);
                        return s;
                    }
                }
            }
            while (true) {
                long left = deadline - System.nanoTime();
                String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw new AssertionError("spice-gtk audio client: no " + prefix + " within " + timeout + "; saw "
                        + seen + "; stderr: " + Files.readString(err));
                }
                if (line.startsWith(prefix)) return line;
                synchronized (seen) {
                    seen.add(line);
                }
            }
        }

        byte[] received() throws IOException {
            return Files.readAllBytes(out);
        }

        /** Per delivery: CLOCK_MONOTONIC seconds and bytes. */
        List<double[]> deliveries() throws IOException {
            List<double[]> d = new ArrayList<>();
            for (String l : Files.readAllLines(Path.of(out + ".times"))) {
                String[] f = l.split(" ");
                d.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
            }
            return d;
        }

        @Override
        public void close() throws Exception {
            try {
                process.getOutputStream().close();
            } catch (IOException e) {
                // already gone
            }
            if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
        }
    }
}
