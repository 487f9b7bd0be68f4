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
    /** X keycodes (evdev) of the lock keys and the modifier bits they toggle. */
    static final int CAPS_LOCK_KEYCODE = 66, NUM_LOCK_KEYCODE = 77;
    static final int LOCK_MASK = 0x02, MOD2_MASK = 0x10;

    private final XServer server;
    private final Input input;
    private final IntConsumer pointerMovedByServer;
    private final ExecutorService injector;
    /** Events handed to the injection thread and not yet injected: while any are, new ones queue behind them. */
    private final AtomicInteger queued = new AtomicInteger();
    private volatile boolean closed;
    /** What the client holds down (touched only under the X lock): released when the client goes. */
    private final boolean[] keysHeld = new boolean[256];
    private final boolean[] buttonsHeld = new boolean[10];

    /**
     * @param pointerMovedByServer told the new position after relative motion (the client draws the cursor
     *                             there in SERVER mouse mode); packed as x << 16 | y
     */
    SpiceInput(XServer server, int displayNumber, IntConsumer pointerMovedByServer) {
        this.server = server;
        this.input = server.dispatcher.input;
        this.pointerMovedByServer = pointerMovedByServer;
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

    /** Toggles X's Caps/Num lock with a key press and release where it differs from the client's. */
    @Override
    public void keyboardLocks(int locks) {
        inject(() -> {
            int locked = input.lockedModifiers();
            if (((locks & LOCK_CAPS) != 0) != ((locked & LOCK_MASK) != 0)) tap(CAPS_LOCK_KEYCODE);
            if (((locks & LOCK_NUM) != 0) != ((locked & MOD2_MASK) != 0)) tap(NUM_LOCK_KEYCODE);
        });
    }

    private void tap(int keycode) {
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
