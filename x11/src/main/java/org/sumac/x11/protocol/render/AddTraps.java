// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * AddTraps request (minor opcode 32).
 *
 * @param picture PICTURE
 * @param xOff INT16
 * @param yOff INT16
 * @param traps list of TRAP, the rest of the request
 */
public record AddTraps(int picture, int xOff, int yOff, TrapList traps) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static AddTraps parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int picture = in_.int32At(4);
        int xOff = in_.int16At(8);
        int yOff = in_.int16At(10);
        int pos_ = 12;
        if (in_.length() < pos_ || (in_.length() - pos_) % 24 != 0) throw XError.length();
        int trapsN_ = (in_.length() - pos_) / 24;
        TrapList traps = new TrapList(in_, pos_, trapsN_);
        pos_ += trapsN_ * 24;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new AddTraps(picture, xOff, yOff, traps);
    }
}
