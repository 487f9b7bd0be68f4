// Generated from xcb-proto 1.15.2 (xproto.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xproto;

/** The named values of the core protocol (masks as bit values). */
public final class XprotoEnums {
    private XprotoEnums() { }

    public static final class VisualClass {
        private VisualClass() { }

        public static final int STATIC_GRAY = 0;
        public static final int GRAY_SCALE = 1;
        public static final int STATIC_COLOR = 2;
        public static final int PSEUDO_COLOR = 3;
        public static final int TRUE_COLOR = 4;
        public static final int DIRECT_COLOR = 5;
    }

    public static final class EventMask {
        private EventMask() { }

        public static final int NO_EVENT = 0;
        public static final int KEY_PRESS = 1;
        public static final int KEY_RELEASE = 2;
        public static final int BUTTON_PRESS = 4;
        public static final int BUTTON_RELEASE = 8;
        public static final int ENTER_WINDOW = 16;
        public static final int LEAVE_WINDOW = 32;
        public static final int POINTER_MOTION = 64;
        public static final int POINTER_MOTION_HINT = 128;
        public static final int BUTTON1_MOTION = 256;
        public static final int BUTTON2_MOTION = 512;
        public static final int BUTTON3_MOTION = 1024;
        public static final int BUTTON4_MOTION = 2048;
        public static final int BUTTON5_MOTION = 4096;
        public static final int BUTTON_MOTION = 8192;
        public static final int KEYMAP_STATE = 16384;
        public static final int EXPOSURE = 32768;
        public static final int VISIBILITY_CHANGE = 1 << 16;
        public static final int STRUCTURE_NOTIFY = 1 << 17;
        public static final int RESIZE_REDIRECT = 1 << 18;
        public static final int SUBSTRUCTURE_NOTIFY = 1 << 19;
        public static final int SUBSTRUCTURE_REDIRECT = 1 << 20;
        public static final int FOCUS_CHANGE = 1 << 21;
        public static final int PROPERTY_CHANGE = 1 << 22;
        public static final int COLOR_MAP_CHANGE = 1 << 23;
        public static final int OWNER_GRAB_BUTTON = 1 << 24;
    }

    public static final class BackingStore {
        private BackingStore() { }

        public static final int NOT_USEFUL = 0;
        public static final int WHEN_MAPPED = 1;
        public static final int ALWAYS = 2;
    }

    public static final class ImageOrder {
        private ImageOrder() { }

        public static final int LSB_FIRST = 0;
        public static final int MSB_FIRST = 1;
    }

    public static final class ModMask {
        private ModMask() { }

        public static final int SHIFT = 1;
        public static final int LOCK = 2;
        public static final int CONTROL = 4;
        public static final int _1 = 8;
        public static final int _2 = 16;
        public static final int _3 = 32;
        public static final int _4 = 64;
        public static final int _5 = 128;
        public static final int ANY = 32768;
    }

    public static final class KeyButMask {
        private KeyButMask() { }

        public static final int SHIFT = 1;
        public static final int LOCK = 2;
        public static final int CONTROL = 4;
        public static final int MOD1 = 8;
        public static final int MOD2 = 16;
        public static final int MOD3 = 32;
        public static final int MOD4 = 64;
        public static final int MOD5 = 128;
        public static final int BUTTON1 = 256;
        public static final int BUTTON2 = 512;
        public static final int BUTTON3 = 1024;
        public static final int BUTTON4 = 2048;
        public static final int BUTTON5 = 4096;
    }

    public static final class Window {
        private Window() { }

        public static final int NONE = 0;
    }

    public static final class ButtonMask {
        private ButtonMask() { }

        public static final int _1 = 256;
        public static final int _2 = 512;
        public static final int _3 = 1024;
        public static final int _4 = 2048;
        public static final int _5 = 4096;
        public static final int ANY = 32768;
    }

    public static final class Motion {
        private Motion() { }

        public static final int NORMAL = 0;
        public static final int HINT = 1;
    }

    public static final class NotifyDetail {
        private NotifyDetail() { }

        public static final int ANCESTOR = 0;
        public static final int VIRTUAL = 1;
        public static final int INFERIOR = 2;
        public static final int NONLINEAR = 3;
        public static final int NONLINEAR_VIRTUAL = 4;
        public static final int POINTER = 5;
        public static final int POINTER_ROOT = 6;
        public static final int NONE = 7;
    }

