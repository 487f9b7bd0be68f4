// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetIndicatorMap request (minor opcode 14).
 *
 * @param deviceSpec DeviceSpec
 * @param which CARD32
 * @param maps list of IndicatorMap, length by an expression
 */
public record SetIndicatorMap(int deviceSpec, int which, IndicatorMapList maps) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static SetIndicatorMap parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int deviceSpec = in_.card16At(4);
        int which = in_.int32At(8);
        int mapsN_ = Integer.bitCount(which);
        int pos_ = 12;
        IndicatorMapList maps = new IndicatorMapList(in_, pos_, mapsN_);
        pos_ += mapsN_ * 12;
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new SetIndicatorMap(deviceSpec, which, maps);
    }
}
