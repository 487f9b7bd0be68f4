package org.sumac.x11.font;

import java.io.IOException;
import java.io.InputStream;

/** The fonts of the "built-ins" path element, shipped as resources (see README.txt next to them). */
final class BuiltinFonts {

    static final String FIXED_FILE = "builtin-6x13-ISO8859-1.pcf.gz";
    static final String CURSOR_FILE = "builtin-cursor.pcf.gz";

    private BuiltinFonts() {
    }

    static CoreFont load(String fileName) throws IOException {
        if (!fileName.equals(FIXED_FILE) && !fileName.equals(CURSOR_FILE)) {
            throw new FontFormatException("no built-in font " + fileName);
        }
        try (InputStream in = BuiltinFonts.class.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new FontFormatException("missing resource " + fileName);
            }
            return PcfReader.read(in);
        }
    }
}
