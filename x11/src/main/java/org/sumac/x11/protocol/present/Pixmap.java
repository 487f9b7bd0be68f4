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
 * @param notifies list of Notify, the rest of the request
 */
public record Pixmap(int window, int pixmap, int serial, int valid, int update, int xOff, int yOff, int targetCrtc, int waitFence, int idleFence, int options, long targetMsc, long divisor, long remainder, NotifyList notifies) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
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
        int pos_ = 72;
        if (in_.length() < pos_ || (in_.length() - pos_) % 8 != 0) throw XError.length();
        int notifiesN_ = (in_.length() - pos_) / 8;
        NotifyList notifies = new NotifyList(in_, pos_, notifiesN_);
        pos_ += notifiesN_ * 8;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new Pixmap(window, pixmap, serial, valid, update, xOff, yOff, targetCrtc, waitFence, idleFence, options, targetMsc, divisor, remainder, notifies);
    }
}
