package org.sumac.spice.server;

import org.sumac.spice.channel.display.ImageCodecs;

/** The image encoders a server uses unless told otherwise. */
final class DefaultCodecs {
    private DefaultCodecs() {}

    static ImageCodecs create() {
        return ImageCodecs.rawOnly();
    }
}
