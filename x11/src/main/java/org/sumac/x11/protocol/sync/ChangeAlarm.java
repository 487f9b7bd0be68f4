// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * ChangeAlarm request (minor opcode 9).
 *
 * @param id ALARM
 * @param valueMask CARD32, mask of CA
 * @param counter COUNTER (if value_list has 0x1)
 * @param valueType CARD32, values of VALUETYPE (if value_list has 0x2)
 * @param value sync:INT64 (if value_list has 0x4)
 * @param testType CARD32, values of TESTTYPE (if value_list has 0x8)
 * @param delta sync:INT64 (if value_list has 0x10)
 * @param events CARD32 (if value_list has 0x20)
 */
public record ChangeAlarm(int id, int valueMask, int counter, int valueType, Int64 value, int testType, Int64 delta, int events) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static ChangeAlarm parse(RequestReader in_) {
        if (in_.length() < 12) throw XError.length();
        int id = in_.int32At(4);
        int valueMask = in_.int32At(8);
        int pos_ = 12;
        int valueListMask_ = valueMask;
        int counter = 0;
        if ((valueListMask_ & 0x1) != 0) {
            counter = in_.int32At(pos_);
            pos_ += 4;
        }
        int valueType = 0;
        if ((valueListMask_ & 0x2) != 0) {
            valueType = in_.int32At(pos_);
            pos_ += 4;
        }
        Int64 value = null;
        if ((valueListMask_ & 0x4) != 0) {
            value = Int64.read(in_, pos_);
            pos_ += 8;
        }
        int testType = 0;
        if ((valueListMask_ & 0x8) != 0) {
            testType = in_.int32At(pos_);
            pos_ += 4;
        }
        Int64 delta = null;
        if ((valueListMask_ & 0x10) != 0) {
            delta = Int64.read(in_, pos_);
            pos_ += 8;
        }
        int events = 0;
        if ((valueListMask_ & 0x20) != 0) {
            events = in_.int32At(pos_);
            pos_ += 4;
        }
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new ChangeAlarm(id, valueMask, counter, valueType, value, testType, delta, events);
    }
}
