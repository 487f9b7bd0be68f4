// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * Bell request (minor opcode 3).
 *
 * @param deviceSpec DeviceSpec
 * @param bellClass BellClassSpec
 * @param bellID IDSpec
 * @param percent INT8
 * @param forceSound BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param eventOnly BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param pitch INT16
 * @param duration INT16
 * @param name ATOM
 * @param window WINDOW
 */
public record Bell(int deviceSpec, int bellClass, int bellID, int percent, int forceSound, int eventOnly, int pitch, int duration, int name, int window) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static Bell parse(RequestReader in_) {
        if (in_.length() != 28) throw XError.length();
        int deviceSpec = in_.card16At(4);
        int bellClass = in_.card16At(6);
        int bellID = in_.card16At(8);
        int percent = in_.int8At(10);
        int forceSound = in_.card8At(11);
        int eventOnly = in_.card8At(12);
        int pitch = in_.int16At(14);
        int duration = in_.int16At(16);
        int name = in_.int32At(20);
        int window = in_.int32At(24);
        return new Bell(deviceSpec, bellClass, bellID, percent, forceSound, eventOnly, pitch, duration, name, window);
    }
}
