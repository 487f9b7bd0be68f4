// Generated from xcb-proto 1.15.2 (render.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.render;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The TRAP struct (24 bytes).
 *
 * @param top SPANFIX
 * @param bot SPANFIX
 */
public record Trap(Spanfix top, Spanfix bot) {
    /** Bytes on the wire. */
    public static final int SIZE = 24;

    /** Reads one from a request, at an offset from the request's start. */
    public static Trap read(RequestReader in_, int at_) {
        Spanfix top = Spanfix.read(in_, at_);
        Spanfix bot = Spanfix.read(in_, at_ + 12);
        return new Trap(top, bot);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        top.write(o);
        bot.write(o);
    }
}
