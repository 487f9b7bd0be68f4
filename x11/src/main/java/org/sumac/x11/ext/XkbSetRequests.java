package org.sumac.x11.ext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * The XKB requests that change a keymap's tables, what {@code xkbcomp file.xkb :N} sends: SetMap, SetNames and
 * SetGeometry, read by hand (xcb-proto describes SetMap and SetNames with switches the generator does not read, and
 * has no SetGeometry). Each checks the whole request first, with Xorg's checks and error values, and changes the
 * keymap only when it is sound, as Xorg does.
 */
final class XkbSetRequests {
    private XkbSetRequests() { }

    /** SetMap's parts (XkbMapPart) and flags. */
    static final int TYPES = 0x01, SYMS = 0x02, MODMAP = 0x04, EXPLICIT = 0x08, ACTIONS = 0x10, BEHAVIORS = 0x20,
        VMODS = 0x40, VMODMAP = 0x80;
    private static final int RESIZE_TYPES = 0x1, RECOMPUTE_ACTIONS = 0x2;

    /** What a SetMap changed, for MapNotify: its parts and ranges as sent. */
    record MapChange(int present, int firstType, int nTypes, int firstKeySym, int nKeySyms, int firstKeyAct, int nKeyActs,
                     int firstKeyBehavior, int nKeyBehaviors, int firstKeyExplicit, int nKeyExplicit, int firstModMapKey,
                     int nModMapKeys, int firstVModMapKey, int nVModMapKeys, int virtualMods) { }

    private static int err(int a, int b) { return a << 24 | b & 0xffffff; }
    private static int err(int a, int b, int c) { return err(a, b << 16 | c & 0xffff); }
    private static int err(int a, int b, int c, int d) { return err(a, b, c << 8 | d & 0xff); }
    private static int padded(int n) { return n + 3 & ~3; }

