// Generated from xcb-proto 1.15.2 (xfixes.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xfixes;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.Card16List;

/**
 * CreatePointerBarrier request (minor opcode 31).
 *
 * @param barrier BARRIER
 * @param window WINDOW
 * @param x1 CARD16
 * @param y1 CARD16
 * @param x2 CARD16
 * @param y2 CARD16
 * @param directions CARD32, mask of BarrierDirections
 * @param numDevices CARD16
 * @param devices list of CARD16, num_devices items
 */
public record CreatePointerBarrier(int barrier, int window, int x1, int y1, int x2, int y2, int directions, int numDevices, Card16List devices) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static CreatePointerBarrier parse(RequestReader in_) {
        if (in_.length() < 28) throw XError.length();
        int barrier = in_.int32At(4);
        int window = in_.int32At(8);
        int x1 = in_.card16At(12);
        int y1 = in_.card16At(14);
        int x2 = in_.card16At(16);
        int y2 = in_.card16At(18);
        int directions = in_.int32At(20);
        int numDevices = in_.card16At(26);
        int devicesN_ = numDevices;
        int pos_ = 28;
        Card16List devices = new Card16List(in_, pos_, devicesN_);
        pos_ += devicesN_ * 2;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new CreatePointerBarrier(barrier, window, x1, y1, x2, y2, directions, numDevices, devices);
    }
}
