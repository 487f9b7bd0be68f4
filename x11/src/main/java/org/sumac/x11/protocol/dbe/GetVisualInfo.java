// Generated from xcb-proto 1.15.2 (dbe.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.dbe;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card32List;

/**
 * GetVisualInfo request (minor opcode 6).
 *
 * @param nDrawables CARD32
 * @param drawables list of DRAWABLE, n_drawables items
 */
public record GetVisualInfo(int nDrawables, Card32List drawables) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static GetVisualInfo parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int nDrawables = in_.int32At(4);
        int drawablesN_ = nDrawables;
        int pos_ = 8;
        Card32List drawables = new Card32List(in_, pos_, drawablesN_);
        pos_ += drawablesN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new GetVisualInfo(nDrawables, drawables);
    }

    /**
     * The reply to GetVisualInfo.
     *
     * @param supportedVisuals list of VisualInfos, n_supported_visuals items
     */
    public record Reply(java.util.List<VisualInfos> supportedVisuals) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.i32(supportedVisuals.size());
            o.zeros(20);
            for (var e_ : supportedVisuals) e_.write(o);
        }
    }
}
