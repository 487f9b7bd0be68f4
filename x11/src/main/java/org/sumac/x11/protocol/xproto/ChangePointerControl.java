// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * ChangePointerControl request (opcode 105).
 *
 * @param accelerationNumerator INT16
 * @param accelerationDenominator INT16
 * @param threshold INT16
 * @param doAcceleration BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param doThreshold BOOL (as sent: 0 False, 1 True, anything else BadValue)
 */
public record ChangePointerControl(int accelerationNumerator, int accelerationDenominator, int threshold, int doAcceleration, int doThreshold) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ChangePointerControl parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int accelerationNumerator = in_.int16At(4);
        int accelerationDenominator = in_.int16At(6);
        int threshold = in_.int16At(8);
        int doAcceleration = in_.card8At(10);
        int doThreshold = in_.card8At(11);
        return new ChangePointerControl(accelerationNumerator, accelerationDenominator, threshold, doAcceleration, doThreshold);
    }
}
