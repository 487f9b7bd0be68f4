package org.sumac.x11.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sumac.x11.protocol.ReplyWriter;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.window.Property;
import org.sumac.x11.window.Window;

import static org.sumac.x11.server.Dispatcher.atLeast;
import static org.sumac.x11.server.Dispatcher.expect;

/**
 * Atoms and window properties. Property data of format 16 and 32 is stored little-endian and
 * swapped on the way in and out for MSB-first clients; format 8 is never swapped.
 */
public final class PropertyRequests {
    private final XServer server;

    PropertyRequests(XServer server) { this.server = server; }

    void internAtom(Client c, RequestReader r) {
        boolean onlyIfExists = r.byteAt(1) != 0;
        atLeast(r, 8);
        r.seek(4);
        int n = r.u16();
        r.skip(2);
        String name = r.string8(n);
        // An atom lives as long as the display: its name is charged to the client that made it, for good.
        if (!onlyIfExists && server.atoms.lookup(name) == 0) c.memory.charge(Atoms.memoryCost(name));
        int atom = onlyIfExists ? server.atoms.lookup(name) : server.atoms.intern(name);
        ReplyWriter o = c.reply(0);
        o.i32(atom);
        c.sendReply(o);
    }

    void getAtomName(Client c, RequestReader r) {
        expect(r, 8);
        r.seek(4);
        int atom = r.i32();
        String name = server.atoms.name(atom);
        if (name == null) throw new XError(XError.ATOM, atom);
        ReplyWriter o = c.reply(0);
        o.u16(name.length()).zeros(22).string8(name);
        c.sendReply(o);
    }

    private int atom(int a) {
        if (!server.atoms.valid(a)) throw new XError(XError.ATOM, a);
        return a;
    }

    void changeProperty(Client c, RequestReader r) {
        int mode = r.byteAt(1) & 0xff;
        atLeast(r, 24);
        // Xorg's order: mode and format (BadValue), the data's length, then the window and the atoms
        if (mode > 2) throw XError.value(mode);
        int format = r.card8At(16);
        if (format != 8 && format != 16 && format != 32) throw XError.value(format);
        long nbytes = Integer.toUnsignedLong(r.int32At(20)) * (format / 8);
        if (((24 + nbytes + 3) & ~3) != r.length()) throw XError.length();
        r.seek(4);
        Window w = server.window(r.i32());
        int prop = atom(r.i32());
        int type = atom(r.i32());
        r.skip(8);
        Property old = w.properties.get(prop);
        boolean replace = mode == 0 || old == null;
        if (!replace && (old.type() != type || old.format() != format)) throw XError.match();
        // Charged before the bytes are copied: a property past the client's or the display's budget is BadAlloc.
        MemoryBudget.Charge charge = c.memory.hold(Property.memoryCost(replace ? nbytes : old.data().length + nbytes));
        Property now;
        try {
            byte[] data = r.bytes((int) nbytes);
            if (c.msbFirst()) swap(data, format);
            if (replace) now = new Property(type, format, data, charge);
            else {
                byte[] joined = new byte[old.data().length + data.length];
                if (mode == 2) { // Append
                    System.arraycopy(old.data(), 0, joined, 0, old.data().length);
                    System.arraycopy(data, 0, joined, old.data().length, data.length);
                } else {
                    System.arraycopy(data, 0, joined, 0, data.length);
                    System.arraycopy(old.data(), 0, joined, data.length, old.data().length);
                }
                now = new Property(type, format, joined, charge);
            }
        } catch (RuntimeException e) {
            charge.release();
            throw e;
        } catch (OutOfMemoryError e) {
            charge.release();
            throw XError.alloc();
        }
        w.properties.put(prop, now);
        if (old != null) old.release();
        propertyNotify(w, prop, 0);
    }

    public void propertyNotify(Window w, int atom, int state) {
        int t = server.time();
        server.deliver(w, EventMask.PROPERTY_CHANGE, EventMask.E_PROPERTY, 0,
            e -> e.i32(w.id()).i32(atom).i32(t).u8(state));
    }

