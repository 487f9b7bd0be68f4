// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * CreateSolidFill request (minor opcode 33).
 *
 * @param picture PICTURE
 * @param color COLOR
 */
public record CreateSolidFill(int picture, Color color) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static CreateSolidFill parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int picture = in_.int32At(4);
        Color color = Color.read(in_, 8);
        return new CreateSolidFill(picture, color);
    }
}
