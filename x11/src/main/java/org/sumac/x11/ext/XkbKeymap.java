package org.sumac.x11.ext;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An XKB keyboard description as Xorg holds it once it has loaded the keymap xkbcomp compiled for it: Xorg
 * runs {@code xkbcomp -xkm} on the rules' components and reads the binary .xkm file (types, compatibility
 * map, key names, symbols, indicators, virtual modifiers, geometry), then applies the symbol interpretations
 * to every key (actions, virtual modifier map, auto-repeat, locking behaviour) and resolves virtual modifiers
 * to real ones. Reading the same .xkm the same way gives the tables Xvfb serves.
 * Changed in place only by the XKB Set requests, on the display's protocol thread.
 */
final class XkbKeymap {
    static final int NUM_VMODS = 16, NUM_INDICATORS = 32, NUM_GROUPS = 4;
    /** XkbExplicit*: key types per group (bits 0-3), interpret 0x10, auto-repeat 0x20, behavior 0x40, vmodmap 0x80. */
    static final int EXPLICIT_INTERPRET = 0x10, EXPLICIT_AUTOREPEAT = 0x20, EXPLICIT_BEHAVIOR = 0x40, EXPLICIT_VMODMAP = 0x80;

    record Entry(boolean active, int mask, int level, int realMods, int vmods) { }
    record Mods(int mask, int realMods, int vmods) { }
    record Type(String name, int mask, int realMods, int vmods, int levels, Entry[] map, Mods[] preserve, String[] levelNames) { }
    /** action: 8 bytes, XkbAction as the server holds it (type, then its data). */
    record Interp(int sym, int mods, int match, int vmod, int flags, byte[] action) { }
    record Indicator(int flags, int whichGroups, int groups, int whichMods, int mask, int realMods, int vmods, int ctrls) {
        boolean inUse() { return flags != 0 || whichGroups != 0 || groups != 0 || whichMods != 0 || mask != 0 || realMods != 0 || vmods != 0 || ctrls != 0; }
    }

    int minKeycode, maxKeycode;
    String keycodesName, typesName, compatName, symbolsName, physSymbolsName, geometryName;
    Type[] types = new Type[0];
    Interp[] interps = new Interp[0];
    int compatGroups;
    final Mods[] groupMods = new Mods[NUM_GROUPS];
    final String[] keyNames = new String[256];
    String[][] aliases = new String[0][];
    final int[] vmodReal = new int[NUM_VMODS];
    final String[] vmodNames = new String[NUM_VMODS];
    final String[] groupNames = new String[NUM_GROUPS];
    final int[] width = new int[256], groupInfo = new int[256];
    final byte[][] ktIndex = new byte[256][NUM_GROUPS];
    final int[][] syms = new int[256][];
    /** Per key: 8 bytes per symbol, or null when the key has no actions. */
    final byte[][] actions = new byte[256][];
    final int[] behaviorType = new int[256], behaviorData = new int[256], explicit = new int[256];
    final int[] modmap = new int[256], vmodmap = new int[256];
    final byte[] perKeyRepeat = new byte[32];
    int physIndicators;
    final Indicator[] indicators = new Indicator[NUM_INDICATORS];
    final String[] indicatorNames = new String[NUM_INDICATORS];
    int numGroups;
    /** The keyboard's drawing (xkbcomp prints it as xkb_geometry); null when the keymap has none. */
    Geometry geometry;

    private XkbKeymap() {
        Arrays.fill(groupMods, new Mods(0, 0, 0));
        Arrays.fill(indicators, new Indicator(0, 0, 0, 0, 0, 0, 0, 0));
        for (int k = 0; k < 256; k++) syms[k] = new int[0];
    }

    /** The components Xorg's rules give for rules evdev, model pc105, layout us (setxkbmap -print on Xvfb). */
    static final String[] US_COMPONENTS = {"evdev+aliases(qwerty)", "complete", "complete", "pc+us+inet(evdev)", "pc(pc105)"};

    /** Compiles keycodes, types, compat, symbols and geometry components with xkbcomp, as Xorg does, and reads the result. */
    static XkbKeymap compile(String... components) throws IOException {
        XkbKeymap m = read(xkm(components));
        m.components = components.clone();
        return m;
    }

