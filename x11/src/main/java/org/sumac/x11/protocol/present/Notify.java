// Generated from xcb-proto 1.15.2 (present.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.present;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The Notify struct (8 bytes).
 *
 * @param window WINDOW
 * @param serial CARD32
 */
public record Notify(int window, int serial) {
    /** Bytes on the wire. */
    public static final int SIZE = 8;

    /** Reads one from a request, at an offset from the request's start. */
    public static Notify read(RequestReader in_, int at_) {
        int window = in_.int32At(at_);
        int serial = in_.int32At(at_ + 4);
        return new Notify(window, serial);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(window);
        o.i32(serial);
    }
}
