// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * Await request (minor opcode 7).
 *
 * @param waitList list of WAITCONDITION, the rest of the request (whole items: BadLength when taken otherwise)
 */
public record Await(WaitconditionList waitList) {
    /**
     * Reads the request and checks that it holds its fixed part (BadLength otherwise); whether waitList
     * match the rest exactly is checked when the handler takes them, or by the dispatch after it returns.
     */
    public static Await parse(RequestReader in_) {
        if (in_.length() < 4) throw XError.length();
        WaitconditionList waitList = (in_.length() - 4) % 28 == 0
            ? new WaitconditionList(in_, 4, (in_.length() - 4) / 28) : null;
        return new Await(waitList);
    }

    /**
     * The waitList, or BadLength when the request's length does not match them. Take them where
     * Xorg counts them: after the lookups, before any change.
     */
    public WaitconditionList waitList() {
        if (waitList == null) throw XError.length();
        return waitList;
    }
}
