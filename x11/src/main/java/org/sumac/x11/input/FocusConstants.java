package org.sumac.x11.input;

/** The special focus values of SetInputFocus/GetInputFocus and its revert-to modes. */
public final class FocusConstants {
    private FocusConstants() { }

    /** Focus targets that are not windows (the window id field holds them). */
    public static final int FOCUS_NONE = 0, FOCUS_POINTER_ROOT = 1;
    /** Marks a focus that is a real window, in the place of the two above. */
    public static final int FOCUS_WINDOW = 2;

    /** revert-to of SetInputFocus. */
    public static final int REVERT_TO_NONE = 0, REVERT_TO_POINTER_ROOT = 1, REVERT_TO_PARENT = 2;
}