    /** XkbSetMap: checks as Xorg's _XkbSetMapCheckLength and _XkbSetMapChecks, then sets the parts present. */
    static MapChange setMap(RequestReader r, XkbKeymap m) {
        int present = r.card16At(6), flags = r.card16At(8), min = r.card8At(10), max = r.card8At(11);
        int firstType = r.card8At(12), nTypes = r.card8At(13), firstKeySym = r.card8At(14), nKeySyms = r.card8At(15);
        int firstKeyAct = r.card8At(18), nKeyActs = r.card8At(19), totalActs = r.card16At(20);
        int firstKeyBehavior = r.card8At(22), nKeyBehaviors = r.card8At(23), totalKeyBehaviors = r.card8At(24);
        int firstKeyExplicit = r.card8At(25), nKeyExplicit = r.card8At(26), totalKeyExplicit = r.card8At(27);
        int firstModMapKey = r.card8At(28), nModMapKeys = r.card8At(29), totalModMapKeys = r.card8At(30);
        int firstVModMapKey = r.card8At(31), nVModMapKeys = r.card8At(32), totalVModMapKeys = r.card8At(33);
        int virtualMods = r.card16At(34);
        if ((present & ~0xff) != 0) throw XError.value(err(0x01, present & ~0xff));
        checkSetMapLength(r, present, nTypes, nKeySyms, nKeyActs, totalActs, totalKeyBehaviors, virtualMods,
            totalKeyExplicit, totalModMapKeys, totalVModMapKeys);
        if (m.minKeycode != min || m.maxKeycode != max) {
            if (min < 8) throw XError.value(err(2, min, max));
            if (min > max) throw new XError(XError.MATCH, err(3, min, max));
            // Xorg would change the keycode range; this server's keyboards are evdev's 8-255 and keep it
        }
        // key types: their widths, old and new
        int at = 36, numTypes = m.types.length, nMaps;
        if (firstType > numTypes) throw XError.value(err(0x01, firstType, numTypes));
        boolean typesPresent = (present & TYPES) != 0;
        if ((flags & RESIZE_TYPES) != 0) {
            nMaps = firstType + nTypes;
            if (nMaps < 4) throw XError.value(err(0x02, firstType, nTypes, 4));
        } else if (typesPresent) {
            nMaps = numTypes;
            if (firstType + nTypes > nMaps) throw XError.value(firstType + nTypes);
        } else {
            nMaps = numTypes;
        }
        int[] widths = new int[Math.max(nMaps, numTypes) + 1];
        for (int t = 0; t < numTypes; t++) widths[t] = m.types[t].levels();
        int typesAt = at;
        if (typesPresent) {
            for (int i = 0; i < nTypes; i++) {
                int n = i + firstType, w = r.card8At(at + 4), nEntries = r.card8At(at + 5);
                boolean preserve = r.card8At(at + 6) != 0;
                int realMods = r.card8At(at + 1), vmods = r.card16At(at + 2);
                if (w < 1) throw XError.value(err(0x04, n, w));
                if (n == 0 && w != 1) throw XError.value(err(0x05, n, w));
                if (w != 2 && (n == 1 || n == 2 || n == 3)) throw XError.value(err(0x05, n, w));
                int entry = at + 8, pre = entry + 4 * nEntries;
                for (int e = 0; e < nEntries; e++) {
                    int level = r.card8At(entry + 4 * e), er = r.card8At(entry + 4 * e + 1), ev = r.card16At(entry + 4 * e + 2);
                    if ((er & ~realMods) != 0) throw XError.value(err(0x06, e, er, realMods));
                    if ((ev & ~vmods) != 0) throw XError.value(err(0x07, e, ev));
                    if (level >= w) throw XError.value(err(0x08, e, w, level));
                    if (preserve) {
                        int pr = r.card8At(pre + 4 * e + 1), pv = r.card16At(pre + 4 * e + 2);
                        if ((pr & ~er) != 0) throw XError.value(err(0x09, e, pr, er));
                        if ((pv & ~ev) != 0) throw XError.value(err(0x0a, e, pv));
                    }
                }
                widths[n] = w;
                at = pre + (preserve ? 4 * nEntries : 0);
            }
        }
        int typeCount = typesPresent || (flags & RESIZE_TYPES) != 0 ? nMaps : numTypes;
        int[] symsPerKey = new int[256];
        for (int k = m.minKeycode; k < m.maxKeycode; k++) {
            int ng = m.groupInfo[k] & 0x0f, w = 0;
            for (int g = 0; g < ng; g++) {
                int t = m.ktIndex[k][g] & 0xff;
                if (t >= typeCount) throw XError.value(err(0x13, k, g, t));
                w = Math.max(w, widths[t]);
            }
            symsPerKey[k] = w * ng;
        }
        int symsAt = at;
        if ((present & SYMS) != 0) {
            keyRange(0x11, firstKeySym, nKeySyms, min, max);
            for (int i = 0; i < nKeySyms; i++) {
                int k = i + firstKeySym, groupInfo = r.card8At(at + 4), width = r.card8At(at + 5), nSyms = r.card16At(at + 6);
                int nG = groupInfo & 0x0f;
                if (nG > 4) throw XError.value(err(0x14, k, nG));
                if (nG > 0) {
                    int w = 0;
                    for (int g = 0; g < nG; g++) {
                        int t = r.card8At(at + g);
                        if (t >= typeCount) throw XError.value(err(0x15, k, g, t));
                        w = Math.max(w, widths[t]);
                    }
                    if (width != w) throw XError.value(err(0x16, k, width));
                    symsPerKey[k] = w * nG;
                    if (w * nG != nSyms) throw XError.value(err(0x16, k, nSyms, w * nG));
                } else if (nSyms != 0) {
                    throw XError.value(err(0x17, k, nSyms));
                }
                at += 8 + 4 * nSyms;
            }
        }
        int actsAt = at;
        if ((present & ACTIONS) != 0) {
            keyRange(0x21, firstKeyAct, nKeyActs, min, max);
            int nActs = 0;
            for (int i = 0; i < nKeyActs; i++) {
                int count = r.card8At(at + i);
                if (count == 0) continue;
                if (count != symsPerKey[i + firstKeyAct]) throw XError.value(err(0x23, i + firstKeyAct, count));
                nActs += count;
            }
            at += padded(nKeyActs) + 8 * nActs;
        }
        int behaviorsAt = at;
        if ((present & BEHAVIORS) != 0 && nKeyBehaviors > 0) {
            int first = firstKeyBehavior, last = first + nKeyBehaviors - 1;
            if (first < min) throw XError.value(err(0x31, first, min));
            if (last > max) throw XError.value(err(0x32, last, max));
            for (int i = 0; i < totalKeyBehaviors; i++) {
                int key = r.card8At(at + 4 * i), type = r.card8At(at + 4 * i + 1), data = r.card8At(at + 4 * i + 2);
                if (key < first || key > last) throw XError.value(err(0x33, first, last, key));
                if ((type & 0x80) != 0 && (m.behaviorType[key] != type || m.behaviorData[key] != data))
                    throw XError.value(err(0x33, key, type));
                if (type == 3 && (data & ~0x80) > 32) throw XError.value(err(0x34, key, data, 32));
                if ((type == 4 || type == 5) && (key > m.maxKeycode || key < m.minKeycode))
                    throw XError.value(err(0x35, key, 1, m.maxKeycode));
            }
        }
        if ((present & BEHAVIORS) != 0) at += 4 * totalKeyBehaviors;
        int vmodsAt = at;
        if ((present & VMODS) != 0) at += padded(Integer.bitCount(virtualMods));
        int explicitAt = at;
        if ((present & EXPLICIT) != 0 && nKeyExplicit > 0) {
            int first = firstKeyExplicit, last = first + nKeyExplicit - 1;
            if (first < min) throw XError.value(err(0x51, first, min));
            if (last > max) throw XError.value(err(0x52, last, max));
            for (int i = 0; i < totalKeyExplicit; i++) {
                int key = r.card8At(at + 2 * i);
                if (key < first || key > last) throw XError.value(err(0x53, first, last, key));
            }
        }
        if ((present & EXPLICIT) != 0) at += padded(2 * totalKeyExplicit);
        int modmapAt = at;
        if ((present & MODMAP) != 0 && nModMapKeys > 0) {
            int first = firstModMapKey, last = first + nModMapKeys - 1;
            if (first < min) throw XError.value(err(0x61, first, min));
            if (last > max) throw XError.value(err(0x62, last, max));
            for (int i = 0; i < totalModMapKeys; i++) {
                int key = r.card8At(at + 2 * i);
                if (key < first || key > last) throw XError.value(err(0x63, first, last, key));
            }
        }
        if ((present & MODMAP) != 0) at += padded(2 * totalModMapKeys);
        int vmodmapAt = at;
        if ((present & VMODMAP) != 0 && nVModMapKeys > 0) {
            int first = firstVModMapKey, last = first + nVModMapKeys - 1;
            if (first < min) throw XError.value(err(0x71, first, min));
            if (last > max) throw XError.value(err(0x72, last, max));
            for (int i = 0; i < totalVModMapKeys; i++) {
                int key = r.card8At(at + 4 * i);
                if (key < first || key > last) throw XError.value(err(0x73, first, last, key));
            }
        }

        // everything checked: set
        if (typesPresent) {
            at = typesAt;
            if (firstType + nTypes > m.types.length) m.types = Arrays.copyOf(m.types, firstType + nTypes);
            for (int i = 0; i < nTypes; i++) {
                int n = i + firstType, realMods = r.card8At(at + 1), vmods = r.card16At(at + 2), w = r.card8At(at + 4);
                int nEntries = r.card8At(at + 5);
                boolean preserve = r.card8At(at + 6) != 0;
                XkbKeymap.Entry[] map = new XkbKeymap.Entry[nEntries];
                XkbKeymap.Mods[] pre = preserve ? new XkbKeymap.Mods[nEntries] : null;
                int entry = at + 8, preAt = entry + 4 * nEntries;
                for (int e = 0; e < nEntries; e++) {
                    int level = r.card8At(entry + 4 * e), er = r.card8At(entry + 4 * e + 1), ev = r.card16At(entry + 4 * e + 2);
                    int v = m.vmodsToReal(ev);
                    map[e] = new XkbKeymap.Entry(ev == 0 || v != 0, er | v, level, er, ev);
                    if (preserve) {
                        int pr = r.card8At(preAt + 4 * e + 1), pv = r.card16At(preAt + 4 * e + 2);
                        pre[e] = new XkbKeymap.Mods(pr | m.vmodsToReal(pv), pr, pv);
                    }
                }
                XkbKeymap.Type old = m.types[n];
                String[] levelNames = old == null ? new String[w] : Arrays.copyOf(old.levelNames(), w);
                m.types[n] = new XkbKeymap.Type(old == null ? null : old.name(), realMods | m.vmodsToReal(vmods), realMods,
                    vmods, w, map, pre, levelNames);
                at = preAt + (preserve ? 4 * nEntries : 0);
            }
        }
        if ((present & SYMS) != 0) {
            at = symsAt;
            for (int i = 0; i < nKeySyms; i++) {
                int k = i + firstKeySym, groupInfo = r.card8At(at + 4), width = r.card8At(at + 5), nSyms = r.card16At(at + 6);
                int[] s = new int[nSyms];
                for (int j = 0; j < nSyms; j++) s[j] = r.int32At(at + 8 + 4 * j);
                m.syms[k] = s;
                if (m.actions[k] != null) m.actions[k] = Arrays.copyOf(m.actions[k], 8 * (groupInfo & 0x0f) * width);
                for (int g = 0; g < 4; g++) m.ktIndex[k][g] = (byte) r.card8At(at + g);
                m.groupInfo[k] = groupInfo;
                m.width[k] = width;
                at += 8 + 4 * nSyms;
            }
            int groups = 0;
            for (int k = m.minKeycode; k <= m.maxKeycode; k++) groups = Math.max(groups, m.groupInfo[k] & 0x0f);
            m.numGroups = groups;
        }
        if ((present & ACTIONS) != 0) {
            at = actsAt + padded(nKeyActs);
            for (int i = 0; i < nKeyActs; i++) {
                int count = r.card8At(actsAt + i), k = i + firstKeyAct;
                if (count == 0) {
                    m.actions[k] = null;
                } else {
                    m.actions[k] = r.copy(at, at + 8 * count);
                    at += 8 * count;
                }
            }
        }
        if ((present & BEHAVIORS) != 0 && nKeyBehaviors > 0) {
            for (int k = firstKeyBehavior; k < firstKeyBehavior + nKeyBehaviors && k < 256; k++) {
                m.behaviorType[k] = 0;
                m.behaviorData[k] = 0;
            }
            for (int i = 0; i < totalKeyBehaviors; i++) {
                int key = r.card8At(behaviorsAt + 4 * i);
                if ((m.behaviorType[key] & 0x80) != 0) continue;
                m.behaviorType[key] = r.card8At(behaviorsAt + 4 * i + 1);
                m.behaviorData[key] = r.card8At(behaviorsAt + 4 * i + 2);
            }
        }
        if ((present & VMODS) != 0 && virtualMods != 0) {
            for (int i = 0, n = 0; i < XkbKeymap.NUM_VMODS; i++) if ((virtualMods & 1 << i) != 0) m.vmodReal[i] = r.card8At(vmodsAt + n++);
        }
        if ((present & EXPLICIT) != 0 && nKeyExplicit > 0) {
            for (int k = firstKeyExplicit; k < firstKeyExplicit + nKeyExplicit && k < 256; k++) m.explicit[k] = 0;
            for (int i = 0; i < totalKeyExplicit; i++) m.explicit[r.card8At(explicitAt + 2 * i)] = r.card8At(explicitAt + 2 * i + 1);
        }
        if ((present & MODMAP) != 0 && nModMapKeys > 0) {
            for (int k = firstModMapKey; k < firstModMapKey + nModMapKeys && k < 256; k++) m.modmap[k] = 0;
            for (int i = 0; i < totalModMapKeys; i++) m.modmap[r.card8At(modmapAt + 2 * i)] = r.card8At(modmapAt + 2 * i + 1);
        }
        if ((present & VMODMAP) != 0 && nVModMapKeys > 0) {
            for (int k = firstVModMapKey; k < firstVModMapKey + nVModMapKeys && k < 256; k++) m.vmodmap[k] = 0;
            for (int i = 0; i < totalVModMapKeys; i++) m.vmodmap[r.card8At(vmodmapAt + 4 * i)] = r.card16At(vmodmapAt + 4 * i + 2);
        }
        if ((flags & RECOMPUTE_ACTIONS) != 0) {
            int first = 0, last = 0;
            if ((present & SYMS) != 0 && nKeySyms > 0) { first = firstKeySym; last = first + nKeySyms - 1; }
            if ((present & MODMAP) != 0 && nModMapKeys > 0) {
                int f = firstModMapKey, l = f + nModMapKeys - 1;
                if (last > 0) { first = Math.min(first, f); last = Math.max(last, l); }
                else { first = f; last = l; }
            }
            if (last > 0) m.recompute(first, Math.min(last, m.maxKeycode));
        }
        return new MapChange(present, firstType, nTypes, firstKeySym, nKeySyms, firstKeyAct, nKeyActs, firstKeyBehavior,
            nKeyBehaviors, firstKeyExplicit, nKeyExplicit, firstModMapKey, nModMapKeys, firstVModMapKey, nVModMapKeys,
            virtualMods);
    }

