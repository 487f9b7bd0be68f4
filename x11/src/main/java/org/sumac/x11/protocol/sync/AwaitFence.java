// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card32List;

/**
 * AwaitFence request (minor opcode 19).
 *
 * @param fenceList list of FENCE, the rest of the request
 */
public record AwaitFence(Card32List fenceList) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static AwaitFence parse(RequestReader in_) {
        if (in_.length() < 4) throw XError.length();
        int pos_ = 4;
        if (in_.length() < pos_ || (in_.length() - pos_) % 4 != 0) throw XError.length();
        int fenceListN_ = (in_.length() - pos_) / 4;
        Card32List fenceList = new Card32List(in_, pos_, fenceListN_);
        pos_ += fenceListN_ * 4;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new AwaitFence(fenceList);
    }
}
