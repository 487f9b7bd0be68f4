// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * LatchLockState request (minor opcode 5).
 *
 * @param deviceSpec DeviceSpec
 * @param affectModLocks CARD8, mask of ModMask
 * @param modLocks CARD8, mask of ModMask
 * @param lockGroup BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param groupLock CARD8, values of Group
 * @param affectModLatches CARD8, mask of ModMask
 * @param latchGroup BOOL (as sent: 0 False, 1 True, anything else BadValue)
 * @param groupLatch CARD16
 */
public record LatchLockState(int deviceSpec, int affectModLocks, int modLocks, int lockGroup, int groupLock, int affectModLatches, int latchGroup, int groupLatch) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static LatchLockState parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int deviceSpec = in_.card16At(4);
        int affectModLocks = in_.card8At(6);
        int modLocks = in_.card8At(7);
        int lockGroup = in_.card8At(8);
        int groupLock = in_.card8At(9);
        int affectModLatches = in_.card8At(10);
        int latchGroup = in_.card8At(13);
        int groupLatch = in_.card16At(14);
        return new LatchLockState(deviceSpec, affectModLocks, modLocks, lockGroup, groupLock, affectModLatches, latchGroup, groupLatch);
    }
}
