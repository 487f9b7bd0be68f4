package org.sumac.x11.ext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.xkb.Bell;
import org.sumac.x11.protocol.xkb.SymInterpret;
import org.sumac.x11.protocol.xkb.SetExplicit;
import org.sumac.x11.protocol.xkb.SetBehavior;
import org.sumac.x11.protocol.xkb.SIAction;
import org.sumac.x11.protocol.xkb.ModDef;
import org.sumac.x11.protocol.xkb.KeyVModMap;
import org.sumac.x11.protocol.xkb.KeyName;
import org.sumac.x11.protocol.xkb.KeyAlias;
import org.sumac.x11.protocol.xkb.IndicatorMap;
import org.sumac.x11.protocol.xkb.GetDeviceInfo;
import org.sumac.x11.protocol.xkb.DeviceLedInfo;
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
import org.sumac.x11.protocol.xkb.GetNamedIndicator;
import org.sumac.x11.protocol.xkb.GetNames;
import org.sumac.x11.protocol.xkb.GetState;
import org.sumac.x11.protocol.xkb.LatchLockState;
import org.sumac.x11.protocol.xkb.PerClientFlags;
import org.sumac.x11.protocol.xkb.SelectEvents;
import org.sumac.x11.protocol.xkb.SetControls;
import org.sumac.x11.protocol.xkb.StateNotifyEvent;
import org.sumac.x11.protocol.xkb.NewKeyboardNotifyEvent;
import org.sumac.x11.protocol.xkb.MapNotifyEvent;
import org.sumac.x11.protocol.xkb.SetCompatMap;
import org.sumac.x11.protocol.xkb.SetIndicatorMap;
import org.sumac.x11.protocol.xkb.UseExtension;
import org.sumac.x11.protocol.xkb.XkbEnums.BoolCtrl;
import org.sumac.x11.protocol.xkb.XkbHandler;
import org.sumac.x11.protocol.xkb.XkbProtocol;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.XServer;

/**
 * XKEYBOARD 1.0: the keymap Xorg loads for the display's layout (rules evdev, model pc105, layout us unless its -xkb
 * options say otherwise; {@link XkbKeymap}, compiled by xkbcomp), served by GetMap, GetCompatMap, GetIndicatorMap,
 * GetNames, GetControls, GetDeviceInfo, GetNamedIndicator and GetGeometry, and changed at run time by GetKbdByName
 * (setxkbmap) and SetMap, SetCompatMap, SetIndicatorMap, SetNames, SetGeometry (xkbcomp uploading a keymap,
 * {@link XkbSetRequests}). The core keymap and modifier map are derived from it as Xorg derives them; GetState and
 * StateNotify follow the core keyboard's modifiers, locks and locked group.
 */
final class Xkb implements Extensions.Handler, XkbHandler<Client> {
    static final int MAJOR = 135, FIRST_EVENT = 85, FIRST_ERROR = 137;
    private static final int DEVICE_ID = 3;
    private static final Logger log = LoggerFactory.getLogger(Xkb.class);
    private final XServer server;
    private XkbKeymap xkb;
    /** EventType.StateNotify in SelectEvents' masks. */
    private static final int STATE_NOTIFY = 0x4;
    private final int firstEvent;
    /** The StateNotify details each client selected. */
    private final java.util.Map<Client, Integer> stateSelections = new java.util.HashMap<>();
    /** Per client, the details selected for each event type (index: the type's bit in SelectEvents' masks). */
    private final java.util.Map<Client, int[]> selections = new java.util.HashMap<>();
    /** EventType indices: NewKeyboardNotify, MapNotify. */
    private static final int EV_NEW_KEYBOARD = 0, EV_MAP = 1;
    /** Clients that sent UseExtension (Xorg refuses some requests to others, and spares them nothing). */
    private final java.util.Set<Client> initialized = new java.util.HashSet<>();
    /** The components the display started with (its -xkb* options through the rules); a reset returns to them. */
    private final String[] startComponents;
    private int lastMods, lastLocked, lastGroup;
    private boolean listening;

    /** BadKeyboard's code: the registry's first error for XKEYBOARD. */
    private final int badKeyboard;

    Xkb(XServer server, Extensions.Bases bases) {
        this.server = server;
        this.badKeyboard = bases.firstError();
        this.firstEvent = bases.firstEvent();
        this.startComponents = startComponents(server.config.keyboard());
        server.addResetListener(this::serverReset);
        if (startComponents != XkbKeymap.US_COMPONENTS) server.addStartListener(this::installStartKeymap);
    }

    /** A display started with another layout: its keymap compiled now, and the core keymap derived from it. */
    private void installStartKeymap() {
        XkbKeymap m = keymap();
        if (m.components == startComponents)
            server.dispatcher.input.replaceKeymap(m.coreKeymap(), m.actionModifiers(), actions(m));
    }

    /** The rules' components for the display's start layout; the US keymap when they cannot be had (said once). */
    private static String[] startComponents(org.sumac.x11.server.KeyboardLayout k) {
        try {
            return XkbRules.components(k);
        } catch (IOException e) {
            log.warn("XKEYBOARD: {}; starting with the US layout", e.getMessage());
            return XkbKeymap.US_COMPONENTS;
        }
    }

    /** As Xorg, which rebuilds its keyboard on reset: a keymap loaded since start goes, the start one returns. */
    private void serverReset() {
        if (xkb == null || xkb.components == startComponents) return;
        XkbKeymap start = loadKeymap();
        xkb = start;
        boolean us = startComponents == XkbKeymap.US_COMPONENTS;
        server.dispatcher.input.replaceKeymap(start.coreKeymap(), us ? null : start.actionModifiers(), us ? null : actions(start));
    }

    /** The keyboard's view of a keymap's actions (for group switching); a snapshot of its tables at this moment. */
    private static org.sumac.x11.input.Keyboard.KeyActions actions(XkbKeymap m) {
        int groups = Math.max(1, m.numGroups);
        return new org.sumac.x11.input.Keyboard.KeyActions() {
            @Override public byte[] action(int keycode, int modifiers, int group) { return m.action(keycode, modifiers, group); }
            @Override public int groups() { return groups; }
        };
    }

    private int selection(Client c, int type) {
        int[] s = selections.get(c);
        return s == null ? 0 : s[type];
    }

    /** Requests XKB defines but this server does not do answer BadImplementation (XkbHandler's defaults). */
    @Override public void dispatch(Client c, RequestReader r, int minor) {
        switch (minor) {
            case GET_GEOMETRY -> getGeometry(c, r);
            case GET_KBD_BY_NAME -> getKbdByName(c, r);
            case SET_GEOMETRY -> setGeometry(c, r);
            default -> XkbProtocol.dispatch(this, c, r, minor);
        }
    }

