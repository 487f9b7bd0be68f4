// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * GrabButton request (opcode 28).
 *
 * @param ownerEvents BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param grabWindow WINDOW
 * @param eventMask CARD16, mask of EventMask
 * @param pointerMode CARD8, values of GrabMode
 * @param keyboardMode CARD8, values of GrabMode
 * @param confineTo WINDOW
 * @param cursor CURSOR
 * @param button CARD8, values of ButtonIndex
 * @param modifiers CARD16, mask of ModMask
 */
public record GrabButton(int ownerEvents, int grabWindow, int eventMask, int pointerMode, int keyboardMode, int confineTo, int cursor, int button, int modifiers) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GrabButton parse(RequestReader in_) {
        if (in_.length() != 24) throw XError.length();
        int ownerEvents = in_.card8At(1);
        int grabWindow = in_.int32At(4);
        int eventMask = in_.card16At(8);
        int pointerMode = in_.card8At(10);
        int keyboardMode = in_.card8At(11);
        int confineTo = in_.int32At(12);
        int cursor = in_.int32At(16);
        int button = in_.card8At(20);
        int modifiers = in_.card16At(22);
        return new GrabButton(ownerEvents, grabWindow, eventMask, pointerMode, keyboardMode, confineTo, cursor, button, modifiers);
    }
}
