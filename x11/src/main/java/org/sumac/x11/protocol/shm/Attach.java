// Generated from xcb-proto 1.15.2 (shm.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.shm;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * Attach request (minor opcode 1).
 *
 * @param shmseg SEG
 * @param shmid CARD32
 * @param readOnly BOOL (as sent: 0 False, 1 True, anything else BadValue)
 */
public record Attach(int shmseg, int shmid, int readOnly) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static Attach parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int shmseg = in_.int32At(4);
        int shmid = in_.int32At(8);
        int readOnly = in_.card8At(12);
        return new Attach(shmseg, shmid, readOnly);
    }
}
