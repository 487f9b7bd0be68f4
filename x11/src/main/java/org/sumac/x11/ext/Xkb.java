package org.sumac.x11.ext;

import java.util.ArrayList;
import java.util.List;
import org.sumac.x11.input.keymap.Keymap;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.xkb.Bell;
import org.sumac.x11.protocol.xkb.GetCompatMap;
import org.sumac.x11.protocol.xkb.GetControls;
import org.sumac.x11.protocol.xkb.GetIndicatorMap;
import org.sumac.x11.protocol.xkb.GetIndicatorState;
import org.sumac.x11.protocol.xkb.GetMap;
import org.sumac.x11.protocol.xkb.KTMapEntry;
import org.sumac.x11.protocol.xkb.KeyModMap;
import org.sumac.x11.protocol.xkb.KeySymMap;
import org.sumac.x11.protocol.xkb.KeyType;
import org.sumac.x11.protocol.xkb.XkbEnums.MapPart;
import org.sumac.x11.protocol.xkb.GetNames;
import org.sumac.x11.protocol.xkb.GetState;
import org.sumac.x11.protocol.xkb.LatchLockState;
import org.sumac.x11.protocol.xkb.PerClientFlags;
import org.sumac.x11.protocol.xkb.SelectEvents;
import org.sumac.x11.protocol.xkb.SetControls;
import org.sumac.x11.protocol.xkb.UseExtension;
import org.sumac.x11.protocol.xkb.XkbEnums.BoolCtrl;
import org.sumac.x11.protocol.xkb.XkbHandler;
import org.sumac.x11.protocol.xkb.XkbProtocol;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.XServer;

/**
 * XKEYBOARD 1.0, the part clients read: the keyboard map is derived from the core keymap (one
 * group; key types ONE_LEVEL, TWO_LEVEL, ALPHABETIC, KEYPAD chosen from each key's symbols as
 * Xorg guesses them for core maps), plus state, controls and empty compatibility, indicator and
 * name tables. libxdo (xdotool) cannot work without GetMap; libX11 translates keys with it.
 */
final class Xkb implements Extensions.Handler, XkbHandler<Client> {
    static final int MAJOR = 135, FIRST_EVENT = 85, FIRST_ERROR = 137;
    private static final int DEVICE_ID = 3;
    private static final int ONE_LEVEL = 0, TWO_LEVEL = 1, ALPHABETIC = 2, KEYPAD = 3;
    private final XServer server;

    /** BadKeyboard's code: the registry's first error for XKEYBOARD. */
    private final int badKeyboard;

    Xkb(XServer server, Extensions.Bases bases) {
        this.server = server;
        this.badKeyboard = bases.firstError();
    }

    /** Requests XKB defines but this server does not do answer BadImplementation (XkbHandler's defaults). */
    @Override public void dispatch(Client c, RequestReader r, int minor) { XkbProtocol.dispatch(this, c, r, minor); }

    @Override public void useExtension(Client c, UseExtension q) {
        c.sendReply(new UseExtension.Reply(true, 1, 0));
    }

    // SelectEvents, Bell, LatchLockState, SetControls: accepted, no events yet.
    @Override public void selectEvents(Client c, SelectEvents q) { }
    @Override public void bell(Client c, Bell q) { }
    @Override public void latchLockState(Client c, LatchLockState q) { }
    @Override public void setControls(Client c, SetControls q) { }

    @Override public void getState(Client c, GetState q) {
        var in = server.dispatcher.input;
        int mods = in.state() & 0xff, locked = in.lockedModifiers() & 0xff, buttons = in.state() & 0x1f00;
        c.sendReply(new GetState.Reply(DEVICE_ID, mods, mods & ~locked, 0, locked, 0, 0, 0, 0,
            mods, mods, mods, mods, mods, buttons));
    }

