package org.sumac.x11.ext;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.shm.Attach;
import org.sumac.x11.protocol.shm.CompletionEvent;
import org.sumac.x11.protocol.shm.CreatePixmap;
import org.sumac.x11.protocol.shm.CreateSegment;
import org.sumac.x11.protocol.shm.Detach;
import org.sumac.x11.protocol.shm.GetImage;
import org.sumac.x11.protocol.shm.PutImage;
import org.sumac.x11.protocol.shm.QueryVersion;
import org.sumac.x11.protocol.shm.ShmHandler;
import org.sumac.x11.protocol.shm.ShmProtocol;
import org.sumac.x11.render.Drawable;
import org.sumac.x11.render.Pixels;
import org.sumac.x11.render.Pixmap;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.Graphics;
import org.sumac.x11.server.MemoryBudget;
import org.sumac.x11.server.Resource;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

/**
 * MIT-SHM 1.2: System V segments attached with shmat (FFM), and memory files passed as descriptors over the X socket
 * (AttachFd maps the client's, CreateSegment passes one of the server's: Client reads and writes Unix sockets with
 * recvmsg/sendmsg for that); PutImage and GetImage through them, as Xorg's shm.c. A JVM that cannot pass descriptors
 * (sun.nio.ch not opened) offers 1.1, without AttachFd and CreateSegment.
 *
 * <p>Shared pixmaps are not offered (QueryVersion says no, as Xorg does on a screen that cannot make them): cairo-xlib
 * makes one for every similar image of 4 KB or more, at the image's depth, and GTK 3 blurs its shadows in A8 images
 * (client-side decorations under a compositing manager); a depth-8 shared pixmap Sumac cannot make was BadAlloc and
 * GDK exits on an X error it did not expect (gtk3-demo under xfwm4's compositor died at its first window). Told no,
 * cairo sends those images through the segment with ShmPutImage instead.
 *
 * <p>A client that makes shared pixmaps anyway gets them in ZPixmap format, as Xvfb's: CreatePixmap makes a pixmap
 * whose {@link Pixels} are a view of the segment, so what is drawn to it is in the segment when the request is done
 * and what the client writes there is what the next request reads, with no copy. That needs the segment's ZPixmap
 * layout to be Pixels' own, one native-order 32-bit word a pixel and rows {@code 4 * width} bytes apart: depths 24 and
 * 32 on a little-endian machine (the server's image byte order is LSBFirst). Other depths (1, 4, 8, 16: 1, 8 or 16
 * bits a pixel) are BadAlloc, which is what Xorg answers when its screen cannot make the pixmap; Xvfb makes them.
 * Copying between the segment and the pixmap around every request that might read or write it (any client's, through
 * GC tiles and pictures too) would cost the pixmap's size a request and is not done.
 * The pixmap holds the segment's mapping, so it stays usable after Detach and after its client goes, until the
 * pixmap and every GC or picture holding it let go, as Xorg's refcount. Its memory is the client's segment, mapped
 * anyway, so only the pixmap object is charged to the client's budget, not its pixels.
 *
 * <p>A descriptor segment is a file the client could cut short under the pixmap, and pixman's native code would then
 * fault (SIGBUS) with no way to recover; so a shared pixmap is made only in a segment that cannot shrink: System V
 * segments, CreateSegment's memory files (sealed against shrinking), and AttachFd memory files the server could seal
 * so (memfds made with MFD_ALLOW_SEALING; AttachFd tries, which keeps the client from shrinking that file from then
 * on). Any other descriptor segment is BadAlloc for CreatePixmap (it can still be used for PutImage and GetImage).
 *
 * <p>Shared hosts: Xorg attaches with root's rights and then checks the segment's permissions against the client's
 * credentials; here every Attach checks them (IPC_STAT's owner, creator, group and mode against the connection's
 * SO_PEERCRED uid and gid; unknown credentials get the "others" bits), also when another client attached the segment
 * already (where Xorg skips the check). Every offset and size is checked against the segment's size before a byte is
 * touched, reads and writes go through a bounded MemorySegment (read-only when attached so), and a detached
 * segment's memory is unreachable (its arena is closed).
 */
