package org.sumac.x11.ext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sumac.x11.input.Device;
import org.sumac.x11.input.Pointer;
import org.sumac.x11.input.Seat;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.xinput.ModifierInfo;
import org.sumac.x11.protocol.xinput.XinputProtocol;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

/**
 * XInput's messages that xcb-proto describes with {@code <switch>} and the generator does not write: device classes
 * (XIQueryDevice, DeviceChanged, ListInputDevices), property items, and the XI2 device, raw and crossing events
 * (written here rather than through the generated records so that no list is built per event). Laid out as
 * Xorg 21.1 sends them (XIproto.h, XI2proto.h).
 */
final class XInputWire {
    /** A device as XI2 lists it. {@code use}: XI2's MasterPointer 1 ... SlaveKeyboard 4. */
    record Dev(int id, String name, int use, int attachment, int buttons) {
        boolean master() { return use <= 2; }
        boolean pointer() { return use == 1 || use == 3; }
    }

    /** A device property: values widened to ints; fixed ones keep their type, format and size (Device Enabled). */
    record Property(String type, int format, int[] values, boolean deletable, boolean fixed) { }

    /** Buttons of the masters and slaves (Xvfb's XTEST pointer has 10, with labels for the first seven). */
    static final int BUTTONS = 10, KEYS = 248, MIN_KEYCODE = 8, MAX_KEYCODE = 255;
    private static final int MASTER_POINTER = 1, MASTER_KEYBOARD = 2, SLAVE_POINTER = 3, SLAVE_KEYBOARD = 4;

    /** Xvfb's devices in its order, the input source (Xvfb's "mouse" and "keyboard") being the SPICE client's. */
    static final List<Dev> DEVICES = List.of(
        new Dev(Device.CORE_POINTER_ID, "Virtual core pointer", MASTER_POINTER, Device.CORE_KEYBOARD_ID, BUTTONS),
        new Dev(Device.CORE_KEYBOARD_ID, "Virtual core keyboard", MASTER_KEYBOARD, Device.CORE_POINTER_ID, 0),
        new Dev(Device.XTEST_POINTER_ID, "Virtual core XTEST pointer", SLAVE_POINTER, Device.CORE_POINTER_ID, BUTTONS),
        new Dev(Device.XTEST_KEYBOARD_ID, "Virtual core XTEST keyboard", SLAVE_KEYBOARD, Device.CORE_KEYBOARD_ID, 0),
        new Dev(Device.SPICE_POINTER_ID, "SPICE pointer", SLAVE_POINTER, Device.CORE_POINTER_ID, BUTTONS),
        new Dev(Device.SPICE_KEYBOARD_ID, "SPICE keyboard", SLAVE_KEYBOARD, Device.CORE_KEYBOARD_ID, 0));

    private static final String[] BUTTON_LABELS = {"Button Left", "Button Middle", "Button Right", "Button Wheel Up",
        "Button Wheel Down", "Button Horiz Wheel Left", "Button Horiz Wheel Right"};
    /** The sizes of XI2's device event parts, as Xorg: 256 buttons' bits, 36 valuators' bits. */
    private static final int EVENT_BUTTON_WORDS = 8, EVENT_VALUATOR_WORDS = 2;

    private final XServer server;
    private final int major;

    XInputWire(XServer server, int major) {
        this.server = server;
        this.major = major;
    }

    /** The seat, once the display is up (extensions are registered before the input is). */
    private Seat seat() { return server.dispatcher.input.seat; }

    /** Names are interned when used: atoms do not outlive a server reset. */
    private int atom(String name) { return server.atoms.intern(name); }

    /** The properties a device starts with, by name, newest first as Xorg lists them. */
    static Map<String, Property> initialProperties(Dev d) {
        Map<String, Property> m = new LinkedHashMap<>();
        if (d.id() == Device.XTEST_POINTER_ID || d.id() == Device.XTEST_KEYBOARD_ID) {
            m.put("XTEST Device", new Property("INTEGER", 8, new int[] {1}, false, true));
        }
        int one = Float.floatToIntBits(1f);
        m.put("Coordinate Transformation Matrix", new Property("FLOAT", 32, new int[] {one, 0, 0, 0, one, 0, 0, 0, one}, false, true));
        m.put("Device Enabled", new Property("INTEGER", 8, new int[] {1}, false, true));
        return m;
    }

