package org.sumac.spice.audio;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * libopus (the C library spice-gtk itself decodes with) through the FFM API: an encoder for playback and a decoder
 * for record, both 48 kHz stereo, 10 ms frames as SPICE sends them. Chosen over a Java port because the library is
 * already on every machine that has spice-gtk; bench/README.md has the encode cost per frame.
 */
public final class Opus {
    public static final int RATE = 48_000, CHANNELS = 2, FRAME_SAMPLES = 480;
    /** SPICE's bound on one compressed frame (spice-common SND_CODEC_MAX_COMPRESSED_BYTES). */
    public static final int MAX_PACKET = 480;
    private static final int APPLICATION_AUDIO = 2049;

    private final MethodHandle encoderCreate, encode, encoderDestroy, decoderCreate, decode, decoderDestroy;

    private Opus(SymbolLookup lib) {
        Linker linker = Linker.nativeLinker();
        var addr = ValueLayout.ADDRESS;
        var i32 = ValueLayout.JAVA_INT;
        encoderCreate = linker.downcallHandle(lib.findOrThrow("opus_encoder_create"),
            FunctionDescriptor.of(addr, i32, i32, i32, addr));
        encode = linker.downcallHandle(lib.findOrThrow("opus_encode"),
            FunctionDescriptor.of(i32, addr, addr, i32, addr, i32), Linker.Option.critical(false));
        encoderDestroy = linker.downcallHandle(lib.findOrThrow("opus_encoder_destroy"), FunctionDescriptor.ofVoid(addr));
        decoderCreate = linker.downcallHandle(lib.findOrThrow("opus_decoder_create"),
            FunctionDescriptor.of(addr, i32, i32, addr));
        decode = linker.downcallHandle(lib.findOrThrow("opus_decode"),
            FunctionDescriptor.of(i32, addr, addr, i32, addr, i32, i32), Linker.Option.critical(false));
        decoderDestroy = linker.downcallHandle(lib.findOrThrow("opus_decoder_destroy"), FunctionDescriptor.ofVoid(addr));
    }

    /** The library, or empty when libopus.so.0 cannot be loaded (SPICE then offers raw PCM only). */
    public static Optional<Opus> load() {
        try {
            return Optional.of(new Opus(SymbolLookup.libraryLookup("libopus.so.0", Arena.global())));
        } catch (IllegalArgumentException | IllegalCallerException | java.util.NoSuchElementException e) {
            return Optional.empty();
        }
    }

    /** A new encoder; one per stream, used by one thread at a time. */
    public Encoder encoder() {
        return new Encoder();
    }

    public Decoder decoder() {
        return new Decoder();
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }

    /** Encodes 10 ms frames of interleaved S16LE stereo. */
    public final class Encoder implements AutoCloseable {
        private final Arena arena = Arena.ofShared();
        private final MemorySegment state;
        private final MemorySegment pcm = arena.allocate(FRAME_SAMPLES * CHANNELS * 2L, 2);
        private final MemorySegment out = arena.allocate(MAX_PACKET);

        private Encoder() {
            MemorySegment err = arena.allocate(ValueLayout.JAVA_INT);
            try {
                state = (MemorySegment) encoderCreate.invokeExact(RATE, CHANNELS, APPLICATION_AUDIO, err);
            } catch (Throwable t) {
                arena.close();
                throw rethrow(t);
            }
            if (state.equals(MemorySegment.NULL) || err.get(ValueLayout.JAVA_INT, 0) != 0) {
                arena.close();
                throw new IllegalStateException("opus_encoder_create failed: " + err.get(ValueLayout.JAVA_INT, 0));
            }
        }

        /** One Opus packet for {@code FRAME_SAMPLES} stereo samples ({@code 1920} bytes at {@code offset}). */
        public synchronized byte[] encode(byte[] s16le, int offset) {
            MemorySegment.copy(s16le, offset, pcm, ValueLayout.JAVA_BYTE, 0, FRAME_SAMPLES * CHANNELS * 2);
            int n;
            try {
                n = (int) encode.invokeExact(state, pcm, FRAME_SAMPLES, out, MAX_PACKET);
            } catch (Throwable t) {
                throw rethrow(t);
            }
            if (n < 0) throw new IllegalStateException("opus_encode failed: " + n);
            return out.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE);
        }

        @Override
        public synchronized void close() {
            try {
                encoderDestroy.invokeExact(state);
            } catch (Throwable t) {
                throw rethrow(t);
            } finally {
                arena.close();
            }
        }
    }

    /** Decodes Opus packets to interleaved S16LE stereo. */
    public final class Decoder implements AutoCloseable {
        /** The most one packet can hold: 120 ms. */
        private static final int MAX_SAMPLES = 5760;
        private final Arena arena = Arena.ofShared();
        private final MemorySegment state;
        private final MemorySegment in = arena.allocate(1275 * 3);
        private final MemorySegment pcm = arena.allocate(MAX_SAMPLES * CHANNELS * 2L, 2);

        private Decoder() {
            MemorySegment err = arena.allocate(ValueLayout.JAVA_INT);
            try {
                state = (MemorySegment) decoderCreate.invokeExact(RATE, CHANNELS, err);
            } catch (Throwable t) {
                arena.close();
                throw rethrow(t);
            }
            if (state.equals(MemorySegment.NULL) || err.get(ValueLayout.JAVA_INT, 0) != 0) {
                arena.close();
                throw new IllegalStateException("opus_decoder_create failed: " + err.get(ValueLayout.JAVA_INT, 0));
            }
        }

        /** The samples of one packet, or null when it is not a valid Opus packet. */
        public synchronized byte[] decode(byte[] packet, int offset, int length) {
            if (length <= 0 || length > in.byteSize()) return null;
            MemorySegment.copy(packet, offset, in, ValueLayout.JAVA_BYTE, 0, length);
            int n;
            try {
                n = (int) decode.invokeExact(state, in, length, pcm, MAX_SAMPLES, 0);
            } catch (Throwable t) {
                throw rethrow(t);
            }
            if (n < 0) return null;
            return pcm.asSlice(0, (long) n * CHANNELS * 2).toArray(ValueLayout.JAVA_BYTE);
        }

        @Override
        public synchronized void close() {
            try {
                decoderDestroy.invokeExact(state);
            } catch (Throwable t) {
                throw rethrow(t);
            } finally {
                arena.close();
            }
        }
    }
}
