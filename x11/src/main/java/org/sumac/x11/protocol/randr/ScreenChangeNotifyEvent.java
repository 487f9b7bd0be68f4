// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * ScreenChangeNotify event (number 0 from the extension's first event).
 *
 * @param rotation CARD8, mask of Rotation
 * @param timestamp TIMESTAMP
 * @param configTimestamp TIMESTAMP
 * @param root WINDOW
 * @param requestWindow WINDOW
 * @param sizeID CARD16
 * @param subpixelOrder CARD16, values of SubPixel
 * @param width CARD16
 * @param height CARD16
 * @param mwidth CARD16
 * @param mheight CARD16
 */
public record ScreenChangeNotifyEvent(int rotation, int timestamp, int configTimestamp, int root, int requestWindow, int sizeID, int subpixelOrder, int width, int height, int mwidth, int mheight) implements org.sumac.x11.protocol.Event {
    /** Event number relative to the extension's first event. */
    public static final int NUMBER = 0;

    @Override
    public int detail() {
        return rotation;
    }

    @Override
    public void write(ReplyWriter o) {
        o.i32(timestamp);
        o.i32(configTimestamp);
        o.i32(root);
        o.i32(requestWindow);
        o.u16(sizeID);
        o.u16(subpixelOrder);
        o.u16(width);
        o.u16(height);
        o.u16(mwidth);
        o.u16(mheight);
    }
}