    /** The buttons held, as XI2's bit mask (bit n for button n). */
    int buttonBits() {
        return seat().pointer.xiButtons();
    }

    /** Writes an XI2 mask word: masks are bit arrays of bytes (bit n in byte n / 8), the same in either byte order. */
    static ReplyWriter maskWord(ReplyWriter w, int bits) {
        return w.u8(bits).u8(bits >>> 8).u8(bits >>> 16).u8(bits >>> 24);
    }

    // ---- classes ---------------------------------------------------------------------------------

    /** The SPICE pointer has scroll valuators (axes 2 and 3) as a wheel mouse under Xorg's libinput driver. */
    static boolean scrolls(Dev d) { return d.id() == Device.SPICE_POINTER_ID; }

    /** Valuators of a pointer: Rel X and Rel Y, then Rel Horiz Scroll and Rel Vert Scroll when it scrolls. */
    static int axes(Dev d) { return scrolls(d) ? 4 : 2; }

    private int classCount(Dev d) { return d.pointer() ? 1 + axes(d) + (scrolls(d) ? 2 : 0) : 1; }

    /**
     * XI2's classes of a device, with {@code source} as their origin: buttons, the valuators and their scroll
     * classes (in Xorg's order: all valuators, then a scroll class per scrolling axis), or keys.
     */
    private void writeClasses(ReplyWriter w, Dev d, int source) {
        if (!d.pointer()) {
            w.u16(0).u16(2 + KEYS).u16(source).u16(KEYS);
            for (int k = MIN_KEYCODE; k <= MAX_KEYCODE; k++) w.i32(k);
            return;
        }
        int n = d.buttons();
        w.u16(1).u16(2 + 1 + n).u16(source).u16(n);
        maskWord(w, buttonBits());
        for (int i = 0; i < n; i++) w.i32(i < BUTTON_LABELS.length ? atom(BUTTON_LABELS[i]) : 0);
        String[] labels = {"Rel X", "Rel Y", "Rel Horiz Scroll", "Rel Vert Scroll"};
        var p = seat().pointer;
        int[] values = {p.x(), p.y(), p.scrollValue(2), p.scrollValue(3)};
        for (int axis = 0; axis < axes(d); axis++) {
            // No axis limits (Xorg's -1 .. -1), no resolution, relative: as Xvfb's devices and libinput's.
            w.u16(2).u16(11).u16(source).u16(axis).i32(atom(labels[axis]))
                .i32(-1).i32(0).i32(-1).i32(0).i32(values[axis]).i32(0).i32(0).u8(0).zeros(3);
        }
        if (scrolls(d)) {
            // XIScrollClass: axis, XIScrollTypeHorizontal (2) / Vertical (1), no flags, the increment as FP3232.
            w.u16(3).u16(6).u16(source).u16(2).u16(2).u16(0).i32(0).i32(Pointer.SCROLL_INCREMENT).i32(0);
            w.u16(3).u16(6).u16(source).u16(3).u16(1).u16(0).i32(0).i32(Pointer.SCROLL_INCREMENT).i32(0);
        }
    }

    ReplyWriter queryDevice(Client c, List<Dev> devices) {
        ReplyWriter w = c.reply(0);
        w.u16(devices.size()).zeros(22);
        for (Dev d : devices) {
            byte[] name = d.name().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            w.u16(d.id()).u16(d.use()).u16(d.attachment()).u16(classCount(d)).u16(name.length).u8(1).u8(0);
            w.bytes(name).pad();
            writeClasses(w, d, d.id());
        }
        return w;
    }

    ReplyWriter deviceChanged(Client c, int masterId, Dev slave, int time) {
        ReplyWriter w = c.genericEvent(major, 1);
        // deviceid, time, num_classes, sourceid, reason SlaveSwitch (1)
        w.u16(masterId).i32(time).u16(classCount(slave)).u16(slave.id()).u8(1).zeros(11);
        writeClasses(w, slave, slave.id());
        return w;
    }

