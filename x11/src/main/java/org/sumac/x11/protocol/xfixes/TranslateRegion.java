// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * TranslateRegion request (minor opcode 17).
 *
 * @param region REGION
 * @param dx INT16
 * @param dy INT16
 */
public record TranslateRegion(int region, int dx, int dy) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static TranslateRegion parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int region = in_.int32At(4);
        int dx = in_.int16At(8);
        int dy = in_.int16At(10);
        return new TranslateRegion(region, dx, dy);
    }
}