    public static final class NotifyMode {
        private NotifyMode() { }

        public static final int NORMAL = 0;
        public static final int GRAB = 1;
        public static final int UNGRAB = 2;
        public static final int WHILE_GRABBED = 3;
    }

    public static final class Visibility {
        private Visibility() { }

        public static final int UNOBSCURED = 0;
        public static final int PARTIALLY_OBSCURED = 1;
        public static final int FULLY_OBSCURED = 2;
    }

    public static final class Place {
        private Place() { }

        public static final int ON_TOP = 0;
        public static final int ON_BOTTOM = 1;
    }

    public static final class Property {
        private Property() { }

        public static final int NEW_VALUE = 0;
        public static final int DELETE = 1;
    }

    public static final class Time {
        private Time() { }

        public static final int CURRENT_TIME = 0;
    }

    public static final class Atom {
        private Atom() { }

        public static final int NONE = 0;
        public static final int ANY = 0;
        public static final int PRIMARY = 1;
        public static final int SECONDARY = 2;
        public static final int ARC = 3;
        public static final int ATOM = 4;
        public static final int BITMAP = 5;
        public static final int CARDINAL = 6;
        public static final int COLORMAP = 7;
        public static final int CURSOR = 8;
        public static final int CUT_BUFFER0 = 9;
        public static final int CUT_BUFFER1 = 10;
        public static final int CUT_BUFFER2 = 11;
        public static final int CUT_BUFFER3 = 12;
        public static final int CUT_BUFFER4 = 13;
        public static final int CUT_BUFFER5 = 14;
        public static final int CUT_BUFFER6 = 15;
        public static final int CUT_BUFFER7 = 16;
        public static final int DRAWABLE = 17;
        public static final int FONT = 18;
        public static final int INTEGER = 19;
        public static final int PIXMAP = 20;
        public static final int POINT = 21;
        public static final int RECTANGLE = 22;
        public static final int RESOURCE_MANAGER = 23;
        public static final int RGB_COLOR_MAP = 24;
        public static final int RGB_BEST_MAP = 25;
        public static final int RGB_BLUE_MAP = 26;
        public static final int RGB_DEFAULT_MAP = 27;
        public static final int RGB_GRAY_MAP = 28;
        public static final int RGB_GREEN_MAP = 29;
        public static final int RGB_RED_MAP = 30;
        public static final int STRING = 31;
        public static final int VISUALID = 32;
        public static final int WINDOW = 33;
        public static final int WM_COMMAND = 34;
        public static final int WM_HINTS = 35;
        public static final int WM_CLIENT_MACHINE = 36;
        public static final int WM_ICON_NAME = 37;
        public static final int WM_ICON_SIZE = 38;
        public static final int WM_NAME = 39;
        public static final int WM_NORMAL_HINTS = 40;
        public static final int WM_SIZE_HINTS = 41;
        public static final int WM_ZOOM_HINTS = 42;
        public static final int MIN_SPACE = 43;
        public static final int NORM_SPACE = 44;
        public static final int MAX_SPACE = 45;
        public static final int END_SPACE = 46;
        public static final int SUPERSCRIPT_X = 47;
        public static final int SUPERSCRIPT_Y = 48;
        public static final int SUBSCRIPT_X = 49;
        public static final int SUBSCRIPT_Y = 50;
        public static final int UNDERLINE_POSITION = 51;
        public static final int UNDERLINE_THICKNESS = 52;
        public static final int STRIKEOUT_ASCENT = 53;
        public static final int STRIKEOUT_DESCENT = 54;
        public static final int ITALIC_ANGLE = 55;
        public static final int X_HEIGHT = 56;
        public static final int QUAD_WIDTH = 57;
        public static final int WEIGHT = 58;
        public static final int POINT_SIZE = 59;
        public static final int RESOLUTION = 60;
        public static final int COPYRIGHT = 61;
        public static final int NOTICE = 62;
        public static final int FONT_NAME = 63;
        public static final int FAMILY_NAME = 64;
        public static final int FULL_NAME = 65;
        public static final int CAP_HEIGHT = 66;
        public static final int WM_CLASS = 67;
        public static final int WM_TRANSIENT_FOR = 68;
    }

