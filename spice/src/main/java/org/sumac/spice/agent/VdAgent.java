package org.sumac.spice.agent;

/** VDAgent protocol numbers (spice-protocol vd_agent.h, restated). */
public final class VdAgent {
    private VdAgent() {}

    public static final int PROTOCOL = 1;
    public static final int HEADER_SIZE = 20;
    public static final int MAX_DATA_SIZE = 2048;

    public static final int MOUSE_STATE = 1, MONITORS_CONFIG = 2, REPLY = 3, CLIPBOARD = 4, DISPLAY_CONFIG = 5,
            ANNOUNCE_CAPABILITIES = 6, CLIPBOARD_GRAB = 7, CLIPBOARD_REQUEST = 8, CLIPBOARD_RELEASE = 9,
            FILE_XFER_START = 10, FILE_XFER_STATUS = 11, FILE_XFER_DATA = 12, CLIENT_DISCONNECTED = 13,
            MAX_CLIPBOARD = 14, AUDIO_VOLUME_SYNC = 15, GRAPHICS_DEVICE_INFO = 16;

    public static final int CAP_MOUSE_STATE = 0, CAP_MONITORS_CONFIG = 1, CAP_REPLY = 2, CAP_CLIPBOARD = 3,
            CAP_DISPLAY_CONFIG = 4, CAP_CLIPBOARD_BY_DEMAND = 5, CAP_CLIPBOARD_SELECTION = 6,
            CAP_SPARSE_MONITORS_CONFIG = 7, CAP_GUEST_LINEEND_LF = 8, CAP_GUEST_LINEEND_CRLF = 9,
            CAP_MAX_CLIPBOARD = 10, CAP_AUDIO_VOLUME_SYNC = 11, CAP_MONITORS_CONFIG_POSITION = 12,
            CAP_FILE_XFER_DISABLED = 13;
}
