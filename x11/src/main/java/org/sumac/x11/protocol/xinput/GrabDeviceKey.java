// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card32List;

/**
 * GrabDeviceKey request (minor opcode 15).
 *
 * @param grabWindow WINDOW
 * @param numClasses CARD16
 * @param modifiers CARD16, mask of ModMask
 * @param modifierDevice CARD8
 * @param grabbedDevice CARD8
 * @param key CARD8
 * @param thisDeviceMode CARD8, values of GrabMode
 * @param otherDeviceMode CARD8, values of GrabMode
 * @param ownerEvents BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param classes list of EventClass, num_classes items
 */
public record GrabDeviceKey(int grabWindow, int numClasses, int modifiers, int modifierDevice, int grabbedDevice, int key, int thisDeviceMode, int otherDeviceMode, int ownerEvents, Card32List classes) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static GrabDeviceKey parse(RequestReader in_) {
        if (in_.length() < 20) throw XError.length();
        int grabWindow = in_.int32At(4);
        int numClasses = in_.card16At(8);
        int modifiers = in_.card16At(10);
        int modifierDevice = in_.card8At(12);
        int grabbedDevice = in_.card8At(13);
        int key = in_.card8At(14);
        int thisDeviceMode = in_.card8At(15);
        int otherDeviceMode = in_.card8At(16);
        int ownerEvents = in_.card8At(17);
        int classesN_ = numClasses;
        int pos_ = 20;
        Card32List classes = new Card32List(in_, pos_, classesN_);
        pos_ += classesN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new GrabDeviceKey(grabWindow, numClasses, modifiers, modifierDevice, grabbedDevice, key, thisDeviceMode, otherDeviceMode, ownerEvents, classes);
    }
}
