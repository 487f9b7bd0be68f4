// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SubtractRegion request (minor opcode 15).
 *
 * @param source1 REGION
 * @param source2 REGION
 * @param destination REGION
 */
public record SubtractRegion(int source1, int source2, int destination) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SubtractRegion parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int source1 = in_.int32At(4);
        int source2 = in_.int32At(8);
        int destination = in_.int32At(12);
        return new SubtractRegion(source1, source2, destination);
    }
}
