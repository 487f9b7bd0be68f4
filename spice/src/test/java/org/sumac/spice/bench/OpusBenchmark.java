package org.sumac.spice.bench;

import io.github.jaredmdobson.concentus.OpusApplication;
import io.github.jaredmdobson.concentus.OpusEncoder;
import io.github.jaredmdobson.concentus.OpusException;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.sumac.spice.audio.Opus;

/**
 * Issue 17's question, which Opus encoder costs less: libopus through the FFM API (what the playback channel
 * uses, {@link Opus}) or Concentus (a pure-Java port), each encoding 10 ms frames of 48 kHz stereo music-like sound
 * (a chord, a chirp and noise) at its default settings (complexity 10). Not a JUnit test; run with
 * {@code bin/bench-codecs --opus}, which prints microseconds per frame and bytes per frame.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OpusBenchmark {
    private static final int FRAMES = 100;
    private static final int FRAME_BYTES = Opus.FRAME_SAMPLES * Opus.CHANNELS * 2;

    @Param({"libopus", "concentus"})
    public String codec;

    private final byte[] signal = signal();
    private Opus.Encoder libopus;
    private OpusEncoder concentus;
    private final byte[] packet = new byte[Opus.MAX_PACKET];
    private int frame;
    long bytes;
    long frames;

    /** One second of interleaved S16LE stereo: a chord on the left, a chirp on the right, a little noise on both. */
    static byte[] signal() {
        byte[] b = new byte[FRAMES * FRAME_BYTES];
        java.util.Random noise = new java.util.Random(17);
        for (int i = 0; i < FRAMES * Opus.FRAME_SAMPLES; i++) {
            double t = i / (double) Opus.RATE;
            double left = 0.3 * (Math.sin(2 * Math.PI * 220 * t) + Math.sin(2 * Math.PI * 277 * t) + Math.sin(2 * Math.PI * 330 * t));
            double right = 0.8 * Math.sin(2 * Math.PI * (200 + 4000 * t) * t);
            short l = (short) (8000 * left + 300 * noise.nextGaussian()), r = (short) (12000 * right + 300 * noise.nextGaussian());
            b[i * 4] = (byte) l;
            b[i * 4 + 1] = (byte) (l >> 8);
            b[i * 4 + 2] = (byte) r;
            b[i * 4 + 3] = (byte) (r >> 8);
        }
        return b;
    }

    @Setup(Level.Trial)
    public void open() throws OpusException {
        if (codec.equals("libopus")) {
            libopus = Opus.load().orElseThrow(() -> new IllegalStateException("libopus0 is not installed")).encoder();
        } else {
            concentus = new OpusEncoder(Opus.RATE, Opus.CHANNELS, OpusApplication.OPUS_APPLICATION_AUDIO);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        if (libopus != null) libopus.close();
    }

    @Benchmark
    public int encodeTenMilliseconds() throws OpusException {
        int offset = frame * FRAME_BYTES;
        frame = (frame + 1) % FRAMES;
        int n = libopus != null ? libopus.encode(signal, offset).length
            : concentus.encode(signal, offset, Opus.FRAME_SAMPLES, packet, 0, packet.length);
        bytes += n;
        frames++;
        return n;
    }

    /** Bytes per 10 ms frame over one second of the signal, for the table. */
    static double bytesPerFrame(String codec) throws OpusException {
        OpusBenchmark b = new OpusBenchmark();
        b.codec = codec;
        b.open();
        try {
            for (int i = 0; i < FRAMES; i++) b.encodeTenMilliseconds();
            return b.bytes / (double) b.frames;
        } finally {
            b.close();
        }
    }

    public static void main(String[] args) throws RunnerException, OpusException {
        Collection<RunResult> results = new Runner(new OptionsBuilder().include(OpusBenchmark.class.getSimpleName())
            .forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(1)).measurementIterations(5)
            .measurementTime(TimeValue.seconds(1)).jvmArgsAppend("--enable-native-access=ALL-UNNAMED").build()).run();
        System.out.println();
        System.out.println("Opus encoders, 10 ms frames of 48 kHz stereo (a chord, a chirp, noise), default settings:");
        System.out.printf(Locale.ROOT, "%-10s %12s %14s %16s%n", "codec", "us/frame", "bytes/frame", "% of one core");
        for (RunResult r : results) {
            String codec = r.getParams().getParam("codec");
            double us = r.getPrimaryResult().getScore();
            System.out.printf(Locale.ROOT, "%-10s %12.1f %14.1f %16.2f%n", codec, us, bytesPerFrame(codec), us / 10_000 * 100);
        }
    }
}
