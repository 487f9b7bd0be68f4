package org.sumac.x11.ext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sumac.x11.input.Device;
import org.sumac.x11.input.Seat;
import org.sumac.x11.input.Xi2;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.xinput.AllowDeviceEvents;
import org.sumac.x11.protocol.xinput.CloseDevice;
import org.sumac.x11.protocol.xinput.DeleteDeviceProperty;
import org.sumac.x11.protocol.xinput.EventMask;
import org.sumac.x11.protocol.xinput.GetDeviceButtonMapping;
import org.sumac.x11.protocol.xinput.GetDeviceProperty;
import org.sumac.x11.protocol.xinput.GetExtensionVersion;
import org.sumac.x11.protocol.xinput.GrabModifierInfo;
import org.sumac.x11.protocol.xinput.GroupInfo;
import org.sumac.x11.protocol.xinput.ListDeviceProperties;
import org.sumac.x11.protocol.xinput.ListInputDevices;
import org.sumac.x11.protocol.xinput.ModifierInfo;
import org.sumac.x11.protocol.xinput.OpenDevice;
import org.sumac.x11.protocol.xinput.SelectExtensionEvent;
import org.sumac.x11.protocol.xinput.XIAllowEvents;
import org.sumac.x11.protocol.xinput.XIChangeCursor;
import org.sumac.x11.protocol.xinput.XIDeleteProperty;
import org.sumac.x11.protocol.xinput.XIGetClientPointer;
import org.sumac.x11.protocol.xinput.XIGetFocus;
import org.sumac.x11.protocol.xinput.XIGetProperty;
import org.sumac.x11.protocol.xinput.XIGetSelectedEvents;
import org.sumac.x11.protocol.xinput.XIGrabDevice;
import org.sumac.x11.protocol.xinput.XIListProperties;
import org.sumac.x11.protocol.xinput.XIPassiveGrabDevice;
import org.sumac.x11.protocol.xinput.XIPassiveUngrabDevice;
import org.sumac.x11.protocol.xinput.XIQueryDevice;
import org.sumac.x11.protocol.xinput.XIQueryPointer;
import org.sumac.x11.protocol.xinput.XIQueryVersion;
import org.sumac.x11.protocol.xinput.XISelectEvents;
import org.sumac.x11.protocol.xinput.XISetClientPointer;
import org.sumac.x11.protocol.xinput.XISetFocus;
import org.sumac.x11.protocol.xinput.XIUngrabDevice;
import org.sumac.x11.protocol.xinput.XIWarpPointer;
import org.sumac.x11.protocol.xinput.XinputHandler;
import org.sumac.x11.protocol.xinput.XinputProtocol;
import org.sumac.x11.protocol.xproto.WarpPointer;
import org.sumac.x11.server.Atoms;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Cursors;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

/**
 * XInputExtension 2.2 on the core seat: the two master devices, XTEST's slaves and the SPICE client's, as Xvfb
 * lists its own (masters 2 and 3, XTEST 4 and 5, then the input source); XI2 selections, queries, grabs, focus
 * and device properties, and the XI2 events of the core input path ({@link Xi2}). Of XI 1.x, what libXi and
 * xinput send first (GetExtensionVersion, ListInputDevices, Open/CloseDevice, the device property requests).
 * Messages xcb-proto describes with {@code <switch>} (device classes, property items) are written by
 * {@link XInputWire}.
 */
final class XInput implements Extensions.Handler, XinputHandler<Client>, Xi2 {
    /** Xvfb's numbers (21.1). */
    static final int MAJOR = 131, FIRST_EVENT = 66, FIRST_ERROR = 129;
    /** XI2's special device ids in requests. */
    static final int ALL_DEVICES = 0, ALL_MASTER_DEVICES = 1;
    /** The last XI2 event type a client may select (XI 2.4's XI_GestureSwipeEnd, as Xorg 21.1 checks). */
    private static final int LAST_EVENT = 32;
    private static final int XI_HIERARCHY_CHANGED = 11, XI_RAW_KEY_PRESS = 13, XI_RAW_MOTION = 17,
        XI_TOUCH_BEGIN = 18, XI_TOUCH_UPDATE = 19, XI_TOUCH_END = 20, XI_TOUCH_OWNERSHIP = 21,
        XI_RAW_TOUCH_BEGIN = 22, XI_RAW_TOUCH_END = 24, XI_DEVICE_CHANGED = 1;
    private static final int MOTION = 6, FOCUS_IN = 9;

