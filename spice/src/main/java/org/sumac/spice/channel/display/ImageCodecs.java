package org.sumac.spice.channel.display;

import org.sumac.spice.codec.ImageEncoder;
import org.sumac.spice.codec.PhotoLikeness;
import org.sumac.spice.server.ImageCompression;
import org.sumac.spice.wire.Spice;

/**
 * The image encoders a server can use and the per-client choice among them. Raw bitmaps need no encoder; any
 * encoder may be null (not available). Encoders are shared by all clients (they are stateless).
 */
public final class ImageCodecs {
    private final ImageEncoder lz4;
    private final ImageEncoder lz;
    private final ImageEncoder quic;
    private final ImageEncoder jpeg;
    private final ImageEncoder palette;

    public ImageCodecs(ImageEncoder lz4, ImageEncoder lz, ImageEncoder quic, ImageEncoder jpeg) {
        this(lz4, lz, quic, jpeg, null);
    }

    /** @param palette an encoder for rectangles of few colours (LZ_PLT), tried before LZ; null when none */
    public ImageCodecs(ImageEncoder lz4, ImageEncoder lz, ImageEncoder quic, ImageEncoder jpeg, ImageEncoder palette) {
        this.lz4 = lz4;
        this.lz = lz;
        this.quic = quic;
        this.jpeg = jpeg;
        this.palette = palette;
    }

    /** Raw only. */
    public static ImageCodecs rawOnly() {
        return new ImageCodecs(null, null, null, null);
    }

    /**
     * Picks the lossless encoder for a client, or null for raw bitmaps.
     *
     * @param preferred the client's PREFERRED_COMPRESSION value, or -1 if it sent none
     */
    ImageEncoder choose(ImageCompression configured, boolean clientHasLz4, int preferred) {
        ImageCompression wanted = configured;
        if (configured == ImageCompression.AUTO && preferred > 0) {
            wanted = switch (preferred) {
                case Spice.IMAGE_COMPRESSION_OFF -> ImageCompression.OFF;
                case Spice.IMAGE_COMPRESSION_LZ4 -> ImageCompression.LZ4;
                case Spice.IMAGE_COMPRESSION_QUIC -> ImageCompression.QUIC;
                case Spice.IMAGE_COMPRESSION_LZ, Spice.IMAGE_COMPRESSION_AUTO_LZ, Spice.IMAGE_COMPRESSION_GLZ,
                     Spice.IMAGE_COMPRESSION_AUTO_GLZ -> ImageCompression.LZ;
                default -> ImageCompression.AUTO;
            };
        }
        ImageEncoder usableLz4 = clientHasLz4 ? lz4 : null;
        return switch (wanted) {
            case OFF -> null;
            case LZ -> lz;
            case LZ4 -> usableLz4 != null ? usableLz4 : lz;
            case QUIC -> quic != null ? quic : usableLz4 != null ? usableLz4 : lz;
            // LZ, not LZ4: on screen content (text, flat areas) it is two to four times smaller, and it is fast
            // enough that the frame clock, not encoding, bounds the frame rate.
            case AUTO -> lz != null ? lz : usableLz4;
        };
    }

    /**
     * The encoder to try first on a block, which returns null for blocks of too many colours for a palette: only
     * where the lossless choice is LZ (palette images are LZ too) and the client has spice-common's canvas, which
     * decodes LZ_PLT (spice-html5 does not; every spice-gtk announces LZ4, spice-html5 does not).
     */
    ImageEncoder paletteFor(ImageEncoder lossless, boolean clientHasLz4) {
        return palette != null && lossless != null && lossless == lz && clientHasLz4 ? palette : null;
    }

    /** Whether JPEG may be used at all (the configuration allows lossy images). */
    boolean hasJpeg() {
        return jpeg != null;
    }

    /** The JPEG encoder when this block looks like a photo and JPEG is available, else null. */
    ImageEncoder jpegFor(int[] pixels, int offset, int stride, int width, int height) {
        if (jpeg == null || (long) width * height < PhotoLikeness.MIN_PIXELS) return null;
        return PhotoLikeness.isPhotoLike(pixels, offset, stride, width, height) ? jpeg : null;
    }
}
