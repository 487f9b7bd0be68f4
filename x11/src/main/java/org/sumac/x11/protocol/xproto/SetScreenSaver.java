// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetScreenSaver request (opcode 107).
 *
 * @param timeout INT16
 * @param interval INT16
 * @param preferBlanking CARD8, values of Blanking
 * @param allowExposures CARD8, values of Exposures
 */
public record SetScreenSaver(int timeout, int interval, int preferBlanking, int allowExposures) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SetScreenSaver parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int timeout = in_.int16At(4);
        int interval = in_.int16At(6);
        int preferBlanking = in_.card8At(8);
        int allowExposures = in_.card8At(9);
        return new SetScreenSaver(timeout, interval, preferBlanking, allowExposures);
    }
}
