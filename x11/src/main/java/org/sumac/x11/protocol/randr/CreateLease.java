// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card32List;

/**
 * CreateLease request (minor opcode 45).
 *
 * @param window WINDOW
 * @param lid LEASE
 * @param numCrtcs CARD16
 * @param numOutputs CARD16
 * @param crtcs list of CRTC, num_crtcs items
 * @param outputs list of OUTPUT, num_outputs items
 */
public record CreateLease(int window, int lid, int numCrtcs, int numOutputs, Card32List crtcs, Card32List outputs) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static CreateLease parse(RequestReader in_) {
        if (in_.length() < 16) throw XError.length();
        int window = in_.int32At(4);
        int lid = in_.int32At(8);
        int numCrtcs = in_.card16At(12);
        int numOutputs = in_.card16At(14);
        int crtcsN_ = numCrtcs;
        int pos_ = 16;
        Card32List crtcs = new Card32List(in_, pos_, crtcsN_);
        pos_ += crtcsN_ * 4;
        int outputsN_ = numOutputs;
        Card32List outputs = new Card32List(in_, pos_, outputsN_);
        pos_ += outputsN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new CreateLease(window, lid, numCrtcs, numOutputs, crtcs, outputs);
    }
}