final class Shm implements Extensions.Handler, ShmHandler<Client> {
    private static final int MAJOR = 1;
    private static final int XY_BITMAP = 0, XY_PIXMAP = 1, Z_PIXMAP = 2;
    /** Rows of a shared image are copied to the heap in bands of at most this many bytes before they are drawn. */
    private static final int BAND_BYTES = 8 << 20;

    private final XServer server;
    private final int majorOpcode, completion, badSeg;
    /** Attached segments by shmid: one mapping however many clients attach it, as Xorg. */
    private final Map<Integer, Mapping> mappings = new HashMap<>();

    /** 1.2 where this JVM can pass descriptors (app/jvm.options opens sun.nio.ch for it), else 1.1. */
    private final int minor = Client.fdPassingAvailable() ? 2 : 1;

    /**
     * One shmat of a segment, or one mmap of a descriptor (shmid null: never shared with another Attach): its memory,
     * whether it is writable and cannot shrink, and how many Attach resources and shared pixmaps hold it.
     */
    private final class Mapping {
        final Integer shmid;
        final Arena arena;
        final MemorySegment memory;
        final boolean writable;
        /** Whether the memory under the mapping stays (a System V segment, a sealed memfd): pixmaps may live in it. */
        final boolean fixedSize;
        int refs;

        Mapping(Integer shmid, Arena arena, MemorySegment memory, boolean writable, boolean fixedSize) {
            this.shmid = shmid;
            this.arena = arena;
            this.memory = memory;
            this.writable = writable;
            this.fixedSize = fixedSize;
        }

        void release() {
            if (--refs > 0) return;
            if (shmid != null) mappings.remove(shmid);
            arena.close(); // shmdt or munmap; the memory is unreachable from here on
        }
    }

    /** A client's name (SEG) for an attached segment. */
    private final class Segment implements Resource {
        final int id;
        final Mapping mapping;
        /**
         * Whether this client may have the server write into the segment: it asked to and may. A read-only Attach
         * of a segment another client attached writable stays read-only (Xorg lets it write, through the mapping).
         */
        final boolean writable;
        private boolean freed;

        Segment(int id, Mapping mapping, boolean writable) {
            this.id = id;
            this.mapping = mapping;
            this.writable = writable;
        }

        @Override public int id() { return id; }

        @Override public void free(XServer s) {
            if (freed) return;
            freed = true;
            mapping.release();
        }
    }

    Shm(XServer server, Extensions.Bases bases) {
        this.server = server;
        this.majorOpcode = bases.majorOpcode();
        this.completion = bases.firstEvent() + CompletionEvent.NUMBER;
        this.badSeg = bases.firstError() + ShmProtocol.ERROR_BAD_SEG;
    }

    /** Whether this machine can attach segments (and map descriptors). */
    static boolean available() { return SysVShm.available() && FdShm.available(); }

    @Override public byte[] eventFieldWidths(int event) { return ShmProtocol.eventFieldWidths(event); }

    @Override public void dispatch(Client c, RequestReader r, int minor) {
        // a 1.1 server has no fd-passing requests
        if (this.minor < 2 && (minor == ShmProtocol.ATTACH_FD || minor == ShmProtocol.CREATE_SEGMENT)) {
            throw new XError(XError.REQUEST, 0);
        }
        ShmProtocol.dispatch(this, c, r, minor);
    }

    @Override public void queryVersion(Client c, QueryVersion q) {
        // the server's own ids, as Xorg's geteuid()/getegid()
        long uid = 0, gid = 0;
        try {
            uid = ((Number) java.nio.file.Files.getAttribute(java.nio.file.Path.of("/proc/self"), "unix:uid")).longValue();
            gid = ((Number) java.nio.file.Files.getAttribute(java.nio.file.Path.of("/proc/self"), "unix:gid")).longValue();
        } catch (Exception | LinkageError e) {
            // unknown: 0, which no client relies on
        }
        // no shared pixmaps (class javadoc), and then no pixmap format, as Xorg's ProcShmQueryVersion
        c.sendReply(new QueryVersion.Reply(false, MAJOR, minor, (int) (uid & 0xffff), (int) (gid & 0xffff), 0));
    }

