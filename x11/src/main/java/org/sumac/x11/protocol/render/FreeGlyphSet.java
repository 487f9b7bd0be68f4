// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * FreeGlyphSet request (minor opcode 19).
 *
 * @param glyphset GLYPHSET
 */
public record FreeGlyphSet(int glyphset) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static FreeGlyphSet parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int glyphset = in_.int32At(4);
        return new FreeGlyphSet(glyphset);
    }
}
