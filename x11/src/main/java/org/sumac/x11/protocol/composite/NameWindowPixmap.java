// Generated from xcb-proto 1.15.2 (composite.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.composite;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * NameWindowPixmap request (minor opcode 6).
 *
 * @param window WINDOW
 * @param pixmap PIXMAP
 */
public record NameWindowPixmap(int window, int pixmap) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static NameWindowPixmap parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int window = in_.int32At(4);
        int pixmap = in_.int32At(8);
        return new NameWindowPixmap(window, pixmap);
    }
}
