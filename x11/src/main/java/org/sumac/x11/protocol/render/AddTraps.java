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
 * @param traps list of TRAP, the rest of the request (whole items: BadLength when taken otherwise)
 */
public record AddTraps(int picture, int xOff, int yOff, TrapList traps) {
    /**
     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether traps
     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.
     */
    public static AddTraps parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int picture = in_.int32At(4);
        int xOff = in_.int16At(8);
        int yOff = in_.int16At(10);
        TrapList traps = (in_.length() - 12) % 24 == 0
            ? new TrapList(in_, 12, (in_.length() - 12) / 24) : null;
        return new AddTraps(picture, xOff, yOff, traps);
    }

    /**
     * The traps, or BadLength when the request's length does not match them. Take them where
     * Xorg counts them: after the lookups, before any change.
     */
    public TrapList traps() {
        if (traps == null) throw XError.length();
        return traps;
    }
}