    private final XServer server;
    private final int badDevice, firstEvent;
    private final XInputWire wire;
    /** Per window: each client's XI2 masks by device id (0 and 1 for all devices / all masters). */
    private final Window.Key<Map<Client, Map<Integer, Long>>> selections = new Window.Key<>("XI2 selections", HashMap::new);
    /** Windows that hold selections: DeviceChanged goes to all of them. */
    private final Set<Window> selecting = new LinkedHashSet<>();
    /** Each device's properties by atom. */
    private final Map<Integer, Map<String, XInputWire.Property>> properties = new HashMap<>();
    /** Clients that set their client pointer explicitly. */
    private final Set<Client> clientPointerSet = new LinkedHashSet<>();

    XInput(XServer server, Extensions.Bases bases) {
        this.server = server;
        this.badDevice = bases.firstError();
        this.firstEvent = bases.firstEvent();
        this.wire = new XInputWire(server, bases.majorOpcode());
        for (XInputWire.Dev d : XInputWire.DEVICES) properties.put(d.id(), XInputWire.initialProperties(d));
    }

    /** The seat, once the display is up (extensions are registered before the input is). */
    private Seat seat() { return server.dispatcher.input.seat; }

    /** XI2 delivery starts with the first request: no client can have selected events before. */
    @Override public void dispatch(Client c, RequestReader r, int minor) {
        Seat seat = seat();
        if (seat.xi2 == null) seat.xi2 = this;
        XinputProtocol.dispatch(this, c, r, minor);
    }

    // ---- devices -----------------------------------------------------------------------------------

    private XInputWire.Dev device(int id) {
        for (XInputWire.Dev d : XInputWire.DEVICES) if (d.id() == id) return d;
        throw new XError(badDevice, id);
    }

    private Window windowOrNone(int id) { return id == 0 ? null : server.window(id); }

    // ---- version -----------------------------------------------------------------------------------

    @Override public void getExtensionVersion(Client c, GetExtensionVersion q) {
        c.sendReply(new GetExtensionVersion.Reply(XinputProtocol.GET_EXTENSION_VERSION, 2, 2, true));
    }

    @Override public void xIQueryVersion(Client c, XIQueryVersion q) {
        int major = q.majorVersion(), minor = q.minorVersion();
        if (major < 2) throw XError.value(major);
        // The lower of the client's version and ours (2.2).
        if (major > 2 || minor > 2) { major = 2; minor = 2; }
        c.sendReply(new XIQueryVersion.Reply(major, minor));
    }

    // ---- XI 1.x --------------------------------------------------------------------------------------

    @Override public void listInputDevices(Client c, ListInputDevices q) {
        c.sendReply(wire.listInputDevices(c));
    }

    @Override public void openDevice(Client c, OpenDevice q) {
        XInputWire.Dev d = device(q.deviceId());
        if (d.master()) throw new XError(badDevice, q.deviceId());
        c.sendReply(wire.openDevice(c, d, firstEvent));
    }

    @Override public void closeDevice(Client c, CloseDevice q) {
        device(q.deviceId());
    }

    @Override public void selectExtensionEvent(Client c, SelectExtensionEvent q) {
        server.window(q.window());
    }

    @Override public void getDeviceButtonMapping(Client c, GetDeviceButtonMapping q) {
        XInputWire.Dev d = device(q.deviceId());
        if (!d.pointer()) throw XError.match();
        byte[] map = new byte[XInputWire.BUTTONS];
        for (int i = 0; i < map.length; i++) map[i] = (byte) (i + 1);
        c.sendReply(new GetDeviceButtonMapping.Reply(XinputProtocol.GET_DEVICE_BUTTON_MAPPING, map));
    }

    @Override public void allowDeviceEvents(Client c, AllowDeviceEvents q) {
        device(q.deviceId());
    }

