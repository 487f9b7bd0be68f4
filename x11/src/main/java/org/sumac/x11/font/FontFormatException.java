package org.sumac.x11.font;

import java.io.IOException;

/** A font file is truncated, inconsistent or not a PCF font; the font is treated as absent. */
public final class FontFormatException extends IOException {

    public FontFormatException(String message) {
        super(message);
    }
}