    public static final class ColormapState {
        private ColormapState() { }

        public static final int UNINSTALLED = 0;
        public static final int INSTALLED = 1;
    }

    public static final class Colormap {
        private Colormap() { }

        public static final int NONE = 0;
    }

    public static final class Mapping {
        private Mapping() { }

        public static final int MODIFIER = 0;
        public static final int KEYBOARD = 1;
        public static final int POINTER = 2;
    }

    public static final class WindowClass {
        private WindowClass() { }

        public static final int COPY_FROM_PARENT = 0;
        public static final int INPUT_OUTPUT = 1;
        public static final int INPUT_ONLY = 2;
    }

    public static final class CW {
        private CW() { }

        public static final int BACK_PIXMAP = 1;
        public static final int BACK_PIXEL = 2;
        public static final int BORDER_PIXMAP = 4;
        public static final int BORDER_PIXEL = 8;
        public static final int BIT_GRAVITY = 16;
        public static final int WIN_GRAVITY = 32;
        public static final int BACKING_STORE = 64;
        public static final int BACKING_PLANES = 128;
        public static final int BACKING_PIXEL = 256;
        public static final int OVERRIDE_REDIRECT = 512;
        public static final int SAVE_UNDER = 1024;
        public static final int EVENT_MASK = 2048;
        public static final int DONT_PROPAGATE = 4096;
        public static final int COLORMAP = 8192;
        public static final int CURSOR = 16384;
    }

    public static final class BackPixmap {
        private BackPixmap() { }

        public static final int NONE = 0;
        public static final int PARENT_RELATIVE = 1;
    }

    public static final class Gravity {
        private Gravity() { }

        public static final int BIT_FORGET = 0;
        public static final int WIN_UNMAP = 0;
        public static final int NORTH_WEST = 1;
        public static final int NORTH = 2;
        public static final int NORTH_EAST = 3;
        public static final int WEST = 4;
        public static final int CENTER = 5;
        public static final int EAST = 6;
        public static final int SOUTH_WEST = 7;
        public static final int SOUTH = 8;
        public static final int SOUTH_EAST = 9;
        public static final int STATIC = 10;
    }

    public static final class MapState {
        private MapState() { }

        public static final int UNMAPPED = 0;
        public static final int UNVIEWABLE = 1;
        public static final int VIEWABLE = 2;
    }

    public static final class SetMode {
        private SetMode() { }

        public static final int INSERT = 0;
        public static final int DELETE = 1;
    }

    public static final class ConfigWindow {
        private ConfigWindow() { }

        public static final int X = 1;
        public static final int Y = 2;
        public static final int WIDTH = 4;
        public static final int HEIGHT = 8;
        public static final int BORDER_WIDTH = 16;
        public static final int SIBLING = 32;
        public static final int STACK_MODE = 64;
    }

    public static final class StackMode {
        private StackMode() { }

        public static final int ABOVE = 0;
        public static final int BELOW = 1;
        public static final int TOP_IF = 2;
        public static final int BOTTOM_IF = 3;
        public static final int OPPOSITE = 4;
    }

    public static final class Circulate {
        private Circulate() { }

        public static final int RAISE_LOWEST = 0;
        public static final int LOWER_HIGHEST = 1;
    }

    public static final class PropMode {
        private PropMode() { }

        public static final int REPLACE = 0;
        public static final int PREPEND = 1;
        public static final int APPEND = 2;
    }

    public static final class GetPropertyType {
        private GetPropertyType() { }

        public static final int ANY = 0;
    }

    public static final class SendEventDest {
        private SendEventDest() { }

        public static final int POINTER_WINDOW = 0;
        public static final int ITEM_FOCUS = 1;
    }

    public static final class GrabMode {
        private GrabMode() { }

        public static final int SYNC = 0;
        public static final int ASYNC = 1;
    }

    public static final class GrabStatus {
        private GrabStatus() { }

        public static final int SUCCESS = 0;
        public static final int ALREADY_GRABBED = 1;
        public static final int INVALID_TIME = 2;
        public static final int NOT_VIEWABLE = 3;
        public static final int FROZEN = 4;
    }

    public static final class Cursor {
        private Cursor() { }

        public static final int NONE = 0;
    }

    public static final class ButtonIndex {
        private ButtonIndex() { }

