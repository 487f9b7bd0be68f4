package org.sumac.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sumac.spice.channel.inputs.InputSink;
import org.sumac.x11.server.DisplayConfig;
import org.sumac.x11.server.Input;
import org.sumac.x11.server.XServer;

/** SPICE input reaches the X server's input state (an X server that is not listening is enough). */
class SpiceInputTest {
    private final XServer x = new XServer(DisplayConfig.of(4321).withSize(640, 480, 24));
    private final AtomicInteger reported = new AtomicInteger(-1);
    private final SpiceInput input = new SpiceInput(x, 4321, reported::set);
    private final Input xInput = x.dispatcher.input;

    @AfterEach
    void close() {
        input.close();
    }

    /** Waits until everything queued so far was injected. */
    private void settle() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        input.afterQueued(done::countDown);
        assertTrue(done.await(10, TimeUnit.SECONDS));
    }

    private <T> T locked(java.util.function.Supplier<T> read) {
        x.lock.lock();
        try {
            return read.get();
        } finally {
            x.lock.unlock();
        }
    }

    @Test
    void keysBecomeEvdevKeycodes() throws Exception {
        input.keyPressed(0x1E);
        input.keyPressed(0xE01D);
        settle();
        assertTrue(locked(() -> xInput.isKeyDown(38)), "a");
        assertTrue(locked(() -> xInput.isKeyDown(105)), "Control_R");
        input.keyReleased(0x1E);
        input.keyReleased(0xE01D);
        settle();
        assertFalse(locked(() -> xInput.isKeyDown(38)));
        assertFalse(locked(() -> xInput.isKeyDown(105)));
    }

    @Test
    void absoluteAndRelativePointer() throws Exception {
        input.mousePositioned(100, 70, 0, 0);
        settle();
        assertEquals(100, (int) locked(() -> xInput.pointerX));
        assertEquals(70, (int) locked(() -> xInput.pointerY));
        input.mouseMoved(-30, 15, 0);
        settle();
        assertEquals(70, (int) locked(() -> xInput.pointerX));
        assertEquals(85, (int) locked(() -> xInput.pointerY));
        assertEquals(70 << 16 | 85, reported.get(), "the client's cursor follows relative motion");
        input.mousePositioned(5000, -20, 0, 0);
        settle();
        assertEquals(639, (int) locked(() -> xInput.pointerX), "clamped to the screen");
        assertEquals(0, (int) locked(() -> xInput.pointerY));
    }

    @Test
    void buttonsShowInTheStateMask() throws Exception {
        input.mouseButtonPressed(InputSink.BUTTON_LEFT, InputSink.MASK_LEFT);
        input.mouseButtonPressed(InputSink.BUTTON_RIGHT, InputSink.MASK_LEFT | InputSink.MASK_RIGHT);
        settle();
        assertEquals(0x100 | 0x400, locked(xInput::state) & 0x1F00);
        input.mouseButtonReleased(InputSink.BUTTON_LEFT, InputSink.MASK_RIGHT);
        input.mouseButtonReleased(InputSink.BUTTON_RIGHT, 0);
        settle();
        assertEquals(0, locked(xInput::state) & 0x1F00);
    }

    @Test
    void releaseAllLetsGoOfWhatTheClientHeld() throws Exception {
        input.keyPressed(0x2A);
        input.mouseButtonPressed(InputSink.BUTTON_MIDDLE, InputSink.MASK_MIDDLE);
        settle();
        assertTrue(locked(() -> xInput.isKeyDown(50)));
        assertEquals(0x200, locked(xInput::state) & 0x1F00);
        input.releaseAll();
        settle();
        assertFalse(locked(() -> xInput.isKeyDown(50)), "Shift released");
        assertEquals(0, locked(xInput::state) & 0x1F00, "button released");
    }

    @Test
    void buttonNumbers() {
        assertEquals(1, SpiceInput.xButton(InputSink.BUTTON_LEFT));
        assertEquals(2, SpiceInput.xButton(InputSink.BUTTON_MIDDLE));
        assertEquals(3, SpiceInput.xButton(InputSink.BUTTON_RIGHT));
        assertEquals(4, SpiceInput.xButton(InputSink.BUTTON_WHEEL_UP));
        assertEquals(5, SpiceInput.xButton(InputSink.BUTTON_WHEEL_DOWN));
        assertEquals(8, SpiceInput.xButton(InputSink.BUTTON_SIDE));
        assertEquals(9, SpiceInput.xButton(InputSink.BUTTON_EXTRA));
        assertEquals(0, SpiceInput.xButton(0));
        assertEquals(0, SpiceInput.xButton(99));
    }

    @Test
    void lockStateFollowsTheClient() throws Exception {
        input.keyboardLocks(InputSink.LOCK_CAPS | InputSink.LOCK_NUM);
        settle();
        assertEquals(0x02 | 0x10, locked(xInput::lockedModifiers) & 0x12);
        input.keyboardLocks(InputSink.LOCK_NUM);
        settle();
        assertEquals(0x10, locked(xInput::lockedModifiers) & 0x12);
        input.keyboardLocks(InputSink.LOCK_NUM);
        settle();
        assertEquals(0x10, locked(xInput::lockedModifiers) & 0x12, "no change, no toggle");
    }
}
