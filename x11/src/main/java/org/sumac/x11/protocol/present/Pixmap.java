// Generated from xcb-proto 1.15.2 (present.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.present;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * Pixmap request (minor opcode 1).
 *
 * @param window WINDOW
 * @param pixmap PIXMAP
 * @param serial CARD32
 * @param valid REGION
 * @param update REGION
 * @param xOff INT16
 * @param yOff INT16
 * @param targetCrtc CRTC
 * @param waitFence FENCE
 * @param idleFence FENCE
 * @param options CARD32
 * @param targetMsc CARD64
 * @param divisor CARD64
 * @param remainder CARD64
 * @param notifies list of Notify, the rest of the request (whole items: BadLength when taken otherwise)
 */
public record Pixmap(int window, int pixmap, int serial, int valid, int update, int xOff, int yOff, int targetCrtc, int waitFence, int idleFence, int options, long targetMsc, long divisor, long remainder, NotifyList notifies) {
    /**
     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether notifies
     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.
     */
    public static Pixmap parse(RequestReader in_) {
        if (in_.length() < 72) throw XError.length();
        int window = in_.int32At(4);
        int pixmap = in_.int32At(8);
        int serial = in_.int32At(12);
        int valid = in_.int32At(16);
        int update = in_.int32At(20);
        int xOff = in_.int16At(24);
        int yOff = in_.int16At(26);
        int targetCrtc = in_.int32At(28);
        int waitFence = in_.int32At(32);
        int idleFence = in_.int32At(36);
        int options = in_.int32At(40);
        long targetMsc = in_.int64At(48);
        long divisor = in_.int64At(56);
        long remainder = in_.int64At(64);
        NotifyList notifies = (in_.length() - 72) % 8 == 0
            ? new NotifyList(in_, 72, (in_.length() - 72) / 8) : null;
        return new Pixmap(window, pixmap, serial, valid, update, xOff, yOff, targetCrtc, waitFence, idleFence, options, targetMsc, divisor, remainder, notifies);
    }

    /**
     * The notifies, or BadLength when the request's length does not match them. Take them where
     * Xorg counts them: after the lookups, before any change.
     */
    public NotifyList notifies() {
        if (notifies == null) throw XError.length();
        return notifies;
    }
}