    @Override public void listDeviceProperties(Client c, ListDeviceProperties q) {
        XInputWire.Dev d = device(q.deviceId());
        c.sendReply(new ListDeviceProperties.Reply(XinputProtocol.LIST_DEVICE_PROPERTIES, atoms(d)));
    }

    @Override public void getDeviceProperty(Client c, GetDeviceProperty q) {
        XInputWire.Dev d = device(q.deviceId());
        getProperty(c, d, q.property(), q.type(), q.offset(), q.len(), q.delete(), true);
    }

    @Override public void changeDeviceProperty(Client c, RequestReader r) {
        // property(4) type(8) device_id(12) format(13) mode(14) pad num_items(16) items(20)
        if (r.length() < 20) throw XError.length();
        int property = r.int32At(4), type = r.int32At(8), dev = r.card8At(12), format = r.card8At(13);
        int mode = r.card8At(14), n = r.int32At(16);
        changeProperty(c, r, 20, device(dev), property, type, format, mode, n);
    }

    @Override public void deleteDeviceProperty(Client c, DeleteDeviceProperty q) {
        deleteProperty(device(q.deviceId()), q.property());
    }

    // ---- XI2 queries ---------------------------------------------------------------------------------

    @Override public void xIQueryDevice(Client c, XIQueryDevice q) {
        int id = q.deviceid();
        List<XInputWire.Dev> list = new ArrayList<>();
        for (XInputWire.Dev d : XInputWire.DEVICES) {
            if (id == ALL_DEVICES || id == ALL_MASTER_DEVICES && d.master() || id == d.id()) list.add(d);
        }
        if (list.isEmpty()) throw new XError(badDevice, id);
        c.sendReply(wire.queryDevice(c, list));
    }

    @Override public void xIQueryPointer(Client c, XIQueryPointer q) {
        XInputWire.Dev d = device(q.deviceid());
        if (!d.pointer() || !d.master()) throw new XError(badDevice, q.deviceid());
        Window w = server.window(q.window());
        var p = seat().pointer;
        int px = p.x(), py = p.y();
        Window under = seat().pointerWindow();
        Window child = null;
        for (Window x = under; x != null && x != w; x = x.parent) if (x.parent == w) child = x;
        c.sendReply(new XIQueryPointer.Reply(XServer.ROOT_WINDOW, child == null ? 0 : child.id(), px << 16, py << 16,
            (px - w.absX) << 16, (py - w.absY) << 16, true, modifiers(), GROUP, new int[] {maskAsWord(c, wire.buttonBits())}));
    }

    private static final GroupInfo GROUP = new GroupInfo(0, 0, 0, 0);

    private ModifierInfo modifiers() {
        int locked = seat().keyboard.lockedModifiers(), base = seat().baseModifiers();
        return new ModifierInfo(base, 0, locked, base | locked);
    }

    @Override public void xIWarpPointer(Client c, XIWarpPointer q) {
        XInputWire.Dev d = device(q.deviceid());
        if (!d.master() || !d.pointer()) throw new XError(badDevice, q.deviceid());
        // FP16.16 coordinates: the integer part, as Xorg moves the sprite by whole pixels.
        server.dispatcher.input.requests.warpPointer(c, new WarpPointer(q.srcWin(), q.dstWin(), q.srcX() >> 16,
            q.srcY() >> 16, q.srcWidth(), q.srcHeight(), q.dstX() >> 16, q.dstY() >> 16));
    }

    /**
     * XIChangeCursor on the master pointer: with one pointer its cursor is the window's, so it sets the window's
     * cursor (None: the parent's, as Xorg's device cursor None falls back to the window's own).
     */
    @Override public void xIChangeCursor(Client c, XIChangeCursor q) {
        XInputWire.Dev d = device(q.deviceid());
        if (!d.master() || !d.pointer()) throw new XError(badDevice, q.deviceid());
        Window w = server.window(q.window());
        w.cursor = q.cursor() == 0 ? null : server.lookup(q.cursor(), Cursors.Cursor.class, XError.CURSOR);
        server.dispatcher.input.cursorMayHaveChanged();
    }