    @Override public void attach(Client c, Attach q) {
        server.checkNewId(c, q.shmseg());
        int readOnly = q.readOnly();
        if (readOnly > 1) throw XError.value(readOnly);
        boolean ro = readOnly == 1;
        SysVShm.Stat stat = SysVShm.stat(q.shmid());
        // checked for every client, not only the first to attach the segment
        if (stat == null || !stat.allows(server.clientCredentials(c), ro)) throw new XError(XError.ACCESS, 0);
        Mapping m = mappings.get(q.shmid());
        if (m != null) {
            if (!ro && !m.writable) throw new XError(XError.ACCESS, 0);
        } else {
            Arena arena = Arena.ofShared();
            MemorySegment memory = SysVShm.attach(q.shmid(), ro, stat.size(), arena);
            if (memory == null) {
                arena.close();
                throw new XError(XError.ACCESS, 0);
            }
            m = new Mapping(q.shmid(), arena, memory, !ro, true);
            mappings.put(q.shmid(), m);
        }
        m.refs++;
        Segment s = new Segment(q.shmseg(), m, !ro);
        try {
            server.addResource(c, s);
        } catch (XError e) {
            s.free(server);
            throw e;
        }
    }

    /**
     * AttachFd (1.2): maps the descriptor that came with the request, as Xorg's ProcShmAttachFd: the request takes one
     * descriptor whatever its fate (closed after an error too); none (a TCP client, or none sent) or one of size 0
     * (a pipe, a socket) is BadMatch, one mmap refuses is BadAccess. The descriptor is closed once mapped; the mapping
     * is the segment's whole size at that moment, and every use is checked against it as for Attach.
     */
    @Override public void attachFd(Client c, RequestReader r) {
        int fd = c.takeFd();
        try {
            if (r.length() != 12) throw XError.length();
            int shmseg = r.int32At(4), readOnly = r.card8At(8);
            server.checkNewId(c, shmseg);
            if (readOnly > 1) throw XError.value(readOnly);
            if (fd < 0) throw XError.match();
            // sealed before its size is read, so that the size mapped is one the file keeps
            boolean sealed = FdShm.sealShrink(fd);
            long size = FdShm.size(fd);
            if (size <= 0) throw XError.match();
            addMapped(c, shmseg, fd, size, readOnly == 1, sealed);
        } finally {
            FdShm.close(fd);
        }
    }

    /**
     * CreateSegment (1.2): a new memory file (memfd) of the size asked, mapped here and passed to the client with the
     * reply, as Xorg's ProcShmCreateSegment: size 0 cannot be mapped (BadAccess); a client that cannot be passed a
     * descriptor (TCP) gets BadAlloc, as Xorg whose write of the descriptor fails.
     */
    @Override public void createSegment(Client c, CreateSegment q) {
        server.checkNewId(c, q.shmseg());
        if (q.readOnly() > 1) throw XError.value(q.readOnly());
        if (!c.passesFds()) throw XError.alloc();
        long size = Integer.toUnsignedLong(q.sizeValue());
        int fd = FdShm.create(size);
        if (fd < 0) throw XError.alloc();
        try {
            addMapped(c, q.shmseg(), fd, size, q.readOnly() == 1, true);
        } catch (RuntimeException e) {
            FdShm.close(fd);
            throw e;
        }
        var w = c.reply(1); // nfd
        c.sendReply(w, fd); // 24 bytes of padding; the client's Client closes fd once it is sent
    }

    /** Maps {@code size} bytes of {@code fd} and names them {@code shmseg} for the client; BadAccess when mmap refuses. */
    private void addMapped(Client c, int shmseg, int fd, long size, boolean readOnly, boolean fixedSize) {
        Arena arena = Arena.ofShared();
        MemorySegment memory = FdShm.map(fd, size, readOnly, arena);
        if (memory == null) {
            arena.close();
            throw new XError(XError.ACCESS, 0);
        }
        Mapping m = new Mapping(null, arena, memory, !readOnly, fixedSize);
        m.refs++;
        Segment s = new Segment(shmseg, m, !readOnly);
        try {
            server.addResource(c, s);
        } catch (XError e) {
            s.free(server);
            throw e;
        }
    }

