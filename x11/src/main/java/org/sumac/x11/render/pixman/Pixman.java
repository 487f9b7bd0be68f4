package org.sumac.x11.render.pixman;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.function.IntFunction;

/**
 * The few pixman (Debian libpixman-1-0, what Xorg's RENDER calls) entry points RENDER needs, through the FFM API.
 * Images are native pointers; callers own them and unref them. Memory passed in (pixels, regions, traps) belongs to
 * the caller's arena and must outlive every image made over it. This is the one class that knows pixman's ABI, so
 * the drawable storage behind it can change without touching the RENDER requests.
 */
public final class Pixman {
    private Pixman() { }

    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final java.lang.foreign.AddressLayout P = ValueLayout.ADDRESS;
    private static final SymbolLookup LIB = lookup();

    private static SymbolLookup lookup() {
        try {
            return SymbolLookup.libraryLookup("libpixman-1.so.0", Arena.global());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether libpixman-1.so.0 could be loaded (RENDER is offered only then). */
    public static boolean available() { return LIB != null; }

    private static MethodHandle fn(String name, FunctionDescriptor d) {
        if (LIB == null) return null;
        return Linker.nativeLinker().downcallHandle(LIB.find(name).orElseThrow(), d);
    }

    /**
     * A call that returns at once (a setter, a lookup, a small allocation): made without the thread-state change of
     * an ordinary downcall, which cost more than the call itself (a glyph string looks up each glyph, a small Composite
     * sets up images with a dozen of these). Only for calls whose time does not grow with the pixels: the collector
     * waits for a critical call to return.
     */
    private static MethodHandle quick(String name, FunctionDescriptor d) {
        if (LIB == null) return null;
        return Linker.nativeLinker().downcallHandle(LIB.find(name).orElseThrow(), d, Linker.Option.critical(false));
    }

    private static final MethodHandle CREATE_BITS = quick("pixman_image_create_bits", FunctionDescriptor.of(P, I, I, I, P, I));
    private static final MethodHandle UNREF = quick("pixman_image_unref", FunctionDescriptor.of(I, P));
    private static final MethodHandle COMPOSITE = fn("pixman_image_composite32",
        FunctionDescriptor.ofVoid(I, P, P, P, I, I, I, I, I, I, I, I));
    private static final MethodHandle REGION_INIT_RECTS = quick("pixman_region32_init_rects", FunctionDescriptor.of(I, P, P, I));
    private static final MethodHandle REGION_FINI = quick("pixman_region32_fini", FunctionDescriptor.ofVoid(P));
    private static final MethodHandle SET_CLIP = quick("pixman_image_set_clip_region32", FunctionDescriptor.of(I, P, P));
    private static final MethodHandle SET_HAS_CLIENT_CLIP = quick("pixman_image_set_has_client_clip", FunctionDescriptor.ofVoid(P, I));
    private static final MethodHandle SET_TRANSFORM = quick("pixman_image_set_transform", FunctionDescriptor.of(I, P, P));
    private static final MethodHandle SET_REPEAT = quick("pixman_image_set_repeat", FunctionDescriptor.ofVoid(P, I));
    private static final MethodHandle SET_ALPHA_MAP = quick("pixman_image_set_alpha_map",
        FunctionDescriptor.ofVoid(P, P, ValueLayout.JAVA_SHORT, ValueLayout.JAVA_SHORT));
    private static final MethodHandle SET_COMPONENT_ALPHA = quick("pixman_image_set_component_alpha", FunctionDescriptor.ofVoid(P, I));
    private static final MethodHandle SET_FILTER = quick("pixman_image_set_filter", FunctionDescriptor.of(I, P, I, P, I));
    private static final MethodHandle SET_SOURCE_CLIPPING = quick("pixman_image_set_source_clipping", FunctionDescriptor.ofVoid(P, I));
    private static final MethodHandle SOLID = quick("pixman_image_create_solid_fill", FunctionDescriptor.of(P, P));
    private static final MethodHandle LINEAR = fn("pixman_image_create_linear_gradient", FunctionDescriptor.of(P, P, P, P, I));
    private static final MethodHandle RADIAL = fn("pixman_image_create_radial_gradient", FunctionDescriptor.of(P, P, P, I, I, P, I));
    private static final MethodHandle CONICAL = fn("pixman_image_create_conical_gradient", FunctionDescriptor.of(P, P, I, P, I));
    private static final MethodHandle COMPOSITE_TRAPEZOIDS = fn("pixman_composite_trapezoids",
        FunctionDescriptor.ofVoid(I, P, P, I, I, I, I, I, I, P));
    private static final MethodHandle COMPOSITE_TRIANGLES = fn("pixman_composite_triangles",
        FunctionDescriptor.ofVoid(I, P, P, I, I, I, I, I, I, P));
    private static final MethodHandle ADD_TRAPS = fn("pixman_add_traps", FunctionDescriptor.ofVoid(P, ValueLayout.JAVA_SHORT,
        ValueLayout.JAVA_SHORT, I, P));
    private static final MethodHandle GLYPH_CACHE_CREATE = fn("pixman_glyph_cache_create", FunctionDescriptor.of(P));
    private static final MethodHandle GLYPH_CACHE_DESTROY = fn("pixman_glyph_cache_destroy", FunctionDescriptor.ofVoid(P));
    private static final MethodHandle GLYPH_CACHE_FREEZE = quick("pixman_glyph_cache_freeze", FunctionDescriptor.ofVoid(P));
    private static final MethodHandle GLYPH_CACHE_THAW = quick("pixman_glyph_cache_thaw", FunctionDescriptor.ofVoid(P));
    private static final MethodHandle GLYPH_CACHE_LOOKUP = quick("pixman_glyph_cache_lookup", FunctionDescriptor.of(P, P, P, P));
    private static final MethodHandle GLYPH_CACHE_REMOVE = quick("pixman_glyph_cache_remove", FunctionDescriptor.ofVoid(P, P, P));
    private static final MethodHandle GLYPH_CACHE_INSERT = fn("pixman_glyph_cache_insert", FunctionDescriptor.of(P, P, P, P, I, I, P));
    private static final MethodHandle GLYPH_GET_EXTENTS = quick("pixman_glyph_get_extents", FunctionDescriptor.ofVoid(P, I, P, P));
    private static final MethodHandle COMPOSITE_GLYPHS = fn("pixman_composite_glyphs",
        FunctionDescriptor.ofVoid(I, P, P, I, I, I, I, I, I, I, I, I, P, I, P));
    private static final MethodHandle COMPOSITE_GLYPHS_NO_MASK = fn("pixman_composite_glyphs_no_mask",
        FunctionDescriptor.ofVoid(I, P, P, I, I, I, I, P, I, P));

    /** pixman's filters, in RENDER's filter numbering order for the three real ones. */
    public static final int FILTER_NEAREST = 3, FILTER_BILINEAR = 4, FILTER_CONVOLUTION = 5;
    /** pixman's repeat modes equal RENDER's (none, normal, pad, reflect). */
    public static final int A1 = format(1, 1, 1, 0, 0, 0), A4 = format(4, 1, 4, 0, 0, 0), A8 = format(8, 1, 8, 0, 0, 0);

    /** PIXMAN_FORMAT(bpp, type, a, r, g, b): the same codes as Xorg's PICT_FORMAT. */
    public static int format(int bpp, int type, int a, int r, int g, int b) {
        return bpp << 24 | type << 16 | a << 12 | r << 8 | g << 4 | b;
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }

    /** An image over {@code bits} (rows {@code stride} bytes apart); NULL when pixman refuses it. */
    public static MemorySegment createBits(int format, int width, int height, MemorySegment bits, int stride) {
        try {
            return (MemorySegment) CREATE_BITS.invokeExact(format, width, height, bits, stride);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void unref(MemorySegment image) {
        if (image == null || image.equals(MemorySegment.NULL)) return;
        try {
            int ignored = (int) UNREF.invokeExact(image);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void composite(int op, MemorySegment src, MemorySegment mask, MemorySegment dst, int sx, int sy,
                                 int mx, int my, int dx, int dy, int w, int h) {
        MemorySegment m = mask == null ? MemorySegment.NULL : mask;
        try {
            COMPOSITE.invokeExact(op, src, m, dst, sx, sy, mx, my, dx, dy, w, h);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * Sets the image's clip to {@code n} boxes (x1, y1, x2, y2 each) of {@code boxes}, through {@code scratch} (at
     * least {@code 32 + 16 n} bytes, 8-aligned; pixman copies the region, so the scratch is free again on return).
     */
    public static void setClip(MemorySegment scratch, MemorySegment image, int[] boxes, int n) {
        MemorySegment region = scratch.asSlice(0, 32);
        MemorySegment b = scratch.asSlice(32, 16L * n);
        MemorySegment.copy(boxes, 0, b, I, 0, 4 * n);
        try {
            int ok = (int) REGION_INIT_RECTS.invokeExact(region, b, n);
            int ok2 = (int) SET_CLIP.invokeExact(image, region);
            REGION_FINI.invokeExact(region);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void setHasClientClip(MemorySegment image, boolean on) { call(SET_HAS_CLIENT_CLIP, image, on ? 1 : 0); }
    public static void setRepeat(MemorySegment image, int repeat) { call(SET_REPEAT, image, repeat); }
    public static void setComponentAlpha(MemorySegment image, boolean on) { call(SET_COMPONENT_ALPHA, image, on ? 1 : 0); }
    public static void setSourceClipping(MemorySegment image, boolean on) { call(SET_SOURCE_CLIPPING, image, on ? 1 : 0); }

    private static void call(MethodHandle h, MemorySegment image, int v) {
        try {
            h.invokeExact(image, v);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** A 3x3 matrix of 16.16 numbers, row by row. */
    public static void setTransform(Arena arena, MemorySegment image, int[] matrix) {
        MemorySegment m = arena.allocate(36, 4);
        MemorySegment.copy(matrix, 0, m, I, 0, 9);
        try {
            int ok = (int) SET_TRANSFORM.invokeExact(image, m);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void setAlphaMap(MemorySegment image, MemorySegment alpha, int x, int y) {
        try {
            SET_ALPHA_MAP.invokeExact(image, alpha, (short) x, (short) y);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void setFilter(Arena arena, MemorySegment image, int filter, int[] params) {
        int n = params == null ? 0 : params.length;
        MemorySegment p = n == 0 ? MemorySegment.NULL : arena.allocate(4L * n, 4);
        if (n > 0) MemorySegment.copy(params, 0, p, I, 0, n);
        try {
            int ok = (int) SET_FILTER.invokeExact(image, filter, p, n);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** A solid fill of a 16-bit-per-channel color. */
    public static MemorySegment solid(Arena arena, int red, int green, int blue, int alpha) {
        MemorySegment c = color(arena, red, green, blue, alpha);
        try {
            return (MemorySegment) SOLID.invokeExact(c);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static MemorySegment color(Arena arena, int r, int g, int b, int a) {
        MemorySegment c = arena.allocate(8, 2);
        c.set(ValueLayout.JAVA_SHORT, 0, (short) r);
        c.set(ValueLayout.JAVA_SHORT, 2, (short) g);
        c.set(ValueLayout.JAVA_SHORT, 4, (short) b);
        c.set(ValueLayout.JAVA_SHORT, 6, (short) a);
        return c;
    }

    /** Gradient stops: positions (16.16) and colors as r, g, b, a 16-bit values. */
    private static MemorySegment stops(Arena arena, int[] positions, int[] colors) {
        int n = positions.length;
        MemorySegment s = arena.allocate(Math.max(12L * n, 12), 4);
        for (int i = 0; i < n; i++) {
            s.set(I, 12L * i, positions[i]);
            for (int k = 0; k < 4; k++) s.set(ValueLayout.JAVA_SHORT, 12L * i + 4 + 2 * k, (short) colors[4 * i + k]);
        }
        return s;
    }

    private static MemorySegment point(Arena arena, int x, int y) {
        MemorySegment p = arena.allocate(8, 4);
        p.set(I, 0, x);
        p.set(I, 4, y);
        return p;
    }

    public static MemorySegment linear(Arena arena, int x1, int y1, int x2, int y2, int[] positions, int[] colors) {
        try {
            return (MemorySegment) LINEAR.invokeExact(point(arena, x1, y1), point(arena, x2, y2), stops(arena, positions, colors),
                positions.length);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static MemorySegment radial(Arena arena, int x1, int y1, int x2, int y2, int r1, int r2, int[] positions, int[] colors) {
        try {
            return (MemorySegment) RADIAL.invokeExact(point(arena, x1, y1), point(arena, x2, y2), r1, r2,
                stops(arena, positions, colors), positions.length);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static MemorySegment conical(Arena arena, int x, int y, int angle, int[] positions, int[] colors) {
        try {
            return (MemorySegment) CONICAL.invokeExact(point(arena, x, y), angle, stops(arena, positions, colors), positions.length);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Trapezoids as 10 ints each (top, bottom, left p1 p2, right p1 p2), pixman_trapezoid_t's layout. */
    public static void compositeTrapezoids(Arena arena, int op, MemorySegment src, MemorySegment dst, int maskFormat,
                                           int xSrc, int ySrc, int xDst, int yDst, int[] traps, int n) {
        MemorySegment t = ints(arena, traps, 10 * n);
        try {
            COMPOSITE_TRAPEZOIDS.invokeExact(op, src, dst, maskFormat, xSrc, ySrc, xDst, yDst, n, t);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** Triangles as 6 ints each (three points), pixman_triangle_t's layout. */
    public static void compositeTriangles(Arena arena, int op, MemorySegment src, MemorySegment dst, int maskFormat,
                                          int xSrc, int ySrc, int xDst, int yDst, int[] tris, int n) {
        MemorySegment t = ints(arena, tris, 6 * n);
        try {
            COMPOSITE_TRIANGLES.invokeExact(op, src, dst, maskFormat, xSrc, ySrc, xDst, yDst, n, t);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** Traps as 6 ints each (top l, r, y, bottom l, r, y), pixman_trap_t's layout. */
    public static void addTraps(Arena arena, MemorySegment image, int x, int y, int[] traps, int n) {
        MemorySegment t = ints(arena, traps, 6 * n);
        try {
            ADD_TRAPS.invokeExact(image, (short) x, (short) y, n, t);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    private static MemorySegment ints(Arena arena, int[] v, int n) {
        MemorySegment s = arena.allocate(Math.max(4L * n, 4), 4);
        MemorySegment.copy(v, 0, s, I, 0, n);
        return s;
    }

    /** A glyph cache (pixman_glyph_cache_t): it keeps its own copy of each glyph image inserted. */
    public static MemorySegment glyphCacheCreate() {
        try {
            return (MemorySegment) GLYPH_CACHE_CREATE.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void glyphCacheDestroy(MemorySegment cache) {
        try {
            GLYPH_CACHE_DESTROY.invokeExact(cache);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Forgets glyph {@code key} (a freed glyph), if the cache still holds it. */
    public static void glyphCacheRemove(MemorySegment cache, long key) {
        try {
            GLYPH_CACHE_REMOVE.invokeExact(cache, MemorySegment.NULL, MemorySegment.ofAddress(key));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * Composites glyphs as fbGlyphs does, through {@code cache}: glyph i is {@code keys[i]} (non-zero, unique per glyph
     * for the cache's life); {@code image.apply(i)} makes its image (owned by the caller) the first time the cache
     * misses it. {@code info} holds the origin inside the glyph image and the position on the destination, 4 ints
     * each. {@code maskFormat} 0 composites each glyph straight onto the destination. Returns false, having drawn
     * nothing as Xorg, when the cache cannot take the glyphs. {@code scratch} holds the glyph list: at least
     * {@code 16 n + 16} bytes, 8-aligned, not touched by {@code image}.
     */
    public static boolean compositeGlyphs(MemorySegment scratch, MemorySegment cache, int op, MemorySegment src, MemorySegment dst,
                                          int maskFormat, int srcX, int srcY, int dstXoff, int dstYoff, int firstX, int firstY,
                                          long[] keys, IntFunction<MemorySegment> image, int[] info, int n) {
        try {
            GLYPH_CACHE_FREEZE.invokeExact(cache);
            try {
                MemorySegment glyphs = scratch.asSlice(0, 16L * n);
                for (int i = 0; i < n; i++) {
                    MemorySegment key = MemorySegment.ofAddress(keys[i]);
                    MemorySegment g = (MemorySegment) GLYPH_CACHE_LOOKUP.invokeExact(cache, MemorySegment.NULL, key);
                    if (g.equals(MemorySegment.NULL)) {
                        g = (MemorySegment) GLYPH_CACHE_INSERT.invokeExact(cache, MemorySegment.NULL, key, info[4 * i],
                            info[4 * i + 1], image.apply(i));
                        if (g.equals(MemorySegment.NULL)) return false;
                    }
                    glyphs.set(I, 16L * i, info[4 * i + 2]);
                    glyphs.set(I, 16L * i + 4, info[4 * i + 3]);
                    glyphs.set(P, 16L * i + 8, g);
                }
                if (maskFormat != 0) {
                    MemorySegment e = scratch.asSlice(16L * n, 16);
                    GLYPH_GET_EXTENTS.invokeExact(cache, n, glyphs, e);
                    int x1 = e.get(I, 0), y1 = e.get(I, 4), x2 = e.get(I, 8), y2 = e.get(I, 12);
                    if (x2 > x1 && y2 > y1) {
                        COMPOSITE_GLYPHS.invokeExact(op, src, dst, maskFormat, srcX + x1 - firstX, srcY + y1 - firstY, x1, y1,
                            x1 + dstXoff, y1 + dstYoff, x2 - x1, y2 - y1, cache, n, glyphs);
                    }
                } else {
                    COMPOSITE_GLYPHS_NO_MASK.invokeExact(op, src, dst, srcX - firstX, srcY - firstY, dstXoff, dstYoff, cache, n, glyphs);
                }
                return true;
            } finally {
                // thawing may empty the cache (pixman's high-water mark): a later request inserts again
                GLYPH_CACHE_THAW.invokeExact(cache);
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }
}
