// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

/** The named values of XKEYBOARD (masks as bit values). */
public final class XkbEnums {
    private XkbEnums() { }

    public static final class Const {
        private Const() { }

        public static final int MAX_LEGAL_KEY_CODE = 255;
        public static final int PER_KEY_BIT_ARRAY_SIZE = 32;
        public static final int KEY_NAME_LENGTH = 4;
    }

    public static final class EventType {
        private EventType() { }

        public static final int NEW_KEYBOARD_NOTIFY = 1;
        public static final int MAP_NOTIFY = 2;
        public static final int STATE_NOTIFY = 4;
        public static final int CONTROLS_NOTIFY = 8;
        public static final int INDICATOR_STATE_NOTIFY = 16;
        public static final int INDICATOR_MAP_NOTIFY = 32;
        public static final int NAMES_NOTIFY = 64;
        public static final int COMPAT_MAP_NOTIFY = 128;
        public static final int BELL_NOTIFY = 256;
        public static final int ACTION_MESSAGE = 512;
        public static final int ACCESS_X_NOTIFY = 1024;
        public static final int EXTENSION_DEVICE_NOTIFY = 2048;
    }

    public static final class NKNDetail {
        private NKNDetail() { }

        public static final int KEYCODES = 1;
        public static final int GEOMETRY = 2;
        public static final int DEVICE_ID = 4;
    }

    public static final class AXNDetail {
        private AXNDetail() { }

        public static final int SK_PRESS = 1;
        public static final int SK_ACCEPT = 2;
        public static final int SK_REJECT = 4;
        public static final int SK_RELEASE = 8;
        public static final int BK_ACCEPT = 16;
        public static final int BK_REJECT = 32;
        public static final int AXK_WARNING = 64;
    }

    public static final class MapPart {
        private MapPart() { }

        public static final int KEY_TYPES = 1;
        public static final int KEY_SYMS = 2;
        public static final int MODIFIER_MAP = 4;
        public static final int EXPLICIT_COMPONENTS = 8;
        public static final int KEY_ACTIONS = 16;
        public static final int KEY_BEHAVIORS = 32;
        public static final int VIRTUAL_MODS = 64;
        public static final int VIRTUAL_MOD_MAP = 128;
    }

    public static final class SetMapFlags {
        private SetMapFlags() { }

        public static final int RESIZE_TYPES = 1;
        public static final int RECOMPUTE_ACTIONS = 2;
    }

    public static final class StatePart {
        private StatePart() { }

        public static final int MODIFIER_STATE = 1;
        public static final int MODIFIER_BASE = 2;
        public static final int MODIFIER_LATCH = 4;
        public static final int MODIFIER_LOCK = 8;
        public static final int GROUP_STATE = 16;
        public static final int GROUP_BASE = 32;
        public static final int GROUP_LATCH = 64;
        public static final int GROUP_LOCK = 128;
        public static final int COMPAT_STATE = 256;
        public static final int GRAB_MODS = 512;
        public static final int COMPAT_GRAB_MODS = 1024;
        public static final int LOOKUP_MODS = 2048;
        public static final int COMPAT_LOOKUP_MODS = 4096;
        public static final int POINTER_BUTTONS = 8192;
    }

    public static final class BoolCtrl {
        private BoolCtrl() { }

        public static final int REPEAT_KEYS = 1;
        public static final int SLOW_KEYS = 2;
        public static final int BOUNCE_KEYS = 4;
        public static final int STICKY_KEYS = 8;
        public static final int MOUSE_KEYS = 16;
        public static final int MOUSE_KEYS_ACCEL = 32;
        public static final int ACCESS_X_KEYS = 64;
        public static final int ACCESS_X_TIMEOUT_MASK = 128;
        public static final int ACCESS_X_FEEDBACK_MASK = 256;
        public static final int AUDIBLE_BELL_MASK = 512;
        public static final int OVERLAY1_MASK = 1024;
        public static final int OVERLAY2_MASK = 2048;
        public static final int IGNORE_GROUP_LOCK_MASK = 4096;
    }

    public static final class Control {
        private Control() { }

        public static final int GROUPS_WRAP = 1 << 27;
        public static final int INTERNAL_MODS = 1 << 28;
        public static final int IGNORE_LOCK_MODS = 1 << 29;
        public static final int PER_KEY_REPEAT = 1 << 30;
        public static final int CONTROLS_ENABLED = 1 << 31;
    }

    public static final class AXOption {
        private AXOption() { }