    /** Stores a property on behalf of the server itself (e.g. _XKB_RULES_NAMES). */
    public void setServerProperty(Window w, int atom, int type, int format, byte[] data) {
        Property old = w.properties.put(atom, new Property(type, format, data));
        if (old != null) old.release();
    }

    static void swap(byte[] d, int format) {
        if (format == 16) for (int i = 0; i + 1 < d.length; i += 2) { byte t = d[i]; d[i] = d[i + 1]; d[i + 1] = t; }
        else if (format == 32) for (int i = 0; i + 3 < d.length; i += 4) {
            byte t = d[i]; d[i] = d[i + 3]; d[i + 3] = t; t = d[i + 1]; d[i + 1] = d[i + 2]; d[i + 2] = t;
        }
    }

    void deleteProperty(Client c, RequestReader r) {
        expect(r, 12);
        r.seek(4);
        Window w = server.window(r.i32());
        int prop = atom(r.i32());
        Property gone = w.properties.remove(prop);
        if (gone != null) {
            gone.release();
            propertyNotify(w, prop, 1);
        }
    }

    void getProperty(Client c, RequestReader r) {
        boolean delete = r.byteAt(1) != 0;
        expect(r, 24);
        r.seek(4);
        Window w = server.window(r.i32());
        int prop = atom(r.i32());
        int type = r.i32();
        if (type != 0 && !server.atoms.valid(type)) throw new XError(XError.ATOM, type);
        long offset = r.u32(), length = r.u32();
        Property p = w.properties.get(prop);
        if (p == null) {
            ReplyWriter o = c.reply(0);
            o.i32(0).i32(0).i32(0).zeros(12);
            c.sendReply(o);
            return;
        }
        if (type != 0 && type != p.type()) {
            ReplyWriter o = c.reply(p.format());
            o.i32(p.type()).i32(p.data().length).i32(0).zeros(12);
            c.sendReply(o);
            return;
        }
        long total = p.data().length;
        long start = 4 * offset;
        if (start > total) throw XError.value((int) offset);
        long len = Math.min(total - start, 4 * length);
        long after = total - (start + len);
        int unit = p.format() / 8;
        // The reply is built whole: one larger than the client may have unread is BadAlloc, as Xorg answers when
        // it cannot allocate it; while it is built it counts against the display.
        MemoryBudget.Charge building = c.reserveReply(2 * len);
        try {
            byte[] out = Arrays.copyOfRange(p.data(), (int) start, (int) (start + len));
            if (c.msbFirst()) swap(out, p.format());
            ReplyWriter o = c.reply(p.format());
            o.i32(p.type()).i32((int) after).i32((int) (len / unit)).zeros(12).bytes(out);
            c.sendReply(o);
        } finally {
            building.release();
        }
        if (delete && after == 0) {
            w.properties.remove(prop).release();
            propertyNotify(w, prop, 1);
        }
    }

    void listProperties(Client c, RequestReader r) {
        expect(r, 8);
        r.seek(4);
        Window w = server.window(r.i32());
        ReplyWriter o = c.reply(0);
        o.u16(w.properties.size()).zeros(22);
        // Newest first, as Xorg keeps a window's properties (new ones are prepended to its list).
        for (int a : w.properties.sequencedKeySet().reversed()) o.i32(a);
        c.sendReply(o);
    }

    void rotateProperties(Client c, RequestReader r) {
        atLeast(r, 12);
        r.seek(4);
        Window w = server.window(r.i32());
        int n = r.u16();
        int delta = r.s16();
        if (r.length() != 12 + 4 * n) throw XError.length();
        int[] atoms = new int[n];
        for (int i = 0; i < n; i++) {
            atoms[i] = atom(r.i32());
            for (int j = 0; j < i; j++) if (atoms[j] == atoms[i]) throw XError.match();
            if (!w.properties.containsKey(atoms[i])) throw XError.match();
        }
        if (n == 0 || delta % n == 0) return;
        List<Property> vals = new ArrayList<>();
        for (int a : atoms) vals.add(w.properties.get(a));
        for (int i = 0; i < n; i++) w.properties.put(atoms[Math.floorMod(i + delta, n)], vals.get(i));
        for (int a : atoms) propertyNotify(w, a, 0);
    }
}
