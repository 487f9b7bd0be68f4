// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * ReferenceGlyphSet request (minor opcode 18).
 *
 * @param gsid GLYPHSET
 * @param existing GLYPHSET
 */
public record ReferenceGlyphSet(int gsid, int existing) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ReferenceGlyphSet parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int gsid = in_.int32At(4);
        int existing = in_.int32At(8);
        return new ReferenceGlyphSet(gsid, existing);
    }
}
