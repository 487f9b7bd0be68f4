// Generated from xcb-proto 1.15.2 (dbe.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.dbe;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;

/**
 * The VisualInfos struct (variable size).
 *
 * @param infos list of VisualInfo, n_infos items
 */
public record VisualInfos(java.util.List<VisualInfo> infos) {
    /** Reads one from a request, at an offset from the request's start. */
    public static VisualInfos read(RequestReader in_, int at_) {
        int nInfos = in_.int32At(at_);
        int infosN_ = nInfos;
        int pos_ = at_ + 4;
        java.util.List<VisualInfo> infos = VisualInfoList.copy(in_, pos_, infosN_);
        pos_ += infosN_ * 8;
        return new VisualInfos(infos);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 4;
        n += infos.size() * 8;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.i32(infos.size());
        for (var e_ : infos) e_.write(o);
    }
}
