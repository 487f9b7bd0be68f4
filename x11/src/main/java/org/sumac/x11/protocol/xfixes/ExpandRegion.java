// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * ExpandRegion request (minor opcode 28).
 *
 * @param source REGION
 * @param destination REGION
 * @param left CARD16
 * @param right CARD16
 * @param top CARD16
 * @param bottom CARD16
 */
public record ExpandRegion(int source, int destination, int left, int right, int top, int bottom) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ExpandRegion parse(RequestReader in_) {
        if (in_.length() != 20) throw XError.length();
        int source = in_.int32At(4);
        int destination = in_.int32At(8);
        int left = in_.card16At(12);
        int right = in_.card16At(14);
        int top = in_.card16At(16);
        int bottom = in_.card16At(18);
        return new ExpandRegion(source, destination, left, right, top, bottom);
    }
}