    /** XkbGetGeometry, which xcb-proto does not describe (so not generated): xkbcomp asks for it. */
    static final int GET_GEOMETRY = 19;

    /**
     * The keymap's geometry, written as Xorg's XkbSendGeometry: the label font, properties, colors, shapes with
     * their outlines, sections (rows of keys, doodads, overlays), doodads, key aliases. A name other than None
     * or the geometry's own finds nothing (found False), as on Xorg. Checks: 12 bytes, a keyboard, an atom or None.
     */
    private void getGeometry(Client c, RequestReader r) {
        if (r.length() != 12) throw XError.length();
        checkDevice(r.card16At(4));
        int name = r.int32At(8);
        if (name != 0 && server.atoms.name(name) == null) throw new XError(XError.ATOM, name);
        c.sendReply(geometryReply(c, keymap().geometry, name));
    }

    private ReplyWriter geometryReply(Client c, XkbKeymap.Geometry g, int name) {
        ReplyWriter w = c.reply(DEVICE_ID);
        if (g == null || name != 0 && !server.atoms.name(name).equals(g.name())) {
            w.i32(name).zeros(20);
            return w;
        }
        w.i32(atom(g.name())).u8(1).u8(0).u16(g.widthMM()).u16(g.heightMM()).u16(g.properties().size())
            .u16(g.colors().size()).u16(g.shapes().size()).u16(g.sections().size()).u16(g.doodads().size())
            .u16(g.aliases().size()).u8(g.baseColor()).u8(g.labelColor());
        counted(w, g.labelFont());
        for (String[] p : g.properties()) { counted(w, p[0]); counted(w, p[1]); }
        for (String color : g.colors()) counted(w, color);
        for (XkbKeymap.Shape shape : g.shapes()) {
            w.i32(atom(shape.name())).u8(shape.outlines().size()).u8(shape.primary()).u8(shape.approx()).u8(0);
            for (XkbKeymap.Outline o : shape.outlines()) {
                w.u8(o.points().length / 2).u8(o.cornerRadius()).u16(0);
                for (int p : o.points()) w.u16(p);
            }
        }
        for (XkbKeymap.Section sec : g.sections()) {
            w.i32(atom(sec.name())).u16(sec.top()).u16(sec.left()).u16(sec.width()).u16(sec.height()).u16(sec.angle())
                .u8(sec.priority()).u8(sec.rows().size()).u8(sec.doodads().size()).u8(sec.overlays().size()).u16(0);
            for (XkbKeymap.Row row : sec.rows()) {
                w.u16(row.top()).u16(row.left()).u8(row.keys().size()).bool(row.vertical()).u16(0);
                for (XkbKeymap.Key k : row.keys()) w.string8(keyName(k.name())).u16(k.gap()).u8(k.shape()).u8(k.color());
            }
            for (XkbKeymap.Doodad d : sec.doodads()) doodad(w, d);
            for (XkbKeymap.Overlay o : sec.overlays()) {
                w.i32(atom(o.name())).u8(o.rows().size()).zeros(3);
                for (XkbKeymap.OverlayRow row : o.rows()) {
                    w.u8(row.rowUnder()).u8(row.keys().size()).u16(0);
                    for (String[] k : row.keys()) w.string8(keyName(k[0])).string8(keyName(k[1]));
                }
            }
        }
        for (XkbKeymap.Doodad d : g.doodads()) doodad(w, d);
        for (String[] a : g.aliases()) w.string8(keyName(a[0])).string8(keyName(a[1]));
        return w;
    }

    static final int GET_KBD_BY_NAME = 23, SET_GEOMETRY = 20;

    /** Requests that change the keyboard: refused (BadAccess) to a client that has not sent UseExtension, as Xorg. */
    private void checkInitialized(Client c) {
        if (!initialized.contains(c)) throw XError.access();
    }

    /**
     * XkbSetMap (xkbcomp's upload, or a client changing keys): checked whole, then applied; the core keymap follows,
     * MapNotify goes to the clients that selected the parts changed, MappingNotify to the others as Xorg sends it.
     */
    @Override public void setMap(Client c, RequestReader r) {
        if (r.length() < 36) throw XError.length();
        checkInitialized(c);
        checkDevice(r.card16At(4));
        XkbKeymap m = keymap();
        XkbSetRequests.MapChange ch = XkbSetRequests.setMap(r, m);
        server.dispatcher.input.replaceKeymap(m.coreKeymap(), m.actionModifiers(), actions(m));
        var ev = new MapNotifyEvent(MapNotifyEvent.NUMBER, server.time(), DEVICE_ID, 0, ch.present(), m.minKeycode, m.maxKeycode,
            ch.firstType(), ch.nTypes(), ch.firstKeySym(), ch.nKeySyms(), ch.firstKeyAct(), ch.nKeyActs(), ch.firstKeyBehavior(),
            ch.nKeyBehaviors(), ch.firstKeyExplicit(), ch.nKeyExplicit(), ch.firstModMapKey(), ch.nModMapKeys(),
            ch.firstVModMapKey(), ch.nVModMapKeys(), ch.virtualMods());
        boolean keys = (ch.present() & XkbSetRequests.SYMS) != 0, mods = (ch.present() & XkbSetRequests.MODMAP) != 0;
        int first = ch.firstKeySym(), count = ch.nKeySyms();
        for (Client cl : server.clients()) {
            int selected = selection(cl, EV_MAP);
            if ((selected & ch.present()) != 0) server.sendEvent(cl, firstEvent, MapNotifyEvent.NUMBER, ev::write);
            // XKB clients get the core event only for the parts they selected MapNotify for (Xorg's legacy notify)
            boolean xkbClient = initialized.contains(cl);
            if (keys && (!xkbClient || (selected & XkbSetRequests.SYMS) != 0))
                server.sendEvent(cl, MAPPING_NOTIFY, 0, e -> e.u8(1).u8(first).u8(count));
            if (mods && (!xkbClient || (selected & XkbSetRequests.MODMAP) != 0))
                server.sendEvent(cl, MAPPING_NOTIFY, 0, e -> e.u8(0).u8(0).u8(0));
        }
    }