    @Override public void xIGetClientPointer(Client c, XIGetClientPointer q) {
        if (q.window() != 0 && server.resource(q.window()) == null) throw new XError(XError.WINDOW, q.window());
        c.sendReply(new XIGetClientPointer.Reply(true, Device.CORE_POINTER_ID));
    }

    @Override public void xISetClientPointer(Client c, XISetClientPointer q) {
        XInputWire.Dev d = device(q.deviceid());
        if (!d.master()) throw new XError(badDevice, q.deviceid());
        if (q.window() != 0 && server.resource(q.window()) == null) throw new XError(XError.WINDOW, q.window());
        clientPointerSet.add(c);
    }

    @Override public void xISetFocus(Client c, XISetFocus q) {
        XInputWire.Dev d = device(q.deviceid());
        if (d.pointer()) throw new XError(badDevice, q.deviceid());
        int fid = q.window();
        Window w = fid <= 1 ? null : server.window(fid);
        if (w != null && !w.viewable) throw XError.match();
        // The slaves' own focus is not kept apart: only the master's focus moves.
        if (d.master()) seat().setFocus(w, fid, q.time());
    }

    @Override public void xIGetFocus(Client c, XIGetFocus q) {
        XInputWire.Dev d = device(q.deviceid());
        if (d.pointer()) throw new XError(badDevice, q.deviceid());
        c.sendReply(new XIGetFocus.Reply(seat().focusId()));
    }

    // ---- selections ----------------------------------------------------------------------------------

    /** Xorg's XICheckInvalidMaskBits: no bit beyond the last event type. */
    private static void checkMaskBits(int[] mask) {
        for (int i = 0; i < mask.length; i++) {
            for (int b = 0; b < 32; b++) {
                int bit = i * 32 + b;
                if (bit > LAST_EVENT && (mask[i] & (1 << b)) != 0) throw XError.value(bit);
            }
        }
    }

    /**
     * An XI2 mask is a bit array of bytes, not a list of CARD32: the generated codecs read and write its words in the
     * client's byte order, so for an MSB-first client their bytes are turned back (and turned again on the way out).
     */
    private static int maskAsWord(Client c, int word) { return c.msbFirst() ? Integer.reverseBytes(word) : word; }

    private static int[] maskWords(Client c, int[] words) {
        int[] out = new int[words.length];
        for (int i = 0; i < words.length; i++) out[i] = maskAsWord(c, words[i]);
        return out;
    }

    private static int[] maskWords(Client c, org.sumac.x11.protocol.Card32List words) {
        int[] out = new int[words.size()];
        for (int i = 0; i < out.length; i++) out[i] = maskAsWord(c, words.get(i));
        return out;
    }

    private static long maskOf(int[] mask) {
        long v = 0;
        for (int i = 0; i < mask.length && i < 2; i++) v |= (mask[i] & 0xffffffffL) << (32 * i);
        return v;
    }

    private static boolean on(int[] mask, int bit) { return bit / 32 < mask.length && (mask[bit / 32] & (1 << (bit % 32))) != 0; }

    @Override public void xISelectEvents(Client c, XISelectEvents q) {
        if (q.numMask() == 0) throw XError.value(0);
        Window w = server.window(q.window());
        for (EventMask m : q.masks()) {
            int id = m.deviceid();
            if (id != ALL_DEVICES && id != ALL_MASTER_DEVICES) device(id);
            int[] bits = maskWords(c, m.mask());
            if (id != ALL_DEVICES && on(bits, XI_HIERARCHY_CHANGED)) throw XError.value(XI_HIERARCHY_CHANGED);
            if (w.parent != null) {
                for (int t = XI_RAW_KEY_PRESS; t <= XI_RAW_MOTION; t++) if (on(bits, t)) throw XError.value(XI_RAW_KEY_PRESS);
                for (int t = XI_RAW_TOUCH_BEGIN; t <= XI_RAW_TOUCH_END; t++) if (on(bits, t)) throw XError.value(XI_RAW_KEY_PRESS);
            }
            boolean anyTouch = on(bits, XI_TOUCH_BEGIN) || on(bits, XI_TOUCH_UPDATE) || on(bits, XI_TOUCH_OWNERSHIP) || on(bits, XI_TOUCH_END);
            if (anyTouch && !(on(bits, XI_TOUCH_BEGIN) && on(bits, XI_TOUCH_UPDATE) && on(bits, XI_TOUCH_END))) {
                throw XError.value(XI_TOUCH_BEGIN);
            }
            checkMaskBits(bits);
        }
        Map<Client, Map<Integer, Long>> sel = w.extensionState(selections);
        for (EventMask m : q.masks()) {
            long v = maskOf(maskWords(c, m.mask()));
            Map<Integer, Long> byDevice = sel.computeIfAbsent(c, k -> new TreeMap<>());
            if (v == 0) byDevice.remove(m.deviceid());
            else byDevice.put(m.deviceid(), v);
            if (byDevice.isEmpty()) sel.remove(c);
        }
        if (sel.isEmpty()) { w.removeExtensionState(selections); selecting.remove(w); }
        else selecting.add(w);
    }

