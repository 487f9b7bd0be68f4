package org.sumac.x11.input;

/** pointer-mode and keyboard-mode of the grab requests: whether the grab freezes its device. */
public final class GrabMode {
    private GrabMode() { }

    public static final int SYNCHRONOUS = 0, ASYNCHRONOUS = 1;

    /** The largest valid mode; anything above is BadValue. */
    public static final int MAX = ASYNCHRONOUS;
}