    private static void keyRange(int check, int first, int n, int min, int max) {
        if (first + n - 1 > max) throw XError.value(err(check, first, n, max));
        if (first < min) throw XError.value(err(check + 1, first, min));
    }

    /** Xorg's _XkbSetMapCheckLength: the parts present add up to the request's length exactly. */
    private static void checkSetMapLength(RequestReader r, int present, int nTypes, int nKeySyms, int nKeyActs, int totalActs,
                                          int totalKeyBehaviors, int virtualMods, int totalKeyExplicit, int totalModMapKeys,
                                          int totalVModMapKeys) {
        long len = 36, reqLen = r.length();
        if ((present & TYPES) != 0) {
            for (int i = 0; i < nTypes; i++) {
                len = add(len, 8, reqLen);
                int nEntries = r.card8At((int) len - 8 + 5);
                boolean preserve = r.card8At((int) len - 8 + 6) != 0;
                len = add(len, 4L * nEntries, reqLen);
                if (preserve) len = add(len, 4L * nEntries, reqLen);
            }
        }
        if ((present & SYMS) != 0) {
            for (int i = 0; i < nKeySyms; i++) {
                len = add(len, 8, reqLen);
                // as Xorg, which reads the count before swapping it: from an MSB-first client it counts byte-swapped
                int nSyms = r.card16At((int) len - 8 + 6);
                if (r.msbFirst()) nSyms = Short.reverseBytes((short) nSyms) & 0xffff;
                len = add(len, 4L * nSyms, reqLen);
            }
        }
        if ((present & ACTIONS) != 0) len = add(len, 8L * totalActs + padded(nKeyActs), reqLen);
        if ((present & BEHAVIORS) != 0) len = add(len, 4L * totalKeyBehaviors, reqLen);
        if ((present & VMODS) != 0) len = add(len, padded(Integer.bitCount(virtualMods)), reqLen);
        if ((present & EXPLICIT) != 0) len = add(len, padded(2 * totalKeyExplicit), reqLen);
        if ((present & MODMAP) != 0) len = add(len, padded(2 * totalModMapKeys), reqLen);
        if ((present & VMODMAP) != 0) len = add(len, 4L * totalVModMapKeys, reqLen);
        if (len != reqLen) throw XError.length();
    }

