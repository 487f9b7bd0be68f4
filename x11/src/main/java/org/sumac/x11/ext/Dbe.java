package org.sumac.x11.ext;

import java.util.ArrayList;
import java.util.List;
import org.sumac.x11.geom.Region;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.dbe.AllocateBackBuffer;
import org.sumac.x11.protocol.dbe.DbeHandler;
import org.sumac.x11.protocol.dbe.DbeProtocol;
import org.sumac.x11.protocol.dbe.DeallocateBackBuffer;
import org.sumac.x11.protocol.dbe.GetBackBufferAttributes;
import org.sumac.x11.protocol.dbe.GetVisualInfo;
import org.sumac.x11.protocol.dbe.QueryVersion;
import org.sumac.x11.protocol.dbe.SwapBuffers;
import org.sumac.x11.protocol.dbe.VisualInfo;
import org.sumac.x11.protocol.dbe.VisualInfos;
import org.sumac.x11.render.DrawTarget;
import org.sumac.x11.render.Drawable;
import org.sumac.x11.render.FillRectangles;
import org.sumac.x11.render.GraphicsContext;
import org.sumac.x11.render.Pixels;
import org.sumac.x11.render.Pixmap;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.MemoryBudget;
import org.sumac.x11.server.Resource;
import org.sumac.x11.server.XServer;
import org.sumac.x11.window.Window;

/**
 * DOUBLE-BUFFER 1.0 as Xvfb offers it (Xorg's dbe.c over mi/midbe.c): a window's back buffer is a pixmap of its size
 * that every back buffer name of the window draws on; SwapBuffers copies it into the window (a scratch GC: clipped by
 * children, no exposures) and then leaves it undefined (as it was), cleared to the window's background, as the window
 * was (Untouched: a second pixmap keeps what the window showed) or copied (as it is). A resize reallocates both
 * pixmaps, keeping their contents by the window's bit gravity, clearing them to the background when it grows or
 * forgets. Every visual may be double-buffered (perflevel 0). The pixmaps are charged to the client that allocated the
 * first name.
 */
final class Dbe implements Extensions.Handler, DbeHandler<Client> {
    static final int MAJOR = 145, FIRST_ERROR = 153;
    static final int UNDEFINED = 0, BACKGROUND = 1, UNTOUCHED = 2, COPIED = 3;
    /** Xorg refuses more swap actions than this with BadAlloc before their length is checked (UINT32_MAX / 16). */
    private static final long MAX_SWAPS = 0xFFFFFFFFL / 16;

    private final XServer server;
    private final int badBuffer;
    private final Window.Key<WindowBuffers> key = new Window.Key<>("DOUBLE-BUFFER", WindowBuffers::new);

    /** A window's back buffer (Xorg's DbeWindowPriv and mi's front and back pixmaps). */
    private static final class WindowBuffers {
        Window window;
        Pixmap back, front;
        /** The window's inside corner on the screen and size when the buffers were made (Xorg's priv x, y, w, h). */
        int x, y, width, height;
        final List<BackBuffer> names = new ArrayList<>();
        MemoryBudget.Charge charge;
    }

    /** A back buffer name: a drawable whose pixels are the window's back buffer of the moment. */
    private final class BackBuffer implements Resource, Drawable {
        final int id;
        final WindowBuffers buffers;

        BackBuffer(int id, WindowBuffers buffers) {
            this.id = id;
            this.buffers = buffers;
        }

        @Override public int id() { return id; }
        @Override public int depth() { return buffers.window.depth; }
        @Override public int width() { return buffers.back.width(); }
        @Override public int height() { return buffers.back.height(); }
        @Override public Pixels pixels() { return buffers.back.pixels(); }
        @Override public int originX() { return 0; }
        @Override public int originY() { return 0; }

        @Override public long memoryCost() { return 64; }

        /** Xorg's DbeWindowPrivDelete: the last name takes the buffers with it. */
        @Override public void free(XServer s) {
            buffers.names.remove(this);
            if (!buffers.names.isEmpty()) return;
            if (buffers.charge != null) buffers.charge.release();
            buffers.charge = null;
            if (buffers.back != null) buffers.back.pixels.release();
            if (buffers.front != null) buffers.front.pixels.release();
            buffers.back = buffers.front = null;
            if (buffers.window.extensionStateIfPresent(key) == buffers) buffers.window.removeExtensionState(key);
        }
    }

    Dbe(XServer server, Extensions.Bases bases) {
        this.server = server;
        this.badBuffer = bases.firstError() + DbeProtocol.ERROR_BAD_BUFFER;
    }

