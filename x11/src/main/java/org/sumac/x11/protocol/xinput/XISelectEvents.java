// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * XISelectEvents request (minor opcode 46).
 *
 * @param window WINDOW
 * @param numMask CARD16
 * @param masks list of EventMask, num_mask items
 */
public record XISelectEvents(int window, int numMask, java.util.List<EventMask> masks) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static XISelectEvents parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int window = in_.int32At(4);
        int numMask = in_.card16At(8);
        int masksN_ = numMask;
        int pos_ = 12;
        if (masksN_ < 0) throw XError.length();
        java.util.List<EventMask> masks = new java.util.ArrayList<>();
        for (int i_ = 0; i_ < masksN_; i_++) {
            EventMask e_ = EventMask.read(in_, pos_);
            pos_ += e_.wireSize();
            masks.add(e_);
        }
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new XISelectEvents(window, numMask, masks);
    }
}
