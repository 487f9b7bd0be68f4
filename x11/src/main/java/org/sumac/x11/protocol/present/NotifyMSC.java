// Generated from xcb-proto 1.15.2 (present.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.present;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * NotifyMSC request (minor opcode 2).
 *
 * @param window WINDOW
 * @param serial CARD32
 * @param targetMsc CARD64
 * @param divisor CARD64
 * @param remainder CARD64
 */
public record NotifyMSC(int window, int serial, long targetMsc, long divisor, long remainder) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static NotifyMSC parse(RequestReader in_) {
        if (in_.length() != 40) throw XError.length();
        int window = in_.int32At(4);
        int serial = in_.int32At(8);
        long targetMsc = in_.int64At(16);
        long divisor = in_.int64At(24);
        long remainder = in_.int64At(32);
        return new NotifyMSC(window, serial, targetMsc, divisor, remainder);
    }
}