    @Override public void xIGetSelectedEvents(Client c, XIGetSelectedEvents q) {
        Window w = server.window(q.window());
        List<EventMask> out = new ArrayList<>();
        Map<Client, Map<Integer, Long>> sel = w.extensionStateIfPresent(selections);
        Map<Integer, Long> mine = sel == null ? null : sel.get(c);
        if (mine != null) {
            for (var e : mine.entrySet()) {
                long v = e.getValue();
                int[] words = (v >>> 32) != 0 ? new int[] {(int) v, (int) (v >>> 32)} : new int[] {(int) v};
                out.add(new EventMask(e.getKey(), maskWords(c, words)));
            }
        }
        c.sendReply(new XIGetSelectedEvents.Reply(out));
    }

    // ---- grabs -----------------------------------------------------------------------------------------


    @Override public void xIGrabDevice(Client c, XIGrabDevice q) {
        XInputWire.Dev d = device(q.deviceid());
        int[] mask = maskWords(c, q.mask());
        checkMaskBits(mask);
        int mode = q.mode(), paired = d.master() ? q.pairedDeviceMode() : 1;
        if (mode > 1) throw XError.value(mode);
        if (paired > 1) throw XError.value(paired);
        if (q.ownerEvents() > 1) throw XError.value(q.ownerEvents());
        Window w = server.window(q.window());
        Cursors.Cursor cursor = q.cursor() == 0 ? null : server.lookup(q.cursor(), Cursors.Cursor.class, XError.CURSOR);
        // Slaves are not grabbed apart from their master: their grab succeeds and changes nothing.
        int status = d.master() ? seat().xiGrab(c, !d.pointer(), w, q.ownerEvents() != 0, maskOf(mask), mode, paired, cursor, q.time()) : 0;
        c.sendReply(new XIGrabDevice.Reply(status));
    }

    @Override public void xIUngrabDevice(Client c, XIUngrabDevice q) {
        XInputWire.Dev d = device(q.deviceid());
        if (d.master()) seat().xiUngrab(c, !d.pointer(), q.time());
    }

    @Override public void xIAllowEvents(Client c, XIAllowEvents q) {
        XInputWire.Dev d = device(q.deviceid());
        int m = q.eventMode();
        if (m > 5) throw XError.value(m);
        // XIAsyncDevice, XISyncDevice, XIReplayDevice, XIAsyncPairedDevice, XIAsyncPair, XISyncPair as AllowEvents.
        int[] pointerModes = {0, 1, 2, 3, 6, 7}, keyboardModes = {3, 4, 5, 0, 6, 7};
        if (d.master()) seat().allowEvents(c, (d.pointer() ? pointerModes : keyboardModes)[m], q.time());
    }

    /** XIGrabtypeButton, XIGrabtypeKeycode, XIGrabtypeEnter, XIGrabtypeFocusIn, XIGrabtypeTouchBegin. */
    private static final int GRAB_BUTTON = 0, GRAB_KEYCODE = 1, GRAB_TOUCH_BEGIN = 4;
    private static final int XI_ANY_MODIFIER = 1 << 31, CORE_ANY_MODIFIER = 0x8000;

    private static int coreModifiers(int m) { return m == XI_ANY_MODIFIER ? CORE_ANY_MODIFIER : m; }