    @Override public void detach(Client c, Detach q) {
        segment(q.shmseg());
        server.removeResource(q.shmseg());
    }

    private Segment segment(int id) {
        if (server.resource(id) instanceof Segment s) return s;
        throw new XError(badSeg, id);
    }

    /** Xorg's VERIFY_SHMPTR: the segment, an offset that is a multiple of 4 inside it, writable when asked. */
    private Segment segmentAt(int id, int offset, boolean needWrite) {
        Segment s = segment(id);
        if ((offset & 3) != 0 || Integer.toUnsignedLong(offset) > s.mapping.memory.byteSize()) throw XError.value(offset);
        if (needWrite && !s.writable) throw new XError(XError.ACCESS, 0);
        return s;
    }

    private static long pad32(long bits) { return ((bits + 31) / 32) * 4; }

    @Override public void putImage(Client c, PutImage q) {
        Graphics.Drawing dr = server.dispatcher.graphics.drawing(q.drawable(), q.gc());
        Segment s = segmentAt(q.shmseg(), q.offset(), false);
        int sendEvent = q.sendEvent();
        if (sendEvent > 1) throw XError.value(sendEvent);
        Drawable d = dr.drawable();
        int format = q.format(), depth = q.depth();
        int totalWidth = q.totalWidth(), totalHeight = q.totalHeight();
        long rowBytes;
        switch (format) {
            case XY_BITMAP -> {
                if (depth != 1) throw XError.match();
                rowBytes = pad32(totalWidth);
            }
            case XY_PIXMAP -> {
                if (depth != d.depth()) throw XError.match();
                rowBytes = pad32(totalWidth);
            }
            case Z_PIXMAP -> {
                if (depth != d.depth()) throw XError.match();
                rowBytes = Graphics.zRowBytes(totalWidth, depth);
            }
            default -> throw XError.value(format);
        }
        long planes = format == XY_PIXMAP ? depth : 1;
        long size = s.mapping.memory.byteSize(), offset = Integer.toUnsignedLong(q.offset());
        // the whole shared image, every plane of it, lies inside the segment (Xorg's check, without its overflow)
        if (totalHeight != 0 && rowBytes * planes > (size - offset) / totalHeight) throw XError.value(totalWidth);
        int srcX = q.srcX(), srcY = q.srcY(), srcWidth = q.srcWidth(), srcHeight = q.srcHeight();
        if (srcX > totalWidth) throw XError.value(srcX);
        if (srcY > totalHeight) throw XError.value(srcY);
        if (srcX + srcWidth > totalWidth) throw XError.value(srcWidth);
        if (srcY + srcHeight > totalHeight) throw XError.value(srcHeight);
        boolean cut = false;
        while (true) {
            try {
                draw(c, dr, s.mapping.memory, offset, format, depth, (int) rowBytes, totalHeight, srcX, srcY, srcWidth,
                    srcHeight, q.dstX(), q.dstY());
                break;
            } catch (InternalError e) {
                if (cut) break; // faulted again over zero pages: leave it
                cut = true;
                if (!FdShm.zero(s.mapping.memory)) break;
            }
        }
        if (cut) cutShort(s);
        if (sendEvent == 1) {
            CompletionEvent e = new CompletionEvent(q.drawable(), ShmProtocol.PUT_IMAGE, majorOpcode, q.shmseg(), q.offset());
            server.sendEvent(c, completion, e.detail(), e::write);
        }
    }

