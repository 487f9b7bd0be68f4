package org.sumac.spice.channel.inputs;

/**
 * Where client input goes. Called on the library's threads, in the order the client sent it.
 *
 * <p>Scancodes are PC/XT scan code set 1 "make" codes (without the release bit): 0x1E is 'A'; keys sent with the
 * 0xE0 prefix arrive as 0xE000 | code (Up = 0xE048, Right Ctrl = 0xE01D, keypad Enter = 0xE01C); the 0xE1
 * Pause sequence arrives as 0xE11D45. Button numbers and masks follow SPICE: LEFT 1, MIDDLE 2, RIGHT 3, wheel UP
 * 4, wheel DOWN 5, SIDE 6, EXTRA 7; masks {@link #MASK_LEFT} etc. Lock flags: {@link #LOCK_SCROLL},
 * {@link #LOCK_NUM}, {@link #LOCK_CAPS}.
 */
public interface InputSink {
    int BUTTON_LEFT = 1, BUTTON_MIDDLE = 2, BUTTON_RIGHT = 3, BUTTON_WHEEL_UP = 4, BUTTON_WHEEL_DOWN = 5,
            BUTTON_SIDE = 6, BUTTON_EXTRA = 7;
    int MASK_LEFT = 0x01, MASK_MIDDLE = 0x02, MASK_RIGHT = 0x04, MASK_WHEEL_UP = 0x08, MASK_WHEEL_DOWN = 0x10,
            MASK_SIDE = 0x20, MASK_EXTRA = 0x40;
    int LOCK_SCROLL = 1, LOCK_NUM = 2, LOCK_CAPS = 4;

    default void keyPressed(int scancode) {}

    default void keyReleased(int scancode) {}

    /** The client's Caps/Num/Scroll lock state (sent after connecting and when its local locks change). */
    default void keyboardLocks(int locks) {}

    /** Relative motion (SERVER mouse mode). */
    default void mouseMoved(int dx, int dy, int buttonMask) {}

    /** Absolute position on the display (CLIENT mouse mode). */
    default void mousePositioned(int x, int y, int buttonMask, int displayId) {}

    /** A button went down; the mask is the client's button state as sent (spice-gtk includes this button). */
    default void mouseButtonPressed(int button, int buttonMask) {}

    default void mouseButtonReleased(int button, int buttonMask) {}

    /** The client switched between SERVER (1) and CLIENT (2) mouse mode. */
    default void mouseModeChanged(int mode) {}
}