    @Override public void getControls(Client c, GetControls q) {
        byte[] perKey = new byte[32];
        java.util.Arrays.fill(perKey, (byte) 0xff);
        c.sendReply(new GetControls.Reply(DEVICE_ID, 1, 1, 0, 0, 0, 0, 0, 0, 0,
            660, 40, 300, 300, 160, 40, 30, 30, 500, 0, 120, 0, 0, 0, 0, BoolCtrl.REPEAT_KEYS, perKey));
    }

    /** No symbol interpretations, no group maps. */
    @Override public void getCompatMap(Client c, GetCompatMap q) {
        c.sendReply(new GetCompatMap.Reply(DEVICE_ID, 0, 0, 0, java.util.List.of(), java.util.List.of()));
    }

    /** Indicators 0-2 are Caps, Num and Scroll Lock, as the core LED mask. */
    @Override public void getIndicatorState(Client c, GetIndicatorState q) {
        c.sendReply(new GetIndicatorState.Reply(DEVICE_ID, server.dispatcher.input.lockState()));
    }

    @Override public void getIndicatorMap(Client c, GetIndicatorMap q) {
        c.sendReply(new GetIndicatorMap.Reply(DEVICE_ID, 0, 0, 0, java.util.List.of()));
    }

    /** No names: which is 0, so none of the reply's optional parts is there. */
    @Override public void getNames(Client c, GetNames q) {
        Keymap km = server.dispatcher.input.keymap();
        c.sendReply(new GetNames.Reply(DEVICE_ID, 0, km.minKeycode(), km.maxKeycode(), 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, null, null, null, null, null, null, null, null, null));
    }

    /** DetectableAutoRepeat (bit 0) is supported: this server generates no auto-repeat at all. */
    @Override public void perClientFlags(Client c, PerClientFlags q) {
        c.sendReply(new PerClientFlags.Reply(DEVICE_ID, 0x1F, q.value() & q.change() & 0x1F, 0, 0));
    }

    /** The key type a core key gets from its first two symbols. */
    private static int typeOf(int s0, int s1) {
        if (s1 == 0) return ONE_LEVEL;
        if (s0 >= 0xff80 && s0 <= 0xffbd || s1 >= 0xff80 && s1 <= 0xffbd) return KEYPAD;
        if (s0 != s1 && Character.isLetter(s0) && s0 < 0x100 && s1 < 0x100
            && Character.toUpperCase(s0) == s1 && Character.toLowerCase(s1) == s0) return ALPHABETIC;
        return TWO_LEVEL;
    }

