// Generated from xcb-proto 1.15.2 (xtest.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xtest;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * FakeInput request (minor opcode 2).
 *
 * @param type BYTE
 * @param detail BYTE
 * @param time CARD32
 * @param root WINDOW
 * @param rootX INT16
 * @param rootY INT16
 * @param deviceid CARD8
 */
public record FakeInput(int type, int detail, int time, int root, int rootX, int rootY, int deviceid) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static FakeInput parse(RequestReader in_) {
        if (in_.length() != 36) throw XError.length();
        int type = in_.card8At(4);
        int detail = in_.card8At(5);
        int time = in_.int32At(8);
        int root = in_.int32At(12);
        int rootX = in_.int16At(24);
        int rootY = in_.int16At(26);
        int deviceid = in_.card8At(35);
        return new FakeInput(type, detail, time, root, rootX, rootY, deviceid);
    }
}
