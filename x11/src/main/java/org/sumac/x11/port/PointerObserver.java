package org.sumac.x11.port;

/**
 * Hears the cursor shown at the pointer, pointer moves X made itself, and the keyboard's lock LEDs. Called under
 * the display lock: record and return.
 */
public interface PointerObserver {
    /** The cursor at the pointer is now {@code cursor}; null is the root window's default cursor. */
    void cursorChanged(CursorImage cursor);

    /** A client moved the pointer (WarpPointer); input injected through the port is not reported. */
    default void pointerWarped(int x, int y) { }

    /** The lock LEDs changed ({@link InputInjector#CAPS_LOCK} and the others). */
    default void locksChanged(int locks) { }
}
