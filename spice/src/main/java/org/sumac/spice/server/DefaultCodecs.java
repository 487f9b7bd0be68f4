package org.sumac.spice.server;

import org.sumac.spice.channel.display.ImageCodecs;
import org.sumac.spice.codec.JpegImageEncoder;
import org.sumac.spice.codec.Lz4ImageEncoder;
import org.sumac.spice.codec.LzImageEncoder;
import org.sumac.spice.codec.LzPaletteEncoder;

/**
 * The image encoders a server uses unless told otherwise: LZ4, LZ (blocks of few colours as LZ palette images), and
 * JPEG when the config asks for it.
 */
final class DefaultCodecs {
    private DefaultCodecs() {}

    static ImageCodecs create(SpiceServerConfig config) {
        return new ImageCodecs(new Lz4ImageEncoder(), new LzImageEncoder(), null,
                config.jpegForPhotos() ? new JpegImageEncoder() : null, new LzPaletteEncoder());
    }
}
