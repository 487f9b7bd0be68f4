// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SelectEvents request (minor opcode 1).
 *
 * @param deviceSpec DeviceSpec
 * @param affectWhich CARD16, mask of EventType
 * @param clear CARD16, mask of EventType
 * @param selectAll CARD16, mask of EventType
 * @param affectMap CARD16, mask of MapPart
 * @param map CARD16, mask of MapPart
 * @param affectNewKeyboard CARD16, mask of NKNDetail (if details has 0x1)
 * @param newKeyboardDetails CARD16, mask of NKNDetail (if details has 0x1)
 * @param affectState CARD16, mask of StatePart (if details has 0x4)
 * @param stateDetails CARD16, mask of StatePart (if details has 0x4)
 * @param affectCtrls CARD32, mask of Control (if details has 0x8)
 * @param ctrlDetails CARD32, mask of Control (if details has 0x8)
 * @param affectIndicatorState CARD32 (if details has 0x10)
 * @param indicatorStateDetails CARD32 (if details has 0x10)
 * @param affectIndicatorMap CARD32 (if details has 0x20)
 * @param indicatorMapDetails CARD32 (if details has 0x20)
 * @param affectNames CARD16, mask of NameDetail (if details has 0x40)
 * @param namesDetails CARD16, mask of NameDetail (if details has 0x40)
 * @param affectCompat CARD8, mask of CMDetail (if details has 0x80)
 * @param compatDetails CARD8, mask of CMDetail (if details has 0x80)
 * @param affectBell CARD8 (if details has 0x100)
 * @param bellDetails CARD8 (if details has 0x100)
 * @param affectMsgDetails CARD8 (if details has 0x200)
 * @param msgDetails CARD8 (if details has 0x200)
 * @param affectAccessX CARD16, mask of AXNDetail (if details has 0x400)
 * @param accessXDetails CARD16, mask of AXNDetail (if details has 0x400)
 * @param affectExtDev CARD16, mask of XIFeature (if details has 0x800)
 * @param extdevDetails CARD16, mask of XIFeature (if details has 0x800)
 */
public record SelectEvents(int deviceSpec, int affectWhich, int clear, int selectAll, int affectMap, int map, int affectNewKeyboard, int newKeyboardDetails, int affectState, int stateDetails, int affectCtrls, int ctrlDetails, int affectIndicatorState, int indicatorStateDetails, int affectIndicatorMap, int indicatorMapDetails, int affectNames, int namesDetails, int affectCompat, int compatDetails, int affectBell, int bellDetails, int affectMsgDetails, int msgDetails, int affectAccessX, int accessXDetails, int affectExtDev, int extdevDetails) {
    /**
     * Reads the request and checks its length: its fixed part, then the lists and value lists it announces, padded to 4 (BadLength otherwise).
     */
    public static SelectEvents parse(RequestReader in_) {
        if (in_.length() < 16) throw XError.length();
        int deviceSpec = in_.card16At(4);
        int affectWhich = in_.card16At(6);
        int clear = in_.card16At(8);
        int selectAll = in_.card16At(10);
        int affectMap = in_.card16At(12);
        int map = in_.card16At(14);
        int pos_ = 16;
        int detailsMask_ = (affectWhich & ((~clear) & (~selectAll)));
        int affectNewKeyboard = 0;
        int newKeyboardDetails = 0;
        if ((detailsMask_ & 0x1) != 0) {
            affectNewKeyboard = in_.card16At(pos_);
            newKeyboardDetails = in_.card16At(pos_ + 2);
            pos_ += 4;
        }
        int affectState = 0;
        int stateDetails = 0;
        if ((detailsMask_ & 0x4) != 0) {
            affectState = in_.card16At(pos_);
            stateDetails = in_.card16At(pos_ + 2);
            pos_ += 4;
        }
        int affectCtrls = 0;
        int ctrlDetails = 0;
        if ((detailsMask_ & 0x8) != 0) {
            affectCtrls = in_.int32At(pos_);
            ctrlDetails = in_.int32At(pos_ + 4);
            pos_ += 8;
        }
        int affectIndicatorState = 0;
        int indicatorStateDetails = 0;
        if ((detailsMask_ & 0x10) != 0) {
            affectIndicatorState = in_.int32At(pos_);
            indicatorStateDetails = in_.int32At(pos_ + 4);
            pos_ += 8;
        }
        int affectIndicatorMap = 0;
        int indicatorMapDetails = 0;
        if ((detailsMask_ & 0x20) != 0) {
            affectIndicatorMap = in_.int32At(pos_);
            indicatorMapDetails = in_.int32At(pos_ + 4);
            pos_ += 8;
        }
        int affectNames = 0;
        int namesDetails = 0;
        if ((detailsMask_ & 0x40) != 0) {
            affectNames = in_.card16At(pos_);
            namesDetails = in_.card16At(pos_ + 2);
            pos_ += 4;
        }
        int affectCompat = 0;
        int compatDetails = 0;
        if ((detailsMask_ & 0x80) != 0) {
            affectCompat = in_.card8At(pos_);
            compatDetails = in_.card8At(pos_ + 1);
            pos_ += 2;
        }
        int affectBell = 0;
        int bellDetails = 0;
        if ((detailsMask_ & 0x100) != 0) {
            affectBell = in_.card8At(pos_);
            bellDetails = in_.card8At(pos_ + 1);
            pos_ += 2;
        }
        int affectMsgDetails = 0;
        int msgDetails = 0;
        if ((detailsMask_ & 0x200) != 0) {
            affectMsgDetails = in_.card8At(pos_);
            msgDetails = in_.card8At(pos_ + 1);
            pos_ += 2;
        }
        int affectAccessX = 0;
        int accessXDetails = 0;
        if ((detailsMask_ & 0x400) != 0) {
            affectAccessX = in_.card16At(pos_);
            accessXDetails = in_.card16At(pos_ + 2);
            pos_ += 4;
        }
        int affectExtDev = 0;
        int extdevDetails = 0;
        if ((detailsMask_ & 0x800) != 0) {
            affectExtDev = in_.card16At(pos_);
            extdevDetails = in_.card16At(pos_ + 2);
            pos_ += 4;
        }
        if (in_.length() != ((pos_ + 3) & -4)) throw XError.length();
        return new SelectEvents(deviceSpec, affectWhich, clear, selectAll, affectMap, map, affectNewKeyboard, newKeyboardDetails, affectState, stateDetails, affectCtrls, ctrlDetails, affectIndicatorState, indicatorStateDetails, affectIndicatorMap, indicatorMapDetails, affectNames, namesDetails, affectCompat, compatDetails, affectBell, bellDetails, affectMsgDetails, msgDetails, affectAccessX, accessXDetails, affectExtDev, extdevDetails);
    }
}
