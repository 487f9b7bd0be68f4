package org.sumac.x11.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.sumac.x11.geom.Region;
import org.sumac.x11.port.CursorImage;
import org.sumac.x11.port.DisplayPort;
import org.sumac.x11.port.FramebufferReader;
import org.sumac.x11.port.InputInjector;
import org.sumac.x11.port.PointerObserver;
import org.sumac.x11.port.Registration;
import org.sumac.x11.port.ScreenLayout;
import org.sumac.x11.port.ScreenLayoutObserver;
import org.sumac.x11.port.ScreenObserver;
import org.sumac.x11.port.SelectionBridge;
import org.sumac.x11.render.Pixels;

/**
 * The {@link DisplayPort} of one display: the only way the remote side reaches it. Every method takes the display
 * lock; the X server's own listeners (damage, cursor, locks) are translated here into the port's plain types, so
 * nothing of the server's internals leaks to the other side.
 */
final class Port implements DisplayPort {
    /** Depth-24 pixels may carry bits above the 24 colour bits (fb keeps the whole word); the port gives xRGB. */
    private static final int RGB_MASK = 0x00FFFFFF;

    private final XServer server;
    private final List<PointerObserver> pointerObservers = new CopyOnWriteArrayList<>();
    private final List<ScreenLayoutObserver> layoutObservers = new CopyOnWriteArrayList<>();
    private boolean inputHooked;
    /** The layout the observers heard last (under the lock): RANDR may report a change that changed nothing. */
    private ScreenLayout lastLayout;
    private final Framebuffer framebuffer = new Framebuffer();
    private final Injector injector = new Injector();
    private final Devices devices = new Devices();

    Port(XServer server) {
        this.server = server;
        server.addScreenResizeListener(() -> {
            if (layoutObservers.isEmpty()) return;
            ScreenLayout now = screenLayout();
            if (now.equals(lastLayout)) return;
            lastLayout = now;
            for (ScreenLayoutObserver o : layoutObservers) o.layoutChanged(now);
        });
    }

    private void locked(Runnable r) {
        server.lock.lock();
        try {
            r.run();
        } finally {
            server.lock.unlock();
        }
    }

    // ---- screen -------------------------------------------------------------------------------------

    @Override
    public Registration observeScreen(ScreenObserver observer) {
        XServer.DamageListener l = new ScreenForwarder(observer);
        locked(() -> server.addDamageListener(l));
        return () -> locked(() -> server.removeDamageListener(l));
    }

    /** The server's regions as the port's rectangles. */
    private record ScreenForwarder(ScreenObserver o) implements XServer.DamageListener {
        @Override
        public void damaged(Region r) {
            for (int i = 0; i < r.rectCount(); i++) {
                int x1 = r.x1(i), y1 = r.y1(i);
                o.damaged(x1, y1, r.x2(i) - x1, r.y2(i) - y1);
            }
        }

        @Override
        public void filled(Region r, int pixel) {
            for (int i = 0; i < r.rectCount(); i++) {
                int x1 = r.x1(i), y1 = r.y1(i);
                o.filled(x1, y1, r.x2(i) - x1, r.y2(i) - y1, pixel & RGB_MASK);
            }
        }

        /**
         * X copied the whole region at once; an observer applies the rectangles one after another, so they go in an
         * order where none reads pixels an earlier one of the same operation wrote: against the direction of motion
         * (bands bottom-up when moving down, rectangles right-to-left when moving right).
         */
        @Override
        public void copied(Region destination, int dx, int dy) {
            int n = destination.rectCount();
            boolean bandsReversed = dy > 0 || (dy == 0 && dx > 0);
            // Region rectangles come in bands sorted by y, then by x inside a band.
            int i = bandsReversed ? n - 1 : 0;
            while (i >= 0 && i < n) {
                int bandY = destination.y1(i);
                int first = i, last = i;
                if (bandsReversed) {
                    while (first - 1 >= 0 && destination.y1(first - 1) == bandY) first--;
                } else {
                    while (last + 1 < n && destination.y1(last + 1) == bandY) last++;
                }
                if (dx > 0) {
                    for (int k = last; k >= first; k--) copy(destination, k, dx, dy);
                } else {
                    for (int k = first; k <= last; k++) copy(destination, k, dx, dy);
                }
                i = bandsReversed ? first - 1 : last + 1;
            }
        }

