// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * Trapezoids request (minor opcode 10).
 *
 * @param op CARD8, values of PictOp
 * @param src PICTURE
 * @param dst PICTURE
 * @param maskFormat PICTFORMAT
 * @param srcX INT16
 * @param srcY INT16
 * @param traps list of TRAPEZOID, the rest of the request
 */
public record Trapezoids(int op, int src, int dst, int maskFormat, int srcX, int srcY, TrapezoidList traps) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static Trapezoids parse(RequestReader in_) {
        if (in_.length() < 24) throw XError.length();
        int op = in_.card8At(4);
        int src = in_.int32At(8);
        int dst = in_.int32At(12);
        int maskFormat = in_.int32At(16);
        int srcX = in_.int16At(20);
        int srcY = in_.int16At(22);
        int pos_ = 24;
        if (in_.length() < pos_ || (in_.length() - pos_) % 40 != 0) throw XError.length();
        int trapsN_ = (in_.length() - pos_) / 40;
        TrapezoidList traps = new TrapezoidList(in_, pos_, trapsN_);
        pos_ += trapsN_ * 40;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new Trapezoids(op, src, dst, maskFormat, srcX, srcY, traps);
    }
}