    /**
     * Button and keycode grabs of the masters (or of all devices) go on the core passive grabs and activate as XI2
     * grabs; enter, focus and touch grabs, and grabs on slaves alone, are accepted and never activate.
     */
    @Override public void xIPassiveGrabDevice(Client c, XIPassiveGrabDevice q) {
        int id = q.deviceid();
        XInputWire.Dev d = id == ALL_DEVICES || id == ALL_MASTER_DEVICES ? null : device(id);
        int type = q.grabType();
        if (type > 6) throw XError.value(type);
        if (type == GRAB_TOUCH_BEGIN && (q.grabMode() != 2 || q.pairedDeviceMode() != 1)) throw XError.value(q.grabMode());
        if (type != GRAB_BUTTON && type != GRAB_KEYCODE && q.detail() != 0) throw XError.value(q.detail());
        int[] mask = maskWords(c, q.mask());
        checkMaskBits(mask);
        Window w = server.window(q.grabWindow());
        if (q.grabMode() > (type == GRAB_TOUCH_BEGIN ? 2 : 1)) throw XError.value(q.grabMode());
        if (q.pairedDeviceMode() > 1) throw XError.value(q.pairedDeviceMode());
        if (q.ownerEvents() > 1) throw XError.value(q.ownerEvents());
        Cursors.Cursor cursor = q.cursor() == 0 ? null : server.lookup(q.cursor(), Cursors.Cursor.class, XError.CURSOR);
        if (type == GRAB_KEYCODE && q.detail() != 0 && q.detail() < 8) throw XError.value(q.detail());
        boolean active = (type == GRAB_BUTTON || type == GRAB_KEYCODE) && (d == null || d.master());
        List<GrabModifierInfo> failed = new ArrayList<>();
        var mods = q.modifiers();
        for (int i = 0; i < mods.size(); i++) {
            if (!active) continue;
            int status = seat().xiPassiveGrab(c, type == GRAB_KEYCODE, w, q.detail(), coreModifiers(mods.get(i)),
                q.ownerEvents() != 0, maskOf(mask), q.grabMode(), q.pairedDeviceMode(), cursor);
            if (status != 0) failed.add(new GrabModifierInfo(mods.get(i), status));
        }
        c.sendReply(new XIPassiveGrabDevice.Reply(failed));
    }

    @Override public void xIPassiveUngrabDevice(Client c, XIPassiveUngrabDevice q) {
        int id = q.deviceid();
        XInputWire.Dev d = id == ALL_DEVICES || id == ALL_MASTER_DEVICES ? null : device(id);
        int type = q.grabType();
        if (type > 6) throw XError.value(type);
        if (type != GRAB_BUTTON && type != GRAB_KEYCODE && q.detail() != 0) throw XError.value(q.detail());
        Window w = server.window(q.grabWindow());
        if (!((type == GRAB_BUTTON || type == GRAB_KEYCODE) && (d == null || d.master()))) return;
        var mods = q.modifiers();
        for (int i = 0; i < mods.size(); i++) {
            seat().xiPassiveUngrab(c, type == GRAB_KEYCODE, w, q.detail(), coreModifiers(mods.get(i)));
        }
    }

    // ---- properties ------------------------------------------------------------------------------------

    private int[] atoms(XInputWire.Dev d) {
        return properties.get(d.id()).keySet().stream().mapToInt(server.atoms::intern).toArray();
    }

    @Override public void xIListProperties(Client c, XIListProperties q) {
        c.sendReply(new XIListProperties.Reply(atoms(device(q.deviceid()))));
    }

    @Override public void xIGetProperty(Client c, XIGetProperty q) {
        XInputWire.Dev d = device(q.deviceid());
        getProperty(c, d, q.property(), q.type(), q.offset(), q.len(), q.delete(), false);
    }

    @Override public void xIChangeProperty(Client c, RequestReader r) {
        // deviceid(4) mode(6) format(7) property(8) type(12) num_items(16) items(20)
        if (r.length() < 20) throw XError.length();
        int dev = r.card16At(4), mode = r.card8At(6), format = r.card8At(7), property = r.int32At(8);
        int type = r.int32At(12), n = r.int32At(16);
        changeProperty(c, r, 20, device(dev), property, type, format, mode, n);
    }