        public static final int ANY = 0;
        public static final int _1 = 1;
        public static final int _2 = 2;
        public static final int _3 = 3;
        public static final int _4 = 4;
        public static final int _5 = 5;
    }

    public static final class Grab {
        private Grab() { }

        public static final int ANY = 0;
    }

    public static final class Allow {
        private Allow() { }

        public static final int ASYNC_POINTER = 0;
        public static final int SYNC_POINTER = 1;
        public static final int REPLAY_POINTER = 2;
        public static final int ASYNC_KEYBOARD = 3;
        public static final int SYNC_KEYBOARD = 4;
        public static final int REPLAY_KEYBOARD = 5;
        public static final int ASYNC_BOTH = 6;
        public static final int SYNC_BOTH = 7;
    }

    public static final class InputFocus {
        private InputFocus() { }

        public static final int NONE = 0;
        public static final int POINTER_ROOT = 1;
        public static final int PARENT = 2;
        public static final int FOLLOW_KEYBOARD = 3;
    }

    public static final class FontDraw {
        private FontDraw() { }

        public static final int LEFT_TO_RIGHT = 0;
        public static final int RIGHT_TO_LEFT = 1;
    }

    public static final class GC {
        private GC() { }

        public static final int FUNCTION = 1;
        public static final int PLANE_MASK = 2;
        public static final int FOREGROUND = 4;
        public static final int BACKGROUND = 8;
        public static final int LINE_WIDTH = 16;
        public static final int LINE_STYLE = 32;
        public static final int CAP_STYLE = 64;
        public static final int JOIN_STYLE = 128;
        public static final int FILL_STYLE = 256;
        public static final int FILL_RULE = 512;
        public static final int TILE = 1024;
        public static final int STIPPLE = 2048;
        public static final int TILE_STIPPLE_ORIGIN_X = 4096;
        public static final int TILE_STIPPLE_ORIGIN_Y = 8192;
        public static final int FONT = 16384;
        public static final int SUBWINDOW_MODE = 32768;
        public static final int GRAPHICS_EXPOSURES = 1 << 16;
        public static final int CLIP_ORIGIN_X = 1 << 17;
        public static final int CLIP_ORIGIN_Y = 1 << 18;
        public static final int CLIP_MASK = 1 << 19;
        public static final int DASH_OFFSET = 1 << 20;
        public static final int DASH_LIST = 1 << 21;
        public static final int ARC_MODE = 1 << 22;
    }

    public static final class GX {
        private GX() { }

        public static final int CLEAR = 0;
        public static final int AND = 1;
        public static final int AND_REVERSE = 2;
        public static final int COPY = 3;
        public static final int AND_INVERTED = 4;
        public static final int NOOP = 5;
        public static final int XOR = 6;
        public static final int OR = 7;
        public static final int NOR = 8;
        public static final int EQUIV = 9;
        public static final int INVERT = 10;
        public static final int OR_REVERSE = 11;
        public static final int COPY_INVERTED = 12;
        public static final int OR_INVERTED = 13;
        public static final int NAND = 14;
        public static final int SET = 15;
    }

    public static final class LineStyle {
        private LineStyle() { }

        public static final int SOLID = 0;
        public static final int ON_OFF_DASH = 1;
        public static final int DOUBLE_DASH = 2;
    }

    public static final class CapStyle {
        private CapStyle() { }

        public static final int NOT_LAST = 0;
        public static final int BUTT = 1;
        public static final int ROUND = 2;
        public static final int PROJECTING = 3;
    }

    public static final class JoinStyle {
        private JoinStyle() { }

        public static final int MITER = 0;
        public static final int ROUND = 1;
        public static final int BEVEL = 2;
    }

    public static final class FillStyle {
        private FillStyle() { }

        public static final int SOLID = 0;
        public static final int TILED = 1;
        public static final int STIPPLED = 2;
        public static final int OPAQUE_STIPPLED = 3;
    }

    public static final class FillRule {
        private FillRule() { }

        public static final int EVEN_ODD = 0;
        public static final int WINDING = 1;
    }

    public static final class SubwindowMode {
        private SubwindowMode() { }

        public static final int CLIP_BY_CHILDREN = 0;
        public static final int INCLUDE_INFERIORS = 1;
    }

    public static final class ArcMode {
        private ArcMode() { }