    /**
     * Draws rows srcY.. of the shared image through core PutImage's code, copying them to the heap in bands (an
     * XYPixmap's planes, {@code totalHeight} rows each, are gathered band by band), charged to the client meanwhile.
     */
    private void draw(Client c, Graphics.Drawing dr, MemorySegment memory, long offset, int format, int depth, int rowBytes,
                      int totalHeight, int srcX, int srcY, int srcWidth, int srcHeight, int dstX, int dstY) {
        if (srcWidth == 0 || srcHeight == 0) return;
        if (format == Z_PIXMAP && server.dispatcher.graphics.drawImage32(dr.drawable(), dr.gc(), srcWidth, srcHeight,
            dstX, dstY, srcX, memory, offset + (long) srcY * rowBytes, rowBytes)) return;
        int planes = format == XY_PIXMAP ? depth : 1;
        long perRow = (long) rowBytes * planes;
        int bandRows = (int) Math.max(1, Math.min(srcHeight, BAND_BYTES / Math.max(1, perRow)));
        MemoryBudget.Charge charge = server.chargeFor(c, perRow * bandRows);
        try {
            byte[] band = new byte[(int) (perRow * bandRows)];
            for (int row = 0; row < srcHeight; row += bandRows) {
                int rows = Math.min(bandRows, srcHeight - row);
                for (int p = 0; p < planes; p++) {
                    long from = offset + ((long) p * totalHeight + srcY + row) * rowBytes;
                    MemorySegment.copy(memory, ValueLayout.JAVA_BYTE, from, band, p * rows * rowBytes, rows * rowBytes);
                }
                server.dispatcher.graphics.drawImage(dr.drawable(), dr.gc(), format, depth, srcWidth, rows, dstX,
                    dstY + row, srcX, band, 0, rowBytes);
            }
        } finally {
            charge.release();
        }
    }

    @Override public void getImage(Client c, GetImage q) {
        int format = q.format();
        if (format != XY_PIXMAP && format != Z_PIXMAP) throw XError.value(format);
        Drawable d = server.drawable(q.drawable());
        Segment s = segmentAt(q.shmseg(), q.offset(), true);
        int x = q.x(), y = q.y(), w = q.width(), h = q.height();
        int visual = 0;
        if (d instanceof Window win) {
            if (!win.viewable || win.isInputOnly()) throw XError.match();
            long ax = (long) win.absX + x, ay = (long) win.absY + y;
            if (ax < 0 || ay < 0 || ax + w > server.framebuffer.width || ay + h > server.framebuffer.height
                || x < -win.borderWidth || y < -win.borderWidth || x + w > win.width + win.borderWidth
                || y + h > win.height + win.borderWidth) throw XError.match();
            visual = win.visual;
        } else if (x < 0 || y < 0 || x + w > d.width() || y + h > d.height()) throw XError.match();
        int depth = d.depth();
        int planeMask = q.planeMask();
        long length, perPlane = 0;
        if (format == Z_PIXMAP) {
            length = (long) Graphics.zRowBytes(w, depth) * h;
        } else {
            perPlane = pad32(w) * h;
            long planes = depth >= 32 ? planeMask : planeMask & ((1L << depth) - 1);
            length = perPlane * Long.bitCount(planes & 0xffffffffL);
        }
        long offset = Integer.toUnsignedLong(q.offset());
        if (offset + length > s.mapping.memory.byteSize()) throw new XError(XError.ACCESS, 0);
        boolean cut = false;
        while (length > 0) try {
            Pixels px = d.pixels();
            int ox = d.originX() + x, oy = d.originY() + y;
            if (format == Z_PIXMAP && planeMask == -1 && depth >= 24) {
                // 32-bit pixels as they are: one bulk copy a row, straight into the segment
                var pixel = ValueLayout.JAVA_INT_UNALIGNED.withOrder(java.nio.ByteOrder.LITTLE_ENDIAN);
                for (int row = 0; row < h; row++) {
                    MemorySegment.copy(px.memory, Pixels.PIXEL, 4L * ((oy + row) * px.width + ox), s.mapping.memory, pixel,
                        offset + 4L * w * row, w);
                }
            } else if (format == Z_PIXMAP) {
                int rowBytes = Graphics.zRowBytes(w, depth);
                copyOut(c, s.mapping.memory, offset, rowBytes, h,
                    (out, row, rows) -> Graphics.zImageRows(px, depth, planeMask, ox, oy + row, w, rows, out, 0));
            } else {
                long at = offset;
                for (int p = depth - 1; p >= 0; p--) {
                    if ((planeMask & (1 << p)) == 0) continue;
                    int plane = p;
                    copyOut(c, s.mapping.memory, at, (int) pad32(w), h,
                        (out, row, rows) -> Graphics.planeImageRows(px, plane, ox, oy + row, w, rows, out, 0));
                    at += perPlane;
                }
            }
            break;
        } catch (InternalError e) {
            if (cut) break;
            cut = true;
            if (!FdShm.zero(s.mapping.memory)) break;
        }
        if (cut) cutShort(s);
        c.sendReply(new GetImage.Reply(depth, visual, (int) length));
    }