    /** XkbSetCompatMap: symbol interpretations from firstSI (growing or truncating the list), the groups' modifiers. */
    @Override public void setCompatMap(Client c, SetCompatMap q) {
        checkInitialized(c);
        checkDevice(q.deviceSpec());
        XkbKeymap m = keymap();
        int first = q.firstSI(), n = q.nSI();
        if ((n > 0 || q.truncateSI() != 0) && first > m.interps.length) throw XError.value(err(0x02, m.interps.length));
        List<XkbKeymap.Interp> list = new ArrayList<>(java.util.Arrays.asList(m.interps));
        if (n > 0) {
            int size = first + n > list.size() ? first + n : q.truncateSI() != 0 ? first + n : list.size();
            while (list.size() < size) list.add(null);
            while (list.size() > size) list.removeLast();
            int at = first;
            for (int i = 0; i < n; i++) {
                SymInterpret w = q.si().get(i);
                byte[] act = new byte[8];
                act[0] = (byte) w.action().type();
                System.arraycopy(w.action().data(), 0, act, 1, 7);
                // Xorg skips Any+AnyOfOrNone(all) private actions from clients too
                if (w.sym() == 0 && w.match() == 2 && (w.mods() & 0xff) == 0xff && w.action().type() == 0x86) continue;
                list.set(at++, new XkbKeymap.Interp(w.sym(), w.mods(), w.match(), w.virtualMod(), w.flags(), act));
            }
            while (at < first + n) { list.remove(at); n--; }
        } else if (q.truncateSI() != 0) {
            while (list.size() > first) list.removeLast();
        }
        m.interps = list.toArray(new XkbKeymap.Interp[0]);
        for (int g = 0, i = 0; g < XkbKeymap.NUM_GROUPS; g++) {
            if ((q.groups() & 1 << g) == 0) continue;
            ModDef d = q.groupMaps().get(i++);
            m.groupMods[g] = new XkbKeymap.Mods(d.realMods() | m.vmodsToReal(d.vmods()), d.realMods(), d.vmods());
        }
        if (q.recomputeActions() != 0) {
            m.recompute(m.minKeycode, m.maxKeycode);
            server.dispatcher.input.replaceKeymap(m.coreKeymap(), m.actionModifiers(), actions(m));
        }
    }

    /** XkbSetIndicatorMap: the maps of the indicators in which, their masks resolved from the virtual modifiers. */
    @Override public void setIndicatorMap(Client c, SetIndicatorMap q) {
        checkInitialized(c);
        checkDevice(q.deviceSpec());
        XkbKeymap m = keymap();
        for (int i = 0, at = 0; i < XkbKeymap.NUM_INDICATORS; i++) {
            if ((q.which() & 1 << i) == 0) continue;
            IndicatorMap w = q.maps().get(at++);
            // as Xorg: the map's modifiers are the wire's mods field (its realMods field goes unread)
            m.indicators[i] = new XkbKeymap.Indicator(w.flags(), w.whichGroups(), w.groups(), w.whichMods(),
                w.mods() | m.vmodsToReal(w.vmods()), w.mods(), w.vmods(), w.ctrls());
        }
    }

    /** XkbSetNames (xkbcomp's upload names the components, types, levels, indicators, keys...). */
    @Override public void setNames(Client c, RequestReader r) {
        if (r.length() < 28) throw XError.length();
        checkInitialized(c);
        checkDevice(r.card16At(4));
        XkbSetRequests.setNames(r, keymap(), server.atoms::name);
    }

    /** XkbSetGeometry, which xcb-proto does not describe: the keyboard's drawing, as xkbcomp uploads it. */
    private void setGeometry(Client c, RequestReader r) {
        if (r.length() < 28) throw XError.length();
        checkInitialized(c);
        checkDevice(r.card16At(4));
        XkbKeymap m = keymap();
        m.geometry = XkbSetRequests.setGeometry(r, server.atoms::name);
        m.geometryName = m.geometry.name();
    }

    /** GBN components: types, compat map, client and server symbols, indicator maps, key names, geometry, other names. */
    private static final int GBN_TYPES = 0x01, GBN_COMPAT = 0x02, GBN_CLIENT_SYMS = 0x04, GBN_SERVER_SYMS = 0x08,
        GBN_INDICATORS = 0x10, GBN_KEY_NAMES = 0x20, GBN_GEOMETRY = 0x40, GBN_OTHER_NAMES = 0x80;
    /** XKM file sections, as Xorg's found mask counts them. */
    private static final int XKM_TYPES = 0x01, XKM_COMPAT = 0x02, XKM_SYMBOLS = 0x04, XKM_INDICATORS = 0x08,
        XKM_KEY_NAMES = 0x10, XKM_GEOMETRY = 0x20, XKM_VMODS = 0x40;

    private static int gbnToXkm(int gbn) {
        int x = 0;
        if ((gbn & GBN_TYPES) != 0) x |= XKM_TYPES;
        if ((gbn & GBN_COMPAT) != 0) x |= XKM_COMPAT;
        if ((gbn & (GBN_CLIENT_SYMS | GBN_SERVER_SYMS)) != 0) x |= XKM_SYMBOLS;
        if ((gbn & GBN_INDICATORS) != 0) x |= XKM_INDICATORS;
        if ((gbn & GBN_KEY_NAMES) != 0) x |= XKM_KEY_NAMES;
        if ((gbn & GBN_GEOMETRY) != 0) x |= XKM_GEOMETRY;
        return x;
    }

    private static int xkmToGbn(int xkm) {
        int g = 0;
        if ((xkm & XKM_TYPES) != 0) g |= GBN_TYPES;
        if ((xkm & XKM_COMPAT) != 0) g |= GBN_COMPAT;
        if ((xkm & XKM_SYMBOLS) != 0) g |= GBN_CLIENT_SYMS | GBN_SERVER_SYMS;
        if ((xkm & XKM_INDICATORS) != 0) g |= GBN_INDICATORS;
        if ((xkm & XKM_KEY_NAMES) != 0) g |= GBN_KEY_NAMES;
        if ((xkm & XKM_GEOMETRY) != 0) g |= GBN_GEOMETRY;
        if (xkm != 0) g |= GBN_OTHER_NAMES;
        return g;
    }

    /** The characters Xorg keeps of a component name (componentExprLegal); the others are dropped. */
    private static boolean legalInName(int ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || "%()*+-/:?_|".indexOf(ch) >= 0
            || ch >= 0xc0 && ch != 0xd7 && ch != 0xf7;
    }

