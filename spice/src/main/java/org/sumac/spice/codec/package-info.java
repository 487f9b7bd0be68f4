/**
 * SPICE image codecs: each {@link org.sumac.spice.codec.ImageEncoder} turns a rectangle of xRGB
 * pixels into the bytes that follow the SpiceImageDescriptor of a DRAW_COPY source image.
 *
 * <p>Which one to use, per client:
 *
 * <ul>
 *   <li>{@link org.sumac.spice.codec.Lz4ImageEncoder} (type 109) — spice-gtk clients that advertise
 *       DISPLAY cap LZ4_COMPRESSION (5): fastest, lossless. spice-html5 cannot decode it.
 *   <li>{@link org.sumac.spice.codec.LzImageEncoder} (type 101) — spice-html5, and spice-gtk builds
 *       without LZ4: lossless, the best ratio on screen content.
 *   <li>{@link org.sumac.spice.codec.JpegImageEncoder} (type 105) — both clients, lossy: only for
 *       areas {@link org.sumac.spice.codec.PhotoLikeness} calls photo-like, and only when lossy
 *       images are allowed (e.g. a client on a slow link, or asked for by configuration).
 * </ul>
 *
 * Every encoder returns {@code null} when it cannot or should not encode (bad arguments; for the
 * lossless ones, a result larger than the raw pixels); the caller then sends a raw BITMAP. The
 * descriptor the caller writes in front of {@code data} is u64 id, u8 type
 * ({@link org.sumac.spice.codec.EncodedImage#imageType()}), u8 flags, u32 width, u32 height, with
 * width and height equal to those passed to {@code encode}. All encoders are thread-safe and keep
 * no state between calls.
 */
package org.sumac.spice.codec;