        public static final int SK_PRESS_FB = 1;
        public static final int SK_ACCEPT_FB = 2;
        public static final int FEATURE_FB = 4;
        public static final int SLOW_WARN_FB = 8;
        public static final int INDICATOR_FB = 16;
        public static final int STICKY_KEYS_FB = 32;
        public static final int TWO_KEYS = 64;
        public static final int LATCH_TO_LOCK = 128;
        public static final int SK_RELEASE_FB = 256;
        public static final int SK_REJECT_FB = 512;
        public static final int BK_REJECT_FB = 1024;
        public static final int DUMB_BELL = 2048;
    }

    public static final class LedClassResult {
        private LedClassResult() { }

        public static final int KBD_FEEDBACK_CLASS = 0;
        public static final int LED_FEEDBACK_CLASS = 4;
    }

    public static final class LedClass {
        private LedClass() { }

        public static final int KBD_FEEDBACK_CLASS = 0;
        public static final int LED_FEEDBACK_CLASS = 4;
        public static final int DFLT_XI_CLASS = 768;
        public static final int ALL_XI_CLASSES = 1280;
    }

    public static final class BellClassResult {
        private BellClassResult() { }

        public static final int KBD_FEEDBACK_CLASS = 0;
        public static final int BELL_FEEDBACK_CLASS = 5;
    }

    public static final class BellClass {
        private BellClass() { }

        public static final int KBD_FEEDBACK_CLASS = 0;
        public static final int BELL_FEEDBACK_CLASS = 5;
        public static final int DFLT_XI_CLASS = 768;
    }

    public static final class ID {
        private ID() { }

        public static final int USE_CORE_KBD = 256;
        public static final int USE_CORE_PTR = 512;
        public static final int DFLT_XI_CLASS = 768;
        public static final int DFLT_XI_ID = 1024;
        public static final int ALL_XI_CLASS = 1280;
        public static final int ALL_XI_ID = 1536;
        public static final int XI_NONE = 65280;
    }

    public static final class Group {
        private Group() { }

        public static final int _1 = 0;
        public static final int _2 = 1;
        public static final int _3 = 2;
        public static final int _4 = 3;
    }

    public static final class Groups {
        private Groups() { }

        public static final int ANY = 254;
        public static final int ALL = 255;
    }

    public static final class SetOfGroup {
        private SetOfGroup() { }

        public static final int GROUP1 = 1;
        public static final int GROUP2 = 2;
        public static final int GROUP3 = 4;
        public static final int GROUP4 = 8;
    }

    public static final class SetOfGroups {
        private SetOfGroups() { }

        public static final int ANY = 128;
    }

    public static final class GroupsWrap {
        private GroupsWrap() { }

        public static final int WRAP_INTO_RANGE = 0;
        public static final int CLAMP_INTO_RANGE = 64;
        public static final int REDIRECT_INTO_RANGE = 128;
    }

    public static final class VModsHigh {
        private VModsHigh() { }

        public static final int _15 = 128;
        public static final int _14 = 64;
        public static final int _13 = 32;
        public static final int _12 = 16;
        public static final int _11 = 8;
        public static final int _10 = 4;
        public static final int _9 = 2;
        public static final int _8 = 1;
    }

    public static final class VModsLow {
        private VModsLow() { }

        public static final int _7 = 128;
        public static final int _6 = 64;
        public static final int _5 = 32;
        public static final int _4 = 16;
        public static final int _3 = 8;
        public static final int _2 = 4;
        public static final int _1 = 2;
        public static final int _0 = 1;
    }

    public static final class VMod {
        private VMod() { }

        public static final int _15 = 32768;
        public static final int _14 = 16384;
        public static final int _13 = 8192;
        public static final int _12 = 4096;
        public static final int _11 = 2048;
        public static final int _10 = 1024;
        public static final int _9 = 512;
        public static final int _8 = 256;
        public static final int _7 = 128;
        public static final int _6 = 64;
        public static final int _5 = 32;
        public static final int _4 = 16;
        public static final int _3 = 8;
        public static final int _2 = 4;
        public static final int _1 = 2;
        public static final int _0 = 1;
    }

    public static final class Explicit {
        private Explicit() { }

        public static final int V_MOD_MAP = 128;
        public static final int BEHAVIOR = 64;
        public static final int AUTO_REPEAT = 32;
        public static final int INTERPRET = 16;
        public static final int KEY_TYPE4 = 8;
        public static final int KEY_TYPE3 = 4;
        public static final int KEY_TYPE2 = 2;
        public static final int KEY_TYPE1 = 1;
    }

