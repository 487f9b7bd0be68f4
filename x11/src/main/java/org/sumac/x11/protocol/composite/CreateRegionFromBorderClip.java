// Generated from xcb-proto 1.15.2 (composite.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.composite;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * CreateRegionFromBorderClip request (minor opcode 5).
 *
 * @param region REGION
 * @param window WINDOW
 */
public record CreateRegionFromBorderClip(int region, int window) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static CreateRegionFromBorderClip parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int region = in_.int32At(4);
        int window = in_.int32At(8);
        return new CreateRegionFromBorderClip(region, window);
    }
}
