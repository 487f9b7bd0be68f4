package org.sumac.x11.render;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.nio.ByteOrder;
import org.sumac.x11.geom.Region;

/**
 * Pixel storage of a drawable: one 32-bit word per pixel whatever the depth (depth 1 holds 0 or 1, depth 8 holds
 * 0..255, depths 24 and 32 hold the 32-bit word Xvfb would store), in native memory in the machine's order, rows
 * {@code 4 * width} bytes apart. That is pixman's a8r8g8b8/x8r8g8b8 layout, so RENDER composites on depth-24 and
 * depth-32 pixels where they lie, and MIT-SHM copies between its segment and them with one memory copy a row.
 * The screen framebuffer is one of these; so is every pixmap.
 *
 * <p>The memory is freed at once when the last holder lets go ({@link #release}): the pixmap resource holds a
 * reference, and so does every GC tile or stipple and every RENDER picture made of it, as Xorg's pixmap reference
 * counts (pixels of a few bytes are left to the garbage collector, see {@link #SMALL}). A holder that forgets to
 * release leaves the memory to a cleaner when the object becomes unreachable;
 * reading after the last release throws {@link IllegalStateException} instead of touching freed memory (the arena
 * is shared, so closing it is safe against every thread). The cleaner watches this object, not its segment: code
 * that works on {@link #memory} must keep its Pixels reachable meanwhile (the methods here fence it; a drawable
 * in the server holds it anyway), or a collection in between may free the memory under it.
 */
public final class Pixels {
    /**
     * A pixel as it lies in {@link #memory}: a native-order 32-bit word (pixman's layout). Declared unaligned though
     * every pixel is aligned (the memory is, and rows are whole words): an aligned layout makes each access check the
     * address, which the rasterizers' loops pay a pixel at a time.
     */
    public static final ValueLayout.OfInt PIXEL = ValueLayout.JAVA_INT_UNALIGNED;
    /** A pixel of an X image (ZPixmap at 32 bits per pixel: the server's image byte order, least significant first). */
    public static final ValueLayout.OfInt IMAGE_PIXEL = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final Cleaner CLEANER = Cleaner.create();
    /**
     * Pixels up to this many bytes (every GC's 1x1 default tile and stipple) live in an automatic arena, freed by the
     * garbage collector: closing a shared arena stops every thread for a moment (tens of microseconds), which FreeGC
     * should not pay twice, and memory this small weighs no more than the objects around it.
     */
    private static final long SMALL = 256;

    /** Fixed for a pixmap; the screen's change when RANDR resizes it ({@link #resizeScreen}). */
    public int width, height;
    public final int depth;
    /** The pixels, {@code 4 * width * height} bytes; replaced only by {@link #resizeScreen}. */
    public MemorySegment memory;
    private Cleaner.Cleanable cleanable;
    /** What the last release does beside freeing owned memory (a shared pixmap lets go of its segment), or null. */
    private Runnable onLastRelease;
    private int references = 1;
    /** Who hears what is written here: the display's damage for the screen, nobody for a pixmap. */
    private PixelWrites writes;

    /** Zeroed pixels, held once by the caller. */
    public Pixels(int width, int height, int depth) {
        this.width = width;
        this.height = height;
        this.depth = depth;
        allocate(Math.max(width, 0), Math.max(height, 0));
    }

    private Pixels(MemorySegment memory, int width, int height, int depth, Runnable onLastRelease) {
        this.width = width;
        this.height = height;
        this.depth = depth;
        this.memory = memory;
        this.onLastRelease = onLastRelease;
    }

    /**
     * Pixels that lie in memory someone else owns (an MIT-SHM shared pixmap's segment), {@code 4 * width} bytes a row
     * from the start of {@code memory}; {@code onLastRelease} runs, under the display lock, when the last holder lets
     * go (the segment may be unmapped then). No cleaner backs it: a holder that forgets to release keeps the owner's
     * memory mapped, which is safer than letting a cleaner thread unmap it outside the lock.
     */
    public static Pixels over(MemorySegment memory, int width, int height, int depth, Runnable onLastRelease) {
        return new Pixels(memory.asSlice(0, 4L * width * height), width, height, depth, onLastRelease);
    }

    private void allocate(int w, int h) {
        long bytes = 4L * Math.multiplyExact(w, h);
        if (bytes <= SMALL) {
            memory = Arena.ofAuto().allocate(Math.max(bytes, 4), 16).asSlice(0, bytes);
            cleanable = null;
            return;
        }
        Arena arena = Arena.ofShared();
        try {
            memory = arena.allocate(Math.max(bytes, 4), 16).asSlice(0, bytes);
        } catch (OutOfMemoryError | IllegalArgumentException e) {
            arena.close();
            throw e instanceof OutOfMemoryError o ? o : new OutOfMemoryError(e.getMessage());
        }
        cleanable = CLEANER.register(this, arena::close);
    }

    /** One more holder (a GC's tile, a picture): the memory stays until each has called {@link #release}. */
    public Pixels retain() {
        if (references <= 0) throw new IllegalStateException("pixels already freed");
        references++;
        return this;
    }

    /** A holder lets go; the last one frees the memory at once. Callers hold the display lock. */
    public void release() {
        if (references <= 0) return;
        if (--references > 0) return;
        if (cleanable != null) cleanable.clean();
        if (onLastRelease != null) {
            Runnable r = onLastRelease;
            onLastRelease = null;
            r.run();
        }
    }