    @Override public void xIDeleteProperty(Client c, XIDeleteProperty q) {
        deleteProperty(device(q.deviceid()), q.property());
    }

    private void getProperty(Client c, XInputWire.Dev d, int property, int type, int offset, int len, int delete, boolean xi1) {
        if (type != 0 && server.atoms.name(type) == null) throw new XError(XError.ATOM, type);
        if (delete > 1) throw XError.value(delete);
        if (server.atoms.name(property) == null) throw new XError(XError.ATOM, property);
        String name = server.atoms.name(property);
        XInputWire.Property p = properties.get(d.id()).get(name);
        c.sendReply(wire.getPropertyReply(c, p, type, offset, len, xi1, d.id()));
        if (p != null && delete == 1 && (type == 0 || type == server.atoms.intern(p.type())) && p.deletable()) {
            long size = (long) p.values().length * (p.format() / 8);
            if ((long) offset * 4 + Math.min(Integer.toUnsignedLong(len) * 4, Math.max(0, size - (long) offset * 4)) >= size) {
                properties.get(d.id()).remove(name);
            }
        }
    }

    private void changeProperty(Client c, RequestReader r, int at, XInputWire.Dev d, int property, int type,
                                int format, int mode, int n) {
        if (mode > 2) throw XError.value(mode);
        if (format != 8 && format != 16 && format != 32) throw XError.value(format);
        long bytes = Integer.toUnsignedLong(n) * (format / 8);
        if (at + ((bytes + 3) & ~3L) != r.length()) throw XError.length();
        if (server.atoms.name(property) == null) throw new XError(XError.ATOM, property);
        if (server.atoms.name(type) == null) throw new XError(XError.ATOM, type);
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = switch (format) {
                case 8 -> r.card8At(at + i);
                case 16 -> r.card16At(at + 2 * i);
                default -> r.int32At(at + 4 * i);
            };
        }
        Map<String, XInputWire.Property> props = properties.get(d.id());
        String name = server.atoms.name(property), typeName = server.atoms.name(type);
        XInputWire.Property old = props.get(name);
        if (old != null && old.fixed() && (!typeName.equals(old.type()) || format != old.format() || mode != 0 || n != old.values().length)) {
            throw XError.value(property);
        }
        // As Xorg: the masters and the XTEST devices cannot be disabled (BadAccess naming the property).
        if ("Device Enabled".equals(name) && n == 1 && values[0] == 0 && (d.master() || d.id() == Device.XTEST_POINTER_ID
                || d.id() == Device.XTEST_KEYBOARD_ID)) {
            throw new XError(XError.ACCESS, property);
        }
        if (mode != 0 && old != null) {
            if (!old.type().equals(typeName) || old.format() != format) throw XError.match();
            int[] all = new int[old.values().length + n];
            int[] a = mode == 1 ? values : old.values(), b = mode == 1 ? old.values() : values;
            System.arraycopy(a, 0, all, 0, a.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            values = all;
        }
        props.put(name, new XInputWire.Property(typeName, format, values, old == null || old.deletable(), old != null && old.fixed()));
    }

    private void deleteProperty(XInputWire.Dev d, int property) {
        if (server.atoms.name(property) == null) throw new XError(XError.ATOM, property);
        Map<String, XInputWire.Property> props = properties.get(d.id());
        String name = server.atoms.name(property);
        XInputWire.Property p = props.get(name);
        if (p == null) return;
        if (!p.deletable()) throw XError.access();
        props.remove(name);
    }

    // ---- delivery (Xi2) -------------------------------------------------------------------------------

    private static boolean forDevice(int selected, int deviceId) {
        return selected == deviceId || selected == ALL_DEVICES
            || selected == ALL_MASTER_DEVICES && deviceId <= Device.CORE_KEYBOARD_ID;
    }

