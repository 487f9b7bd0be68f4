// Generated from xcb-proto 1.15.2 (shape.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.shape;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * QueryExtents request (minor opcode 5).
 *
 * @param destinationWindow WINDOW
 */
public record QueryExtents(int destinationWindow) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static QueryExtents parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int destinationWindow = in_.int32At(4);
        return new QueryExtents(destinationWindow);
    }

    /**
     * The reply to QueryExtents.
     *
     * @param boundingShaped BOOL
     * @param clipShaped BOOL
     * @param boundingShapeExtentsX INT16
     * @param boundingShapeExtentsY INT16
     * @param boundingShapeExtentsWidth CARD16
     * @param boundingShapeExtentsHeight CARD16
     * @param clipShapeExtentsX INT16
     * @param clipShapeExtentsY INT16
     * @param clipShapeExtentsWidth CARD16
     * @param clipShapeExtentsHeight CARD16
     */
    public record Reply(boolean boundingShaped, boolean clipShaped, int boundingShapeExtentsX, int boundingShapeExtentsY, int boundingShapeExtentsWidth, int boundingShapeExtentsHeight, int clipShapeExtentsX, int clipShapeExtentsY, int clipShapeExtentsWidth, int clipShapeExtentsHeight) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.bool(boundingShaped);
            o.bool(clipShaped);
            o.zeros(2);
            o.u16(boundingShapeExtentsX);
            o.u16(boundingShapeExtentsY);
            o.u16(boundingShapeExtentsWidth);
            o.u16(boundingShapeExtentsHeight);
            o.u16(clipShapeExtentsX);
            o.u16(clipShapeExtentsY);
            o.u16(clipShapeExtentsWidth);
            o.u16(clipShapeExtentsHeight);
        }
    }
}
