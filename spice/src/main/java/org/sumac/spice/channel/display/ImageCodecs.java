package org.sumac.spice.channel.display;

import org.sumac.spice.server.ImageCompression;
import org.sumac.spice.wire.Spice;

/**
 * The image encoders a server can use and the per-client choice among them. Raw bitmaps need no encoder; the
 * others come from package org.sumac.spice.codec when present.
 */
public final class ImageCodecs {
    private final TileEncoder lz4;
    private final TileEncoder lz;
    private final TileEncoder quic;

    public ImageCodecs(TileEncoder lz4, TileEncoder lz, TileEncoder quic) {
        this.lz4 = lz4;
        this.lz = lz;
        this.quic = quic;
    }

    /** Raw only. */
    public static ImageCodecs rawOnly() {
        return new ImageCodecs(null, null, null);
    }

    /**
     * Picks the encoder for a client, or null for raw bitmaps.
     *
     * @param preferred the client's PREFERRED_COMPRESSION value, or -1 if it sent none
     */
    TileEncoder choose(ImageCompression configured, boolean clientHasLz4, int preferred) {
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
        TileEncoder usableLz4 = clientHasLz4 ? lz4 : null;
        return switch (wanted) {
            case OFF -> null;
            case LZ -> lz;
            case LZ4 -> usableLz4 != null ? usableLz4 : lz;
            case QUIC -> quic != null ? quic : usableLz4 != null ? usableLz4 : lz;
            case AUTO -> usableLz4 != null ? usableLz4 : lz;
        };
    }
}
