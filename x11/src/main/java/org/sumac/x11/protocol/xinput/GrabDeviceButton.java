// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card32List;

/**
 * GrabDeviceButton request (minor opcode 17).
 *
 * @param grabWindow WINDOW
 * @param grabbedDevice CARD8
 * @param modifierDevice CARD8
 * @param numClasses CARD16
 * @param modifiers CARD16, mask of ModMask
 * @param thisDeviceMode CARD8, values of GrabMode
 * @param otherDeviceMode CARD8, values of GrabMode
 * @param button CARD8
 * @param ownerEvents BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param classes list of EventClass, num_classes items
 */
public record GrabDeviceButton(int grabWindow, int grabbedDevice, int modifierDevice, int numClasses, int modifiers, int thisDeviceMode, int otherDeviceMode, int button, int ownerEvents, Card32List classes) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static GrabDeviceButton parse(RequestReader in_) {
        if (in_.length() < 20) throw XError.length();
        int grabWindow = in_.int32At(4);
        int grabbedDevice = in_.card8At(8);
        int modifierDevice = in_.card8At(9);
        int numClasses = in_.card16At(10);
        int modifiers = in_.card16At(12);
        int thisDeviceMode = in_.card8At(14);
        int otherDeviceMode = in_.card8At(15);
        int button = in_.card8At(16);
        int ownerEvents = in_.card8At(17);
        int classesN_ = numClasses;
        int pos_ = 20;
        Card32List classes = new Card32List(in_, pos_, classesN_);
        pos_ += classesN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new GrabDeviceButton(grabWindow, grabbedDevice, modifierDevice, numClasses, modifiers, thisDeviceMode, otherDeviceMode, button, ownerEvents, classes);
    }
}
