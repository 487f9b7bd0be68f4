package org.sumac.x11.input;

/** The status byte of GrabPointer and GrabKeyboard replies. */
public final class GrabStatus {
    private GrabStatus() { }

    public static final int SUCCESS = 0, ALREADY_GRABBED = 1, INVALID_TIME = 2, NOT_VIEWABLE = 3, FROZEN = 4;
}