    /**
     * The client cut the memory file under a descriptor segment short (ftruncate) after attaching it, and touching
     * the missing pages faulted (SIGBUS, which the JVM turns into an InternalError in the copy). As Xorg's bus-fault
     * handler, the request went on over zero pages (the caller replaced the mapping's pages with {@link FdShm#zero} and
     * did it again: drawing zeros, as Xorg's copy goes on with zeros), and the segment goes away here: later uses are
     * BadShmSeg.
     */
    private void cutShort(Segment s) {
        if (server.resource(s.id) == s) server.removeResource(s.id);
    }

    private interface Rows {
        void encode(byte[] out, int row, int rows);
    }

    /** Encodes {@code height} rows band by band on the heap and copies each band into the segment at {@code at}. */
    private void copyOut(Client c, MemorySegment memory, long at, int rowBytes, int height, Rows rows) {
        int bandRows = (int) Math.max(1, Math.min(height, BAND_BYTES / Math.max(1, rowBytes)));
        MemoryBudget.Charge charge = server.chargeFor(c, (long) rowBytes * bandRows);
        try {
            byte[] band = new byte[rowBytes * bandRows];
            for (int row = 0; row < height; row += bandRows) {
                int n = Math.min(bandRows, height - row);
                rows.encode(band, row, n);
                MemorySegment.copy(band, 0, memory, ValueLayout.JAVA_BYTE, at + (long) row * rowBytes, n * rowBytes);
            }
        } finally {
            charge.release();
        }
    }

    /**
     * CreatePixmap: a pixmap whose pixels are the segment's bytes from {@code offset} on, in Xorg's order of checks
     * (ProcShmCreatePixmap): the new id, the drawable, the segment and offset (writable: BadAccess otherwise), a zero
     * size (BadValue 0), a side past 32767 (BadAlloc), a depth the screen lacks (BadValue), the image past the
     * segment's end (BadAccess). Then what only Sumac refuses (see the class comment): BadAlloc for a layout that is
     * not Pixels' and for a segment that could shrink.
     */
    @Override public void createPixmap(Client c, CreatePixmap q) {
        server.checkNewId(c, q.pid());
        server.drawable(q.drawable());
        Segment s = segmentAt(q.shmseg(), q.offset(), true);
        int width = q.width(), height = q.height(), depth = q.depth();
        if (width == 0 || height == 0 || depth == 0) throw XError.value(0);
        if (width > 32767 || height > 32767) throw XError.alloc();
        if (depth != 1 && depth != 4 && depth != 8 && depth != 16 && depth != 24 && depth != 32) throw XError.value(depth);
        long size = (long) Graphics.zRowBytes(width, depth) * height, offset = Integer.toUnsignedLong(q.offset());
        Mapping m = s.mapping;
        if (offset + size > m.memory.byteSize()) throw new XError(XError.ACCESS, 0);
        if (depth < 24 || ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN || !m.fixedSize) throw XError.alloc();
        MemoryBudget.Charge charge = server.chargeFor(c, 512); // the object; its pixels are the client's segment
        m.refs++;
        Pixmap p = new Pixmap(q.pid(), Pixels.over(m.memory.asSlice(offset, size), width, height, depth, m::release));
        try {
            server.addResource(c, p, charge);
        } catch (XError e) {
            p.free(server);
            throw e;
        }
    }

    @Override public void clientClosed(Client c) { }
}