    @Override public void dispatch(Client c, RequestReader r, int minor) {
        // Xorg answers BeginIdiom and EndIdiom with Success whatever their length.
        if (minor == DbeProtocol.BEGIN_IDIOM || minor == DbeProtocol.END_IDIOM) return;
        // (only for LSB-first clients: Xorg's swapped SwapBuffers checks the length first)
        if (minor == DbeProtocol.SWAP_BUFFERS && !c.msbFirst() && r.length() >= 8
            && Integer.toUnsignedLong(r.int32At(4)) > MAX_SWAPS) {
            throw XError.alloc();
        }
        DbeProtocol.dispatch(this, c, r, minor);
    }

    // ---- requests ---------------------------------------------------------------------------------------

    @Override public void queryVersion(Client c, QueryVersion q) {
        c.sendReply(new QueryVersion.Reply(1, 0));
    }

    /** The visuals that can be double-buffered: all of the screen's, in the order of its depths (mi's GetVisualInfo). */
    private static VisualInfos screenVisuals() {
        return new VisualInfos(List.of(new VisualInfo(XServer.ROOT_VISUAL, 24, 0), new VisualInfo(XServer.DIRECT_VISUAL, 24, 0),
            new VisualInfo(XServer.ARGB_VISUAL, 32, 0)));
    }

    @Override public void getVisualInfo(Client c, GetVisualInfo q) {
        var drawables = q.drawables();
        for (int i = 0; i < drawables.size(); i++) server.drawable(drawables.get(i));
        int screens = drawables.size() == 0 ? 1 : drawables.size();
        List<VisualInfos> infos = new ArrayList<>(screens);
        for (int i = 0; i < screens; i++) infos.add(screenVisuals());
        c.sendReply(new GetVisualInfo.Reply(infos));
    }

    @Override public void allocateBackBuffer(Client c, AllocateBackBuffer q) {
        Window w = server.window(q.window());
        if (w.isInputOnly()) throw XError.match();
        int action = q.swapAction();
        if (action > COPIED) throw XError.value(action);
        server.checkNewId(c, q.buffer());
        WindowBuffers b = w.extensionStateIfPresent(key);
        if (b == null) {
            MemoryBudget.Charge charge = server.chargeFor(c, 2 * Pixmap.memoryCost(w.width(), w.height()));
            b = w.extensionState(key);
            b.window = w;
            b.charge = charge;
            b.x = w.absX;
            b.y = w.absY;
            b.width = w.width();
            b.height = w.height();
            b.front = new Pixmap(0, b.width, b.height, w.depth);
            b.back = new Pixmap(0, b.width, b.height, w.depth);
            clear(w, b.back);
        }
        BackBuffer name = new BackBuffer(q.buffer(), b);
        try {
            server.addResource(c, name);
        } catch (XError e) {
            if (b.names.isEmpty()) name.free(server);
            throw e;
        }
        b.names.add(name);
    }

    @Override public void deallocateBackBuffer(Client c, DeallocateBackBuffer q) {
        if (!(server.resource(q.buffer()) instanceof BackBuffer name)) throw new XError(badBuffer, q.buffer());
        server.removeResource(name.id);
    }

