// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * Await request (minor opcode 7).
 *
 * @param waitList list of WAITCONDITION, the rest of the request
 */
public record Await(WaitconditionList waitList) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static Await parse(RequestReader in_) {
        if (in_.length() < 4) throw XError.length();
        int pos_ = 4;
        if (in_.length() < pos_ || (in_.length() - pos_) % 28 != 0) throw XError.length();
        int waitListN_ = (in_.length() - pos_) / 28;
        WaitconditionList waitList = new WaitconditionList(in_, pos_, waitListN_);
        pos_ += waitListN_ * 28;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new Await(waitList);
    }
}
