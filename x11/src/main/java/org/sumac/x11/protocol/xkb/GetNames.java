// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;

/**
 * GetNames request (minor opcode 17).
 *
 * @param deviceSpec DeviceSpec
 * @param which CARD32, mask of NameDetail
 */
public record GetNames(int deviceSpec, int which) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static GetNames parse(RequestReader in_) {
        if (in_.length() != 12) throw XError.length();
        int deviceSpec = in_.card16At(4);
        int which = in_.int32At(8);
        return new GetNames(deviceSpec, which);
    }

    /**
     * The reply to GetNames.
     *
     * @param deviceID CARD8
     * @param which CARD32, mask of NameDetail
     * @param minKeyCode KEYCODE
     * @param maxKeyCode KEYCODE
     * @param nTypes CARD8
     * @param groupNames CARD8, mask of SetOfGroup
     * @param virtualMods CARD16, mask of VMod
     * @param firstKey KEYCODE
     * @param nKeys CARD8
     * @param indicators CARD32
     * @param nRadioGroups CARD8
     * @param nKeyAliases CARD8
     * @param nKTLevels CARD16
     * @param keycodesName ATOM (if valueList has 0x1)
     * @param geometryName ATOM (if valueList has 0x2)
     * @param symbolsName ATOM (if valueList has 0x4)
     * @param physSymbolsName ATOM (if valueList has 0x8)
     * @param typesName ATOM (if valueList has 0x10)
     * @param compatName ATOM (if valueList has 0x20)
     * @param typeNames list of ATOM, nTypes items (if valueList has 0x40)
     * @param nLevelsPerType list of CARD8, nTypes items (if valueList has 0x80)
     * @param ktLevelNames list of ATOM, length by an expression (if valueList has 0x80)
     * @param indicatorNames list of ATOM, length by an expression (if valueList has 0x100)
     * @param virtualModNames list of ATOM, length by an expression (if valueList has 0x800)
     * @param groups list of ATOM, length by an expression (if valueList has 0x1000)
     * @param keyNames list of KeyName, nKeys items (if valueList has 0x200)
     * @param keyAliases list of KeyAlias, nKeyAliases items (if valueList has 0x400)
     * @param radioGroupNames list of ATOM, nRadioGroups items (if valueList has 0x2000)
     */
    public record Reply(int deviceID, int which, int minKeyCode, int maxKeyCode, int nTypes, int groupNames, int virtualMods, int firstKey, int nKeys, int indicators, int nRadioGroups, int nKeyAliases, int nKTLevels, int keycodesName, int geometryName, int symbolsName, int physSymbolsName, int typesName, int compatName, int[] typeNames, byte[] nLevelsPerType, int[] ktLevelNames, int[] indicatorNames, int[] virtualModNames, int[] groups, java.util.List<KeyName> keyNames, java.util.List<KeyAlias> keyAliases, int[] radioGroupNames) implements org.sumac.x11.protocol.Reply {
        @Override
        public void write(ReplyWriter o) {
            o.putU8(1, deviceID);
            o.i32(which);
            o.u8(minKeyCode);
            o.u8(maxKeyCode);
            o.u8(nTypes);
            o.u8(groupNames);
            o.u16(virtualMods);
            o.u8(firstKey);
            o.u8(nKeys);
            o.i32(indicators);
            o.u8(nRadioGroups);
            o.u8(nKeyAliases);
            o.u16(nKTLevels);
            o.zeros(4);
            if ((which & 0x1) != 0) {
                o.i32(keycodesName);
            }
            if ((which & 0x2) != 0) {
                o.i32(geometryName);
            }
            if ((which & 0x4) != 0) {
                o.i32(symbolsName);
            }
            if ((which & 0x8) != 0) {
                o.i32(physSymbolsName);
            }
            if ((which & 0x10) != 0) {
                o.i32(typesName);
            }
            if ((which & 0x20) != 0) {
                o.i32(compatName);
            }
            if ((which & 0x40) != 0) {
                for (var e_ : typeNames) o.i32(e_);
            }
            if ((which & 0x80) != 0) {
                o.bytes(nLevelsPerType);
                o.zeros(-o.size() & 3);
                for (var e_ : ktLevelNames) o.i32(e_);
            }
            if ((which & 0x100) != 0) {
                for (var e_ : indicatorNames) o.i32(e_);
            }
            if ((which & 0x800) != 0) {
                for (var e_ : virtualModNames) o.i32(e_);
            }
            if ((which & 0x1000) != 0) {
                for (var e_ : groups) o.i32(e_);
            }
            if ((which & 0x200) != 0) {
                for (var e_ : keyNames) e_.write(o);
            }
            if ((which & 0x400) != 0) {
                for (var e_ : keyAliases) e_.write(o);
            }
            if ((which & 0x2000) != 0) {
                for (var e_ : radioGroupNames) o.i32(e_);
            }
        }
    }
}
