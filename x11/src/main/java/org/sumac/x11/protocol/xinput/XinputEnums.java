// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

/** The named values of XInputExtension (masks as bit values). */
public final class XinputEnums {
    private XinputEnums() { }

    public static final class DeviceUse {
        private DeviceUse() { }

        public static final int IS_X_POINTER = 0;
        public static final int IS_X_KEYBOARD = 1;
        public static final int IS_X_EXTENSION_DEVICE = 2;
        public static final int IS_X_EXTENSION_KEYBOARD = 3;
        public static final int IS_X_EXTENSION_POINTER = 4;
    }

    public static final class InputClass {
        private InputClass() { }

        public static final int KEY = 0;
        public static final int BUTTON = 1;
        public static final int VALUATOR = 2;
        public static final int FEEDBACK = 3;
        public static final int PROXIMITY = 4;
        public static final int FOCUS = 5;
        public static final int OTHER = 6;
    }

    public static final class ValuatorMode {
        private ValuatorMode() { }

        public static final int RELATIVE = 0;
        public static final int ABSOLUTE = 1;
    }

    public static final class PropagateMode {
        private PropagateMode() { }

        public static final int ADD_TO_LIST = 0;
        public static final int DELETE_FROM_LIST = 1;
    }

    public static final class ModifierDevice {
        private ModifierDevice() { }

        public static final int USE_X_KEYBOARD = 255;
    }

    public static final class DeviceInputMode {
        private DeviceInputMode() { }

        public static final int ASYNC_THIS_DEVICE = 0;
        public static final int SYNC_THIS_DEVICE = 1;
        public static final int REPLAY_THIS_DEVICE = 2;
        public static final int ASYNC_OTHER_DEVICES = 3;
        public static final int ASYNC_ALL = 4;
        public static final int SYNC_ALL = 5;
    }

    public static final class FeedbackClass {
        private FeedbackClass() { }

        public static final int KEYBOARD = 0;
        public static final int POINTER = 1;
        public static final int STRING = 2;
        public static final int INTEGER = 3;
        public static final int LED = 4;
        public static final int BELL = 5;
    }

    public static final class ChangeFeedbackControlMask {
        private ChangeFeedbackControlMask() { }

        public static final int KEY_CLICK_PERCENT = 1;
        public static final int PERCENT = 2;
        public static final int PITCH = 4;
        public static final int DURATION = 8;
        public static final int LED = 16;
        public static final int LED_MODE = 32;
        public static final int KEY = 64;
        public static final int AUTO_REPEAT_MODE = 128;
        public static final int STRING = 1;
        public static final int INTEGER = 1;
        public static final int ACCEL_NUM = 1;
        public static final int ACCEL_DENOM = 2;
        public static final int THRESHOLD = 4;
    }

    public static final class ValuatorStateModeMask {
        private ValuatorStateModeMask() { }

        public static final int DEVICE_MODE_ABSOLUTE = 1;
        public static final int OUT_OF_PROXIMITY = 2;
    }

    public static final class DeviceControl {
        private DeviceControl() { }

        public static final int RESOLUTION = 1;
        public static final int ABS_CALIB = 2;
        public static final int CORE = 3;
        public static final int ENABLE = 4;
        public static final int ABS_AREA = 5;
    }

    public static final class PropertyFormat {
        private PropertyFormat() { }

        public static final int _8_BITS = 8;
        public static final int _16_BITS = 16;
        public static final int _32_BITS = 32;
    }

    public static final class Device {
        private Device() { }

        public static final int ALL = 0;
        public static final int ALL_MASTER = 1;
    }

    public static final class HierarchyChangeType {
        private HierarchyChangeType() { }

        public static final int ADD_MASTER = 1;
        public static final int REMOVE_MASTER = 2;
        public static final int ATTACH_SLAVE = 3;
        public static final int DETACH_SLAVE = 4;
    }

    public static final class ChangeMode {
        private ChangeMode() { }

        public static final int ATTACH = 1;
        public static final int FLOAT = 2;
    }

    public static final class XIEventMask {
        private XIEventMask() { }

        public static final int DEVICE_CHANGED = 2;
        public static final int KEY_PRESS = 4;
        public static final int KEY_RELEASE = 8;
        public static final int BUTTON_PRESS = 16;
        public static final int BUTTON_RELEASE = 32;
        public static final int MOTION = 64;
        public static final int ENTER = 128;
        public static final int LEAVE = 256;
        public static final int FOCUS_IN = 512;
        public static final int FOCUS_OUT = 1024;
        public static final int HIERARCHY = 2048;
        public static final int PROPERTY = 4096;
        public static final int RAW_KEY_PRESS = 8192;
        public static final int RAW_KEY_RELEASE = 16384;
        public static final int RAW_BUTTON_PRESS = 32768;
        public static final int RAW_BUTTON_RELEASE = 1 << 16;
        public static final int RAW_MOTION = 1 << 17;
        public static final int TOUCH_BEGIN = 1 << 18;
        public static final int TOUCH_UPDATE = 1 << 19;
        public static final int TOUCH_END = 1 << 20;
        public static final int TOUCH_OWNERSHIP = 1 << 21;
        public static final int RAW_TOUCH_BEGIN = 1 << 22;
        public static final int RAW_TOUCH_UPDATE = 1 << 23;
        public static final int RAW_TOUCH_END = 1 << 24;
        public static final int BARRIER_HIT = 1 << 25;
        public static final int BARRIER_LEAVE = 1 << 26;
    }

    public static final class DeviceClassType {
        private DeviceClassType() { }