    @Override public void swapBuffers(Client c, SwapBuffers q) {
        var actions = q.actions();
        int n = actions.size();
        // Xorg compares each window with every later one; counting them first finds the same first duplicate without
        // a quadratic loop a client could stall the display with.
        java.util.Map<Integer, Integer> times = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) times.merge(actions.window(i), 1, Integer::sum);
        List<WindowBuffers> swaps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Window w = server.window(actions.window(i));
            WindowBuffers b = w.extensionStateIfPresent(key);
            if (b == null) throw XError.match();
            if (times.get(actions.window(i)) > 1) throw XError.match();
            int action = actions.swapAction(i);
            if (action > COPIED) throw XError.value(action);
            swaps.add(b);
        }
        for (int i = 0; i < n; i++) swap(swaps.get(i), actions.swapAction(i));
    }

    @Override public void getBackBufferAttributes(Client c, GetBackBufferAttributes q) {
        int window = server.resource(q.buffer()) instanceof BackBuffer name ? name.buffers.window.id() : 0;
        c.sendReply(new GetBackBufferAttributes.Reply(new org.sumac.x11.protocol.dbe.BufferAttributes(window)));
    }

    // ---- buffers ------------------------------------------------------------------------------------------

    /** mi's miDbeSwapBuffers for one window. */
    private void swap(WindowBuffers b, int action) {
        Window w = b.window;
        // a size ConfigureWindow did not give (the root's, by RANDR) is taken up here
        if (b.width != w.width() || b.height != w.height()) resize(b, w.absX, w.absY, w.width(), w.height());
        if (b.back == null) return;
        var graphics = server.dispatcher.graphics;
        if (action == UNTOUCHED) graphics.scratchCopy(w, 0, 0, w.width(), w.height(), b.front, 0, 0, null);
        graphics.scratchCopy(b.back, 0, 0, w.width(), w.height(), w, 0, 0, null);
        switch (action) {
            case BACKGROUND -> clear(w, b.back);
            case UNTOUCHED -> {
                Pixmap t = b.back;
                b.back = b.front;
                b.front = t;
            }
            default -> { }
        }
    }

    /**
     * Fills a buffer with the window's background (Xorg's DbeSetupBackgroundPainter): a ParentRelative background is
     * the first ancestor's that is not, its tile aligned to that ancestor; None leaves the buffer as it is.
     */
    private static void clear(Window w, Pixmap buffer) {
        int tsX = 0, tsY = 0;
        while (w.backgroundKind == Window.BG_PARENT_RELATIVE && w.parent != null) {
            tsX -= w.x + w.borderWidth;
            tsY -= w.y + w.borderWidth;
            w = w.parent;
        }
        GraphicsContext gc = new GraphicsContext(buffer.depth());
        if (w.backgroundKind == Window.BG_PIXEL) {
            gc.foreground = w.backgroundPixel;
        } else if (w.backgroundKind == Window.BG_PIXMAP && w.backgroundPixmap != null) {
            gc.fillStyle = GraphicsContext.FILL_TILED;
            gc.tile = w.backgroundPixmap;
            gc.tsXOrigin = tsX;
            gc.tsYOrigin = tsY;
        } else {
            return;
        }
        DrawTarget t = new DrawTarget(buffer.pixels(), 0, 0, Region.of(0, 0, buffer.width(), buffer.height()));
        FillRectangles.fill(t, gc, new int[] {0, 0, buffer.width(), buffer.height()}, 1);
    }

    // ---- lifecycle ----------------------------------------------------------------------------------------

    /** Xorg's DbeDestroyWindow: the window's names go with it. */
    @Override public void windowDestroyed(Window w) {
        WindowBuffers b = w.extensionStateIfPresent(key);
        if (b == null) return;
        List<BackBuffer> names = List.copyOf(b.names);
        b.names.clear(); // each name's free then finds the list empty: no quadratic removal
        for (BackBuffer name : names) if (server.resource(name.id) == name) server.removeResource(name.id);
    }

    /**
     * mi's miDbePositionWindow, for the size ConfigureWindow is about to give: new buffers, what the old ones held kept
     * by the bit gravity (none for Forget), cleared to the background where the window grows. When the client's memory
     * cannot take them, every name of the window is freed, as Xorg does when it cannot allocate them.
     */
    @Override public void windowConfigured(Window w, int x, int y, int width, int height, int bw) {
        WindowBuffers b = w.extensionStateIfPresent(key);
        if (b == null || b.back == null || (width == b.width && height == b.height)) return;
        int absX = w.parent == null ? x : w.parent.absX + x + bw, absY = w.parent == null ? y : w.parent.absY + y + bw;
        resize(b, absX, absY, width, height);
    }

    private void resize(WindowBuffers b, int absX, int absY, int width, int height) {
        Window w = b.window;
        Client owner = server.client(b.names.getFirst().id >>> 21 & 0xff);
        MemoryBudget.Charge charge = null;
        try {
            charge = owner == null ? null : server.chargeFor(owner, 2 * Pixmap.memoryCost(width, height));
        } catch (XError e) {
            for (BackBuffer name : List.copyOf(b.names)) if (server.resource(name.id) == name) server.removeResource(name.id);
            return;
        }
        int dx = absX - b.x, dy = absY - b.y, dw = width - b.width, dh = height - b.height;
        int[] dest = w.bitGravity == 10 ? new int[] {-dx, -dy}
            : org.sumac.x11.server.WindowRequests.gravityOffset(w.bitGravity, dw, dh);
        boolean forget = w.bitGravity == 0;
        boolean clear = b.width < width || b.height < height || forget;
        Pixmap front = new Pixmap(0, width, height, w.depth), back = new Pixmap(0, width, height, w.depth);
        var graphics = server.dispatcher.graphics;
        for (Pixmap[] p : new Pixmap[][] {{b.front, front}, {b.back, back}}) {
            if (clear) clear(w, p[1]);
            if (!forget) graphics.scratchCopy(p[0], 0, 0, b.width, b.height, p[1], dest[0], dest[1], null);
        }
        b.front.pixels.release();
        b.back.pixels.release();
        b.front = front;
        b.back = back;
        b.x = absX;
        b.y = absY;
        b.width = width;
        b.height = height;
        if (b.charge != null) b.charge.release();
        b.charge = charge;
    }

}
