package org.sumac.x11.server;

/** Core event codes and event-mask bits. */
public final class EventMask {
    private EventMask() { }

    public static final int KEY_PRESS = 1, KEY_RELEASE = 1 << 1, BUTTON_PRESS = 1 << 2, BUTTON_RELEASE = 1 << 3,
        ENTER_WINDOW = 1 << 4, LEAVE_WINDOW = 1 << 5, POINTER_MOTION = 1 << 6, POINTER_MOTION_HINT = 1 << 7,
        BUTTON1_MOTION = 1 << 8, BUTTON_MOTION = 1 << 13, KEYMAP_STATE = 1 << 14, EXPOSURE = 1 << 15,
        VISIBILITY_CHANGE = 1 << 16, STRUCTURE_NOTIFY = 1 << 17, RESIZE_REDIRECT = 1 << 18,
        SUBSTRUCTURE_NOTIFY = 1 << 19, SUBSTRUCTURE_REDIRECT = 1 << 20, FOCUS_CHANGE = 1 << 21,
        PROPERTY_CHANGE = 1 << 22, COLORMAP_CHANGE = 1 << 23, OWNER_GRAB_BUTTON = 1 << 24;

    public static final int ALL = 0x01FFFFFF;

    // event codes
    public static final int E_KEY_PRESS = 2, E_KEY_RELEASE = 3, E_BUTTON_PRESS = 4, E_BUTTON_RELEASE = 5,
        E_MOTION = 6, E_ENTER = 7, E_LEAVE = 8, E_FOCUS_IN = 9, E_FOCUS_OUT = 10, E_KEYMAP = 11, E_EXPOSE = 12,
        E_GRAPHICS_EXPOSE = 13, E_NO_EXPOSE = 14, E_VISIBILITY = 15, E_CREATE = 16, E_DESTROY = 17, E_UNMAP = 18,
        E_MAP = 19, E_MAP_REQUEST = 20, E_REPARENT = 21, E_CONFIGURE = 22, E_CONFIGURE_REQUEST = 23,
        E_GRAVITY = 24, E_RESIZE_REQUEST = 25, E_CIRCULATE = 26, E_CIRCULATE_REQUEST = 27, E_PROPERTY = 28,
        E_SELECTION_CLEAR = 29, E_SELECTION_REQUEST = 30, E_SELECTION_NOTIFY = 31, E_COLORMAP = 32,
        E_CLIENT_MESSAGE = 33, E_MAPPING = 34;
}
