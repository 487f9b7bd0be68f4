package org.sumac.desktop;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumac.spice.channel.inputs.InputSink;
import org.sumac.spice.wire.Spice;
import org.sumac.x11.server.Input;
import org.sumac.x11.server.XServer;

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
    private final XServer server;
    private final Input input;
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
    SpiceInput(XServer server, int displayNumber, IntConsumer pointerMovedByServer, IntConsumer locksToClient) {
        this.server = server;
        this.input = server.dispatcher.input;
        this.pointerMovedByServer = pointerMovedByServer;
        this.locksToClient = locksToClient;
        this.injector = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name("desktop-input-:" + displayNumber).factory());
    }

    private void inject(Runnable event) {
        if (closed) return; // input after close is dropped
        if (queued.get() == 0 && server.lock.tryLock()) {
            try {
                run(event);
            } finally {
                server.lock.unlock();
            }
            return;
        }
        queued.incrementAndGet();
        try {
            injector.execute(() -> {
                server.lock.lock();
                try {
                    run(event);
                } finally {
                    server.lock.unlock();
                    queued.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            queued.decrementAndGet(); // closing
        }
    }

    private static void run(Runnable event) {
        try {
            event.run();
        } catch (RuntimeException e) {
            log.warn("input injection failed", e);
        } catch (OutOfMemoryError e) {
            // The X clients' budgets should make this impossible; if the heap ran out anyway the event is lost, not
            // the input thread (or the SPICE thread that injected it directly).
            log.warn("input injection failed: out of memory");
        }
    }

    @Override
    public void keyPressed(int scancode) {
        int keycode = ScancodeMap.toX(scancode);
        if (keycode != 0) inject(() -> {
            keysHeld[keycode] = true;
            input.injectKey(keycode, true);
        });
    }

    @Override
    public void keyReleased(int scancode) {
        int keycode = ScancodeMap.toX(scancode);
        if (keycode != 0) inject(() -> {
            keysHeld[keycode] = false;
            input.injectKey(keycode, false);
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
        inject(() -> {
            int leds = input.lockState();
            applyingClientLocks = true;
            try {
                if (((locks & LOCK_CAPS) != 0) != ((leds & Input.CAPS_LOCK_LED) != 0)) tap(Input.CAPS_LOCK_KEYSYM);
                if (((locks & LOCK_NUM) != 0) != ((leds & Input.NUM_LOCK_LED) != 0)) tap(Input.NUM_LOCK_KEYSYM);
                if (((locks & LOCK_SCROLL) != 0) != ((leds & Input.SCROLL_LOCK_LED) != 0)) tap(Input.SCROLL_LOCK_KEYSYM);
            } finally {
                applyingClientLocks = false;
            }
            tellClient(input.lockState());
        });
    }

    /**
     * X's lock LEDs changed ({@link Input.LockListener}; under the X lock): the client is told, unless the
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

    /** InputSink.LOCK_* bits of X's lock LEDs (Input.*_LOCK_LED). */
    static int spiceLocks(int leds) {
        return ((leds & Input.CAPS_LOCK_LED) != 0 ? LOCK_CAPS : 0)
            | ((leds & Input.NUM_LOCK_LED) != 0 ? LOCK_NUM : 0)
            | ((leds & Input.SCROLL_LOCK_LED) != 0 ? LOCK_SCROLL : 0);
    }

    /** Presses and releases the key carrying {@code keysym} in the current keymap (if any does; as Xorg finds it). */
    private void tap(int keysym) {
        int keycode = input.keycodeOf(keysym);
        if (keycode == 0) return;
        input.injectKey(keycode, true);
        input.injectKey(keycode, false);
    }

    @Override
    public void mouseMoved(int dx, int dy, int buttonMask) {
        inject(() -> {
            input.injectMotion(input.pointerX + dx, input.pointerY + dy);
            pointerMovedByServer.accept(input.pointerX << 16 | input.pointerY);
        });
    }

    @Override
    public void mousePositioned(int x, int y, int buttonMask, int displayId) {
        if (displayId != 0) return;
        inject(() -> input.injectMotion(x, y));
    }

    @Override
    public void mouseButtonPressed(int button, int buttonMask) {
        int b = xButton(button);
        if (b != 0) inject(() -> {
            buttonsHeld[b] = true;
            input.injectButton(b, true);
        });
    }

    @Override
    public void mouseButtonReleased(int button, int buttonMask) {
        int b = xButton(button);
        if (b != 0) inject(() -> {
            buttonsHeld[b] = false;
            input.injectButton(b, false);
        });
    }

    @Override
    public void mouseModeChanged(int mode) {
        if (mode == Spice.MOUSE_MODE_SERVER) {
            inject(() -> pointerMovedByServer.accept(input.pointerX << 16 | input.pointerY));
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
        inject(() -> {
            for (int k = 0; k < keysHeld.length; k++) {
                if (keysHeld[k]) {
                    keysHeld[k] = false;
                    input.injectKey(k, false);
                }
            }
            for (int b = 0; b < buttonsHeld.length; b++) {
                if (buttonsHeld[b]) {
                    buttonsHeld[b] = false;
                    input.injectButton(b, false);
                }
            }
        });
    }

    /** Runs {@code task} on the injection thread after every event queued so far (tests, shutdown). */
    void afterQueued(Runnable task) {
        inject(task);
    }

    @Override
    public void close() {
        closed = true;
        injector.shutdownNow();
    }
}
