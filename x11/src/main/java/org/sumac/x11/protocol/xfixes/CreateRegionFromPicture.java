// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * CreateRegionFromPicture request (minor opcode 9).
 *
 * @param region REGION
 * @param picture PICTURE
 */
public record CreateRegionFromPicture(int region, int picture) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static CreateRegionFromPicture parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int region = in_.int32At(4);
        int picture = in_.int32At(8);
        return new CreateRegionFromPicture(region, picture);
    }
}
