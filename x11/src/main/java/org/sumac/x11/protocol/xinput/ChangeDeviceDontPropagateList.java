// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card32List;

/**
 * ChangeDeviceDontPropagateList request (minor opcode 8).
 *
 * @param window WINDOW
 * @param numClasses CARD16
 * @param mode CARD8, values of PropagateMode
 * @param classes list of EventClass, num_classes items
 */
public record ChangeDeviceDontPropagateList(int window, int numClasses, int mode, Card32List classes) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static ChangeDeviceDontPropagateList parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int window = in_.int32At(4);
        int numClasses = in_.card16At(8);
        int mode = in_.card8At(10);
        int classesN_ = numClasses;
        int pos_ = 12;
        Card32List classes = new Card32List(in_, pos_, classesN_);
        pos_ += classesN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new ChangeDeviceDontPropagateList(window, numClasses, mode, classes);
    }
}