    /** ListInputDevices (XI 1): devices, then their class infos, then their names, as Xvfb. */
    ReplyWriter listInputDevices(Client c) {
        ReplyWriter w = c.reply(XinputProtocol.LIST_INPUT_DEVICES);
        w.u8(DEVICES.size()).zeros(23);
        for (Dev d : DEVICES) {
            int type = d.master() || d.id() <= Device.XTEST_KEYBOARD_ID ? 0 : atom(d.pointer() ? "MOUSE" : "KEYBOARD");
            // IsXPointer 0, IsXKeyboard 1, IsXExtensionKeyboard 3, IsXExtensionPointer 4
            int use = switch (d.use()) { case MASTER_POINTER -> 0; case MASTER_KEYBOARD -> 1; case SLAVE_KEYBOARD -> 3; default -> 4; };
            w.i32(type).u8(d.id()).u8(d.pointer() ? 2 : 1).u8(use).u8(0);
        }
        for (Dev d : DEVICES) {
            if (d.pointer()) {
                w.u8(1).u8(4).u16(d.buttons());
                // Relative axes, a motion buffer of 256, no resolution or limits.
                int axes = axes(d);
                w.u8(2).u8(8 + axes * 12).u8(axes).u8(0).i32(256);
                for (int i = 0; i < axes; i++) w.i32(0).i32(-1).i32(-1);
            } else {
                w.u8(0).u8(8).u8(MIN_KEYCODE).u8(MAX_KEYCODE).u16(KEYS).u16(0);
            }
        }
        for (Dev d : DEVICES) w.u8(d.name().length()).string8(d.name());
        return w;
    }

    /** OpenDevice's classes and their first events, as Xvfb: keys or buttons and valuators, feedback, focus, other. */
    ReplyWriter openDevice(Client c, Dev d, int firstEvent) {
        ReplyWriter w = c.reply(XinputProtocol.OPEN_DEVICE);
        if (d.pointer()) {
            w.u8(4).zeros(23);
            w.u8(1).u8(firstEvent + XinputProtocol.EVENT_DEVICE_BUTTON_PRESS);
            w.u8(2).u8(firstEvent + XinputProtocol.EVENT_DEVICE_MOTION_NOTIFY);
            w.u8(3).u8(0);
        } else {
            w.u8(4).zeros(23);
            w.u8(0).u8(firstEvent + XinputProtocol.EVENT_DEVICE_KEY_PRESS);
            w.u8(3).u8(0);
            w.u8(5).u8(firstEvent + XinputProtocol.EVENT_DEVICE_FOCUS_IN);
        }
        w.u8(6).u8(firstEvent + XinputProtocol.EVENT_DEVICE_STATE_NOTIFY);
        return w;
    }

    // ---- properties ----------------------------------------------------------------------------

    /**
     * XIGetProperty's reply (or XI 1's GetDeviceProperty, whose header differs), as Xorg: no property is type None;
     * another type than asked gives the size in bytes_after and no items; offset and length count 4-byte units.
     */
    ReplyWriter getPropertyReply(Client c, Property p, int type, int offset, int len, boolean xi1, int deviceId) {
        ReplyWriter w = c.reply(xi1 ? XinputProtocol.GET_DEVICE_PROPERTY : 0);
        if (p == null) return header(w, 0, 0, 0, 0, xi1, deviceId);
        int unit = p.format() / 8, ptype = atom(p.type());
        long size = (long) p.values().length * unit;
        if (type != 0 && type != ptype) return header(w, ptype, (int) size, 0, p.format(), xi1, deviceId);
        long ind = Integer.toUnsignedLong(offset) * 4;
        if (ind > size) throw org.sumac.x11.protocol.XError.value(offset);
        long n = Math.min(size - ind, Integer.toUnsignedLong(len) * 4);
        header(w, ptype, (int) (size - ind - n), (int) (n / unit), p.format(), xi1, deviceId);
        for (long i = ind / unit; i < (ind + n) / unit; i++) {
            int v = p.values()[(int) i];
            switch (unit) {
                case 1 -> w.u8(v);
                case 2 -> w.u16(v);
                default -> w.i32(v);
            }
        }
        return w;
    }

    private static ReplyWriter header(ReplyWriter w, int type, int bytesAfter, int items, int format, boolean xi1, int deviceId) {
        w.i32(type).i32(bytesAfter).i32(items).u8(format);
        if (xi1) w.u8(deviceId).zeros(10);
        else w.zeros(11);
        return w;
    }

