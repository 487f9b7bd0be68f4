// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card32List;

/**
 * ConfigureOutputProperty request (minor opcode 12).
 *
 * @param output OUTPUT
 * @param property ATOM
 * @param pending BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param range BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param values list of INT32, the rest of the request
 */
public record ConfigureOutputProperty(int output, int property, int pending, int range, Card32List values) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static ConfigureOutputProperty parse(RequestReader in_) {
        if (in_.length() < 16) throw XError.length();
        int output = in_.int32At(4);
        int property = in_.int32At(8);
        int pending = in_.card8At(12);
        int range = in_.card8At(13);
        int pos_ = 16;
        if (in_.length() < pos_ || (in_.length() - pos_) % 4 != 0) throw XError.length();
        int valuesN_ = (in_.length() - pos_) / 4;
        Card32List values = new Card32List(in_, pos_, valuesN_);
        pos_ += valuesN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new ConfigureOutputProperty(output, property, pending, range, values);
    }
}
