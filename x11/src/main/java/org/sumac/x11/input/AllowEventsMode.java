package org.sumac.x11.input;

/** The mode of AllowEvents. */
public final class AllowEventsMode {
    private AllowEventsMode() { }

    public static final int ASYNC_POINTER = 0, SYNC_POINTER = 1, REPLAY_POINTER = 2, ASYNC_KEYBOARD = 3,
        SYNC_KEYBOARD = 4, REPLAY_KEYBOARD = 5, ASYNC_BOTH = 6, SYNC_BOTH = 7;
}