    /**
     * The sections the .xkm file had (bit n: XKM section type n: types, compat, symbols, indicators, key names,
     * geometry, virtual modifiers). xkbcomp leaves out a section it could not compile and still succeeds.
     */
    int sections;
    /** Types, compat, symbols and key names: what a keymap needs to be a keyboard's (XkmKeymapRequired). */
    static final int REQUIRED_SECTIONS = 0x17;

    /** The components this keymap was compiled from (keycodes, types, compat, symbols, geometry); null when uploaded. */
    String[] components;

    /** xkbcomp's .xkm output for the components; IOException when they do not compile. */
    static byte[] xkm(String... components) throws IOException {
        String source = "xkb_keymap \"default\" {\n"
            + "  xkb_keycodes { include \"" + components[0] + "\" };\n"
            + "  xkb_types { include \"" + components[1] + "\" };\n"
            + "  xkb_compat { include \"" + components[2] + "\" };\n"
            + "  xkb_symbols { include \"" + components[3] + "\" };\n"
            + (components.length > 4 && components[4] != null && !components[4].isEmpty()
                ? "  xkb_geometry { include \"" + components[4] + "\" };\n" : "")
            + "};\n";
        Process p = new ProcessBuilder("xkbcomp", "-w", "0", "-xkm", "-", "-")
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            p.getOutputStream().write(source.getBytes(StandardCharsets.US_ASCII));
            p.getOutputStream().close();
            byte[] xkm;
            try (InputStream in = p.getInputStream()) { xkm = in.readAllBytes(); }
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0 || xkm.length == 0)
                throw new IOException("xkbcomp could not compile " + String.join(" ", components));
            return xkm;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while compiling the keymap", e);
        } finally {
            p.destroy();
        }
    }

    /** Reads an .xkm file (xkbcomp's little-endian output on this machine) and completes it as Xorg does. */
    static XkbKeymap read(byte[] xkm) throws IOException {
        try {
            XkbKeymap m = new XkbKeymap();
            ByteBuffer b = ByteBuffer.wrap(xkm).order(ByteOrder.LITTLE_ENDIAN);
            int magic = b.getInt(0);
            if (magic != (('x' << 24) | ('k' << 16) | ('m' << 8) | 15)) throw new IOException("not an XKM version 15 file");
            int numToc = b.get(7) & 0xff;
            for (int i = 0; i < numToc; i++) {
                int type = b.getShort(12 + 8 * i) & 0xffff, offset = b.getShort(12 + 8 * i + 6) & 0xffff;
                b.position(offset + 8);
                if (type < 7) m.sections |= 1 << type;
                switch (type) {
                    case 6 -> m.readVirtualMods(b);
                    case 4 -> m.readKeycodes(b);
                    case 0 -> m.readTypes(b);
                    case 1 -> m.readCompat(b);
                    case 2 -> m.readSymbols(b);
                    case 3 -> m.readIndicators(b);
                    case 5 -> m.geometry = readGeometry(b);
                    default -> { }
                }
            }
            if (m.geometry != null) m.geometryName = m.geometry.name();
            m.applyCompat();
            return m;
        } catch (RuntimeException e) {
            throw new IOException("malformed XKM file: " + e, e);
        }
    }

    private static String string(ByteBuffer b) {
        int n = b.getShort() & 0xffff;
        byte[] s = new byte[n];
        b.get(s);
        int pad = (4 - (n + 2) % 4) % 4;
        b.position(b.position() + pad);
        return new String(s, StandardCharsets.ISO_8859_1);
    }

    private static String nameOrNull(String s) { return s == null || s.isEmpty() ? null : s; }

    private static int u8(ByteBuffer b) { return b.get() & 0xff; }
    private static int u16(ByteBuffer b) { return b.getShort() & 0xffff; }

    private void readVirtualMods(ByteBuffer b) {
        int bound = u16(b), named = u16(b), n = 0;
        for (int i = 0; i < NUM_VMODS; i++) if ((bound & 1 << i) != 0) { vmodReal[i] = u8(b); n++; }
        b.position(b.position() + (4 - n % 4) % 4);
        for (int i = 0; i < NUM_VMODS; i++) if ((named & 1 << i) != 0) vmodNames[i] = nameOrNull(string(b));
    }

    private void readKeycodes(ByteBuffer b) {
        keycodesName = nameOrNull(string(b));
        minKeycode = u8(b);
        maxKeycode = u8(b);
        int nAliases = u8(b);
        b.get();
        for (int k = minKeycode; k <= maxKeycode; k++) keyNames[k] = keyName(b);
        aliases = new String[nAliases][];
        for (int i = 0; i < nAliases; i++) aliases[i] = new String[] {keyName(b), keyName(b)};
    }

    private static String keyName(ByteBuffer b) {
        byte[] n = new byte[4];
        b.get(n);
        int len = 0;
        while (len < 4 && n[len] != 0) len++;
        return new String(n, 0, len, StandardCharsets.ISO_8859_1);
    }

    private void readTypes(ByteBuffer b) {
        typesName = nameOrNull(string(b));
        int n = u16(b);
        b.getShort();
        types = new Type[n];
        for (int t = 0; t < n; t++) {
            int realMods = u8(b), levels = u8(b), vmods = u16(b), nEntries = u8(b), nLevelNames = u8(b);
            boolean preserve = u8(b) != 0;
            b.get();
            Entry[] map = new Entry[nEntries];
            for (int e = 0; e < nEntries; e++) {
                int level = u8(b), real = u8(b), v = u16(b);
                map[e] = new Entry(v == 0, real, level, real, v);
            }
            String name = nameOrNull(string(b));
            Mods[] pre = null;
            if (preserve) {
                pre = new Mods[nEntries];
                for (int e = 0; e < nEntries; e++) {
                    int real = u8(b);
                    b.get();
                    pre[e] = new Mods(real, real, u16(b));
                }
            }
            String[] levelNames = new String[levels];
            for (int l = 0; l < nLevelNames; l++) {
                String s = nameOrNull(string(b));
                if (l < levels) levelNames[l] = s;
            }
            types[t] = new Type(name, realMods, realMods, vmods, levels, map, pre, levelNames);
        }
    }

    /** How many of the 7 data bytes Xorg copies from an interpretation's action, by action type. */
    private static int actionDataBytes(int type) {
        return switch (type) {
            case 1, 2, 3, 7, 14, 15 -> 5;
            case 4, 5, 6, 13 -> 2;
            case 8, 9, 10 -> 3;
            case 18, 19 -> 4;
            case 11, 20, 0x86 -> 7;
            default -> 0;
        };
    }

    private void readCompat(ByteBuffer b) {
        compatName = nameOrNull(string(b));
        int n = u16(b), groups = u8(b);
        b.get();
        var list = new ArrayList<Interp>();
        for (int i = 0; i < n; i++) {
            int sym = b.getInt(), mods = u8(b), match = u8(b), vmod = u8(b), flags = u8(b), type = u8(b);
            byte[] data = new byte[7];
            b.get(data);
            byte[] act = new byte[8];
            act[0] = (byte) type;
            if (type == 17) { // RedirectKey: Xorg copies vmods0 from the fifth byte as well as vmods_mask1
                act[1] = data[0]; act[2] = data[1]; act[3] = data[2]; act[4] = data[3]; act[5] = data[4];
                act[6] = data[4]; act[7] = data[5];
            } else {
                System.arraycopy(data, 0, act, 1, actionDataBytes(type));
            }
            // Xorg skips Any+AnyOfOrNone(all) private actions (a bug of old xkbcomp versions)
            if (type == 0x86 && sym == 0 && (match & 0x7f) == 2 && mods == 0xff) continue;
            list.add(new Interp(sym, mods, match, vmod, flags, act));
        }
        interps = list.toArray(new Interp[0]);
        compatGroups = groups;
        for (int g = 0; g < NUM_GROUPS; g++) {
            if ((groups & 1 << g) == 0) continue;
            int real = u8(b);
            b.get();
            groupMods[g] = new Mods(real, real, u16(b));
        }
    }

    private void readIndicators(ByteBuffer b) {
        int n = u8(b);
        b.position(b.position() + 3);
        physIndicators = b.getInt();
        for (int i = 0; i < n; i++) {
            String name = nameOrNull(string(b));
            int led = u8(b) - 1, flags = u8(b), whichMods = u8(b), real = u8(b), vmods = u16(b), whichGroups = u8(b), groups = u8(b);
            int ctrls = b.getInt();
            indicatorNames[led] = name;
            indicators[led] = new Indicator(flags, whichGroups, groups, whichMods, real, real, vmods, ctrls);
        }
    }

    private int typeIndex(String name) {
        if (name != null) for (int t = 0; t < types.length; t++) if (name.equals(types[t].name())) return t;
        return -1;
    }

    /** Xorg's guess of a key type from a group's width and symbols (FindTypeForKey). */
    private static int guessType(int width, int[] s, int from) {
        if (width < 2 || s != null && s[from + 1] == 0) return 0;
        if (s != null) {
            if (isLower(s[from]) && isUpper(s[from + 1])) return 2;
            if (isKeypad(s[from]) || isKeypad(s[from + 1])) return 3;
        }
        return 1;
    }

    private static boolean isKeypad(int k) { return k >= 0xff80 && k <= 0xffbd; }
    private static boolean isLower(int k) { return k < 0x100 && Character.isLowerCase(k) && Character.toUpperCase(k) < 0x100 && Character.toUpperCase(k) != k; }
    private static boolean isUpper(int k) { return k < 0x100 && Character.isUpperCase(k) && Character.toLowerCase(k) != k; }

    private void readSymbols(ByteBuffer b) {
        symbolsName = nameOrNull(string(b));
        physSymbolsName = symbolsName;
        int min = u8(b), max = u8(b), named = u8(b), nVModMaps = u8(b);
        for (int g = 0; g < NUM_GROUPS; g++) if ((named & 1 << g) != 0) groupNames[g] = nameOrNull(string(b));
        for (int k = min; k <= max; k++) {
            int w = u8(b), wireGroups = u8(b), mods = u8(b), flags = u8(b);
            int nGroups = Math.min(wireGroups & 0x0f, NUM_GROUPS);
            int[] type = new int[NUM_GROUPS];
            if ((flags & 0x0f) != 0) {
                for (int g = 0; g < NUM_GROUPS; g++) {
                    String name = (flags & 1 << g) != 0 ? string(b) : null;
                    int t = typeIndex(name);
                    if (t >= 0) explicit[k] |= 1 << g;
                    type[g] = t >= 0 ? t : guessType(w, null, 0);
                }
            }
            if ((flags & 0x40) != 0) { perKeyRepeat[k / 8] |= (byte) (1 << k % 8); explicit[k] |= EXPLICIT_AUTOREPEAT; }
            else if ((flags & 0x80) != 0) { perKeyRepeat[k / 8] &= (byte) ~(1 << k % 8); explicit[k] |= EXPLICIT_AUTOREPEAT; }
            modmap[k] = mods;
            int n = (wireGroups & 0x0f) * w;
            if (nGroups > 0) {
                numGroups = Math.max(numGroups, nGroups);
                syms[k] = new int[n];
                for (int s = 0; s < n; s++) syms[k][s] = b.getInt();
                if ((flags & 0x10) != 0) {
                    actions[k] = new byte[8 * n];
                    b.get(actions[k]);
                    explicit[k] |= EXPLICIT_INTERPRET;
                }
            }
            for (int g = 0; g < nGroups; g++) {
                if ((explicit[k] & 1 << g) == 0) type[g] = guessType(w, syms[k], w * g);
                ktIndex[k][g] = (byte) type[g];
            }
            groupInfo[k] = wireGroups & 0xf0 | nGroups;
            width[k] = w;
            if ((flags & 0x20) != 0) {
                behaviorType[k] = u8(b);
                behaviorData[k] = u8(b);
                b.getShort();
                explicit[k] |= EXPLICIT_BEHAVIOR;
            }
        }
        if (numGroups == 0) numGroups = 1;
        for (int i = 0; i < nVModMaps; i++) {
            int key = u8(b);
            b.get();
            vmodmap[key] = u16(b);
        }
    }

    /** The real modifiers a set of virtual modifiers stands for. */
    int vmodsToReal(int vmods) {
        int real = 0;
        for (int i = 0; i < NUM_VMODS; i++) if ((vmods & 1 << i) != 0) real |= vmodReal[i];
        return real;
    }

    /** The interpretation Xorg picks for a symbol on a key with these modifiers at this level (_XkbFindMatchingInterp). */
    private Interp matchingInterp(int sym, int realMods, int level) {
        Interp found = null;
        for (Interp in : interps) {
            if (in.sym() != 0 && in.sym() != sym) continue;
            int mods = level == 0 || (in.match() & 0x80) == 0 ? realMods : 0;
            boolean match = switch (in.match() & 0x7f) {
                case 0 -> (in.mods() & mods) == 0;
                case 1 -> mods == 0 || (in.mods() & mods) != 0;
                case 2 -> (in.mods() & mods) != 0;
                case 3 -> (in.mods() & mods) == in.mods();
                case 4 -> in.mods() == mods;
                default -> false;
            };
            if (match) {
                if (in.sym() != 0) return in;
                if (found == null) found = in;
            }
        }
        return found;
    }

    /** Xorg's XkbApplyCompatMapToKey on every key, then the virtual modifiers' real modifiers and what depends on them. */
    private void applyCompat() {
        recompute(minKeycode, maxKeycode);
    }

    /**
     * The symbol interpretations applied again to keys first..last (SetMap or SetCompatMap asked to recompute actions),
     * then the virtual modifiers resolved again everywhere (Xorg's XkbUpdateActions and its secondary effects).
     */
    void recompute(int first, int last) {
        for (int k = Math.max(first, minKeycode); k <= Math.min(last, maxKeycode); k++) applyCompat(k);
        int[] real = new int[NUM_VMODS];
        int present = 0;
        for (int k = minKeycode; k <= maxKeycode; k++)
            for (int i = 0; i < NUM_VMODS; i++)
                if ((vmodmap[k] & 1 << i) != 0) { present |= 1 << i; real[i] |= modmap[k]; }
        for (int i = 0; i < NUM_VMODS; i++) if ((present & 1 << i) != 0) vmodReal[i] = real[i];
        for (int t = 0; t < types.length; t++) {
            Type ty = types[t];
            Entry[] map = new Entry[ty.map().length];
            for (int e = 0; e < map.length; e++) {
                Entry en = ty.map()[e];
                int v = en.vmods() == 0 ? 0 : vmodsToReal(en.vmods());
                map[e] = en.vmods() != 0 && v == 0 ? new Entry(false, en.mask(), en.level(), en.realMods(), en.vmods())
                    : new Entry(true, en.realMods() | v, en.level(), en.realMods(), en.vmods());
            }
            types[t] = new Type(ty.name(), ty.realMods() | vmodsToReal(ty.vmods()), ty.realMods(), ty.vmods(), ty.levels(), map,
                ty.preserve(), ty.levelNames());
        }
        for (int g = 0; g < NUM_GROUPS; g++) {
            Mods m = groupMods[g];
            groupMods[g] = new Mods(m.realMods() | vmodsToReal(m.vmods()), m.realMods(), m.vmods());
        }
        for (int i = 0; i < NUM_INDICATORS; i++) {
            Indicator m = indicators[i];
            indicators[i] = new Indicator(m.flags(), m.whichGroups(), m.groups(), m.whichMods(), m.realMods() | vmodsToReal(m.vmods()),
                m.realMods(), m.vmods(), m.ctrls());
        }
        for (int k = minKeycode; k <= maxKeycode; k++) {
            if (actions[k] == null) continue;
            for (int a = 0; a < actions[k].length; a += 8) setActionMods(actions[k], a, -1);
        }
    }

    /** A modifier action's mask: the key's modifiers where it uses them (mods >= 0), plus its virtual modifiers' real ones. */
    private void setActionMods(byte[] act, int at, int mods) {
        int type = act[at];
        if (type >= 1 && type <= 3) {
            if (mods >= 0 && (act[at + 1] & 4) != 0) { act[at + 2] = (byte) mods; act[at + 3] = (byte) mods; }
            int v = (act[at + 4] & 0xff) << 8 | act[at + 5] & 0xff;
            if (v != 0) act[at + 2] = (byte) (act[at + 3] & 0xff | vmodsToReal(v));
        } else if (type == 11) {
            if (mods >= 0 && (act[at + 1] & 4) != 0) { act[at + 2] = (byte) mods; act[at + 3] = (byte) mods; }
            int v = (act[at + 6] & 0xff) << 8 | act[at + 7] & 0xff;
            if (v != 0) act[at + 2] = (byte) (act[at + 3] & 0xff | vmodsToReal(v));
        }
    }

    private void applyCompat(int k) {
        if ((explicit[k] & EXPLICIT_INTERPRET) != 0) return;
        int[] s = syms[k];
        int w = width[k];
        Interp[] found = new Interp[s.length];
        int count = 0;
        for (int n = 0; n < s.length; n++) {
            if (s[n] == 0) continue;
            Interp in = matchingInterp(s[n], modmap[k], n % w);
            if (in != null && in.action()[0] != 0) { found[n] = in; count++; }
        }
        if (count == 0) {
            actions[k] = null;
        } else {
            byte[] acts = new byte[8 * s.length];
            int vmask = 0;
            for (int n = 0; n < s.length; n++) {
                if (found[n] == null) continue;
                System.arraycopy(found[n].action(), 0, acts, 8 * n, 8);
                int eff = 0;
                if (n == 0 || (found[n].match() & 0x80) == 0) {
                    eff = modmap[k];
                    if (found[n].vmod() != 0xff) vmask |= 1 << found[n].vmod();
                }
                setActionMods(acts, 8 * n, eff);
            }
            actions[k] = acts;
            if ((explicit[k] & EXPLICIT_VMODMAP) == 0) vmodmap[k] = vmask;
            if (found[0] != null) {
                if ((found[0].flags() & 2) != 0 && (explicit[k] & EXPLICIT_BEHAVIOR) == 0) behaviorType[k] = 1;
                if ((explicit[k] & EXPLICIT_AUTOREPEAT) == 0) setRepeat(k, (found[0].flags() & 1) != 0);
            }
        }
        if (count == 0 || found[0] == null) {
            if ((explicit[k] & EXPLICIT_AUTOREPEAT) == 0) setRepeat(k, true);
            if ((explicit[k] & EXPLICIT_BEHAVIOR) == 0 && behaviorType[k] == 1) behaviorType[k] = 0;
        }
    }

    private void setRepeat(int k, boolean on) {
        if (on) perKeyRepeat[k / 8] |= (byte) (1 << k % 8);
        else perKeyRepeat[k / 8] &= (byte) ~(1 << k % 8);
    }

    // ---- geometry: what XkbGetGeometry sends, in the order it sends it ----

    record Geometry(String name, int widthMM, int heightMM, int baseColor, int labelColor, String labelFont,
                    List<String[]> properties, List<String> colors, List<Shape> shapes, List<Section> sections,
                    List<Doodad> doodads, List<String[]> aliases) { }
    record Shape(String name, int primary, int approx, List<Outline> outlines) { }
    /** points: x, y pairs. */
    record Outline(int cornerRadius, int[] points) { }
    record Section(String name, int top, int left, int width, int height, int angle, int priority, List<Row> rows,
                   List<Doodad> doodads, List<Overlay> overlays) { }
    record Row(int top, int left, boolean vertical, List<Key> keys) { }
    record Key(String name, int gap, int shape, int color) { }
    /**
     * type 1, 2 (outline, solid): a color, b shape; 3 (text): a color, text and font; 4 (indicator): a shape,
     * b on color, c off color; 5 (logo): a color, b shape, text the logo's name.
     */
    record Doodad(String name, int type, int priority, int top, int left, int angle, int width, int height, int a, int b,
                  int c, String text, String font) { }
    record Overlay(String name, List<OverlayRow> rows) { }
    /** keys: over and under names. */
    record OverlayRow(int rowUnder, List<String[]> keys) { }

    private static Geometry readGeometry(ByteBuffer b) {
        String name = string(b);
        int width = u16(b), height = u16(b), base = u8(b), label = u8(b);
        int nProps = u16(b), nColors = u16(b), nShapes = u16(b), nSections = u16(b), nDoodads = u16(b), nAliases = u16(b);
        b.getShort();
        String font = string(b);
        List<String[]> props = new ArrayList<>();
        for (int i = 0; i < nProps; i++) props.add(new String[] {string(b), string(b)});
        List<String> colors = new ArrayList<>();
        for (int i = 0; i < nColors; i++) colors.add(string(b));
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < nShapes; i++) {
            String shapeName = string(b);
            int nOutlines = u8(b), primary = u8(b), approx = u8(b);
            b.get();
            List<Outline> outlines = new ArrayList<>();
            for (int o = 0; o < nOutlines; o++) {
                int nPoints = u8(b), radius = u8(b);
                b.getShort();
                int[] points = new int[2 * nPoints];
                for (int p = 0; p < points.length; p++) points[p] = b.getShort();
                outlines.add(new Outline(radius, points));
            }
            shapes.add(new Shape(shapeName, primary < nOutlines ? primary : 0xff, approx < nOutlines ? approx : 0xff, outlines));
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < nSections; i++) sections.add(readSection(b));
        List<Doodad> doodads = new ArrayList<>();
        for (int i = 0; i < nDoodads; i++) doodads.add(readDoodad(b));
        List<String[]> aliases = new ArrayList<>();
        for (int i = 0; i < nAliases; i++) aliases.add(new String[] {keyName(b), keyName(b)});
        return new Geometry(name, width, height, base, label, font, props, colors, shapes, sections, doodads, aliases);
    }

    private static Section readSection(ByteBuffer b) {
        String name = string(b);
        int top = b.getShort(), left = b.getShort(), width = u16(b), height = u16(b), angle = b.getShort();
        int priority = u8(b), nRows = u8(b), nDoodads = u8(b), nOverlays = u8(b);
        b.getShort();
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < nRows; r++) {
            int rowTop = b.getShort(), rowLeft = b.getShort(), nKeys = u8(b);
            boolean vertical = u8(b) != 0;
            b.getShort();
            List<Key> keys = new ArrayList<>();
            for (int k = 0; k < nKeys; k++) keys.add(new Key(keyName(b), b.getShort(), u8(b), u8(b)));
            rows.add(new Row(rowTop, rowLeft, vertical, keys));
        }
        List<Doodad> doodads = new ArrayList<>();
        for (int d = 0; d < nDoodads; d++) doodads.add(readDoodad(b));
        List<Overlay> overlays = new ArrayList<>();
        for (int o = 0; o < nOverlays; o++) {
            String overlayName = string(b);
            int nOverlayRows = u8(b);
            b.get();
            b.getShort();
            List<OverlayRow> overlayRows = new ArrayList<>();
            for (int r = 0; r < nOverlayRows; r++) {
                int under = u8(b), nKeys = u8(b);
                b.getShort();
                List<String[]> keys = new ArrayList<>();
                for (int k = 0; k < nKeys; k++) keys.add(new String[] {keyName(b), keyName(b)});
                overlayRows.add(new OverlayRow(under, keys));
            }
            overlays.add(new Overlay(overlayName, overlayRows));
        }
        return new Section(name, top, left, width, height, angle, priority, rows, doodads, overlays);
    }

    private static Doodad readDoodad(ByteBuffer b) {
        String name = string(b);
        int at = b.position();
        int type = u8(b), priority = u8(b), top = b.getShort(), left = b.getShort();
        Doodad d = switch (type) {
            case 1, 2 -> new Doodad(name, type, priority, top, left, b.getShort(), 0, 0, u8(b), u8(b), 0, null, null);
            case 3 -> {
                int angle = b.getShort(), width = u16(b), height = u16(b), color = u8(b);
                b.position(at + 16);
                yield new Doodad(name, type, priority, top, left, angle, width, height, color, 0, 0, string(b), string(b));
            }
            case 4 -> new Doodad(name, type, priority, top, left, 0, 0, 0, u8(b), u8(b), u8(b), null, null);
            case 5 -> {
                int angle = b.getShort(), color = u8(b), shape = u8(b);
                b.position(at + 16);
                yield new Doodad(name, type, priority, top, left, angle, 0, 0, color, shape, 0, string(b), null);
            }
            default -> throw new IllegalArgumentException("doodad type " + type);
        };
        if (type != 3 && type != 5) b.position(at + 16);
        return d;
    }

    /** The number of levels of a key's group (XkbKeyGroupWidth). */
    int groupWidth(int k, int g) { return types[ktIndex[k][g] & 0xff].levels(); }

    /**
     * The core keyboard map Xorg derives from this keymap (XkbGetCoreMap, XKB protocol section 12.4): per key, group 1's
     * first two levels, group 2's first two, then group 1's further levels, group 2's, groups 3 and 4; a one-group key
     * repeated across the groups of the keyboard. The modifier map is the keymap's.
     */
    org.sumac.x11.input.keymap.Keymap coreKeymap() {
        int maxPerKey = 0, maxGroup1Width = 0, maxGroups = 0;
        for (int k = minKeycode; k <= maxKeycode; k++) {
            int nGroups = groupInfo[k] & 0x0f, tmp = 0, w = 0;
            if (nGroups > 0) {
                w = groupWidth(k, 0);
                tmp += w <= 2 ? 2 : w + 2;
                maxGroup1Width = Math.max(maxGroup1Width, w);
            }
            if (nGroups > 1) {
                int w2 = groupWidth(k, 1);
                if (tmp <= 2) tmp += w2 < 2 ? 2 : w2;
                else if (w2 > 2) tmp += w2 - 2;
            }
            if (nGroups > 2) tmp += groupWidth(k, 2);
            if (nGroups > 3) tmp += groupWidth(k, 3);
            maxPerKey = Math.max(maxPerKey, tmp);
            maxGroups = Math.max(maxGroups, nGroups);
        }
        if (maxPerKey <= 0) maxPerKey = 1;
        if (maxPerKey < maxGroups * maxGroup1Width) maxPerKey = maxGroups * maxGroup1Width;
        int per = maxPerKey;
        int[] core = new int[(maxKeycode - minKeycode + 1) * per];
        for (int k = minKeycode; k <= maxKeycode; k++) {
            int nGroups = groupInfo[k] & 0x0f, base = (k - minKeycode) * per, nOut = 2, x = 0;
            int[] s = syms[k];
            if (nGroups > 0) {
                int gw = groupWidth(k, 0);
                if (gw > 0) core[base] = s[0];
                if (gw > 1) core[base + 1] = s[1];
                for (int n = 2; n < gw; n++) core[base + 2 + n] = s[n];
                if (gw > 2) nOut = gw;
            }
            if (nGroups == 1) {
                int gw = groupWidth(k, 0);
                if (gw > 0 && per >= 3) core[base + 2] = core[base];
                if (gw > 1 && per >= 4) core[base + 3] = core[base + 1];
                int idx = 2 + gw;
                while (gw > 2 && idx < per && idx < gw * 2) { core[base + idx] = core[base + idx - gw + 2]; idx++; }
                idx = Math.max(2 * gw, 4);
                for (int j = 3; j <= maxGroups; j++)
                    for (int n = 0; n < gw && idx < maxPerKey; n++) core[base + idx++] = s[n];
            }
            x += width[k];
            nOut += 2;
            if (nGroups > 1) {
                int gw = groupWidth(k, 1);
                if (gw > 0) core[base + 2] = s[x];
                if (gw > 1) core[base + 3] = s[x + 1];
                for (int n = 2; n < gw; n++) core[base + nOut + n - 2] = s[x + n];
                if (gw > 2) nOut += gw - 2;
            }
            x += width[k];
            for (int g = 2; g < nGroups; g++) {
                int gw = groupWidth(k, g);
                for (int n = 0; n < gw; n++) core[base + nOut++] = s[x + n];
                x += width[k];
            }
        }
        byte[] mods = new byte[256];
        for (int k = minKeycode; k <= maxKeycode; k++) mods[k] = (byte) modmap[k];
        return org.sumac.x11.input.keymap.Keymap.of(minKeycode, maxKeycode, per, core, mods);
    }

    /**
     * Per keycode, the real modifiers its first action sets, latches or locks (SetMods, LatchMods, LockMods: the
     * action's resolved mask); 0 for keys with another action or none. What the keyboard state follows, as Xorg's.
     */
    byte[] actionModifiers() {
        byte[] mods = new byte[256];
        for (int k = minKeycode; k <= maxKeycode; k++) {
            byte[] a = actions[k];
            if (a != null && a.length >= 8 && a[0] >= 1 && a[0] <= 3) mods[k] = a[2];
        }
        return mods;
    }

    /**
     * The action a key press takes with these modifiers in this group (XkbKeyActionPtr at the level the key's type
     * gives the modifiers; a group the key lacks wraps, clamps or redirects as the key says), or null.
     */
    byte[] action(int k, int mods, int group) {
        int nG = groupInfo[k] & 0x0f;
        if (nG == 0 || actions[k] == null) return null;
        int g = group;
        if (g >= nG) {
            int how = groupInfo[k] & 0xc0;
            if (how == 0x40) g = nG - 1;
            else if (how == 0x80) g = (groupInfo[k] >> 4 & 3) < nG ? groupInfo[k] >> 4 & 3 : 0;
            else g %= nG;
        }
        Type t = types[ktIndex[k][g] & 0xff];
        int m = mods & t.mask(), level = 0;
        for (Entry e : t.map()) if (e.active() && e.mask() == m) { level = e.level(); break; }
        int at = 8 * (g * width[k] + level);
        return at + 8 <= actions[k].length ? Arrays.copyOfRange(actions[k], at, at + 8) : null;
    }

    /** Number of symbols of a key (groups times width). */
    int numSyms(int k) { return syms[k].length; }

}