    private static long add(long len, long n, long reqLen) {
        if (len > reqLen - n) throw XError.length();
        return len + n;
    }

    /** SetNames' parts (XkbNameDetail). */
    static final int KEYCODES_NAME = 0x1, GEOMETRY_NAME = 0x2, SYMBOLS_NAME = 0x4, PHYS_SYMBOLS_NAME = 0x8,
        TYPES_NAME = 0x10, COMPAT_NAME = 0x20, KEY_TYPE_NAMES = 0x40, KT_LEVEL_NAMES = 0x80, INDICATOR_NAMES = 0x100,
        KEY_NAMES = 0x200, KEY_ALIASES = 0x400, VMOD_NAMES = 0x800, GROUP_NAMES = 0x1000, RG_NAMES = 0x2000;

    /**
     * XkbSetNames: the components' names, key type and level names, indicator, virtual modifier and group names, key
     * names and aliases, as Xorg's _XkbSetNamesCheck and _XkbSetNames. atomName gives an atom's name (null: no such
     * atom, BadAtom). Returns the parts changed.
     */
    static int setNames(RequestReader r, XkbKeymap m, IntFunction<String> atomName) {
        int vmodsMask = r.card16At(6), which = r.int32At(8), firstType = r.card8At(12), nTypes = r.card8At(13);
        int firstKTLevel = r.card8At(14), nKTLevels = r.card8At(15), indicators = r.int32At(16);
        int groupNames = r.card8At(20), nRadioGroups = r.card8At(21), firstKey = r.card8At(22), nKeys = r.card8At(23);
        int nKeyAliases = r.card8At(24);
        if ((which & ~0x3fff) != 0) throw XError.value(err(0x01, which & ~0x3fff));
        int len = r.length(), at = 28;
        String[] components = new String[6];
        for (int i = 0; i < 6; i++) {
            if (at + 4 > len) throw XError.length();
            if ((which & 1 << i) != 0) { components[i] = atom(r, at, atomName); at += 4; }
        }
        String[] typeNames = null;
        if ((which & KEY_TYPE_NAMES) != 0) {
            if (nTypes < 1) throw XError.value(err(0x02, nTypes));
            if (firstType + nTypes - 1 >= m.types.length) throw XError.value(err(0x03, firstType, nTypes, m.types.length));
            if (firstType <= 3) throw new XError(XError.ACCESS, err(0x04, firstType));
            if (at + 4 * nTypes > len) throw XError.length();
            typeNames = new String[nTypes];
            for (int i = 0; i < nTypes; i++, at += 4) typeNames[i] = atom(r, at, atomName);
        }
        int levelsAt = at;
        if ((which & KT_LEVEL_NAMES) != 0) {
            if (nKTLevels < 1) throw XError.value(err(0x05, nKTLevels));
            if (firstKTLevel + nKTLevels - 1 >= m.types.length) throw XError.value(err(0x06, firstKTLevel, nKTLevels, m.types.length));
            if (at + padded(nKTLevels) > len) throw XError.length();
            int names = at + padded(nKTLevels);
            for (int i = 0; i < nKTLevels; i++) {
                int w = r.card8At(at + i);
                if (w == 0) continue;
                if (w != m.types[i + firstKTLevel].levels())
                    throw new XError(XError.MATCH, err(0x07, i + firstKTLevel, m.types[i + firstKTLevel].levels(), w));
                if (names + 4 * w > len) throw XError.length();
                for (int l = 0; l < w; l++, names += 4) atom(r, names, atomName);
            }
            at = names;
        }
        String[] indicatorNames = masked(r, which, INDICATOR_NAMES, indicators, 32, 0x08, atomName, at);
        if (indicatorNames != null) at += 4 * Integer.bitCount(indicators);
        String[] vmodNames = masked(r, which, VMOD_NAMES, vmodsMask, 16, 0x09, atomName, at);
        if (vmodNames != null) at += 4 * Integer.bitCount(vmodsMask);
        String[] groups = masked(r, which, GROUP_NAMES, groupNames, 4, 0x0a, atomName, at);
        if (groups != null) at += 4 * Integer.bitCount(groupNames);
        int keysAt = at;
        if ((which & KEY_NAMES) != 0) {
            if (firstKey < m.minKeycode) throw XError.value(err(0x0b, m.minKeycode, firstKey));
            if (firstKey + nKeys - 1 > m.maxKeycode || nKeys < 1) throw XError.value(err(0x0c, m.maxKeycode, firstKey, nKeys));
            if (at + 4 * nKeys > len) throw XError.length();
            at += 4 * nKeys;
        }
        int aliasesAt = at;
        if ((which & KEY_ALIASES) != 0 && nKeyAliases > 0) {
            if (at + 8 * nKeyAliases > len) throw XError.length();
            at += 8 * nKeyAliases;
        }
        if ((which & RG_NAMES) != 0) {
            if (nRadioGroups < 1) throw XError.value(err(0x0d, nRadioGroups));
            if (at + 4 * nRadioGroups > len) throw XError.length();
            for (int i = 0; i < nRadioGroups; i++, at += 4) atom(r, at, atomName);
        }
        if (at != len) throw new XError(XError.LENGTH, len / 4);

        if ((which & KEYCODES_NAME) != 0) m.keycodesName = components[0];
        if ((which & GEOMETRY_NAME) != 0) m.geometryName = components[1];
        if ((which & SYMBOLS_NAME) != 0) m.symbolsName = components[2];
        if ((which & PHYS_SYMBOLS_NAME) != 0) m.physSymbolsName = components[3];
        if ((which & TYPES_NAME) != 0) m.typesName = components[4];
        if ((which & COMPAT_NAME) != 0) m.compatName = components[5];
        if (typeNames != null) {
            for (int i = 0; i < nTypes; i++) {
                XkbKeymap.Type t = m.types[firstType + i];
                m.types[firstType + i] = new XkbKeymap.Type(typeNames[i], t.mask(), t.realMods(), t.vmods(), t.levels(), t.map(),
                    t.preserve(), t.levelNames());
            }
        }
        if ((which & KT_LEVEL_NAMES) != 0) {
            int names = levelsAt + padded(nKTLevels);
            for (int i = 0; i < nKTLevels; i++) {
                int w = r.card8At(levelsAt + i);
                XkbKeymap.Type t = m.types[firstKTLevel + i];
                String[] levelNames = t.levelNames().clone();
                for (int l = 0; l < w; l++, names += 4) levelNames[l] = atom(r, names, atomName);
                m.types[firstKTLevel + i] = new XkbKeymap.Type(t.name(), t.mask(), t.realMods(), t.vmods(), t.levels(), t.map(),
                    t.preserve(), levelNames);
            }
        }
        copyMasked(indicatorNames, m.indicatorNames);
        copyMasked(vmodNames, m.vmodNames);
        copyMasked(groups, m.groupNames);
        if ((which & KEY_NAMES) != 0)
            for (int i = 0; i < nKeys; i++) m.keyNames[firstKey + i] = keyName(r, keysAt + 4 * i);
        if ((which & KEY_ALIASES) != 0) {
            String[][] aliases = new String[nKeyAliases][];
            for (int i = 0; i < nKeyAliases; i++)
                aliases[i] = new String[] {keyName(r, aliasesAt + 8 * i), keyName(r, aliasesAt + 8 * i + 4)};
            m.aliases = aliases;
        }
        return which;
    }

