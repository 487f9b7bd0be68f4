// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * RegionExtents request (minor opcode 18).
 *
 * @param source REGION
 * @param destination REGION
 */
public record RegionExtents(int source, int destination) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static RegionExtents parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int source = in_.int32At(4);
        int destination = in_.int32At(8);
        return new RegionExtents(source, destination);
    }
}
