// Generated from xcb-proto 1.15.2 (present.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.present;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * ConfigureNotify generic event (event type 0): fields from byte 10.
 *
 * @param event EVENT
 * @param window WINDOW
 * @param x INT16
 * @param y INT16
 * @param width CARD16
 * @param height CARD16
 * @param offX INT16
 * @param offY INT16
 * @param pixmapWidth CARD16
 * @param pixmapHeight CARD16
 * @param pixmapFlags CARD32
 */
public record ConfigureNotifyEvent(int event, int window, int x, int y, int width, int height, int offX, int offY, int pixmapWidth, int pixmapHeight, int pixmapFlags) implements org.sumac.x11.protocol.XgeEvent {
    /** The event type (bytes 8..9). */
    public static final int NUMBER = 0;

    @Override
    public int eventType() {
        return NUMBER;
    }

    @Override
    public void write(ReplyWriter o) {
        o.zeros(2);
        o.i32(event);
        o.i32(window);
        o.u16(x);
        o.u16(y);
        o.u16(width);
        o.u16(height);
        o.u16(offX);
        o.u16(offY);
        o.u16(pixmapWidth);
        o.u16(pixmapHeight);
        o.i32(pixmapFlags);
    }
}
