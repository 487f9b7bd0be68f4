// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card32List;

/**
 * RotateProperties request (opcode 114).
 *
 * @param window WINDOW
 * @param atomsLen CARD16
 * @param delta INT16
 * @param atoms list of ATOM, atoms_len items
 */
public record RotateProperties(int window, int atomsLen, int delta, Card32List atoms) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static RotateProperties parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int window = in_.int32At(4);
        int atomsLen = in_.card16At(8);
        int delta = in_.int16At(10);
        int atomsN_ = atomsLen;
        int pos_ = 12;
        Card32List atoms = new Card32List(in_, pos_, atomsN_);
        pos_ += atomsN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new RotateProperties(window, atomsLen, delta, atoms);
    }
}
