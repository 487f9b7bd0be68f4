// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetCrtcTransform request (minor opcode 27).
 *
 * @param crtc CRTC
 */
public record GetCrtcTransform(int crtc) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetCrtcTransform parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int crtc = in_.int32At(4);
        return new GetCrtcTransform(crtc);
    }

    /**
     * The reply to GetCrtcTransform.
     *
     * @param pendingTransform TRANSFORM
     * @param hasTransforms BOOL
     * @param currentTransform TRANSFORM
     * @param pendingFilterName list of char, pending_len items
     * @param pendingParams list of FIXED, pending_nparams items
     * @param currentFilterName list of char, current_len items
     * @param currentParams list of FIXED, current_nparams items
     */
    public record Reply(org.sumac.x11.protocol.render.Transform pendingTransform, boolean hasTransforms, org.sumac.x11.protocol.render.Transform currentTransform, String pendingFilterName, int[] pendingParams, String currentFilterName, int[] currentParams) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            pendingTransform.write(o);
            o.bool(hasTransforms);
            o.zeros(3);
            currentTransform.write(o);
            o.zeros(4);
            o.u16(pendingFilterName.length());
            o.u16(pendingParams.length);
            o.u16(currentFilterName.length());
            o.u16(currentParams.length);
            o.string8(pendingFilterName);
            o.zeros(-o.size() & 3);
            for (var e_ : pendingParams) o.i32(e_);
            o.string8(currentFilterName);
            o.zeros(-o.size() & 3);
            for (var e_ : currentParams) o.i32(e_);
        }
    }
}
