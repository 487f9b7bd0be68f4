package org.sumac.spice.wire;

/** Numbers of the SPICE protocol (spice-protocol enums.h / protocol.h, restated). */
public final class Spice {
    private Spice() {}

    public static final int MAGIC = 0x51444552; // "REDQ" read as little-endian u32
    public static final int VERSION_MAJOR = 2;
    public static final int VERSION_MINOR = 2;
    public static final int TICKET_PUBKEY_BYTES = 162;
    public static final int ENCRYPTED_TICKET_BYTES = 128;
    public static final int MAX_PASSWORD_LENGTH = 60;

    // SpiceLinkErr
    public static final int LINK_OK = 0, LINK_ERROR = 1, LINK_INVALID_MAGIC = 2, LINK_INVALID_DATA = 3,
            LINK_VERSION_MISMATCH = 4, LINK_NEED_SECURED = 5, LINK_NEED_UNSECURED = 6,
            LINK_PERMISSION_DENIED = 7, LINK_BAD_CONNECTION_ID = 8, LINK_CHANNEL_NOT_AVAILABLE = 9;

    // common capabilities
    public static final int COMMON_CAP_AUTH_SELECTION = 0, COMMON_CAP_AUTH_SPICE = 1, COMMON_CAP_AUTH_SASL = 2,
            COMMON_CAP_MINI_HEADER = 3;

    // channel types
    public static final int CHANNEL_MAIN = 1, CHANNEL_DISPLAY = 2, CHANNEL_INPUTS = 3, CHANNEL_CURSOR = 4,
            CHANNEL_PLAYBACK = 5, CHANNEL_RECORD = 6;

    // base messages, server -> client
    public static final int MSG_MIGRATE = 1, MSG_SET_ACK = 3, MSG_PING = 4, MSG_WAIT_FOR_CHANNELS = 5,
            MSG_DISCONNECTING = 6, MSG_NOTIFY = 7;
    // base messages, client -> server
    public static final int MSGC_ACK_SYNC = 1, MSGC_ACK = 2, MSGC_PONG = 3, MSGC_MIGRATE_FLUSH_MARK = 4,
            MSGC_MIGRATE_DATA = 5, MSGC_DISCONNECTING = 6;
    /** Client message types below this are common to every channel. */
    public static final int FIRST_CHANNEL_MESSAGE = 101;

    // main channel
    public static final int MSG_MAIN_INIT = 103, MSG_MAIN_CHANNELS_LIST = 104, MSG_MAIN_MOUSE_MODE = 105,
            MSG_MAIN_MULTI_MEDIA_TIME = 106, MSG_MAIN_AGENT_CONNECTED = 107, MSG_MAIN_AGENT_DISCONNECTED = 108,
            MSG_MAIN_AGENT_DATA = 109, MSG_MAIN_AGENT_TOKEN = 110, MSG_MAIN_NAME = 113, MSG_MAIN_UUID = 114,
            MSG_MAIN_AGENT_CONNECTED_TOKENS = 115;
    public static final int MSGC_MAIN_CLIENT_INFO = 101, MSGC_MAIN_ATTACH_CHANNELS = 104,
            MSGC_MAIN_MOUSE_MODE_REQUEST = 105, MSGC_MAIN_AGENT_START = 106, MSGC_MAIN_AGENT_DATA = 107,
            MSGC_MAIN_AGENT_TOKEN = 108;
    public static final int MAIN_CAP_NAME_AND_UUID = 1, MAIN_CAP_AGENT_CONNECTED_TOKENS = 2;
    public static final int MOUSE_MODE_SERVER = 1, MOUSE_MODE_CLIENT = 2;

    // display channel
    public static final int MSG_DISPLAY_MARK = 102, MSG_DISPLAY_RESET = 103, MSG_DISPLAY_COPY_BITS = 104,
            MSG_DISPLAY_INVAL_LIST = 105, MSG_DISPLAY_INVAL_ALL_PIXMAPS = 106, MSG_DISPLAY_INVAL_ALL_PALETTES = 108,
            MSG_DISPLAY_DRAW_FILL = 302, MSG_DISPLAY_DRAW_COPY = 304, MSG_DISPLAY_SURFACE_CREATE = 314,
            MSG_DISPLAY_SURFACE_DESTROY = 315, MSG_DISPLAY_MONITORS_CONFIG = 317;
    public static final int MSGC_DISPLAY_INIT = 101, MSGC_DISPLAY_STREAM_REPORT = 102,
            MSGC_DISPLAY_PREFERRED_COMPRESSION = 103, MSGC_DISPLAY_GL_DRAW_DONE = 104,
            MSGC_DISPLAY_PREFERRED_VIDEO_CODEC_TYPE = 105;
    public static final int DISPLAY_CAP_MONITORS_CONFIG = 1, DISPLAY_CAP_LZ4_COMPRESSION = 5,
            DISPLAY_CAP_PREF_COMPRESSION = 6;

