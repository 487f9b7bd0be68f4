// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * UngrabDeviceButton request (minor opcode 18).
 *
 * @param grabWindow WINDOW
 * @param modifiers CARD16, mask of ModMask
 * @param modifierDevice CARD8
 * @param button CARD8
 * @param grabbedDevice CARD8
 */
public record UngrabDeviceButton(int grabWindow, int modifiers, int modifierDevice, int button, int grabbedDevice) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static UngrabDeviceButton parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int grabWindow = in_.int32At(4);
        int modifiers = in_.card16At(8);
        int modifierDevice = in_.card8At(10);
        int button = in_.card8At(11);
        int grabbedDevice = in_.card8At(12);
        return new UngrabDeviceButton(grabWindow, modifiers, modifierDevice, button, grabbedDevice);
    }
}