    public static final class SymInterpretMatch {
        private SymInterpretMatch() { }

        public static final int NONE_OF = 0;
        public static final int ANY_OF_OR_NONE = 1;
        public static final int ANY_OF = 2;
        public static final int ALL_OF = 3;
        public static final int EXACTLY = 4;
    }

    public static final class SymInterpMatch {
        private SymInterpMatch() { }

        public static final int LEVEL_ONE_ONLY = 128;
        public static final int OP_MASK = 127;
    }

    public static final class IMFlag {
        private IMFlag() { }

        public static final int NO_EXPLICIT = 128;
        public static final int NO_AUTOMATIC = 64;
        public static final int LED_DRIVES_KB = 32;
    }

    public static final class IMModsWhich {
        private IMModsWhich() { }

        public static final int USE_COMPAT = 16;
        public static final int USE_EFFECTIVE = 8;
        public static final int USE_LOCKED = 4;
        public static final int USE_LATCHED = 2;
        public static final int USE_BASE = 1;
    }

    public static final class IMGroupsWhich {
        private IMGroupsWhich() { }

        public static final int USE_COMPAT = 16;
        public static final int USE_EFFECTIVE = 8;
        public static final int USE_LOCKED = 4;
        public static final int USE_LATCHED = 2;
        public static final int USE_BASE = 1;
    }

    public static final class CMDetail {
        private CMDetail() { }

        public static final int SYM_INTERP = 1;
        public static final int GROUP_COMPAT = 2;
    }

    public static final class NameDetail {
        private NameDetail() { }

        public static final int KEYCODES = 1;
        public static final int GEOMETRY = 2;
        public static final int SYMBOLS = 4;
        public static final int PHYS_SYMBOLS = 8;
        public static final int TYPES = 16;
        public static final int COMPAT = 32;
        public static final int KEY_TYPE_NAMES = 64;
        public static final int KT_LEVEL_NAMES = 128;
        public static final int INDICATOR_NAMES = 256;
        public static final int KEY_NAMES = 512;
        public static final int KEY_ALIASES = 1024;
        public static final int VIRTUAL_MOD_NAMES = 2048;
        public static final int GROUP_NAMES = 4096;
        public static final int RG_NAMES = 8192;
    }

    public static final class GBNDetail {
        private GBNDetail() { }

        public static final int TYPES = 1;
        public static final int COMPAT_MAP = 2;
        public static final int CLIENT_SYMBOLS = 4;
        public static final int SERVER_SYMBOLS = 8;
        public static final int INDICATOR_MAPS = 16;
        public static final int KEY_NAMES = 32;
        public static final int GEOMETRY = 64;
        public static final int OTHER_NAMES = 128;
    }

    public static final class XIFeature {
        private XIFeature() { }

        public static final int KEYBOARDS = 1;
        public static final int BUTTON_ACTIONS = 2;
        public static final int INDICATOR_NAMES = 4;
        public static final int INDICATOR_MAPS = 8;
        public static final int INDICATOR_STATE = 16;
    }

    public static final class PerClientFlag {
        private PerClientFlag() { }

        public static final int DETECTABLE_AUTO_REPEAT = 1;
        public static final int GRABS_USE_XKB_STATE = 2;
        public static final int AUTO_RESET_CONTROLS = 4;
        public static final int LOOKUP_STATE_WHEN_GRABBED = 8;
        public static final int SEND_EVENT_USES_XKB_STATE = 16;
    }

    public static final class BehaviorType {
        private BehaviorType() { }

        public static final int DEFAULT = 0;
        public static final int LOCK = 1;
        public static final int RADIO_GROUP = 2;
        public static final int OVERLAY1 = 3;
        public static final int OVERLAY2 = 4;
        public static final int PERMAMENT_LOCK = 129;
        public static final int PERMAMENT_RADIO_GROUP = 130;
        public static final int PERMAMENT_OVERLAY1 = 131;
        public static final int PERMAMENT_OVERLAY2 = 132;
    }

    public static final class DoodadType {
        private DoodadType() { }

        public static final int OUTLINE = 1;
        public static final int SOLID = 2;
        public static final int TEXT = 3;
        public static final int INDICATOR = 4;
        public static final int LOGO = 5;
    }

    public static final class Error {
        private Error() { }