    // ---- events --------------------------------------------------------------------------------

    private static int fp(int v) { return v << 16; }

    private void writeMods(ReplyWriter w, ModifierInfo m) {
        w.i32(m.base()).i32(m.latched()).i32(m.locked()).i32(m.effective());
    }

    /** XI_KeyPress ... XI_Motion: motion carries the position in valuators 0 and 1, as Xvfb's pointer. */
    ReplyWriter deviceEvent(Client c, Window w, Window child, int type, int deviceId, int sourceId, int detail, int time,
                            ModifierInfo mods, boolean withPosition) {
        ReplyWriter e = c.genericEvent(major, type);
        int px = seat().pointer.x(), py = seat().pointer.y();
        e.u16(deviceId).i32(time).i32(detail).i32(XServer.ROOT_WINDOW).i32(w.id()).i32(child == null ? 0 : child.id())
            .i32(fp(px)).i32(fp(py)).i32(fp(px - w.absX)).i32(fp(py - w.absY))
            .u16(EVENT_BUTTON_WORDS).u16(EVENT_VALUATOR_WORDS).u16(sourceId).u16(0).i32(seat().pointer.xiFlags());
        writeMods(e, mods);
        e.i32(0);
        maskWord(e, buttonBits()).zeros(4 * (EVENT_BUTTON_WORDS - 1));
        int scroll = withPosition ? seat().pointer.scrollAxis() : -1;
        if (scroll >= 0) {
            // A wheel step: the scroll valuator alone, with its value after the step.
            maskWord(e, 1 << scroll).zeros(4 * (EVENT_VALUATOR_WORDS - 1));
            return e.i32(seat().pointer.scrollValue(scroll)).i32(0);
        }
        maskWord(e, withPosition ? 3 : 0).zeros(4 * (EVENT_VALUATOR_WORDS - 1));
        if (withPosition) e.i32(seat().pointer.valuatorX()).i32(0).i32(seat().pointer.valuatorY()).i32(0);
        return e;
    }

    /** XI_RawKeyPress ... XI_RawMotion: raw motion carries the position as valuators 0 and 1, twice. */
    ReplyWriter rawEvent(Client c, int type, int deviceId, int sourceId, int detail, int time, boolean withPosition,
                         int rawX, int rawY) {
        ReplyWriter e = c.genericEvent(major, type);
        e.u16(deviceId).i32(time).i32(detail).u16(sourceId).u16(EVENT_VALUATOR_WORDS).i32(seat().pointer.xiFlags()).i32(0);
        int scroll = withPosition ? seat().pointer.scrollAxis() : -1;
        if (scroll >= 0) {
            // The step, accelerated and raw alike (acceleration moves x and y only).
            int step = seat().pointer.scrollDelta();
            maskWord(e, 1 << scroll).zeros(4 * (EVENT_VALUATOR_WORDS - 1));
            return e.i32(step).i32(0).i32(step).i32(0);
        }
        maskWord(e, withPosition ? 3 : 0).zeros(4 * (EVENT_VALUATOR_WORDS - 1));
        if (withPosition) {
            e.i32(rawX).i32(0).i32(rawY).i32(0).i32(rawX).i32(0).i32(rawY).i32(0);
        }
        return e;
    }

    /** XI_Enter, XI_Leave, XI_FocusIn, XI_FocusOut. */
    ReplyWriter crossingEvent(Client c, Window w, Window child, int type, int deviceId, int sourceId, int mode, int detail,
                              boolean focus, int time, ModifierInfo mods) {
        ReplyWriter e = c.genericEvent(major, type);
        int px = seat().pointer.x(), py = seat().pointer.y();
        e.u16(deviceId).i32(time).u16(sourceId).u8(mode).u8(detail).i32(XServer.ROOT_WINDOW).i32(w.id())
            .i32(child == null ? 0 : child.id()).i32(fp(px)).i32(fp(py)).i32(fp(px - w.absX)).i32(fp(py - w.absY))
            .u8(1).u8(focus ? 1 : 0).u16(1);
        writeMods(e, mods);
        e.i32(0);
        maskWord(e, buttonBits());
        return e;
    }
}
