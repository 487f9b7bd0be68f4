// Generated from xcb-proto 1.15.2 (shape.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.shape;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * Notify event (number 0 from the extension's first event).
 *
 * @param shapeKind KIND, values of SK
 * @param affectedWindow WINDOW
 * @param extentsX INT16
 * @param extentsY INT16
 * @param extentsWidth CARD16
 * @param extentsHeight CARD16
 * @param serverTime TIMESTAMP
 * @param shaped BOOL
 */
public record NotifyEvent(int shapeKind, int affectedWindow, int extentsX, int extentsY, int extentsWidth, int extentsHeight, int serverTime, boolean shaped) implements org.sumac.x11.protocol.Event {
    /** Event number relative to the extension's first event. */
    public static final int NUMBER = 0;

    @Override
    public int detail() {
        return shapeKind;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(affectedWindow);
        o.u16(extentsX);
        o.u16(extentsY);
        o.u16(extentsWidth);
        o.u16(extentsHeight);
        o.i32(serverTime);
        o.bool(shaped);
        o.zeros(11);
    }
}
