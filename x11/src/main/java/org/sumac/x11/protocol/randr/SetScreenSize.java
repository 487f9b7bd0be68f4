// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetScreenSize request (minor opcode 7).
 *
 * @param window WINDOW
 * @param width CARD16
 * @param height CARD16
 * @param mmWidth CARD32
 * @param mmHeight CARD32
 */
public record SetScreenSize(int window, int width, int height, int mmWidth, int mmHeight) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SetScreenSize parse(RequestReader in_) {
        if (in_.length() != 20) throw XError.length();
        int window = in_.int32At(4);
        int width = in_.card16At(8);
        int height = in_.card16At(10);
        int mmWidth = in_.int32At(12);
        int mmHeight = in_.int32At(16);
        return new SetScreenSize(window, width, height, mmWidth, mmHeight);
    }
}