    /** Whether the memory is still there (some holder has not released it). */
    public boolean alive() { return references > 0; }

    /**
     * Gives these pixels a new size, keeping the overlap of old and new (the rest is 0 until painted). Only the
     * screen is resized, under the display lock and between requests, so no drawing holds the old memory.
     */
    public void resizeScreen(int newWidth, int newHeight) {
        MemorySegment old = memory;
        Cleaner.Cleanable oldCleanable = cleanable;
        int oldWidth = width;
        allocate(newWidth, newHeight);
        int w = Math.min(oldWidth, newWidth);
        for (int y = 0, h = Math.min(height, newHeight); y < h; y++) {
            MemorySegment.copy(old, 4L * y * oldWidth, memory, 4L * y * newWidth, 4L * w);
        }
        if (oldCleanable != null) oldCleanable.clean();
        width = newWidth;
        height = newHeight;
    }

    /** Every write into these pixels is reported to {@code w} from now on (the screen framebuffer's damage). */
    public void reportWritesTo(PixelWrites w) {
        this.writes = w;
    }

    /** Whether writes are heard: writers build the region they report only then. */
    public boolean watched() {
        return writes != null && writes.listening();
    }

    /** A drawing operation wrote the pixels of {@code region} (buffer coordinates). */
    public void wrote(Region region) {
        if (writes != null && !region.isEmpty()) writes.wrote(region);
    }

    /** The pixels of {@code destination} were copied from {@code destination - (dx, dy)} of this buffer. */
    public void copied(Region destination, int dx, int dy) {
        if (writes != null && !destination.isEmpty()) writes.copied(destination, dx, dy);
    }

    /** Every pixel of {@code region} became {@code pixel} (solid, opaque). */
    public void filled(Region region, int pixel) {
        if (writes != null && !region.isEmpty()) writes.filled(region, pixel);
    }

    /** The bits a pixel of this depth can hold; depth 24 keeps all 32 bits as fb does. */
    public int depthMask() {
        return depthMask(depth);
    }

    public static int depthMask(int depth) {
        return depth >= 24 ? -1 : (1 << depth) - 1;
    }

    /** Bytes between rows. */
    public int stride() { return 4 * width; }

    public int get(int x, int y) {
        int pixel = memory.get(PIXEL, 4L * ((long) y * width + x));
        Reference.reachabilityFence(this);
        return pixel;
    }

    public void set(int x, int y, int pixel) {
        memory.set(PIXEL, 4L * ((long) y * width + x), pixel);
        Reference.reachabilityFence(this);
    }

    /** The pixel at {@code index} ({@code y * width + x}). */
    public int at(int index) {
        int pixel = memory.get(PIXEL, 4L * index);
        Reference.reachabilityFence(this);
        return pixel;
    }

    public void put(int index, int pixel) {
        memory.set(PIXEL, 4L * index, pixel);
        Reference.reachabilityFence(this);
    }

    /** Sets {@code count} pixels from {@code index} on to {@code pixel}. */
    public void fill(int index, int count, int pixel) {
        fill(memory, 4L * index, count, pixel);
        Reference.reachabilityFence(this);
    }

    /** Sets {@code count} words from byte {@code at} of {@code m} to {@code pixel}: a loop for short runs, copies beyond. */
    public static void fill(MemorySegment m, long at, int count, int pixel) {
        if (count < 32) {
            for (long i = at, e = at + 4L * count; i < e; i += 4) m.set(PIXEL, i, pixel);
            return;
        }
        if (pixel == 0 || pixel == -1 || ((pixel >>> 8) == (pixel & 0xffffff) && (pixel >>> 16) == (pixel & 0xffff))) {
            m.asSlice(at, 4L * count).fill((byte) pixel);
            return;
        }
        for (long i = at, e = at + 64; i < e; i += 4) m.set(PIXEL, i, pixel);
        long done = 64, total = 4L * count;
        while (done < total) {
            long n = Math.min(done, total - done);
            MemorySegment.copy(m, at, m, at + done, n);
            done += n;
        }
    }

    /** Copies {@code count} pixels from {@code src[from]} to {@code index} on. */
    public void copyFrom(int[] src, int from, int index, int count) {
        MemorySegment.copy(src, from, memory, PIXEL, 4L * index, count);
        Reference.reachabilityFence(this);
    }

    /** Copies {@code count} pixels from {@code index} on into {@code dst[to]}. */
    public void copyTo(int index, int[] dst, int to, int count) {
        MemorySegment.copy(memory, PIXEL, 4L * index, dst, to, count);
        Reference.reachabilityFence(this);
    }

    /** Copies {@code count} pixels from {@code src} at {@code from} to {@code dst} at {@code to} (overlap allowed). */
    public static void copy(Pixels src, int from, Pixels dst, int to, int count) {
        MemorySegment.copy(src.memory, 4L * from, dst.memory, 4L * to, 4L * count);
        Reference.reachabilityFence(src);
        Reference.reachabilityFence(dst);
    }

    /** All pixels, row by row, as a heap array (tests, snapshots). */
    public int[] toArray() {
        int[] pixels = memory.toArray(PIXEL);
        Reference.reachabilityFence(this);
        return pixels;
    }
}