    @Override public long mask(Client c, Window w, int deviceId) {
        Map<Client, Map<Integer, Long>> sel = w.extensionStateIfPresent(selections);
        if (sel == null) return 0;
        Map<Integer, Long> byDevice = sel.get(c);
        if (byDevice == null) return 0;
        long m = 0;
        for (var e : byDevice.entrySet()) if (forDevice(e.getKey(), deviceId)) m |= e.getValue();
        return m;
    }

    @Override public Client deliver(Window w, Window child, int type, int deviceId, int sourceId, int detail, int time, Client only) {
        Map<Client, Map<Integer, Long>> sel = w.extensionStateIfPresent(selections);
        if (sel == null) return null;
        Client first = null;
        for (Client c : List.copyOf(sel.keySet())) {
            if (only != null && c != only) continue;
            if ((mask(c, w, deviceId) & (1L << type)) == 0) continue;
            deliverTo(c, w, child, type, deviceId, sourceId, detail, time);
            if (first == null) first = c;
        }
        return first;
    }

    @Override public void deliverTo(Client c, Window w, Window child, int type, int deviceId, int sourceId, int detail, int time) {
        c.sendGenericEvent(wire.deviceEvent(c, w, child, type, deviceId, sourceId, detail, time, modifiers(), type == MOTION));
    }

    @Override public void raw(int type, int deviceId, int sourceId, int detail, int time, int rawX, int rawY) {
        Map<Client, Map<Integer, Long>> sel = server.root.extensionStateIfPresent(selections);
        if (sel == null) return;
        for (Client c : List.copyOf(sel.keySet())) {
            if ((mask(c, server.root, deviceId) & (1L << type)) == 0) continue;
            c.sendGenericEvent(wire.rawEvent(c, type, deviceId, sourceId, detail, time, type == XI_RAW_MOTION, rawX, rawY));
        }
    }

    @Override public void slaveSwitched(int masterId, int slaveId, int time) {
        XInputWire.Dev slave = device(slaveId);
        for (Window w : List.copyOf(selecting)) {
            Map<Client, Map<Integer, Long>> sel = w.extensionStateIfPresent(selections);
            if (sel == null) continue;
            for (Client c : List.copyOf(sel.keySet())) {
                if ((mask(c, w, masterId) & (1L << XI_DEVICE_CHANGED)) == 0) continue;
                c.sendGenericEvent(wire.deviceChanged(c, masterId, slave, time));
            }
        }
    }

    @Override public void crossing(Window w, Window child, int type, int mode, int detail, boolean focus, int time, Client only) {
        Map<Client, Map<Integer, Long>> sel = w.extensionStateIfPresent(selections);
        if (sel == null) return;
        int source = seat().pointer.lastSlave();
        for (Client c : List.copyOf(sel.keySet())) {
            if (only != null && c != only) continue;
            if ((mask(c, w, Device.CORE_POINTER_ID) & (1L << type)) == 0) continue;
            c.sendGenericEvent(wire.crossingEvent(c, w, child, type, Device.CORE_POINTER_ID,
                source == 0 ? Device.CORE_POINTER_ID : source, mode, detail, focus, time, modifiers()));
        }
    }

    @Override public void focus(Window w, int type, int mode, int detail, int time) {
        Map<Client, Map<Integer, Long>> sel = w.extensionStateIfPresent(selections);
        if (sel == null) return;
        for (Client c : List.copyOf(sel.keySet())) {
            if ((mask(c, w, Device.CORE_KEYBOARD_ID) & (1L << type)) == 0) continue;
            c.sendGenericEvent(wire.crossingEvent(c, w, null, type, Device.CORE_KEYBOARD_ID, Device.CORE_KEYBOARD_ID,
                mode, detail, true, time, modifiers()));
        }
    }

    // ---- lifecycle -----------------------------------------------------------------------------------

    @Override public void windowDestroyed(Window w) {
        selecting.remove(w);
    }

    @Override public void clientClosed(Client c) {
        clientPointerSet.remove(c);
        for (Window w : List.copyOf(selecting)) {
            Map<Client, Map<Integer, Long>> sel = w.extensionStateIfPresent(selections);
            if (sel == null) { selecting.remove(w); continue; }
            sel.remove(c);
            if (sel.isEmpty()) { w.removeExtensionState(selections); selecting.remove(w); }
        }
    }
}
