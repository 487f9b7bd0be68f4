package org.sumac.x11.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sumac.x11.protocol.ByteList;
import org.sumac.x11.protocol.Card32List;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.xproto.ChangeProperty;
import org.sumac.x11.protocol.xproto.DeleteProperty;
import org.sumac.x11.protocol.xproto.GetAtomName;
import org.sumac.x11.protocol.xproto.GetProperty;
import org.sumac.x11.protocol.xproto.InternAtom;
import org.sumac.x11.protocol.xproto.ListProperties;
import org.sumac.x11.protocol.xproto.RotateProperties;
import org.sumac.x11.window.Property;
import org.sumac.x11.window.Window;

/**
 * Atoms and window properties. Property data of format 16 and 32 is stored little-endian and
 * swapped on the way in and out for MSB-first clients; format 8 is never swapped.
 */
public final class PropertyRequests {
    private final XServer server;

    PropertyRequests(XServer server) { this.server = server; }

    void internAtom(Client c, InternAtom q) {
        int onlyIfExistsByte = q.onlyIfExists();
        String name = q.name().string();
        if (onlyIfExistsByte > 1) throw XError.value(onlyIfExistsByte);
        boolean onlyIfExists = onlyIfExistsByte != 0;
        // An atom lives until the server resets: its name is charged to the client that made it, for good.
        int atom = onlyIfExists ? server.atoms.lookup(name) : server.atoms.intern(name, c.memory);
        c.sendReply(new InternAtom.Reply(atom));
    }

    void getAtomName(Client c, GetAtomName q) {
        int atom = q.atom();
        String name = server.atoms.name(atom);
        if (name == null) throw new XError(XError.ATOM, atom);
        c.sendReply(new GetAtomName.Reply(name));
    }

    private int atom(int a) {
        if (!server.atoms.valid(a)) throw new XError(XError.ATOM, a);
        return a;
    }

    void changeProperty(Client c, ChangeProperty q) {
        int mode = q.mode();
        int format = q.format();
        // Xorg's order: mode and format (BadValue), the data's length, then the window and the atoms
        if (mode > 2) throw XError.value(mode);
        if (format != 8 && format != 16 && format != 32) throw XError.value(format);
        long units = Integer.toUnsignedLong(q.dataLen());
        long nbytes = units * (format / 8);
        ByteList bytes = q.data();
        if (nbytes != bytes.size()) throw XError.length();
        Window w = server.window(q.window());
        int prop = atom(q.property());
        int type = atom(q.type());
        Property old = w.properties.get(prop);
        boolean replace = mode == 0 || old == null;
        if (!replace && (old.type() != type || old.format() != format)) throw XError.match();
        // Charged before the bytes are copied: a property past the client's or the display's budget is BadAlloc.
        MemoryBudget.Charge charge = c.memory.hold(Property.memoryCost(replace ? nbytes : old.data().length + nbytes));
        Property now;
        try {
            byte[] data = bytes.copy();
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

    void deleteProperty(Client c, DeleteProperty q) {
        Window w = server.window(q.window());
        int prop = atom(q.property());
        Property gone = w.properties.remove(prop);
        if (gone != null) {
            gone.release();
            propertyNotify(w, prop, 1);
        }
    }

    private static final byte[] NO_BYTES = new byte[0];

    void getProperty(Client c, GetProperty q) {
        boolean delete = q.delete() != 0;
        Window w = server.window(q.window());
        int prop = atom(q.property());
        int type = q.type();
        if (type != 0 && !server.atoms.valid(type)) throw new XError(XError.ATOM, type);
        long offset = Integer.toUnsignedLong(q.longOffset()), length = Integer.toUnsignedLong(q.longLength());
        Property p = w.properties.get(prop);
        if (p == null) {
            c.sendReply(new GetProperty.Reply(0, 0, 0, 0, NO_BYTES));
            return;
        }
        if (type != 0 && type != p.type()) {
            c.sendReply(new GetProperty.Reply(p.format(), p.type(), p.data().length, 0, NO_BYTES));
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
            c.sendReply(new GetProperty.Reply(p.format(), p.type(), (int) after, (int) (len / unit), out));
        } finally {
            building.release();
        }
        if (delete && after == 0) {
            w.properties.remove(prop).release();
            propertyNotify(w, prop, 1);
        }
    }

    void listProperties(Client c, ListProperties q) {
        Window w = server.window(q.window());
        int[] atoms = new int[w.properties.size()];
        int i = 0;
        // Newest first, as Xorg keeps a window's properties (new ones are prepended to its list).
        for (int a : w.properties.sequencedKeySet().reversed()) atoms[i++] = a;
        c.sendReply(new ListProperties.Reply(atoms));
    }

    void rotateProperties(Client c, RotateProperties q) {
        Window w = server.window(q.window());
        Card32List list = q.atoms();
        int n = list.size();
        int delta = q.delta();
        int[] atoms = new int[n];
        for (int i = 0; i < n; i++) {
            atoms[i] = atom(list.get(i));
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