        private void copy(Region r, int k, int dx, int dy) {
            int x1 = r.x1(k), y1 = r.y1(k);
            o.copied(x1 - dx, y1 - dy, r.x2(k) - x1, r.y2(k) - y1, dx, dy);
        }

        @Override
        public void damageComplete() {
            o.frameComplete();
        }
    }

    @Override
    public FramebufferReader framebuffer() {
        return framebuffer;
    }

    private final class Framebuffer implements FramebufferReader {
        @Override
        public int width() {
            return server.framebuffer.width;
        }

        @Override
        public int height() {
            return server.framebuffer.height;
        }

        @Override
        public void read(int x, int y, int width, int height, int[] dst, int offset, int stride) {
            Pixels fb = server.framebuffer;
            if (x < 0 || y < 0 || width < 0 || height < 0 || x + width > fb.width || y + height > fb.height) {
                throw new IndexOutOfBoundsException("rectangle " + width + "x" + height + "+" + x + "+" + y
                    + " outside the " + fb.width + "x" + fb.height + " screen");
            }
            server.lock.lock();
            try {
                for (int row = 0; row < height; row++) {
                    int to = offset + row * stride;
                    fb.copyTo((y + row) * fb.width + x, dst, to, width);
                    for (int col = 0; col < width; col++) dst[to + col] &= RGB_MASK;
                }
            } finally {
                server.lock.unlock();
            }
        }

        @Override
        public void consistently(Runnable reader) {
            locked(reader);
        }
    }

    // ---- input --------------------------------------------------------------------------------------

    @Override
    public InputInjector input() {
        return injector;
    }

    private final class Injector implements InputInjector {
        @Override
        public void inject(Consumer<Events> batch) {
            server.lock.lock();
            try {
                batch.accept(devices);
            } finally {
                server.lock.unlock();
            }
        }

        @Override
        public boolean tryInject(Consumer<Events> batch) {
            if (!server.lock.tryLock()) return false;
            try {
                batch.accept(devices);
            } finally {
                server.lock.unlock();
            }
            return true;
        }
    }

    /** The injection calls of a batch. */
    private final class Devices implements InputInjector.Events {

        // The Events calls run inside inject/tryInject, under the lock (checked: a caller that kept the object
        // and called it later would race X clients).
        private Input devices() {
            if (!server.lock.isHeldByCurrentThread()) {
                throw new IllegalStateException("input events are valid only inside inject or tryInject");
            }
            return server.dispatcher.input;
        }

        @Override
        public void motion(int x, int y) {
            devices().injectMotion(x, y);
        }

        @Override
        public void button(int button, boolean press) {
            devices().injectButton(button, press);
        }

        @Override
        public void key(int keycode, boolean press) {
            devices().injectKey(keycode, press);
        }

        @Override
        public int pointerX() {
            return devices().pointerX;
        }

        @Override
        public int pointerY() {
            return devices().pointerY;
        }

        @Override
        public int lockState() {
            return devices().lockState();
        }

        @Override
        public int syncLocks(int wanted) {
            Input in = devices();
            int leds = in.lockState();
            if (((wanted ^ leds) & InputInjector.CAPS_LOCK) != 0) tap(in, Input.CAPS_LOCK_KEYSYM);
            if (((wanted ^ leds) & InputInjector.NUM_LOCK) != 0) tap(in, Input.NUM_LOCK_KEYSYM);
            if (((wanted ^ leds) & InputInjector.SCROLL_LOCK) != 0) tap(in, Input.SCROLL_LOCK_KEYSYM);
            return in.lockState();
        }

        /** Presses and releases the key carrying {@code keysym} in the current keymap, if any does (as Xorg finds it). */
        private static void tap(Input in, int keysym) {
            int keycode = in.keycodeOf(keysym);
            if (keycode == 0) return;
            in.injectKey(keycode, true);
            in.injectKey(keycode, false);
        }
    }

    // ---- cursor and LEDs ----------------------------------------------------------------------------

