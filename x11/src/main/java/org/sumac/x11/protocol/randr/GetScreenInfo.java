// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetScreenInfo request (minor opcode 5).
 *
 * @param window WINDOW
 */
public record GetScreenInfo(int window) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetScreenInfo parse(RequestReader in_) {
        if (in_.length() != 8) throw XError.length();
        int window = in_.int32At(4);
        return new GetScreenInfo(window);
    }

    /**
     * The reply to GetScreenInfo.
     *
     * @param rotations CARD8, mask of Rotation
     * @param root WINDOW
     * @param timestamp TIMESTAMP
     * @param configTimestamp TIMESTAMP
     * @param nSizes CARD16
     * @param sizeID CARD16
     * @param rotation CARD16, mask of Rotation
     * @param rate CARD16
     * @param nInfo CARD16
     * @param sizes list of ScreenSize, nSizes items
     * @param rates list of RefreshRates, length by an expression
     */
    public record Reply(int rotations, int root, int timestamp, int configTimestamp, int nSizes, int sizeID, int rotation, int rate, int nInfo, java.util.List<ScreenSize> sizes, java.util.List<RefreshRates> rates) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, rotations);
            o.i32(root);
            o.i32(timestamp);
            o.i32(configTimestamp);
            o.u16(nSizes);
            o.u16(sizeID);
            o.u16(rotation);
            o.u16(rate);
            o.u16(nInfo);
            o.zeros(2);
            for (var e_ : sizes) e_.write(o);
            for (var e_ : rates) e_.write(o);
        }
    }
}