    /**
     * XkbGetKbdByName, what setxkbmap sends: compile the named components with xkbcomp (as Xorg does, "%" or a missing
     * name standing for the current one), answer with the parts the client wants (a GetMap, GetCompatMap,
     * GetIndicatorMap, GetNames and GetGeometry reply inside this one) and, when asked to load it, make it the keyboard's
     * keymap: the core keymap and modifier map follow, with MappingNotify to clients that do not use XKB and
     * NewKeyboardNotify to those that selected it. Names that do not compile: found and reported 0, nothing changes.
     * Hand-written: xcb-proto describes this request without its names.
     */
    private void getKbdByName(Client c, RequestReader r) {
        if (r.length() < 12) throw XError.length();
        if (!initialized.contains(c)) throw XError.access();
        checkDevice(r.card16At(4));
        int need = r.card16At(6), want = r.card16At(8);
        boolean load = r.card8At(10) != 0;
        String[] names = new String[6]; // keymap, keycodes, types, compat, symbols, geometry
        int at = 12, total = r.length();
        for (int i = 0; i < 6; i++) {
            if (at + 1 > total) throw XError.length();
            int len = r.card8At(at++);
            if (at + len > total) throw XError.length();
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < len; k++) {
                int ch = r.card8At(at + k);
                if (legalInName(ch)) b.append((char) ch);
            }
            at += len;
            names[i] = b.isEmpty() ? null : b.toString();
            if (i == 0 && names[0] != null) throw XError.match(); // a whole keymap by name: Xorg no longer has them
        }
        if ((at + 3 & ~3) != total) throw XError.length();
        if ((want & ~0xff) != 0) throw XError.value(err(0x01, want & ~0xff));
        if ((need & ~0xff) != 0) throw XError.value(err(0x02, need & ~0xff));

        XkbKeymap old = keymap();
        String[] current = old.components != null ? old.components : startComponents;
        String[] components = new String[5];
        for (int i = 0; i < 5; i++) {
            String n = names[i + 1];
            components[i] = n == null || n.equals("%") ? current[i] : n;
        }
        int fwant = gbnToXkm(want) | XKM_VMODS, fneed = gbnToXkm(need);
        int reported = xkmToGbn(fwant | fneed);
        if (load) { fneed |= 0x17; fwant |= 0x7f; } // XkmKeymapRequired, XkmKeymapLegal
        if (((fwant | fneed) & XKM_SYMBOLS) != 0) { fneed |= 4; fwant |= 3; } // Xorg ORs the sections' indices here
        XkbKeymap loaded = null;
        int found = 0;
        try {
            loaded = XkbKeymap.compile(components);
            // as Xorg's XkmReadFile: a section needed and missing (xkbcomp dropped what did not compile) loads nothing
            if ((fneed & ~loaded.sections) != 0) loaded = null;
            else found = (fwant | fneed) & loaded.sections;
        } catch (IOException e) {
            log.debug("XKEYBOARD: GetKbdByName: {}", e.getMessage());
        }
        if (loaded == null) reported = 0;
        if (loaded != null && loaded.geometry == null) reported &= ~GBN_GEOMETRY;

