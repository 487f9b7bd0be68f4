package org.sumac.x11.input;

/** The mode field of Enter/Leave and FocusIn/FocusOut events. */
public final class NotifyMode {
    private NotifyMode() { }

    public static final int NORMAL = 0, GRAB = 1, UNGRAB = 2, WHILE_GRABBED = 3;
}
