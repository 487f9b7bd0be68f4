package org.sumac.spice.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import net.jpountz.lz4.LZ4Factory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.sumac.spice.codec.EncodedImage;
import org.sumac.spice.codec.ImageEncoder;
import org.sumac.spice.codec.JpegImageEncoder;
import org.sumac.spice.codec.Lz4ImageEncoder;
import org.sumac.spice.codec.LzImageEncoder;
import org.sumac.spice.codec.TestImages;

/**
 * JMH benchmark of the SPICE image encoders on a deterministic 1920×1080 text-like frame and a
 * photo-like frame. Not a JUnit test: {@code mvn verify} never runs it. Run it with
 * {@code bin/bench-codecs}, whose {@link #main} prints MB/s (of raw 32-bit pixels, 10^6 bytes)
 * and the compression ratio (raw 32-bit bytes / encoded data bytes) per codec and frame. Codecs:
 * lz4 (default encoder: 24-bit, pure Java), lz4-32 (32-bit pixels), lz4-jni (24-bit, native
 * liblz4 through JNI), lz (SPICE LZ), jpeg85 (JPEG at quality 85).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CodecBenchmark {

    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;
    static final long RAW_BYTES = (long) WIDTH * HEIGHT * 4;

    @Param({"text", "photo"})
    public String frame;

    @Param({"lz4", "lz4-32", "lz4-jni", "lz", "jpeg85"})
    public String codec;

    private int[] pixels;
    private ImageEncoder encoder;

    static int[] frame(String name) {
        return switch (name) {
            case "text" -> TestImages.textLike(WIDTH, HEIGHT, 2026);
            case "photo" -> TestImages.photoLike(WIDTH, HEIGHT, 2026);
            default -> throw new IllegalArgumentException("unknown frame " + name);
        };
    }

    static ImageEncoder encoder(String name) {
        return switch (name) {
            case "lz4" -> new Lz4ImageEncoder();
            case "lz4-32" -> new Lz4ImageEncoder(LZ4Factory.fastestJavaInstance().fastCompressor(),
                    Lz4ImageEncoder.PixelFormat.XRGB32);
            case "lz4-jni" -> new Lz4ImageEncoder(LZ4Factory.nativeInstance().fastCompressor(),
                    Lz4ImageEncoder.PixelFormat.RGB24);
            case "lz" -> new LzImageEncoder();
            case "jpeg85" -> new JpegImageEncoder(85);
            default -> throw new IllegalArgumentException("unknown codec " + name);
        };
    }

    @Setup
    public void setUp() {
        pixels = frame(frame);
        encoder = encoder(codec);
    }

    @Benchmark
    public EncodedImage encode() {
        return encoder.encode(pixels, 0, WIDTH, WIDTH, HEIGHT);
    }

    /**
     * Runs the benchmark (JMH command-line options are passed through, e.g. {@code -wi 2 -i 3})
     * and prints a table of MB/s and ratios.
     */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions given = new CommandLineOptions(args);
        // Short defaults (a few one-second iterations in one fork); options on the command line win.
        ChainedOptionsBuilder builder = new OptionsBuilder()
                .parent(given)
                .include(CodecBenchmark.class.getSimpleName())
                .jvmArgsAppend("--enable-native-access=ALL-UNNAMED");
        if (!given.getForkCount().hasValue()) {
            builder.forks(1);
        }
        if (!given.getWarmupIterations().hasValue()) {
            builder.warmupIterations(2);
        }
        if (!given.getWarmupTime().hasValue()) {
            builder.warmupTime(TimeValue.seconds(1));
        }
        if (!given.getMeasurementIterations().hasValue()) {
            builder.measurementIterations(3);
        }
        if (!given.getMeasurementTime().hasValue()) {
            builder.measurementTime(TimeValue.seconds(1));
        }
        Options options = builder.build();
        Collection<RunResult> results = new Runner(options).run();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-8s %-8s %10s %10s %12s %8s", "frame", "codec", "ops/s", "MB/s",
                "bytes", "ratio"));
        for (RunResult result : results) {
            String frameName = result.getParams().getParam("frame");
            String codecName = result.getParams().getParam("codec");
            double opsPerSecond = result.getPrimaryResult().getScore();
            EncodedImage image = encoder(codecName).encode(frame(frameName), 0, WIDTH, WIDTH, HEIGHT);
            String bytes = image == null ? "raw" : Integer.toString(image.data().length);
            String ratio = image == null ? "< 1" : String.format(Locale.ROOT, "%.1f", RAW_BYTES / (double) image.data().length);
            lines.add(String.format(Locale.ROOT, "%-8s %-8s %10.2f %10.1f %12s %8s", frameName, codecName,
                    opsPerSecond, opsPerSecond * RAW_BYTES / 1e6, bytes, ratio));
        }
        System.out.println();
        System.out.println("SPICE image encoders, " + WIDTH + "x" + HEIGHT + " xRGB frames ("
                + RAW_BYTES + " raw bytes), one thread:");
        lines.forEach(System.out::println);
    }
}
