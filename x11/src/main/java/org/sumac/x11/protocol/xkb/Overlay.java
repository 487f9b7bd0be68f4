// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * The Overlay struct (variable size).
 *
 * @param name ATOM
 * @param rows list of OverlayRow, nRows items
 */
public record Overlay(int name, java.util.List<OverlayRow> rows) {
    /** Reads one from a request, at an offset from the request's start. */
    public static Overlay read(RequestReader in_, int at_) {
        int name = in_.int32At(at_);
        int nRows = in_.card8At(at_ + 4);
        int rowsN_ = nRows;
        int pos_ = at_ + 8;
        if (rowsN_ < 0) throw XError.length();
        java.util.List<OverlayRow> rows = new java.util.ArrayList<>();
        for (int i_ = 0; i_ < rowsN_; i_++) {
            OverlayRow e_ = OverlayRow.read(in_, pos_);
            pos_ += e_.wireSize();
            rows.add(e_);
        }
        return new Overlay(name, rows);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 4;
        n += 1;
        n += 3;
        for (var e_ : rows) n += e_.wireSize();
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(name);
        o.u8(rows.size());
        o.zeros(3);
        for (var e_ : rows) e_.write(o);
    }
}
