// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * GrabKey request (opcode 33).
 *
 * @param ownerEvents BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param grabWindow WINDOW
 * @param modifiers CARD16, mask of ModMask
 * @param key KEYCODE
 * @param pointerMode CARD8, values of GrabMode
 * @param keyboardMode CARD8, values of GrabMode
 */
public record GrabKey(int ownerEvents, int grabWindow, int modifiers, int key, int pointerMode, int keyboardMode) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GrabKey parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int ownerEvents = in_.card8At(1);
        int grabWindow = in_.int32At(4);
        int modifiers = in_.card16At(8);
        int key = in_.card8At(10);
        int pointerMode = in_.card8At(11);
        int keyboardMode = in_.card8At(12);
        return new GrabKey(ownerEvents, grabWindow, modifiers, key, pointerMode, keyboardMode);
    }
}
