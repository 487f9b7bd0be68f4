// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The CHARINFO struct (12 bytes).
 *
 * @param leftSideBearing INT16
 * @param rightSideBearing INT16
 * @param characterWidth INT16
 * @param ascent INT16
 * @param descent INT16
 * @param attributes CARD16
 */
public record Charinfo(int leftSideBearing, int rightSideBearing, int characterWidth, int ascent, int descent, int attributes) {
    /** Bytes on the wire. */
    public static final int SIZE = 12;

    /** Reads one from a request, at an offset from the request's start. */
    public static Charinfo read(RequestReader in_, int at_) {
        int leftSideBearing = in_.int16At(at_);
        int rightSideBearing = in_.int16At(at_ + 2);
        int characterWidth = in_.int16At(at_ + 4);
        int ascent = in_.int16At(at_ + 6);
        int descent = in_.int16At(at_ + 8);
        int attributes = in_.card16At(at_ + 10);
        return new Charinfo(leftSideBearing, rightSideBearing, characterWidth, ascent, descent, attributes);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        return SIZE;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(leftSideBearing);
        o.u16(rightSideBearing);
        o.u16(characterWidth);
        o.u16(ascent);
        o.u16(descent);
        o.u16(attributes);
    }
}