        public static final int KEY = 0;
        public static final int BUTTON = 1;
        public static final int VALUATOR = 2;
        public static final int SCROLL = 3;
        public static final int TOUCH = 8;
        public static final int GESTURE = 9;
    }

    public static final class DeviceType {
        private DeviceType() { }

        public static final int MASTER_POINTER = 1;
        public static final int MASTER_KEYBOARD = 2;
        public static final int SLAVE_POINTER = 3;
        public static final int SLAVE_KEYBOARD = 4;
        public static final int FLOATING_SLAVE = 5;
    }

    public static final class ScrollFlags {
        private ScrollFlags() { }

        public static final int NO_EMULATION = 1;
        public static final int PREFERRED = 2;
    }

    public static final class ScrollType {
        private ScrollType() { }

        public static final int VERTICAL = 1;
        public static final int HORIZONTAL = 2;
    }

    public static final class TouchMode {
        private TouchMode() { }

        public static final int DIRECT = 1;
        public static final int DEPENDENT = 2;
    }

    public static final class GrabOwner {
        private GrabOwner() { }

        public static final int NO_OWNER = 0;
        public static final int OWNER = 1;
    }

    public static final class EventMode {
        private EventMode() { }

        public static final int ASYNC_DEVICE = 0;
        public static final int SYNC_DEVICE = 1;
        public static final int REPLAY_DEVICE = 2;
        public static final int ASYNC_PAIRED_DEVICE = 3;
        public static final int ASYNC_PAIR = 4;
        public static final int SYNC_PAIR = 5;
        public static final int ACCEPT_TOUCH = 6;
        public static final int REJECT_TOUCH = 7;
    }

    public static final class GrabMode22 {
        private GrabMode22() { }

        public static final int SYNC = 0;
        public static final int ASYNC = 1;
        public static final int TOUCH = 2;
    }

    public static final class GrabType {
        private GrabType() { }

        public static final int BUTTON = 0;
        public static final int KEYCODE = 1;
        public static final int ENTER = 2;
        public static final int FOCUS_IN = 3;
        public static final int TOUCH_BEGIN = 4;
        public static final int GESTURE_PINCH_BEGIN = 5;
        public static final int GESTURE_SWIPE_BEGIN = 6;
    }

    public static final class ModifierMask {
        private ModifierMask() { }

        public static final int ANY = 1 << 31;
    }

    public static final class MoreEventsMask {
        private MoreEventsMask() { }

        public static final int MORE_EVENTS = 128;
    }

    public static final class ClassesReportedMask {
        private ClassesReportedMask() { }

        public static final int OUT_OF_PROXIMITY = 128;
        public static final int DEVICE_MODE_ABSOLUTE = 64;
        public static final int REPORTING_VALUATORS = 4;
        public static final int REPORTING_BUTTONS = 2;
        public static final int REPORTING_KEYS = 1;
    }

    public static final class ChangeDevice {
        private ChangeDevice() { }

        public static final int NEW_POINTER = 0;
        public static final int NEW_KEYBOARD = 1;
    }

    public static final class DeviceChange {
        private DeviceChange() { }

        public static final int ADDED = 0;
        public static final int REMOVED = 1;
        public static final int ENABLED = 2;
        public static final int DISABLED = 3;
        public static final int UNRECOVERABLE = 4;
        public static final int CONTROL_CHANGED = 5;
    }

    public static final class ChangeReason {
        private ChangeReason() { }

        public static final int SLAVE_SWITCH = 1;
        public static final int DEVICE_CHANGE = 2;
    }

    public static final class KeyEventFlags {
        private KeyEventFlags() { }

        public static final int KEY_REPEAT = 1 << 16;
    }

    public static final class PointerEventFlags {
        private PointerEventFlags() { }

        public static final int POINTER_EMULATED = 1 << 16;
    }

    public static final class NotifyMode {
        private NotifyMode() { }

        public static final int NORMAL = 0;
        public static final int GRAB = 1;
        public static final int UNGRAB = 2;
        public static final int WHILE_GRABBED = 3;
        public static final int PASSIVE_GRAB = 4;
        public static final int PASSIVE_UNGRAB = 5;
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

    public static final class HierarchyMask {
        private HierarchyMask() { }

        public static final int MASTER_ADDED = 1;
        public static final int MASTER_REMOVED = 2;
        public static final int SLAVE_ADDED = 4;
        public static final int SLAVE_REMOVED = 8;
        public static final int SLAVE_ATTACHED = 16;
        public static final int SLAVE_DETACHED = 32;
        public static final int DEVICE_ENABLED = 64;
        public static final int DEVICE_DISABLED = 128;
    }

    public static final class PropertyFlag {
        private PropertyFlag() { }

        public static final int DELETED = 0;
        public static final int CREATED = 1;
        public static final int MODIFIED = 2;
    }

    public static final class TouchEventFlags {
        private TouchEventFlags() { }

        public static final int TOUCH_PENDING_END = 1 << 16;
        public static final int TOUCH_EMULATING_POINTER = 1 << 17;
    }

    public static final class TouchOwnershipFlags {
        private TouchOwnershipFlags() { }

        public static final int NONE = 0;
    }

    public static final class BarrierFlags {
        private BarrierFlags() { }

        public static final int POINTER_RELEASED = 1;
        public static final int DEVICE_IS_GRABBED = 2;
    }

    public static final class GesturePinchEventFlags {
        private GesturePinchEventFlags() { }

        public static final int GESTURE_PINCH_CANCELLED = 1;
    }

    public static final class GestureSwipeEventFlags {
        private GestureSwipeEventFlags() { }

        public static final int GESTURE_SWIPE_CANCELLED = 1;
    }
}
