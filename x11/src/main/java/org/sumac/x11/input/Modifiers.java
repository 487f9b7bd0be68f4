package org.sumac.x11.input;

/** Key and button state bits as events report them, and the wildcards of the passive grab requests. */
public final class Modifiers {
    private Modifiers() { }

    public static final int SHIFT = 0x01, LOCK = 0x02, CONTROL = 0x04, MOD2 = 0x10;
    /** All eight modifier bits. */
    public static final int ALL_MODIFIERS = 0xff;
    /** Button1Mask; ButtonNMask is {@code BUTTON1 << (N - 1)} up to button 5. */
    public static final int BUTTON1 = 0x100;
    /** AnyModifier of GrabButton/GrabKey and their ungrabs. */
    public static final int ANY_MODIFIER = 0x8000;
    /** AnyButton / AnyKey. */
    public static final int ANY = 0;
    /** Event-mask bits a pointer grab may select (no KeyPress, KeyRelease or non-pointer events). */
    public static final int POINTER_GRAB_EVENTS = 0x7FFC;

    /** The state bit of a logical button 1-5 (0 above 5, which have none). */
    public static int buttonMask(int button) {
        return button <= 5 ? (BUTTON1 >>> 1) << button : 0;
    }
}
