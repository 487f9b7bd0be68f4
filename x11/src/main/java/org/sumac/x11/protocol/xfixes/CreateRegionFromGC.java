// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * CreateRegionFromGC request (minor opcode 8).
 *
 * @param region REGION
 * @param gc GCONTEXT
 */
public record CreateRegionFromGC(int region, int gc) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static CreateRegionFromGC parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int region = in_.int32At(4);
        int gc = in_.int32At(8);
        return new CreateRegionFromGC(region, gc);
    }
}