    // SpiceImageType
    public static final int IMAGE_TYPE_BITMAP = 0, IMAGE_TYPE_QUIC = 1, IMAGE_TYPE_LZ_PLT = 100, IMAGE_TYPE_LZ_RGB = 101,
            IMAGE_TYPE_GLZ_RGB = 102, IMAGE_TYPE_FROM_CACHE = 103, IMAGE_TYPE_JPEG = 105, IMAGE_TYPE_LZ4 = 109;
    public static final int IMAGE_FLAG_CACHE_ME = 1;
    public static final int BITMAP_FMT_32BIT = 8, BITMAP_FLAG_TOP_DOWN = 4;
    public static final int SURFACE_FMT_32_XRGB = 32, SURFACE_FLAG_PRIMARY = 1;
    public static final int ROP_OP_PUT = 8;
    public static final int BRUSH_SOLID = 1;
    public static final int RES_TYPE_PIXMAP = 1;
    // SpiceImageCompression (PREFERRED_COMPRESSION)
    public static final int IMAGE_COMPRESSION_INVALID = 0, IMAGE_COMPRESSION_OFF = 1, IMAGE_COMPRESSION_AUTO_GLZ = 2,
            IMAGE_COMPRESSION_AUTO_LZ = 3, IMAGE_COMPRESSION_QUIC = 4, IMAGE_COMPRESSION_GLZ = 5,
            IMAGE_COMPRESSION_LZ = 6, IMAGE_COMPRESSION_LZ4 = 7;

    // inputs channel
    public static final int MSG_INPUTS_INIT = 101, MSG_INPUTS_KEY_MODIFIERS = 102, MSG_INPUTS_MOUSE_MOTION_ACK = 111;
    public static final int MSGC_INPUTS_KEY_DOWN = 101, MSGC_INPUTS_KEY_UP = 102, MSGC_INPUTS_KEY_MODIFIERS = 103,
            MSGC_INPUTS_KEY_SCANCODE = 104, MSGC_INPUTS_MOUSE_MOTION = 111, MSGC_INPUTS_MOUSE_POSITION = 112,
            MSGC_INPUTS_MOUSE_PRESS = 113, MSGC_INPUTS_MOUSE_RELEASE = 114;
    public static final int INPUTS_CAP_KEY_SCANCODE = 0;
    public static final int MOTION_ACK_BUNCH = 4;

    // cursor channel
    public static final int MSG_CURSOR_INIT = 101, MSG_CURSOR_RESET = 102, MSG_CURSOR_SET = 103,
            MSG_CURSOR_MOVE = 104, MSG_CURSOR_HIDE = 105, MSG_CURSOR_INVAL_ONE = 107, MSG_CURSOR_INVAL_ALL = 108;
    public static final int CURSOR_FLAG_NONE = 1, CURSOR_FLAG_CACHE_ME = 2, CURSOR_FLAG_FROM_CACHE = 4;
    public static final int CURSOR_TYPE_ALPHA = 0;

    // playback and record channels
    public static final int MSG_PLAYBACK_DATA = 101, MSG_PLAYBACK_MODE = 102, MSG_PLAYBACK_START = 103,
            MSG_PLAYBACK_STOP = 104, MSG_PLAYBACK_VOLUME = 105, MSG_PLAYBACK_MUTE = 106, MSG_PLAYBACK_LATENCY = 107;
    public static final int MSG_RECORD_START = 101, MSG_RECORD_STOP = 102, MSG_RECORD_VOLUME = 103,
            MSG_RECORD_MUTE = 104;
    public static final int MSGC_RECORD_DATA = 101, MSGC_RECORD_MODE = 102, MSGC_RECORD_START_MARK = 103;
    public static final int PLAYBACK_CAP_VOLUME = 1, PLAYBACK_CAP_LATENCY = 2, PLAYBACK_CAP_OPUS = 3;
    public static final int RECORD_CAP_VOLUME = 1, RECORD_CAP_OPUS = 2;
    public static final int AUDIO_DATA_MODE_RAW = 1, AUDIO_DATA_MODE_OPUS = 3;
    public static final int AUDIO_FMT_S16 = 1;

    // notify
    public static final int NOTIFY_SEVERITY_WARN = 1, NOTIFY_VISIBILITY_HIGH = 2;

    public static String channelName(int type) {
        return switch (type) {
            case CHANNEL_MAIN -> "main";
            case CHANNEL_DISPLAY -> "display";
            case CHANNEL_INPUTS -> "inputs";
            case CHANNEL_CURSOR -> "cursor";
            case CHANNEL_PLAYBACK -> "playback";
            case CHANNEL_RECORD -> "record";
            case 8 -> "smartcard";
            case 9 -> "usbredir";
            case 10 -> "port";
            case 11 -> "webdav";
            default -> "type-" + type;
        };
    }

    public static boolean hasCap(int[] caps, int cap) {
        int word = cap >>> 5;
        return word < caps.length && (caps[word] & (1 << (cap & 31))) != 0;
    }

    public static int[] caps(int... bits) {
        int max = -1;
        for (int b : bits) max = Math.max(max, b);
        int[] words = new int[max < 0 ? 0 : (max >>> 5) + 1];
        for (int b : bits) words[b >>> 5] |= 1 << (b & 31);
        return words;
    }
}
