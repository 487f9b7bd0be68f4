// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * InvertRegion request (minor opcode 16).
 *
 * @param source REGION
 * @param bounds RECTANGLE
 * @param destination REGION
 */
public record InvertRegion(int source, org.sumac.x11.protocol.xproto.Rectangle bounds, int destination) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static InvertRegion parse(RequestReader in_) {
        if (in_.length() != 20) throw XError.length();
        int source = in_.int32At(4);
        org.sumac.x11.protocol.xproto.Rectangle bounds = org.sumac.x11.protocol.xproto.Rectangle.read(in_, 8);
        int destination = in_.int32At(16);
        return new InvertRegion(source, bounds, destination);
    }
}
