package org.sumac.x11.input;

/** The detail field of Enter/Leave and FocusIn/FocusOut events. */
public final class NotifyDetail {
    private NotifyDetail() { }

    public static final int ANCESTOR = 0, VIRTUAL = 1, INFERIOR = 2, NONLINEAR = 3, NONLINEAR_VIRTUAL = 4,
        POINTER = 5, POINTER_ROOT = 6, DETAIL_NONE = 7;
}
