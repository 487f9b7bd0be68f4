package org.sumac.x11.input;

/** A device event held back while its device is frozen by a synchronous grab. */
record HeldEvent(int kind, int detail, boolean press, int x, int y) {
    static final int MOTION = 0, BUTTON = 1, KEY = 2;
}
