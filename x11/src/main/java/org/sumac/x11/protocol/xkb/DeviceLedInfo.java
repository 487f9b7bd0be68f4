// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.Card32List;

/**
 * The DeviceLedInfo struct (variable size).
 *
 * @param ledClass LedClassSpec, values of LedClass
 * @param ledID IDSpec
 * @param namesPresent CARD32
 * @param mapsPresent CARD32
 * @param physIndicators CARD32
 * @param state CARD32
 * @param names list of ATOM, length by an expression
 * @param maps list of IndicatorMap, length by an expression
 */
public record DeviceLedInfo(int ledClass, int ledID, int namesPresent, int mapsPresent, int physIndicators, int state, int[] names, java.util.List<IndicatorMap> maps) {
    /** Reads one from a request, at an offset from the request's start. */
    public static DeviceLedInfo read(RequestReader in_, int at_) {
        int ledClass = in_.card16At(at_);
        int ledID = in_.card16At(at_ + 2);
        int namesPresent = in_.int32At(at_ + 4);
        int mapsPresent = in_.int32At(at_ + 8);
        int physIndicators = in_.int32At(at_ + 12);
        int state = in_.int32At(at_ + 16);
        int namesN_ = Integer.bitCount(namesPresent);
        int pos_ = at_ + 20;
        int[] names = new Card32List(in_, pos_, namesN_).toArray();
        pos_ += namesN_ * 4;
        int mapsN_ = Integer.bitCount(mapsPresent);
        java.util.List<IndicatorMap> maps = IndicatorMapList.copy(in_, pos_, mapsN_);
        pos_ += mapsN_ * 12;
        return new DeviceLedInfo(ledClass, ledID, namesPresent, mapsPresent, physIndicators, state, names, maps);
    }

    /** Bytes this one takes on the wire. */
    public int wireSize() {
        int n = 0;
        n += 2;
        n += 2;
        n += 4;
        n += 4;
        n += 4;
        n += 4;
        n += names.length * 4;
        n += maps.size() * 12;
        return n;
    }

    /** Writes it in the reply's byte order. */
    public void write(ReplyWriter o) {
        o.u16(ledClass);
        o.u16(ledID);
        o.i32(namesPresent);
        o.i32(mapsPresent);
        o.i32(physIndicators);
        o.i32(state);
        for (var e_ : names) o.i32(e_);
        for (var e_ : maps) e_.write(o);
    }
}
