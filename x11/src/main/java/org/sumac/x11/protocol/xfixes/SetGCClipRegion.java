// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetGCClipRegion request (minor opcode 20).
 *
 * @param gc GCONTEXT
 * @param region REGION
 * @param xOrigin INT16
 * @param yOrigin INT16
 */
public record SetGCClipRegion(int gc, int region, int xOrigin, int yOrigin) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SetGCClipRegion parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int gc = in_.int32At(4);
        int region = in_.int32At(8);
        int xOrigin = in_.int16At(12);
        int yOrigin = in_.int16At(14);
        return new SetGCClipRegion(gc, region, xOrigin, yOrigin);
    }
}
