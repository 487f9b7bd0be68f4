package org.sumac.desktop;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumac.spice.channel.inputs.InputSink;
import org.sumac.spice.wire.Spice;
import org.sumac.x11.port.InputInjector;

/**
 * SPICE client input injected into the X server. The library calls the sink on its network threads. When the X
 * lock is free and nothing is queued, an event is injected right there (no thread hand-off: key latency);
 * otherwise it is queued, in order, for one injection thread that waits for the lock, so a long X request never
 * stalls the network side. Keys: set-1 scancodes to evdev keycodes ({@link ScancodeMap}). Pointer: absolute positions in
 * CLIENT mouse mode, relative motion in SERVER mode (the resulting position goes back to the client's cursor).
 * Buttons: SPICE 1-5 are X 1-5 (4/5 the wheel), SPICE SIDE/EXTRA are X 8/9.
 */
final class SpiceInput implements InputSink, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SpiceInput.class);
    private final InputInjector x;
    private final IntConsumer pointerMovedByServer;
    private final IntConsumer locksToClient;
    private final ExecutorService injector;
    /** Events handed to the injection thread and not yet injected: while any are, new ones queue behind them. */
    private final AtomicInteger queued = new AtomicInteger();
    private volatile boolean closed;
    /** What the client holds down (touched only under the X lock): released when the client goes. */
    private final boolean[] keysHeld = new boolean[256];
    private final boolean[] buttonsHeld = new boolean[10];
    /** The lock state (LOCK_*) the client was last told, -1 before the first (touched only under the X lock). */
    private int locksTold = -1;
    /** True while the client's lock request is being applied: the steps in between are not worth telling. */
    private boolean applyingClientLocks;

    /**
     * @param pointerMovedByServer told the new position after relative motion (the client draws the cursor
     *                             there in SERVER mouse mode); packed as x << 16 | y
     * @param locksToClient told X's lock LEDs as InputSink.LOCK_* when the client should show them; called under
     *                      the X lock, so it must not block (SpiceServer.setKeyboardLocks hands the message to the
     *                      channel's event loop)
     */
    SpiceInput(InputInjector x, int displayNumber, IntConsumer pointerMovedByServer, IntConsumer locksToClient) {
        this.x = x;
        this.pointerMovedByServer = pointerMovedByServer;
        this.locksToClient = locksToClient;
        this.injector = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name("desktop-input-:" + displayNumber).factory());
    }

    private void inject(Consumer<InputInjector.Events> event) {
        if (closed) return; // input after close is dropped
        Consumer<InputInjector.Events> guarded = e -> run(event, e);
        if (queued.get() == 0 && x.tryInject(guarded)) return;
        queued.incrementAndGet();
        try {
            injector.execute(() -> {
                try {
                    x.inject(guarded);
                } finally {
                    queued.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            queued.decrementAndGet(); // closing
        }
    }

    private static void run(Consumer<InputInjector.Events> event, InputInjector.Events e) {
        try {
            event.accept(e);
        } catch (RuntimeException ex) {
            log.warn("input injection failed", ex);
        } catch (OutOfMemoryError ex) {
            // The X clients' budgets should make this impossible; if the heap ran out anyway the event is lost, not
            // the input thread (or the SPICE thread that injected it directly).
            log.warn("input injection failed: out of memory");
        }
    }

    @Override
    public void keyPressed(int scancode) {
        int keycode = ScancodeMap.toX(scancode);
        if (keycode != 0) inject(e -> {
            keysHeld[keycode] = true;
            e.key(keycode, true);
        });
    }

    @Override
    public void keyReleased(int scancode) {
        int keycode = ScancodeMap.toX(scancode);
        if (keycode != 0) inject(e -> {
            keysHeld[keycode] = false;
            e.key(keycode, false);
        });
    }

    /**
     * Toggles X's Caps, Num and Scroll Lock with a key press and release where they differ from the client's.
     * The client then hears X's resulting state once, as a guest's LEDs would tell it: its view of the server's
     * locks is right again, and it learns when X could not follow (a Scroll_Lock key mapped to no modifier lights
     * nothing). Nothing is sent when X already matched what the client was told.
     */
    @Override
    public void keyboardLocks(int locks) {
        inject(e -> {
            int now;
            applyingClientLocks = true;
            try {
                now = e.syncLocks(xLocks(locks));
            } finally {
                applyingClientLocks = false;
            }
            tellClient(now);
        });
    }

    /**
     * X's lock LEDs changed ({@link org.sumac.x11.port.PointerObserver#locksChanged}; under the X lock): the client is told, unless the
     * change is a step of applying the client's own request.
     */
    void xLocksChanged(int leds) {
        if (!applyingClientLocks) tellClient(leds);
    }

    private void tellClient(int leds) {
        int locks = spiceLocks(leds);
        if (locks == locksTold) return;
        locksTold = locks;
        locksToClient.accept(locks);
    }

    /** InputSink.LOCK_* bits of X's lock LEDs (InputInjector.*_LOCK). */
    static int spiceLocks(int leds) {
        return ((leds & InputInjector.CAPS_LOCK) != 0 ? LOCK_CAPS : 0)
            | ((leds & InputInjector.NUM_LOCK) != 0 ? LOCK_NUM : 0)
            | ((leds & InputInjector.SCROLL_LOCK) != 0 ? LOCK_SCROLL : 0);
    }

    /** X's lock LEDs (InputInjector.*_LOCK) of InputSink.LOCK_* bits. */
    static int xLocks(int locks) {
        return ((locks & LOCK_CAPS) != 0 ? InputInjector.CAPS_LOCK : 0)
            | ((locks & LOCK_NUM) != 0 ? InputInjector.NUM_LOCK : 0)
            | ((locks & LOCK_SCROLL) != 0 ? InputInjector.SCROLL_LOCK : 0);
    }

    @Override
    public void mouseMoved(int dx, int dy, int buttonMask) {
        inject(e -> {
            e.motion(e.pointerX() + dx, e.pointerY() + dy);
            pointerMovedByServer.accept(e.pointerX() << 16 | e.pointerY());
        });
    }

    @Override
    public void mousePositioned(int x, int y, int buttonMask, int displayId) {
        if (displayId != 0) return;
        inject(e -> e.motion(x, y));
    }

    @Override
    public void mouseButtonPressed(int button, int buttonMask) {
        int b = xButton(button);
        if (b != 0) inject(e -> {
            buttonsHeld[b] = true;
            e.button(b, true);
        });
    }

    @Override
    public void mouseButtonReleased(int button, int buttonMask) {
        int b = xButton(button);
        if (b != 0) inject(e -> {
            buttonsHeld[b] = false;
            e.button(b, false);
        });
    }

    @Override
    public void mouseModeChanged(int mode) {
        if (mode == Spice.MOUSE_MODE_SERVER) {
            inject(e -> pointerMovedByServer.accept(e.pointerX() << 16 | e.pointerY()));
        }
    }

    /** The X button of a SPICE button number, or 0 for none. */
    static int xButton(int spiceButton) {
        return switch (spiceButton) {
            case BUTTON_LEFT, BUTTON_MIDDLE, BUTTON_RIGHT, BUTTON_WHEEL_UP, BUTTON_WHEEL_DOWN -> spiceButton;
            case BUTTON_SIDE -> 8;
            case BUTTON_EXTRA -> 9;
            default -> 0;
        };
    }

    /**
     * Releases every key and button the client left pressed: a client that disconnects mid-press must not leave
     * X with a stuck key or an active implicit grab.
     */
    void releaseAll() {
        inject(e -> {
            for (int k = 0; k < keysHeld.length; k++) {
                if (keysHeld[k]) {
                    keysHeld[k] = false;
                    e.key(k, false);
                }
            }
            for (int b = 0; b < buttonsHeld.length; b++) {
                if (buttonsHeld[b]) {
                    buttonsHeld[b] = false;
                    e.button(b, false);
                }
            }
        });
    }

    /** Runs {@code task} on the injection thread after every event queued so far (tests, shutdown). */
    void afterQueued(Runnable task) {
        inject(e -> task.run());
    }

    @Override
    public void close() {
        closed = true;
        injector.shutdownNow();
    }
}
