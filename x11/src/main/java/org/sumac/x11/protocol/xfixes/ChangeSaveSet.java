// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * ChangeSaveSet request (minor opcode 1).
 *
 * @param mode BYTE, values of SaveSetMode
 * @param target BYTE, values of SaveSetTarget
 * @param map BYTE, values of SaveSetMapping
 * @param window WINDOW
 */
public record ChangeSaveSet(int mode, int target, int map, int window) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static ChangeSaveSet parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int mode = in_.card8At(4);
        int target = in_.card8At(5);
        int map = in_.card8At(6);
        int window = in_.int32At(8);
        return new ChangeSaveSet(mode, target, map, window);
    }
}
