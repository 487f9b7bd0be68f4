// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.Card16List;

/**
 * The RefreshRates struct (variable size).
 *
 * @param rates list of CARD16, nRates items
 */
public record RefreshRates(int[] rates) {
    /** Reads one from a request, at an offset from the request's start. */
    public static RefreshRates read(RequestReader in_, int at_) {
        int nRates = in_.card16At(at_);
        int ratesN_ = nRates;
        int pos_ = at_ + 2;
        int[] rates = new Card16List(in_, pos_, ratesN_).toArray();
        pos_ += ratesN_ * 2;
        return new RefreshRates(rates);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 2;
        n += rates.length * 2;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(rates.length);
        for (var e_ : rates) o.u16(e_);
    }
}
