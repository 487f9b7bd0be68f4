// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * CreateRegionFromWindow request (minor opcode 7).
 *
 * @param region REGION
 * @param window WINDOW
 * @param kind shape:KIND, values of SK
 */
public record CreateRegionFromWindow(int region, int window, int kind) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static CreateRegionFromWindow parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int region = in_.int32At(4);
        int window = in_.int32At(8);
        int kind = in_.card8At(12);
        return new CreateRegionFromWindow(region, window, kind);
    }
}
