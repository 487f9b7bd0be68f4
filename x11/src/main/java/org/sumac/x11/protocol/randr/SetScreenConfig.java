// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * SetScreenConfig request (minor opcode 2).
 *
 * @param window WINDOW
 * @param timestamp TIMESTAMP
 * @param configTimestamp TIMESTAMP
 * @param sizeID CARD16
 * @param rotation CARD16, mask of Rotation
 * @param rate CARD16
 */
public record SetScreenConfig(int window, int timestamp, int configTimestamp, int sizeID, int rotation, int rate) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SetScreenConfig parse(RequestReader in_) {
        if (in_.length() != 24) throw XError.length();
        int window = in_.int32At(4);
        int timestamp = in_.int32At(8);
        int configTimestamp = in_.int32At(12);
        int sizeID = in_.card16At(16);
        int rotation = in_.card16At(18);
        int rate = in_.card16At(20);
        return new SetScreenConfig(window, timestamp, configTimestamp, sizeID, rotation, rate);
    }

    /**
     * The reply to SetScreenConfig.
     *
     * @param status CARD8, values of SetConfig
     * @param newTimestamp TIMESTAMP
     * @param configTimestamp TIMESTAMP
     * @param root WINDOW
     * @param subpixelOrder CARD16, values of SubPixel
     */
    public record Reply(int status, int newTimestamp, int configTimestamp, int root, int subpixelOrder) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, status);
            o.i32(newTimestamp);
            o.i32(configTimestamp);
            o.i32(root);
            o.u16(subpixelOrder);
            o.zeros(10);
        }
    }
}