        public static final int BAD_DEVICE = 255;
        public static final int BAD_CLASS = 254;
        public static final int BAD_ID = 253;
    }

    public static final class SA {
        private SA() { }

        public static final int CLEAR_LOCKS = 1;
        public static final int LATCH_TO_LOCK = 2;
        public static final int USE_MOD_MAP_MODS = 4;
        public static final int GROUP_ABSOLUTE = 4;
    }

    public static final class SAType {
        private SAType() { }

        public static final int NO_ACTION = 0;
        public static final int SET_MODS = 1;
        public static final int LATCH_MODS = 2;
        public static final int LOCK_MODS = 3;
        public static final int SET_GROUP = 4;
        public static final int LATCH_GROUP = 5;
        public static final int LOCK_GROUP = 6;
        public static final int MOVE_PTR = 7;
        public static final int PTR_BTN = 8;
        public static final int LOCK_PTR_BTN = 9;
        public static final int SET_PTR_DFLT = 10;
        public static final int ISO_LOCK = 11;
        public static final int TERMINATE = 12;
        public static final int SWITCH_SCREEN = 13;
        public static final int SET_CONTROLS = 14;
        public static final int LOCK_CONTROLS = 15;
        public static final int ACTION_MESSAGE = 16;
        public static final int REDIRECT_KEY = 17;
        public static final int DEVICE_BTN = 18;
        public static final int LOCK_DEVICE_BTN = 19;
        public static final int DEVICE_VALUATOR = 20;
    }

    public static final class SAMovePtrFlag {
        private SAMovePtrFlag() { }

        public static final int NO_ACCELERATION = 1;
        public static final int MOVE_ABSOLUTE_X = 2;
        public static final int MOVE_ABSOLUTE_Y = 4;
    }

    public static final class SASetPtrDfltFlag {
        private SASetPtrDfltFlag() { }

        public static final int DFLT_BTN_ABSOLUTE = 4;
        public static final int AFFECT_DFLT_BUTTON = 1;
    }

    public static final class SAIsoLockFlag {
        private SAIsoLockFlag() { }

        public static final int NO_LOCK = 1;
        public static final int NO_UNLOCK = 2;
        public static final int USE_MOD_MAP_MODS = 4;
        public static final int GROUP_ABSOLUTE = 4;
        public static final int ISO_DFLT_IS_GROUP = 8;
    }

    public static final class SAIsoLockNoAffect {
        private SAIsoLockNoAffect() { }

        public static final int CTRLS = 8;
        public static final int PTR = 16;
        public static final int GROUP = 32;
        public static final int MODS = 64;
    }

    public static final class SwitchScreenFlag {
        private SwitchScreenFlag() { }

        public static final int APPLICATION = 1;
        public static final int ABSOLUTE = 4;
    }

    public static final class BoolCtrlsHigh {
        private BoolCtrlsHigh() { }

        public static final int ACCESS_X_FEEDBACK = 1;
        public static final int AUDIBLE_BELL = 2;
        public static final int OVERLAY1 = 4;
        public static final int OVERLAY2 = 8;
        public static final int IGNORE_GROUP_LOCK = 16;
    }

    public static final class BoolCtrlsLow {
        private BoolCtrlsLow() { }

        public static final int REPEAT_KEYS = 1;
        public static final int SLOW_KEYS = 2;
        public static final int BOUNCE_KEYS = 4;
        public static final int STICKY_KEYS = 8;
        public static final int MOUSE_KEYS = 16;
        public static final int MOUSE_KEYS_ACCEL = 32;
        public static final int ACCESS_X_KEYS = 64;
        public static final int ACCESS_X_TIMEOUT = 128;
    }

    public static final class ActionMessageFlag {
        private ActionMessageFlag() { }

        public static final int ON_PRESS = 1;
        public static final int ON_RELEASE = 2;
        public static final int GEN_KEY_EVENT = 4;
    }

    public static final class LockDeviceFlags {
        private LockDeviceFlags() { }

        public static final int NO_LOCK = 1;
        public static final int NO_UNLOCK = 2;
    }

    public static final class SAValWhat {
        private SAValWhat() { }

        public static final int IGNORE_VAL = 0;
        public static final int SET_VAL_MIN = 1;
        public static final int SET_VAL_CENTER = 2;
        public static final int SET_VAL_MAX = 3;
        public static final int SET_VAL_RELATIVE = 4;
        public static final int SET_VAL_ABSOLUTE = 5;
    }
}