        public static final int CHORD = 0;
        public static final int PIE_SLICE = 1;
    }

    public static final class ClipOrdering {
        private ClipOrdering() { }

        public static final int UNSORTED = 0;
        public static final int Y_SORTED = 1;
        public static final int YX_SORTED = 2;
        public static final int YX_BANDED = 3;
    }

    public static final class CoordMode {
        private CoordMode() { }

        public static final int ORIGIN = 0;
        public static final int PREVIOUS = 1;
    }

    public static final class PolyShape {
        private PolyShape() { }

        public static final int COMPLEX = 0;
        public static final int NONCONVEX = 1;
        public static final int CONVEX = 2;
    }

    public static final class ImageFormat {
        private ImageFormat() { }

        public static final int XY_BITMAP = 0;
        public static final int XY_PIXMAP = 1;
        public static final int Z_PIXMAP = 2;
    }

    public static final class ColormapAlloc {
        private ColormapAlloc() { }

        public static final int NONE = 0;
        public static final int ALL = 1;
    }

    public static final class ColorFlag {
        private ColorFlag() { }

        public static final int RED = 1;
        public static final int GREEN = 2;
        public static final int BLUE = 4;
    }

    public static final class Pixmap {
        private Pixmap() { }

        public static final int NONE = 0;
    }

    public static final class Font {
        private Font() { }

        public static final int NONE = 0;
    }

    public static final class QueryShapeOf {
        private QueryShapeOf() { }

        public static final int LARGEST_CURSOR = 0;
        public static final int FASTEST_TILE = 1;
        public static final int FASTEST_STIPPLE = 2;
    }

    public static final class KB {
        private KB() { }

        public static final int KEY_CLICK_PERCENT = 1;
        public static final int BELL_PERCENT = 2;
        public static final int BELL_PITCH = 4;
        public static final int BELL_DURATION = 8;
        public static final int LED = 16;
        public static final int LED_MODE = 32;
        public static final int KEY = 64;
        public static final int AUTO_REPEAT_MODE = 128;
    }

    public static final class LedMode {
        private LedMode() { }

        public static final int OFF = 0;
        public static final int ON = 1;
    }

    public static final class AutoRepeatMode {
        private AutoRepeatMode() { }

        public static final int OFF = 0;
        public static final int ON = 1;
        public static final int DEFAULT = 2;
    }

    public static final class Blanking {
        private Blanking() { }

        public static final int NOT_PREFERRED = 0;
        public static final int PREFERRED = 1;
        public static final int DEFAULT = 2;
    }

    public static final class Exposures {
        private Exposures() { }

        public static final int NOT_ALLOWED = 0;
        public static final int ALLOWED = 1;
        public static final int DEFAULT = 2;
    }

    public static final class HostMode {
        private HostMode() { }

        public static final int INSERT = 0;
        public static final int DELETE = 1;
    }

    public static final class Family {
        private Family() { }

        public static final int INTERNET = 0;
        public static final int DE_CNET = 1;
        public static final int CHAOS = 2;
        public static final int SERVER_INTERPRETED = 5;
        public static final int INTERNET6 = 6;
    }

    public static final class AccessControl {
        private AccessControl() { }

        public static final int DISABLE = 0;
        public static final int ENABLE = 1;
    }

    public static final class CloseDown {
        private CloseDown() { }

        public static final int DESTROY_ALL = 0;
        public static final int RETAIN_PERMANENT = 1;
        public static final int RETAIN_TEMPORARY = 2;
    }

    public static final class Kill {
        private Kill() { }

        public static final int ALL_TEMPORARY = 0;
    }

    public static final class ScreenSaver {
        private ScreenSaver() { }

        public static final int RESET = 0;
        public static final int ACTIVE = 1;
    }

    public static final class MappingStatus {
        private MappingStatus() { }

        public static final int SUCCESS = 0;
        public static final int BUSY = 1;
        public static final int FAILURE = 2;
    }

    public static final class MapIndex {
        private MapIndex() { }

        public static final int SHIFT = 0;
        public static final int LOCK = 1;
        public static final int CONTROL = 2;
        public static final int _1 = 3;
        public static final int _2 = 4;
        public static final int _3 = 5;
        public static final int _4 = 6;
        public static final int _5 = 7;
    }
}