        ReplyWriter w = c.reply(DEVICE_ID);
        w.u8(old.minKeycode).u8(old.maxKeycode).bool(loaded != null && load).bool(false).u16(found).u16(reported).zeros(16);
        if ((reported & (GBN_TYPES | GBN_CLIENT_SYMS | GBN_SERVER_SYMS)) != 0) {
            int present = 0;
            if ((reported & (GBN_TYPES | GBN_CLIENT_SYMS)) != 0) present |= MapPart.KEY_TYPES;
            if ((reported & GBN_CLIENT_SYMS) != 0) present |= MapPart.KEY_SYMS | MapPart.MODIFIER_MAP;
            if ((reported & GBN_SERVER_SYMS) != 0) present |= 0xf8;
            embed(w, c, mapReply(c, loaded, present, 0, null));
        }
        if ((reported & GBN_COMPAT) != 0) embed(w, c, compatReply(loaded, 0xf, 0, loaded.interps.length));
        if ((reported & GBN_INDICATORS) != 0) embed(w, c, indicatorReply(loaded, 0xffffffff));
        if ((reported & (GBN_KEY_NAMES | GBN_OTHER_NAMES)) != 0) {
            int which = (reported & GBN_OTHER_NAMES) != 0 ? 0x3fff & ~0x600 : 0;
            if ((reported & GBN_KEY_NAMES) != 0) which |= 0x200 | (loaded.aliases.length > 0 ? 0x400 : 0);
            embed(w, c, namesReply(loaded, which, (reported & GBN_KEY_NAMES) != 0));
        }
        if ((reported & GBN_GEOMETRY) != 0) {
            ReplyWriter g = geometryReply(c, loaded.geometry, 0);
            finish(g);
            w.bytes(g.array(), 0, g.size());
        }
        c.sendReply(w);
        if (loaded != null && load) {
            boolean geometryChanged = names[5] != null && !names[5].equals("%");
            install(loaded, GET_KBD_BY_NAME, 0x1 | (geometryChanged ? 0x2 : 0));
        }
    }

    /** A reply inside another (GetKbdByName's parts): its own 32-byte header and length. */
    private static void embed(ReplyWriter outer, Client c, org.sumac.x11.protocol.Reply r) {
        ReplyWriter w = c.reply(0);
        r.write(w);
        finish(w);
        outer.bytes(w.array(), 0, w.size());
    }

    private static void finish(ReplyWriter w) {
        if (w.size() < 32) w.zeros(32 - w.size());
        w.pad();
        w.putI32(4, (w.size() - 32) / 4);
    }

    /**
     * Makes a new keymap the keyboard's (Xorg's XkbSendNewKeyboardNotify and what follows): NewKeyboardNotify to the
     * clients that selected these changes, the core keymap derived from it, and MappingNotify (keyboard, then modifiers)
     * to every client that has not initialized XKB (Xorg spares XKB clients: they follow NewKeyboardNotify).
     */
    private void install(XkbKeymap m, int minor, int changed) {
        XkbKeymap old = keymap();
        xkb = m;
        if (!server.dispatcher.input.replaceKeymap(m.coreKeymap(), m.actionModifiers(), actions(m))) log.warn("XKEYBOARD: the new keymap's keycodes are not 8-255");
        var nkn = new NewKeyboardNotifyEvent(NewKeyboardNotifyEvent.NUMBER, server.time(), DEVICE_ID, DEVICE_ID,
            m.minKeycode, m.maxKeycode, old.minKeycode, old.maxKeycode, MAJOR, minor, changed);
        int first = m.minKeycode, count = m.maxKeycode - m.minKeycode + 1;
        for (Client cl : server.clients()) {
            if ((selection(cl, EV_NEW_KEYBOARD) & changed) != 0)
                server.sendEvent(cl, firstEvent, NewKeyboardNotifyEvent.NUMBER, nkn::write);
            if (initialized.contains(cl)) continue;
            server.sendEvent(cl, MAPPING_NOTIFY, 0, e -> e.u8(1).u8(first).u8(count));
            server.sendEvent(cl, MAPPING_NOTIFY, 0, e -> e.u8(0).u8(0).u8(0));
        }
    }

    /** The core MappingNotify event; its request field: 0 Modifier, 1 Keyboard. */
    private static final int MAPPING_NOTIFY = 34;

    /** A string as XKB replies carry it: CARD16 length, the bytes, padded to 4 with the length. */
    private static void counted(ReplyWriter w, String s) {
        String v = s == null ? "" : s;
        w.u16(v.length()).string8(v).pad();
    }

    private void doodad(ReplyWriter w, XkbKeymap.Doodad d) {
        w.i32(atom(d.name())).u8(d.type()).u8(d.priority()).u16(d.top()).u16(d.left()).u16(d.angle());
        switch (d.type()) {
            case 3 -> {
                w.u16(d.width()).u16(d.height()).u8(d.a()).zeros(3);
                counted(w, d.text());
                counted(w, d.font());
            }
            case 4 -> w.u8(d.a()).u8(d.b()).u8(d.c()).zeros(5);
            case 5 -> {
                w.u8(d.a()).u8(d.b()).zeros(6);
                counted(w, d.text());
            }
            default -> w.u8(d.a()).u8(d.b()).zeros(6);
        }
    }

    @Override public void useExtension(Client c, UseExtension q) {
        initialized.add(c);
        c.sendReply(new UseExtension.Reply(true, 1, 0));
    }

    /**
     * StateNotify is the event clients select (Qt's xkbcommon-x11 follows the modifiers only through it);
     * the other events are accepted and never sent, as nothing changes the keymap yet.
     */
    @Override public void selectEvents(Client c, SelectEvents q) {
        checkDevice(q.deviceSpec());
        select(c, q, EV_NEW_KEYBOARD, 0x7, q.affectNewKeyboard(), q.newKeyboardDetails());
        select(c, q, EV_MAP, 0xff, q.affectMap(), q.map());
        if ((q.affectWhich() & STATE_NOTIFY) == 0) return;
        int details;
        if ((q.clear() & STATE_NOTIFY) != 0) details = 0;
        else if ((q.selectAll() & STATE_NOTIFY) != 0) details = 0x3fff;
        else details = stateSelections.getOrDefault(c, 0) & ~q.affectState() | q.stateDetails() & q.affectState();
        if (!listening) { // the input exists only once every extension is registered
            server.dispatcher.input.setKeyListener(this::keyChanged);
            listening = true;
        }
        if (details == 0) stateSelections.remove(c);
        else stateSelections.put(c, details);
        if (!stateSelections.isEmpty()) rememberState();
    }

    @Override public void clientClosed(Client c) {
        stateSelections.remove(c);
        selections.remove(c);
        initialized.remove(c);
    }

    /** One event type's selection: cleared, all its details, or the affected details changed. */
    private void select(Client c, SelectEvents q, int type, int all, int affect, int details) {
        int bit = 1 << type;
        if ((q.affectWhich() & bit) == 0) return;
        int now;
        if ((q.clear() & bit) != 0) now = 0;
        else if ((q.selectAll() & bit) != 0) now = all;
        else now = selection(c, type) & ~affect | details & affect & all;
        int[] s = selections.computeIfAbsent(c, k -> new int[16]);
        s[type] = now;
    }

    private void rememberState() {
        var in = server.dispatcher.input;
        lastMods = in.state() & 0xff;
        lastLocked = in.lockedModifiers() & 0xff;
        lastGroup = in.group();
    }

    /** After each key: a StateNotify to the clients that selected what changed. No allocation unless someone listens. */
    private void keyChanged(int keycode, boolean press) {
        if (stateSelections.isEmpty()) return;
        var in = server.dispatcher.input;
        int state = in.state(), mods = state & 0xff, locked = in.lockedModifiers() & 0xff, group = in.group();
        int changed = 0;
        if (group != lastGroup) changed |= 0x10 | 0x80; // GroupState, GroupLock
        lastGroup = group;
        if (mods != lastMods) changed |= 0x1 | 0x100 | 0x200 | 0x400 | 0x800 | 0x1000;
        if ((mods & ~locked) != (lastMods & ~lastLocked)) changed |= 0x2;
        if (locked != lastLocked) changed |= 0x8;
        lastMods = mods;
        lastLocked = locked;
        if (changed == 0) return;
        var ev = new StateNotifyEvent(StateNotifyEvent.NUMBER, server.time(), DEVICE_ID, mods, mods & ~locked, 0, locked,
            group, 0, 0, group, mods, mods, mods, mods, mods, state & 0x1f00, changed, keycode, press ? 2 : 3, 0, 0);
        for (var e : stateSelections.entrySet())
            if ((e.getValue() & changed) != 0) server.sendEvent(e.getKey(), firstEvent, StateNotifyEvent.NUMBER, ev::write);
    }

    // Bell, LatchLockState, SetControls: accepted, no effect.
    @Override public void bell(Client c, Bell q) { }
    @Override public void latchLockState(Client c, LatchLockState q) { }
    @Override public void setControls(Client c, SetControls q) { }

    @Override public void getState(Client c, GetState q) {
        var in = server.dispatcher.input;
        int mods = in.state() & 0xff, locked = in.lockedModifiers() & 0xff, buttons = in.state() & 0x1f00, group = in.group();
        c.sendReply(new GetState.Reply(DEVICE_ID, mods, mods & ~locked, 0, locked, group, group, 0, 0,
            mods, mods, mods, mods, mods, buttons));
    }

    /** Xorg's defaults for the core keyboard; the group count and per-key repeat come from the keymap. */
    @Override public void getControls(Client c, GetControls q) {
        checkDevice(q.deviceSpec());
        XkbKeymap m = keymap();
        c.sendReply(new GetControls.Reply(DEVICE_ID, 1, m.numGroups, 1, 0, 0, 0, 0, 0, 0,
            660, 40, 300, 300, 160, 40, 30, 30, 500, 0xcef, 120, 0x10, 0, 0x1e, 0, 0x13a1, m.perKeyRepeat.clone()));
    }

    /** The keyboard description, compiled on first use (xkbcomp takes some milliseconds; most clients never ask). */
    XkbKeymap keymap() {
        if (xkb == null) xkb = loadKeymap();
        return xkb;
    }

    private XkbKeymap loadKeymap() {
        try {
            XkbKeymap m = XkbKeymap.compile(startComponents);
            m.components = startComponents;
            if ((m.sections & XkbKeymap.REQUIRED_SECTIONS) == XkbKeymap.REQUIRED_SECTIONS) return m;
            log.warn("XKEYBOARD: xkbcomp could not compile {}", String.join(" ", startComponents));
        } catch (IOException e) {
            log.warn("XKEYBOARD: {}; serving the keymap compiled when Sumac was built", e.getMessage());
        }
        try (var in = Xkb.class.getResourceAsStream("us-evdev.xkm")) {
            XkbKeymap m = XkbKeymap.read(in.readAllBytes());
            m.components = startComponents;
            return m;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The core keyboard (XkbUseCoreKbd or its id) passes. The core pointer (id 2, XkbUseCorePtr) is a device without
     * keys: BadKeyboard 0xfe000000|id as Xorg. Any other id names no device: Xorg answers XInput's BadDevice,
     * 0xff000000|id; this server offers no XInput, so BadKeyboard carries that value.
     */
    private void checkDevice(int device) {
        if (device == 0x100 || device == DEVICE_ID) return;
        throw new XError(badKeyboard, err(device == 2 || device == 0x200 ? 0xfe : 0xff, device));
    }

    /** A key name on the wire: four bytes, NUL-padded. */
    private static String keyName(String name) {
        String n = name == null ? "" : name;
        return n.length() >= 4 ? n.substring(0, 4) : n + "\0".repeat(4 - n.length());
    }

    private int atom(String name) { return name == null ? 0 : server.atoms.intern(name); }

    /** Xorg's error values: a check's number in the high byte, then its arguments (_XkbErrCode2..4). */
    private static int err(int a, int b) { return a << 24 | b & 0xffffff; }
    private static int err(int a, int b, int c) { return err(a, b << 16 | c); }
    private static int err(int a, int b, int c, int d) { return err(a, b, c << 8 | d); }

    private static IndicatorMap indicatorMap(XkbKeymap.Indicator m) {
        return new IndicatorMap(m.flags(), m.whichGroups(), m.groups(), m.whichMods(), m.mask(), m.realMods(), m.vmods(), m.ctrls());
    }

    /** All symbol interpretations and the groups' compatibility modifiers asked for. */
    @Override public void getCompatMap(Client c, GetCompatMap q) {
        checkDevice(q.deviceSpec());
        XkbKeymap m = keymap();
        int first = q.firstSI(), n = q.nSI(), total = m.interps.length;
        if (q.getAllSI() != 0) { first = 0; n = total; }
        else if (n > 0 && first + n > total) throw XError.value(err(0x05, total));
        c.sendReply(compatReply(m, q.groups(), first, n));
    }

    private GetCompatMap.Reply compatReply(XkbKeymap m, int wantedGroups, int first, int n) {
        int total = m.interps.length;
        List<SymInterpret> si = new ArrayList<>(n);
        for (int i = first; i < first + n; i++) {
            XkbKeymap.Interp in = m.interps[i];
            byte[] data = java.util.Arrays.copyOfRange(in.action(), 1, 8);
            si.add(new SymInterpret(in.sym(), in.mods(), in.match(), in.vmod(), in.flags(), new SIAction(in.action()[0] & 0xff, data)));
        }
        List<ModDef> groups = new ArrayList<>();
        for (int g = 0; g < XkbKeymap.NUM_GROUPS; g++) {
            if ((wantedGroups & 1 << g) == 0) continue;
            XkbKeymap.Mods gm = m.groupMods[g];
            groups.add(new ModDef(gm.mask(), gm.realMods(), gm.vmods()));
        }
        return new GetCompatMap.Reply(DEVICE_ID, wantedGroups & 0xf, first, total, si, groups);
    }

    /** Indicators 0-2 are Caps, Num and Scroll Lock, as the core LED mask. */
    @Override public void getIndicatorState(Client c, GetIndicatorState q) {
        checkDevice(q.deviceSpec());
        c.sendReply(new GetIndicatorState.Reply(DEVICE_ID, server.dispatcher.input.lockState()));
    }

    @Override public void getIndicatorMap(Client c, GetIndicatorMap q) {
        checkDevice(q.deviceSpec());
        c.sendReply(indicatorReply(keymap(), q.which()));
    }

    private static GetIndicatorMap.Reply indicatorReply(XkbKeymap m, int which) {
        List<IndicatorMap> maps = new ArrayList<>();
        for (int i = 0; i < XkbKeymap.NUM_INDICATORS; i++) if ((which & 1 << i) != 0) maps.add(indicatorMap(m.indicators[i]));
        return new GetIndicatorMap.Reply(DEVICE_ID, which, m.physIndicators, XkbKeymap.NUM_INDICATORS, maps);
    }

    /** An indicator by name: its index, map and state (xset q asks for each named one). */
    @Override public void getNamedIndicator(Client c, GetNamedIndicator q) {
        checkDevice(q.deviceSpec());
        int name = q.indicator();
        if (name == 0 || server.atoms.name(name) == null) throw new XError(XError.ATOM, name);
        // only the keyboard feedback has LEDs; Xorg answers BadAlloc for any other (its lookup creates none)
        if (!isKeyboardLeds(q.ledClass(), q.ledID())) throw XError.alloc();
        XkbKeymap m = keymap();
        String wanted = server.atoms.name(name);
        int i = 0;
        while (i < XkbKeymap.NUM_INDICATORS && !wanted.equals(m.indicatorNames[i])) i++;
        if (i == XkbKeymap.NUM_INDICATORS) {
            c.sendReply(new GetNamedIndicator.Reply(DEVICE_ID, name, false, false, false, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, true));
            return;
        }
        XkbKeymap.Indicator map = m.indicators[i];
        boolean on = i < 3 && (server.dispatcher.input.lockState() & 1 << i) != 0;
        c.sendReply(new GetNamedIndicator.Reply(DEVICE_ID, name, true, on, (m.physIndicators & 1 << i) != 0, i, map.flags(),
            map.whichGroups(), map.groups(), map.whichMods(), map.mask(), map.realMods(), map.vmods(), map.ctrls(), true));
    }

    /** KbdFeedbackClass or XkbDfltXIClass, its id 0 or XkbDfltXIId: the core keyboard's LEDs. */
    private static boolean isKeyboardLeds(int cls, int id) {
        return (cls == 0 || cls == 0x300) && (id == 0 || id == 0x400);
    }

    /** The names Xorg keeps: components, types and levels, indicators, keys and aliases, virtual modifiers, groups. */
    @Override public void getNames(Client c, GetNames q) {
        checkDevice(q.deviceSpec());
        c.sendReply(namesReply(keymap(), q.which(), true));
    }

    /** keyRange: the reply gives the keymap's keys as first key and count (GetNames always; GetKbdByName with key names). */
    private GetNames.Reply namesReply(XkbKeymap m, int which0, boolean keyRange) {
        int which = which0 & 0x3fff & ~(1 << 13); // no radio groups
        int nTypes = m.types.length; // Xorg gives the counts whatever is asked
        int[] typeNames = null, ktLevels = null, indicatorNames = null, vmodNames = null, groupNames = null;
        byte[] levelsPerType = null;
        int indicators = 0, vmods = 0, groups = 0, nLevels = 0;
        if ((which & 64) != 0) {
            typeNames = new int[nTypes];
            for (int t = 0; t < nTypes; t++) typeNames[t] = atom(m.types[t].name());
        }
        if ((which & 128) != 0) {
            levelsPerType = new byte[nTypes];
            for (int t = 0; t < nTypes; t++) { levelsPerType[t] = (byte) m.types[t].levels(); nLevels += m.types[t].levels(); }
            ktLevels = new int[nLevels];
            int at = 0;
            for (XkbKeymap.Type t : m.types) for (String l : t.levelNames()) ktLevels[at++] = atom(l);
        }
        if ((which & 256) != 0) {
            for (int i = 0; i < XkbKeymap.NUM_INDICATORS; i++) if (m.indicatorNames[i] != null) indicators |= 1 << i;
            indicatorNames = new int[Integer.bitCount(indicators)];
            int at = 0;
            for (int i = 0; i < XkbKeymap.NUM_INDICATORS; i++) if (m.indicatorNames[i] != null) indicatorNames[at++] = atom(m.indicatorNames[i]);
        }
        if ((which & 2048) != 0) {
            for (int i = 0; i < XkbKeymap.NUM_VMODS; i++) if (m.vmodNames[i] != null) vmods |= 1 << i;
            vmodNames = new int[Integer.bitCount(vmods)];
            int at = 0;
            for (int i = 0; i < XkbKeymap.NUM_VMODS; i++) if (m.vmodNames[i] != null) vmodNames[at++] = atom(m.vmodNames[i]);
        }
        if ((which & 4096) != 0) {
            for (int g = 0; g < XkbKeymap.NUM_GROUPS; g++) if (m.groupNames[g] != null) groups |= 1 << g;
            groupNames = new int[Integer.bitCount(groups)];
            int at = 0;
            for (int g = 0; g < XkbKeymap.NUM_GROUPS; g++) if (m.groupNames[g] != null) groupNames[at++] = atom(m.groupNames[g]);
        }
        int firstKey = keyRange ? m.minKeycode : 0, nKeys = keyRange ? m.maxKeycode - m.minKeycode + 1 : 0;
        List<KeyName> keyNames = null;
        if ((which & 512) != 0) {
            keyNames = new ArrayList<>(nKeys);
            for (int k = m.minKeycode; k <= m.maxKeycode; k++) keyNames.add(new KeyName(keyName(m.keyNames[k])));
        }
        List<KeyAlias> aliases = null;
        int nAliases = 0;
        if ((which & 1024) != 0) {
            aliases = new ArrayList<>();
            for (String[] a : m.aliases) aliases.add(new KeyAlias(keyName(a[0]), keyName(a[1])));
            nAliases = aliases.size();
        }
        return new GetNames.Reply(DEVICE_ID, which, m.minKeycode, m.maxKeycode, nTypes, groups, vmods, firstKey, nKeys,
            indicators, 0, nAliases, nLevels, atom(m.keycodesName), atom(m.geometryName), atom(m.symbolsName), atom(m.physSymbolsName),
            atom(m.typesName), atom(m.compatName), typeNames, levelsPerType, ktLevels, indicatorNames, vmodNames, groupNames,
            keyNames, aliases, null);
    }

    /**
     * The core keyboard, as Xorg answers for it: no buttons, one keyboard feedback whose LEDs are the keymap's
     * indicators, named "Virtual core keyboard". Features outside XkbXI_AllDeviceFeaturesMask are BadValue.
     */
    @Override public void getDeviceInfo(Client c, GetDeviceInfo q) {
        checkDevice(q.deviceSpec());
        int supported = 0x1e;
        if ((q.wanted() & ~supported) != 0) throw XError.value(err(0x01, q.wanted() & ~supported));
        int wanted = q.wanted() & ~0x02; // the core keyboard has no buttons
        List<DeviceLedInfo> leds = new ArrayList<>();
        if ((wanted & 0x1c) != 0) {
            int cls = q.ledClass(), id = q.ledID();
            // XkbDfltXIClass (0x300) and KbdFeedbackClass (0) name the keyboard's feedback; XkbAllXIClasses (0x500) too
            if (cls != 0x300 && cls != 0 && cls != 0x500) throw new XError(badKeyboard, err(0xfe, cls));
            if (id != 0x400 && id != 0 && (id != 0x500 || cls != 0x500)) throw new XError(badKeyboard, err(0xfd, id));
            XkbKeymap m = keymap();
            int names = 0, maps = 0;
            // Xorg describes names and maps both whenever any indicator part is wanted
            for (int i = 0; i < 32; i++) if (m.indicatorNames[i] != null) names |= 1 << i;
            for (int i = 0; i < 32; i++) if (m.indicators[i].inUse()) maps |= 1 << i;
            int[] nameAtoms = new int[Integer.bitCount(names)];
            List<IndicatorMap> mapList = new ArrayList<>();
            int at = 0;
            for (int i = 0; i < 32; i++) {
                if ((names & 1 << i) != 0) nameAtoms[at++] = atom(m.indicatorNames[i]);
                if ((maps & 1 << i) != 0) mapList.add(indicatorMap(m.indicators[i]));
            }
            int state = (wanted & 0x10) != 0 ? server.dispatcher.input.lockState() : 0;
            leds.add(new DeviceLedInfo(0, 0, names, maps, m.physIndicators, state, nameAtoms, mapList));
        }
        c.sendReply(new GetDeviceInfo.Reply(DEVICE_ID, wanted, supported, 0, 0, 0, 0, 0, true, 0, 0xff00, 0,
            "Virtual core keyboard", List.of(), leds));
    }

    /** DetectableAutoRepeat (bit 0) is supported: this server generates no auto-repeat at all. */
    @Override public void perClientFlags(Client c, PerClientFlags q) {
        c.sendReply(new PerClientFlags.Reply(DEVICE_ID, 0x1F, q.value() & q.change() & 0x1F, 0, 0));
    }

    @Override public void getMap(Client c, GetMap q) {
        checkDevice(q.deviceSpec());
        int full = q.full(), partial = q.partial();
        if ((full & partial) != 0) throw XError.match();
        if ((full & ~0xff) != 0) throw XError.value(err(0x02, full & ~0xff));
        if ((partial & ~0xff) != 0) throw XError.value(err(0x03, partial & ~0xff));
        c.sendReply(mapReply(c, keymap(), full, partial, q));
    }

    /** The GetMap reply for the parts in full, and those in partial with q's ranges (checked); q is null when partial is 0. */
    private GetMap.Reply mapReply(Client c, XkbKeymap m, int full, int partial, GetMap q) {
        if (q == null) q = new GetMap(0, full, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        int min = m.minKeycode, max = m.maxKeycode, keys = max - min + 1, nAllTypes = m.types.length;
        int firstType = 0, nTypes = 0;
        if ((full & MapPart.KEY_TYPES) != 0) nTypes = nAllTypes;
        else if ((partial & MapPart.KEY_TYPES) != 0) {
            if (q.firstType() + q.nTypes() > nAllTypes) throw XError.value(err(0x04, nAllTypes, q.firstType(), q.nTypes()));
            firstType = q.firstType();
            nTypes = q.nTypes();
        }
        int[] syms = range(m, full, partial, MapPart.KEY_SYMS, q.firstKeySym(), q.nKeySyms(), 0x05);
        int[] acts = range(m, full, partial, MapPart.KEY_ACTIONS, q.firstKeyAction(), q.nKeyActions(), 0x07);
        int[] behaviors = range(m, full, partial, MapPart.KEY_BEHAVIORS, q.firstKeyBehavior(), q.nKeyBehaviors(), 0x09);
        int vmods = (full & MapPart.VIRTUAL_MODS) != 0 ? 0xffff : (partial & MapPart.VIRTUAL_MODS) != 0 ? q.virtualMods() : 0;
        int[] explicit = range(m, full, partial, MapPart.EXPLICIT_COMPONENTS, q.firstKeyExplicit(), q.nKeyExplicit(), 0x0b);
        int[] modMap = range(m, full, partial, MapPart.MODIFIER_MAP, q.firstModMapKey(), q.nModMapKeys(), 0x0d);
        int[] vmodMap = range(m, full, partial, MapPart.VIRTUAL_MOD_MAP, q.firstVModMapKey(), q.nVModMapKeys(), 0x0f);
        int present = full | partial;

        List<KeyType> types = new ArrayList<>(nTypes);
        for (int t = firstType; t < firstType + nTypes; t++) types.add(keyType(m.types[t]));
        List<KeySymMap> symMaps = new ArrayList<>(syms[1]);
        int totalSyms = 0;
        for (int k = syms[0]; k < syms[0] + syms[1]; k++) {
            symMaps.add(new KeySymMap(m.ktIndex[k].clone(), m.groupInfo[k], m.width[k], m.syms[k].clone()));
            totalSyms += m.syms[k].length;
        }
        byte[] actCounts = new byte[acts[1]];
        List<byte[]> actList = new ArrayList<>();
        for (int k = acts[0]; k < acts[0] + acts[1]; k++) {
            byte[] a = m.actions[k];
            if (a == null) continue;
            actCounts[k - acts[0]] = (byte) (a.length / 8);
            for (int i = 0; i < a.length; i += 8) actList.add(java.util.Arrays.copyOfRange(a, i, i + 8));
        }
        List<SetBehavior> behaviorList = new ArrayList<>();
        for (int k = behaviors[0]; k < behaviors[0] + behaviors[1]; k++)
            if (m.behaviorType[k] != 0) behaviorList.add(new SetBehavior(k, new byte[] {(byte) m.behaviorType[k], (byte) m.behaviorData[k]}));
        byte[] vmodBytes = new byte[Integer.bitCount(vmods)];
        for (int i = 0, at = 0; i < XkbKeymap.NUM_VMODS; i++) if ((vmods & 1 << i) != 0) vmodBytes[at++] = (byte) m.vmodReal[i];
        List<SetExplicit> explicitList = new ArrayList<>();
        for (int k = explicit[0]; k < explicit[0] + explicit[1]; k++) if (m.explicit[k] != 0) explicitList.add(new SetExplicit(k, m.explicit[k]));
        List<KeyModMap> modList = new ArrayList<>();
        for (int k = modMap[0]; k < modMap[0] + modMap[1]; k++) if (m.modmap[k] != 0) modList.add(new KeyModMap(k, m.modmap[k]));
        List<KeyVModMap> vmodList = new ArrayList<>();
        // Xorg does not swap these for MSB-first clients (XkbWriteVirtualModMap): they get the bytes LSB first too
        boolean swap = c.msbFirst();
        for (int k = vmodMap[0]; k < vmodMap[0] + vmodMap[1]; k++)
            if (m.vmodmap[k] != 0) vmodList.add(new KeyVModMap(k, swap ? Short.reverseBytes((short) m.vmodmap[k]) & 0xffff : m.vmodmap[k]));
        return new GetMap.Reply(DEVICE_ID, min, max, present,
            firstType, nTypes, nAllTypes,
            syms[0], totalSyms, syms[1],
            acts[0], actList.size(), acts[1],
            behaviors[0], behaviors[1], behaviorList.size(),
            explicit[0], explicit[1], explicitList.size(),
            modMap[0], modMap[1], modList.size(),
            vmodMap[0], vmodMap[1], vmodList.size(),
            vmods, types, symMaps, actCounts, actList, behaviorList, vmodBytes, explicitList, modList, vmodList);
    }

    /** A part's first key and count: every key when it is in full, the range asked when partial (checked as Xorg's CHK_KEY_RANGE). */
    private int[] range(XkbKeymap m, int full, int partial, int part, int first, int n, int check) {
        if ((full & part) != 0) return new int[] {m.minKeycode, m.maxKeycode - m.minKeycode + 1};
        if ((partial & part) == 0) return new int[] {0, 0};
        if (Integer.toUnsignedLong(first + n - 1) > m.maxKeycode) throw XError.value(err(check, first, n, m.maxKeycode));
        if (first < m.minKeycode) throw XError.value(err(check + 1, first, m.minKeycode));
        return new int[] {first, n};
    }

    private static KeyType keyType(XkbKeymap.Type t) {
        List<KTMapEntry> map = new ArrayList<>(t.map().length);
        for (XkbKeymap.Entry e : t.map()) map.add(new KTMapEntry(e.active(), e.mask(), e.level(), e.realMods(), e.vmods()));
        List<ModDef> preserve = new ArrayList<>();
        if (t.preserve() != null) for (XkbKeymap.Mods p : t.preserve()) preserve.add(new ModDef(p.mask(), p.realMods(), p.vmods()));
        return new KeyType(t.mask(), t.realMods(), t.vmods(), t.levels(), t.map().length, t.preserve() != null, map, preserve);
    }
}
