// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * FreePicture request (minor opcode 7).
 *
 * @param picture PICTURE
 */
public record FreePicture(int picture) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static FreePicture parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int picture = in_.int32At(4);
        return new FreePicture(picture);
    }
}