    /** Atoms for the set bits of mask (count n), in bit order; null when the part is not in which. */
    private static String[] masked(RequestReader r, int which, int part, int mask, int n, int noneErr, IntFunction<String> atomName,
                                   int at) {
        if ((which & part) == 0) return null;
        if (mask == 0) throw new XError(XError.MATCH, noneErr);
        if (at + 4 * Integer.bitCount(mask) > r.length()) throw XError.length();
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            if ((mask & 1 << i) == 0) { out[i] = KEEP; continue; }
            out[i] = atom(r, at, atomName);
            at += 4;
        }
        return out;
    }

    /** Where a masked list leaves a name as it is. */
    private static final String KEEP = new String("(unchanged)");

    private static void copyMasked(String[] from, String[] to) {
        if (from == null) return;
        for (int i = 0; i < from.length && i < to.length; i++) if (from[i] != KEEP) to[i] = from[i];
    }

    private static String atom(RequestReader r, int at, IntFunction<String> atomName) {
        int a = r.int32At(at);
        if (a == 0) return null;
        String name = atomName.apply(a);
        if (name == null) throw new XError(XError.ATOM, a);
        return name;
    }

    private static String keyName(RequestReader r, int at) {
        StringBuilder b = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            int c = r.card8At(at + i);
            if (c == 0) break;
            b.append((char) c);
        }
        return b.toString();
    }

    // ---- SetGeometry ----------------------------------------------------------------------------------------------

    /**
     * XkbSetGeometry: a keyboard drawing, in the layout GetGeometry answers with (after a 28-byte header: the label
     * font, properties, colors, shapes, sections with rows, doodads and overlays, doodads, key aliases). A request that
     * does not add up is BadLength, an unknown atom BadAtom, a doodad of no known type BadValue.
     */
    static XkbKeymap.Geometry setGeometry(RequestReader r, IntFunction<String> atomName) {
        var in = new Wire(r, 28, atomName);
        int nShapes = r.card8At(6), nSections = r.card8At(7);
        String name = in.atomAt(8);
        int widthMM = r.card16At(12), heightMM = r.card16At(14), nProps = r.card16At(16), nColors = r.card16At(18);
        int nDoodads = r.card16At(20), nAliases = r.card16At(22), base = r.card8At(24), label = r.card8At(25);
        try {
            String font = in.counted();
            List<String[]> props = new ArrayList<>();
            for (int i = 0; i < nProps; i++) props.add(new String[] {in.counted(), in.counted()});
            List<String> colors = new ArrayList<>();
            for (int i = 0; i < nColors; i++) colors.add(in.counted());
            List<XkbKeymap.Shape> shapes = new ArrayList<>();
            for (int i = 0; i < nShapes; i++) {
                String shapeName = in.atom();
                int nOutlines = in.u8(), primary = in.u8(), approx = in.u8();
                in.skip(1);
                List<XkbKeymap.Outline> outlines = new ArrayList<>();
                for (int o = 0; o < nOutlines; o++) {
                    int nPoints = in.u8(), radius = in.u8();
                    in.skip(2);
                    int[] points = new int[2 * nPoints];
                    for (int p = 0; p < points.length; p++) points[p] = in.s16();
                    outlines.add(new XkbKeymap.Outline(radius, points));
                }
                shapes.add(new XkbKeymap.Shape(shapeName, primary, approx, outlines));
            }
            List<XkbKeymap.Section> sections = new ArrayList<>();
            for (int i = 0; i < nSections; i++) {
                String secName = in.atom();
                int top = in.s16(), left = in.s16(), width = in.u16(), height = in.u16(), angle = in.s16();
                int priority = in.u8(), nRows = in.u8(), nSecDoodads = in.u8(), nOverlays = in.u8();
                in.skip(2);
                List<XkbKeymap.Row> rows = new ArrayList<>();
                for (int j = 0; j < nRows; j++) {
                    int rowTop = in.s16(), rowLeft = in.s16(), nKeys = in.u8();
                    boolean vertical = in.u8() != 0;
                    in.skip(2);
                    List<XkbKeymap.Key> keys = new ArrayList<>();
                    for (int k = 0; k < nKeys; k++) keys.add(new XkbKeymap.Key(in.keyName(), in.s16(), in.u8(), in.u8()));
                    rows.add(new XkbKeymap.Row(rowTop, rowLeft, vertical, keys));
                }
                List<XkbKeymap.Doodad> doodads = new ArrayList<>();
                for (int j = 0; j < nSecDoodads; j++) doodads.add(in.doodad());
                List<XkbKeymap.Overlay> overlays = new ArrayList<>();
                for (int j = 0; j < nOverlays; j++) {
                    String overlayName = in.atom();
                    int nOverlayRows = in.u8();
                    in.skip(3);
                    List<XkbKeymap.OverlayRow> overlayRows = new ArrayList<>();
                    for (int o = 0; o < nOverlayRows; o++) {
                        int under = in.u8(), nKeys = in.u8();
                        in.skip(2);
                        List<String[]> keys = new ArrayList<>();
                        for (int k = 0; k < nKeys; k++) keys.add(new String[] {in.keyName(), in.keyName()});
                        overlayRows.add(new XkbKeymap.OverlayRow(under, keys));
                    }
                    overlays.add(new XkbKeymap.Overlay(overlayName, overlayRows));
                }
                sections.add(new XkbKeymap.Section(secName, top, left, width, height, angle, priority, rows, doodads, overlays));
            }
            List<XkbKeymap.Doodad> doodads = new ArrayList<>();
            for (int i = 0; i < nDoodads; i++) doodads.add(in.doodad());
            List<String[]> aliases = new ArrayList<>();
            for (int i = 0; i < nAliases; i++) aliases.add(new String[] {in.keyName(), in.keyName()});
            if (in.at != r.length()) throw XError.length();
            return new XkbKeymap.Geometry(name, widthMM, heightMM, base, label, font, props, colors, shapes, sections,
                doodads, aliases);
        } catch (IndexOutOfBoundsException e) {
            throw XError.length();
        }
    }

    /** A cursor over a request's bytes, bounded by its length. */
    private static final class Wire {
        final RequestReader r;
        final IntFunction<String> atomName;
        int at;

        Wire(RequestReader r, int at, IntFunction<String> atomName) { this.r = r; this.at = at; this.atomName = atomName; }

        private void need(int n) { if (at + n > r.length()) throw XError.length(); }
        int u8() { need(1); return r.card8At(at++); }
        int u16() { need(2); int v = r.card16At(at); at += 2; return v; }
        int s16() { return (short) u16(); }
        void skip(int n) { need(n); at += n; }
        String atomAt(int offset) { return XkbSetRequests.atom(r, offset, atomName); }
        String atom() { need(4); String s = XkbSetRequests.atom(r, at, atomName); at += 4; return s; }
        String keyName() { need(4); String s = XkbSetRequests.keyName(r, at); at += 4; return s; }

        /** A CARD16 length, the bytes, padded to 4 with the length. */
        String counted() {
            int n = u16();
            need(n);
            StringBuilder b = new StringBuilder(n);
            for (int i = 0; i < n; i++) b.append((char) r.card8At(at + i));
            at += n;
            skip((4 - (n + 2) % 4) % 4);
            return b.toString();
        }

        XkbKeymap.Doodad doodad() {
            String name = atom();
            int start = at, type = u8(), priority = u8(), top = s16(), left = s16();
            XkbKeymap.Doodad d = switch (type) {
                case 1, 2 -> {
                    int angle = s16(), color = u8(), shape = u8();
                    yield new XkbKeymap.Doodad(name, type, priority, top, left, angle, 0, 0, color, shape, 0, null, null);
                }
                case 3 -> {
                    int angle = s16(), width = u16(), height = u16(), color = u8();
                    at = start + 16;
                    yield new XkbKeymap.Doodad(name, type, priority, top, left, angle, width, height, color, 0, 0, counted(),
                        counted());
                }
                case 4 -> {
                    s16(); // an angle the wire has and indicators do not keep
                    int shape = u8(), on = u8(), off = u8();
                    yield new XkbKeymap.Doodad(name, type, priority, top, left, 0, 0, 0, shape, on, off, null, null);
                }
                case 5 -> {
                    int angle = s16(), color = u8(), shape = u8();
                    at = start + 16;
                    yield new XkbKeymap.Doodad(name, type, priority, top, left, angle, 0, 0, color, shape, 0, counted(), null);
                }
                default -> throw XError.value(type);
            };
            if (type != 3 && type != 5) { at = start; skip(16); }
            return d;
        }
    }
}
