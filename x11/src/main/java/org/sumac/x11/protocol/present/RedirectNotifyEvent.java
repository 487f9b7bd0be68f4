// Generated from xcb-proto 1.15.2 (present.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.present;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * RedirectNotify generic event (event type 3): fields from byte 10.
 *
 * @param updateWindow BOOL
 * @param event EVENT
 * @param eventWindow WINDOW
 * @param window WINDOW
 * @param pixmap PIXMAP
 * @param serial CARD32
 * @param validRegion REGION
 * @param updateRegion REGION
 * @param validRect RECTANGLE
 * @param updateRect RECTANGLE
 * @param xOff INT16
 * @param yOff INT16
 * @param targetCrtc CRTC
 * @param waitFence FENCE
 * @param idleFence FENCE
 * @param options CARD32
 * @param targetMsc CARD64
 * @param divisor CARD64
 * @param remainder CARD64
 * @param notifies list of Notify, the rest of the request
 */
public record RedirectNotifyEvent(boolean updateWindow, int event, int eventWindow, int window, int pixmap, int serial, int validRegion, int updateRegion, org.sumac.x11.protocol.xproto.Rectangle validRect, org.sumac.x11.protocol.xproto.Rectangle updateRect, int xOff, int yOff, int targetCrtc, int waitFence, int idleFence, int options, long targetMsc, long divisor, long remainder, java.util.List<Notify> notifies) implements org.sumac.x11.protocol.XgeEvent {
    /** The event type (bytes 8..9). */
    public static final int NUMBER = 3;

    @Override
    public int eventType() {
        return NUMBER;
    }

    @Override
    public void write(ReplyWriter o) {
        o.bool(updateWindow);
        o.zeros(1);
        o.i32(event);
        o.i32(eventWindow);
        o.i32(window);
        o.i32(pixmap);
        o.i32(serial);
        o.i32(validRegion);
        o.i32(updateRegion);
        validRect.write(o);
        updateRect.write(o);
        o.u16(xOff);
        o.u16(yOff);
        o.i32(targetCrtc);
        o.i32(waitFence);
        o.i32(idleFence);
        o.i32(options);
        o.zeros(4);
        o.i64(targetMsc);
        o.i64(divisor);
        o.i64(remainder);
        for (var e_ : notifies) e_.write(o);
    }
}
