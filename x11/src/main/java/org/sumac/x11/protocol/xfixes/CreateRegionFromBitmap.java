// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * CreateRegionFromBitmap request (minor opcode 6).
 *
 * @param region REGION
 * @param bitmap PIXMAP
 */
public record CreateRegionFromBitmap(int region, int bitmap) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static CreateRegionFromBitmap parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int region = in_.int32At(4);
        int bitmap = in_.int32At(8);
        return new CreateRegionFromBitmap(region, bitmap);
    }
}
