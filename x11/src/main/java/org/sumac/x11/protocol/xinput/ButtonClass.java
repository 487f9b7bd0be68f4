// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.Card32List;

/**
 * The ButtonClass struct (variable size).
 *
 * @param type CARD16, values of DeviceClassType
 * @param len CARD16
 * @param sourceid DeviceId
 * @param numButtons CARD16
 * @param state list of CARD32, length by an expression
 * @param labels list of ATOM, num_buttons items
 */
public record ButtonClass(int type, int len, int sourceid, int numButtons, int[] state, int[] labels) {
    /** Reads one from a request, at an offset from the request's start. */
    public static ButtonClass read(RequestReader in_, int at_) {
        int type = in_.card16At(at_);
        int len = in_.card16At(at_ + 2);
        int sourceid = in_.card16At(at_ + 4);
        int numButtons = in_.card16At(at_ + 6);
        int stateN_ = ((numButtons + 31) / 32);
        int pos_ = at_ + 8;
        int[] state = new Card32List(in_, pos_, stateN_).toArray();
        pos_ += stateN_ * 4;
        int labelsN_ = numButtons;
        int[] labels = new Card32List(in_, pos_, labelsN_).toArray();
        pos_ += labelsN_ * 4;
        return new ButtonClass(type, len, sourceid, numButtons, state, labels);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 2;
        n += 2;
        n += 2;
        n += 2;
        n += state.length * 4;
        n += labels.length * 4;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(type);
        o.u16(len);
        o.u16(sourceid);
        o.u16(numButtons);
        for (var e_ : state) o.i32(e_);
        for (var e_ : labels) o.i32(e_);
    }
}
