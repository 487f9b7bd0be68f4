// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * DestroyRegion request (minor opcode 10).
 *
 * @param region REGION
 */
public record DestroyRegion(int region) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static DestroyRegion parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int region = in_.int32At(4);
        return new DestroyRegion(region);
    }
}