    @Override public void getMap(Client c, GetMap q) {
        int device = q.deviceSpec();
        int full = q.full(), partial = q.partial();
        int firstType = q.firstType(), nTypes = q.nTypes(), firstSym = q.firstKeySym(), nSyms = q.nKeySyms();
        int firstAct = q.firstKeyAction(), nActs = q.nKeyActions();
        int firstBehavior = q.firstKeyBehavior(), nBehaviors = q.nKeyBehaviors();
        int firstExplicit = q.firstKeyExplicit(), nExplicit = q.nKeyExplicit(), firstModMap = q.firstModMapKey();
        int nModMap = q.nModMapKeys(), firstVModMap = q.firstVModMapKey(), nVModMap = q.nVModMapKeys();
        if (device != 0x100 && device != DEVICE_ID) throw new XError(badKeyboard, device);
        Keymap km = server.dispatcher.input.keymap();
        int min = km.minKeycode(), max = km.maxKeycode(), keys = max - min + 1;
        int present = full | partial;
        if ((full & 1) != 0) { firstType = 0; nTypes = 4; }
        if ((full & 2) != 0) { firstSym = min; nSyms = keys; }
        if ((full & 16) != 0) { firstAct = min; nActs = keys; }
        if ((full & 32) != 0) { firstBehavior = min; nBehaviors = keys; }
        if ((full & 8) != 0) { firstExplicit = min; nExplicit = keys; }
        if ((full & 4) != 0) { firstModMap = min; nModMap = keys; }
        if ((full & 128) != 0) { firstVModMap = min; nVModMap = keys; }
        if ((present & 1) != 0 && firstType + nTypes > 4) throw XError.value(firstType + nTypes);
        checkRange(present, 2, firstSym, nSyms, min, max);
        checkRange(present, 16, firstAct, nActs, min, max);
        checkRange(present, 4, firstModMap, nModMap, min, max);
        if ((present & 1) == 0) { firstType = 0; nTypes = 0; }
        if ((present & 2) == 0) { firstSym = 0; nSyms = 0; }
        if ((present & 16) == 0) { firstAct = 0; nActs = 0; }
        if ((present & 32) == 0) { firstBehavior = 0; nBehaviors = 0; }
        if ((present & 8) == 0) { firstExplicit = 0; nExplicit = 0; }
        if ((present & 4) == 0) { firstModMap = 0; nModMap = 0; }
        if ((present & 128) == 0) { firstVModMap = 0; nVModMap = 0; }

        List<KeyType> types = new ArrayList<>();
        if ((present & MapPart.KEY_TYPES) != 0) for (int t = firstType; t < firstType + nTypes; t++) types.add(keyType(t));
        List<KeySymMap> syms = new ArrayList<>();
        int totalSyms = 0;
        if ((present & MapPart.KEY_SYMS) != 0) {
            for (int k = firstSym; k < firstSym + nSyms; k++) {
                int s0 = km.keysym(k, 0), s1 = km.keysym(k, 1);
                int type = typeOf(s0, s1);
                int width = type == ONE_LEVEL ? 1 : 2;
                boolean any = s0 != 0 || s1 != 0;
                int[] symbols = !any ? new int[0] : width == 2 ? new int[] {s0, s1} : new int[] {s0};
                syms.add(new KeySymMap(new byte[] {(byte) type, (byte) type, (byte) type, (byte) type}, any ? 1 : 0, width, symbols));
                totalSyms += symbols.length;
            }
        }
        List<KeyModMap> modMap = new ArrayList<>();
        if ((present & MapPart.MODIFIER_MAP) != 0) {
            for (int k = firstModMap; k < firstModMap + nModMap; k++) {
                int m = km.modifierMask(k);
                if (m != 0) modMap.add(new KeyModMap(k, m));
            }
        }
        // No actions (each key's count is 0), behaviors, explicit components or virtual modifiers.
        c.sendReply(new GetMap.Reply(DEVICE_ID, min, max, present,
            firstType, nTypes, (present & MapPart.KEY_TYPES) != 0 ? 4 : 0,
            firstSym, totalSyms, nSyms,
            firstAct, 0, nActs,
            firstBehavior, nBehaviors, 0,
            firstExplicit, nExplicit, 0,
            firstModMap, nModMap, modMap.size(),
            firstVModMap, nVModMap, 0,
            0, types, syms, new byte[nActs], List.of(), List.of(), new byte[0], List.of(), modMap, List.of()));
    }

    private static void checkRange(int present, int bit, int first, int n, int min, int max) {
        if ((present & bit) != 0 && n > 0 && (first < min || first + n - 1 > max)) throw XError.value(first);
    }

    /** One key type: modifier mask, levels and the map from modifier combinations to levels. */
    private static KeyType keyType(int t) {
        return switch (t) {
            case ONE_LEVEL -> new KeyType(0, 0, 0, 1, 0, false, List.of(), List.of());
            case TWO_LEVEL -> new KeyType(1, 1, 0, 2, 1, false, List.of(entry(1, 1)), List.of());
            case ALPHABETIC -> new KeyType(3, 3, 0, 2, 2, false, List.of(entry(1, 1), entry(2, 1)), List.of());
            // KEYPAD: Shift or NumLock (Mod2) selects the second level
            default -> new KeyType(0x11, 0x11, 0, 2, 2, false, List.of(entry(1, 1), entry(0x10, 1)), List.of());
        };
    }

    private static KTMapEntry entry(int mods, int level) {
        return new KTMapEntry(true, mods, level, mods, 0);
    }
}
