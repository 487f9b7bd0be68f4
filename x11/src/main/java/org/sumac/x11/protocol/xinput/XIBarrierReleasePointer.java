// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * XIBarrierReleasePointer request (minor opcode 61).
 *
 * @param numBarriers CARD32
 * @param barriers list of BarrierReleasePointerInfo, num_barriers items
 */
public record XIBarrierReleasePointer(int numBarriers, BarrierReleasePointerInfoList barriers) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static XIBarrierReleasePointer parse(RequestReader in_) {
        if (in_.length() < 8) throw XError.length();
        int numBarriers = in_.int32At(4);
        int barriersN_ = numBarriers;
        int pos_ = 8;
        BarrierReleasePointerInfoList barriers = new BarrierReleasePointerInfoList(in_, pos_, barriersN_);
        pos_ += barriersN_ * 12;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new XIBarrierReleasePointer(numBarriers, barriers);
    }
}
