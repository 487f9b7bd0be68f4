// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * PolyArc request (opcode 68).
 *
 * @param drawable DRAWABLE
 * @param gc GCONTEXT
 * @param arcs list of ARC, the rest of the request (whole items: BadLength when taken otherwise)
 */
public record PolyArc(int drawable, int gc, ArcList arcs) {
    /**
     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether arcs
     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.
     */
    public static PolyArc parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int drawable = in_.int32At(4);
        int gc = in_.int32At(8);
        ArcList arcs = (in_.length() - 12) % 12 == 0
            ? new ArcList(in_, 12, (in_.length() - 12) / 12) : null;
        return new PolyArc(drawable, gc, arcs);
    }

    /**
     * The arcs, or BadLength when the request's length does not match them. Take them where
     * Xorg counts them: after the lookups, before any change.
     */
    public ArcList arcs() {
        if (arcs == null) throw XError.length();
        return arcs;
    }
}
