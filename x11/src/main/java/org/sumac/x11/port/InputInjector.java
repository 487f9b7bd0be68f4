package org.sumac.x11.port;

import java.util.function.Consumer;

/**
 * Input from the remote side, injected as the physical pointer and keyboard would produce it (grabs, focus and
 * event delivery apply as for real devices). Each call takes the display lock; a batch runs under one hold, so its
 * events and reads are atomic with respect to X clients.
 */
public interface InputInjector {
    /** LED bits of the lock keys, as in GetKeyboardControl's led-mask. */
    int CAPS_LOCK = 1, NUM_LOCK = 2, SCROLL_LOCK = 4;

    /** The injection calls, valid only inside {@link #inject} or {@link #tryInject}. */
    interface Events {
        /** Moves the pointer to a screen position (clamped to the screen and any confining grab). */
        void motion(int x, int y);

        /** Presses or releases an X button (1-3 the usual buttons, 4-7 the wheels, 8-9 side buttons). */
        void button(int button, boolean press);

        /** Presses or releases an X keycode (8-255; evdev keycodes are Linux codes + 8). */
        void key(int keycode, boolean press);

        int pointerX();

        int pointerY();

        /** The lock LEDs that are on ({@link #CAPS_LOCK} | {@link #NUM_LOCK} | {@link #SCROLL_LOCK}). */
        int lockState();

        /**
         * Taps (press and release) the Caps, Num and Scroll Lock keys of the current keymap where X's LED state
         * differs from {@code wanted}, as a keyboard syncing its LEDs does. A lock key the keymap lacks, or that is
         * bound to no modifier, cannot follow.
         *
         * @return the lock state afterwards
         */
        int syncLocks(int wanted);
    }

    /** Runs a batch of events under one hold of the display lock, waiting for it. */
    void inject(Consumer<Events> batch);

    /**
     * Runs the batch only if the display lock is free right now (a network thread's fast path: no hand-off when X is
     * idle).
     *
     * @return false, with nothing run, when the lock is taken
     */
    boolean tryInject(Consumer<Events> batch);

    default void motion(int x, int y) {
        inject(e -> e.motion(x, y));
    }

    default void button(int button, boolean press) {
        inject(e -> e.button(button, press));
    }

    default void key(int keycode, boolean press) {
        inject(e -> e.key(keycode, press));
    }
}