    @Override
    public Registration observePointer(PointerObserver observer) {
        locked(() -> {
            hookInput();
            pointerObservers.add(observer);
            Input in = server.dispatcher.input;
            observer.cursorChanged(shown(in.currentCursor()));
            observer.locksChanged(in.lockState());
        });
        return () -> locked(() -> pointerObservers.remove(observer));
    }

    /** One listener of each kind on the devices, fanned out here (the devices' lists have no removal). */
    private void hookInput() {
        if (inputHooked) return;
        inputHooked = true;
        Input in = server.dispatcher.input;
        in.addCursorListener(new Input.CursorListener() {
            @Override
            public void cursorChanged(Cursors.Cursor cursor) {
                if (pointerObservers.isEmpty()) return;
                CursorImage image = shown(cursor);
                for (PointerObserver o : pointerObservers) o.cursorChanged(image);
            }

            @Override
            public void pointerWarped(int x, int y) {
                for (PointerObserver o : pointerObservers) o.pointerWarped(x, y);
            }
        });
        in.addLockListener(locks -> {
            for (PointerObserver o : pointerObservers) o.locksChanged(locks);
        });
    }

    /** What the remote side shows for a cursor: one transparent pixel while a client hides it (XFIXES HideCursor). */
    private CursorImage shown(Cursors.Cursor c) {
        return server.dispatcher.input.cursorHidden() ? new CursorImage(0, 1, 1, 0, 0, new int[1]) : image(c);
    }

    private static CursorImage image(Cursors.Cursor c) {
        return c == null ? null : new CursorImage(c.id(), c.width, c.height, c.hotX, c.hotY, c.argb());
    }

    // ---- selections ---------------------------------------------------------------------------------

    /** How long the bridge waits for an X owner's or the remote side's data before it refuses. */
    static final java.time.Duration SELECTION_TIMEOUT = java.time.Duration.ofSeconds(10);
    private BridgedSelections bridge;

    @Override
    public SelectionBridge.Local bridgeSelections(SelectionBridge remote) {
        return bridgeSelections(remote, SELECTION_TIMEOUT);
    }

    /** The bridge with another timeout (tests). */
    SelectionBridge.Local bridgeSelections(SelectionBridge remote, java.time.Duration timeout) {
        server.lock.lock();
        try {
            if (bridge != null && !bridge.isClosed()) throw new IllegalStateException("selections are bridged already");
            bridge = new BridgedSelections(server, remote, timeout);
            return bridge;
        } finally {
            server.lock.unlock();
        }
    }

    // ---- screen layout ------------------------------------------------------------------------------

    @Override
    public ScreenLayout screenLayout() {
        server.lock.lock();
        try {
            return new ScreenLayout(server.screenWidth(), server.screenHeight(), server.screenMonitors());
        } finally {
            server.lock.unlock();
        }
    }

    /**
     * Resizes the screen as {@code xrandr --fb} would, keeping the DPI, with RANDR's monitors where the layout puts
     * them: the agent's monitors config. A screen smaller than its monitors grows to their bounding box.
     */
    @Override
    public boolean requestScreenLayout(ScreenLayout wanted) {
        int w = wanted.width(), h = wanted.height();
        for (ScreenLayout.Monitor m : wanted.monitors()) {
            if (m.x() < 0 || m.y() < 0 || m.width() < 1 || m.height() < 1) return false;
            w = Math.max(w, m.x() + m.width());
            h = Math.max(h, m.y() + m.height());
        }
        ScreenLayout fitted = new ScreenLayout(w, h, wanted.monitors().isEmpty()
            ? List.of(new ScreenLayout.Monitor(0, 0, w, h)) : wanted.monitors());
        boolean[] done = {false};
        locked(() -> done[0] = server.applyRequestedLayout(fitted));
        return done[0];
    }

    @Override
    public ScreenLayout.Size maximumScreenSize() {
        server.lock.lock();
        try {
            return server.maximumScreenSize();
        } finally {
            server.lock.unlock();
        }
    }

    @Override
    public Registration observeScreenLayout(ScreenLayoutObserver observer) {
        locked(() -> {
            layoutObservers.add(observer);
            lastLayout = screenLayout();
            observer.layoutChanged(lastLayout);
        });
        return () -> locked(() -> layoutObservers.remove(observer));
    }
}
