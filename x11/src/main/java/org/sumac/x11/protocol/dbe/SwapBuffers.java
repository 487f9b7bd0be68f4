// Generated from xcb-proto 1.15.2 (dbe.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.dbe;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SwapBuffers request (minor opcode 3).
 *
 * @param nActions CARD32
 * @param actions list of SwapInfo, n_actions items
 */
public record SwapBuffers(int nActions, SwapInfoList actions) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static SwapBuffers parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int nActions = in_.int32At(4);
        int actionsN_ = nActions;
        int pos_ = 8;
        SwapInfoList actions = new SwapInfoList(in_, pos_, actionsN_);
        pos_ += actionsN_ * 8;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new SwapBuffers(nActions, actions);
    }
}
