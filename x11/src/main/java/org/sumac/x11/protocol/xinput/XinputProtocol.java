// Generated from xcb-proto 1.15.2 (xinput.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xinput;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/** The XInputExtension extension: opcodes, event and error numbers, event layouts and the request dispatch. */
public final class XinputProtocol {
    private XinputProtocol() { }

    /** The name QueryExtension and ListExtensions use. */
    public static final String NAME = "XInputExtension";
    /** The version xcb-proto describes. */
    public static final int MAJOR_VERSION = 2, MINOR_VERSION = 4;

    // Minor opcodes.
    public static final int GET_EXTENSION_VERSION = 1;
    public static final int LIST_INPUT_DEVICES = 2;
    public static final int OPEN_DEVICE = 3;
    public static final int CLOSE_DEVICE = 4;
    public static final int SET_DEVICE_MODE = 5;
    public static final int SELECT_EXTENSION_EVENT = 6;
    public static final int GET_SELECTED_EXTENSION_EVENTS = 7;
    public static final int CHANGE_DEVICE_DONT_PROPAGATE_LIST = 8;
    public static final int GET_DEVICE_DONT_PROPAGATE_LIST = 9;
    public static final int GET_DEVICE_MOTION_EVENTS = 10;
    public static final int CHANGE_KEYBOARD_DEVICE = 11;
    public static final int CHANGE_POINTER_DEVICE = 12;
    public static final int GRAB_DEVICE = 13;
    public static final int UNGRAB_DEVICE = 14;
    public static final int GRAB_DEVICE_KEY = 15;
    public static final int UNGRAB_DEVICE_KEY = 16;
    public static final int GRAB_DEVICE_BUTTON = 17;
    public static final int UNGRAB_DEVICE_BUTTON = 18;
    public static final int ALLOW_DEVICE_EVENTS = 19;
    public static final int GET_DEVICE_FOCUS = 20;
    public static final int SET_DEVICE_FOCUS = 21;
    public static final int GET_FEEDBACK_CONTROL = 22;
    public static final int CHANGE_FEEDBACK_CONTROL = 23;
    public static final int GET_DEVICE_KEY_MAPPING = 24;
    public static final int CHANGE_DEVICE_KEY_MAPPING = 25;
    public static final int GET_DEVICE_MODIFIER_MAPPING = 26;
    public static final int SET_DEVICE_MODIFIER_MAPPING = 27;
    public static final int GET_DEVICE_BUTTON_MAPPING = 28;
    public static final int SET_DEVICE_BUTTON_MAPPING = 29;
    public static final int QUERY_DEVICE_STATE = 30;
    public static final int DEVICE_BELL = 32;
    public static final int SET_DEVICE_VALUATORS = 33;
    public static final int GET_DEVICE_CONTROL = 34;
    public static final int CHANGE_DEVICE_CONTROL = 35;
    public static final int LIST_DEVICE_PROPERTIES = 36;
    public static final int CHANGE_DEVICE_PROPERTY = 37;
    public static final int DELETE_DEVICE_PROPERTY = 38;
    public static final int GET_DEVICE_PROPERTY = 39;
    public static final int XI_QUERY_POINTER = 40;
    public static final int XI_WARP_POINTER = 41;
    public static final int XI_CHANGE_CURSOR = 42;
    public static final int XI_CHANGE_HIERARCHY = 43;
    public static final int XI_SET_CLIENT_POINTER = 44;
    public static final int XI_GET_CLIENT_POINTER = 45;
    public static final int XI_SELECT_EVENTS = 46;
    public static final int XI_QUERY_VERSION = 47;
    public static final int XI_QUERY_DEVICE = 48;
    public static final int XI_SET_FOCUS = 49;
    public static final int XI_GET_FOCUS = 50;
    public static final int XI_GRAB_DEVICE = 51;
    public static final int XI_UNGRAB_DEVICE = 52;
    public static final int XI_ALLOW_EVENTS = 53;
    public static final int XI_PASSIVE_GRAB_DEVICE = 54;
    public static final int XI_PASSIVE_UNGRAB_DEVICE = 55;
    public static final int XI_LIST_PROPERTIES = 56;
    public static final int XI_CHANGE_PROPERTY = 57;
    public static final int XI_DELETE_PROPERTY = 58;
    public static final int XI_GET_PROPERTY = 59;
    public static final int XI_GET_SELECTED_EVENTS = 60;
    public static final int XI_BARRIER_RELEASE_POINTER = 61;
    public static final int SEND_EXTENSION_EVENT = 31;

    /** Events numbered from the extension's first event (the registry assigns the base). */
    public static final int EVENT_COUNT = 17;
    /** Errors numbered from the extension's first error. */
    public static final int ERROR_COUNT = 5;

    // Event numbers relative to the first event (XGE events: their event type).
    public static final int EVENT_DEVICE_VALUATOR = 0;
    public static final int EVENT_DEVICE_KEY_PRESS = 1;
    public static final int EVENT_DEVICE_KEY_RELEASE = 2;
    public static final int EVENT_DEVICE_BUTTON_PRESS = 3;
    public static final int EVENT_DEVICE_BUTTON_RELEASE = 4;
    public static final int EVENT_DEVICE_MOTION_NOTIFY = 5;
    public static final int EVENT_DEVICE_FOCUS_IN = 6;
    public static final int EVENT_DEVICE_FOCUS_OUT = 7;
    public static final int EVENT_PROXIMITY_IN = 8;
    public static final int EVENT_PROXIMITY_OUT = 9;
    public static final int EVENT_DEVICE_STATE_NOTIFY = 10;
    public static final int EVENT_DEVICE_MAPPING_NOTIFY = 11;
    public static final int EVENT_CHANGE_DEVICE_NOTIFY = 12;
    public static final int EVENT_DEVICE_KEY_STATE_NOTIFY = 13;
    public static final int EVENT_DEVICE_BUTTON_STATE_NOTIFY = 14;
    public static final int EVENT_DEVICE_PRESENCE_NOTIFY = 15;
    public static final int EVENT_DEVICE_PROPERTY_NOTIFY = 16;
    public static final int EVENT_DEVICE_CHANGED = 1;
    public static final int EVENT_KEY_PRESS = 2;
    public static final int EVENT_KEY_RELEASE = 3;
    public static final int EVENT_BUTTON_PRESS = 4;
    public static final int EVENT_BUTTON_RELEASE = 5;
    public static final int EVENT_MOTION = 6;
    public static final int EVENT_ENTER = 7;
    public static final int EVENT_LEAVE = 8;
    public static final int EVENT_FOCUS_IN = 9;
    public static final int EVENT_FOCUS_OUT = 10;
    public static final int EVENT_HIERARCHY = 11;
    public static final int EVENT_PROPERTY = 12;
    public static final int EVENT_RAW_KEY_PRESS = 13;
    public static final int EVENT_RAW_KEY_RELEASE = 14;
    public static final int EVENT_RAW_BUTTON_PRESS = 15;
    public static final int EVENT_RAW_BUTTON_RELEASE = 16;
    public static final int EVENT_RAW_MOTION = 17;
    public static final int EVENT_TOUCH_BEGIN = 18;
    public static final int EVENT_TOUCH_UPDATE = 19;
    public static final int EVENT_TOUCH_END = 20;
    public static final int EVENT_TOUCH_OWNERSHIP = 21;
    public static final int EVENT_RAW_TOUCH_BEGIN = 22;
    public static final int EVENT_RAW_TOUCH_UPDATE = 23;
    public static final int EVENT_RAW_TOUCH_END = 24;
    public static final int EVENT_BARRIER_HIT = 25;
    public static final int EVENT_BARRIER_LEAVE = 26;
    public static final int EVENT_GESTURE_PINCH_BEGIN = 27;
    public static final int EVENT_GESTURE_PINCH_UPDATE = 28;
    public static final int EVENT_GESTURE_PINCH_END = 29;
    public static final int EVENT_GESTURE_SWIPE_BEGIN = 30;
    public static final int EVENT_GESTURE_SWIPE_UPDATE = 31;
    public static final int EVENT_GESTURE_SWIPE_END = 32;

    // Error codes relative to the first error.
    public static final int ERROR_DEVICE = 0;
    public static final int ERROR_EVENT = 1;
    public static final int ERROR_MODE = 2;
    public static final int ERROR_DEVICE_BUSY = 3;
    public static final int ERROR_CLASS = 4;

    /**
     * Width (1, 2 or 4 bytes) of each field of a 32-byte event in wire order, covering all 32 bytes, for
     * byte-swapping events a client sent with SendEvent; null for an unknown number or a layout that depends
     * on the event's contents (unions, such as ClientMessage's data).
     *
     * @param number the event's number relative to the extension's first event
     */
    public static byte[] eventFieldWidths(int number) {
        return switch (number) {
            case 0 -> new byte[] {1, 1, 2, 2, 1, 1, 4, 4, 4, 4, 4, 4};
            case 1, 2, 3, 4, 5, 8, 9 -> new byte[] {1, 1, 2, 4, 4, 4, 4, 2, 2, 2, 2, 2, 1, 1};
            case 6, 7, 16 -> new byte[] {1, 1, 2, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            case 10 -> new byte[] {1, 1, 2, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 4, 4};
            case 11 -> new byte[] {1, 1, 2, 1, 1, 1, 1, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            case 12 -> new byte[] {1, 1, 2, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            case 13, 14 -> new byte[] {1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            case 15 -> new byte[] {1, 1, 2, 4, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            default -> null;
        };
    }

    /**
     * Parses a request of this extension (its length checked) and calls the handler's method for it.
     * An opcode the extension does not define is BadRequest.
     */
    public static <C> void dispatch(XinputHandler<C> h, C client, RequestReader r, int opcode) {
        switch (opcode) {
            case GET_EXTENSION_VERSION -> h.getExtensionVersion(client, GetExtensionVersion.parse(r));
            case LIST_INPUT_DEVICES -> h.listInputDevices(client, ListInputDevices.parse(r));
            case OPEN_DEVICE -> h.openDevice(client, OpenDevice.parse(r));
            case CLOSE_DEVICE -> h.closeDevice(client, CloseDevice.parse(r));
            case SET_DEVICE_MODE -> h.setDeviceMode(client, SetDeviceMode.parse(r));
            case SELECT_EXTENSION_EVENT -> h.selectExtensionEvent(client, SelectExtensionEvent.parse(r));
            case GET_SELECTED_EXTENSION_EVENTS -> h.getSelectedExtensionEvents(client, GetSelectedExtensionEvents.parse(r));
            case CHANGE_DEVICE_DONT_PROPAGATE_LIST -> h.changeDeviceDontPropagateList(client, ChangeDeviceDontPropagateList.parse(r));
            case GET_DEVICE_DONT_PROPAGATE_LIST -> h.getDeviceDontPropagateList(client, GetDeviceDontPropagateList.parse(r));
            case GET_DEVICE_MOTION_EVENTS -> h.getDeviceMotionEvents(client, GetDeviceMotionEvents.parse(r));
            case CHANGE_KEYBOARD_DEVICE -> h.changeKeyboardDevice(client, ChangeKeyboardDevice.parse(r));
            case CHANGE_POINTER_DEVICE -> h.changePointerDevice(client, ChangePointerDevice.parse(r));
            case GRAB_DEVICE -> h.grabDevice(client, GrabDevice.parse(r));
            case UNGRAB_DEVICE -> h.ungrabDevice(client, UngrabDevice.parse(r));
            case GRAB_DEVICE_KEY -> h.grabDeviceKey(client, GrabDeviceKey.parse(r));
            case UNGRAB_DEVICE_KEY -> h.ungrabDeviceKey(client, UngrabDeviceKey.parse(r));
            case GRAB_DEVICE_BUTTON -> h.grabDeviceButton(client, GrabDeviceButton.parse(r));
            case UNGRAB_DEVICE_BUTTON -> h.ungrabDeviceButton(client, UngrabDeviceButton.parse(r));
            case ALLOW_DEVICE_EVENTS -> h.allowDeviceEvents(client, AllowDeviceEvents.parse(r));
            case GET_DEVICE_FOCUS -> h.getDeviceFocus(client, GetDeviceFocus.parse(r));
            case SET_DEVICE_FOCUS -> h.setDeviceFocus(client, SetDeviceFocus.parse(r));
            case GET_FEEDBACK_CONTROL -> h.getFeedbackControl(client, GetFeedbackControl.parse(r));
            case CHANGE_FEEDBACK_CONTROL -> h.changeFeedbackControl(client, r);
            case GET_DEVICE_KEY_MAPPING -> h.getDeviceKeyMapping(client, GetDeviceKeyMapping.parse(r));
            case CHANGE_DEVICE_KEY_MAPPING -> h.changeDeviceKeyMapping(client, ChangeDeviceKeyMapping.parse(r));
            case GET_DEVICE_MODIFIER_MAPPING -> h.getDeviceModifierMapping(client, GetDeviceModifierMapping.parse(r));
            case SET_DEVICE_MODIFIER_MAPPING -> h.setDeviceModifierMapping(client, SetDeviceModifierMapping.parse(r));
            case GET_DEVICE_BUTTON_MAPPING -> h.getDeviceButtonMapping(client, GetDeviceButtonMapping.parse(r));
            case SET_DEVICE_BUTTON_MAPPING -> h.setDeviceButtonMapping(client, SetDeviceButtonMapping.parse(r));
            case QUERY_DEVICE_STATE -> h.queryDeviceState(client, QueryDeviceState.parse(r));
            case DEVICE_BELL -> h.deviceBell(client, DeviceBell.parse(r));
            case SET_DEVICE_VALUATORS -> h.setDeviceValuators(client, SetDeviceValuators.parse(r));
            case GET_DEVICE_CONTROL -> h.getDeviceControl(client, GetDeviceControl.parse(r));
            case CHANGE_DEVICE_CONTROL -> h.changeDeviceControl(client, r);
            case LIST_DEVICE_PROPERTIES -> h.listDeviceProperties(client, ListDeviceProperties.parse(r));
            case CHANGE_DEVICE_PROPERTY -> h.changeDeviceProperty(client, r);
            case DELETE_DEVICE_PROPERTY -> h.deleteDeviceProperty(client, DeleteDeviceProperty.parse(r));
            case GET_DEVICE_PROPERTY -> h.getDeviceProperty(client, GetDeviceProperty.parse(r));
            case XI_QUERY_POINTER -> h.xIQueryPointer(client, XIQueryPointer.parse(r));
            case XI_WARP_POINTER -> h.xIWarpPointer(client, XIWarpPointer.parse(r));
            case XI_CHANGE_CURSOR -> h.xIChangeCursor(client, XIChangeCursor.parse(r));
            case XI_CHANGE_HIERARCHY -> h.xIChangeHierarchy(client, r);
            case XI_SET_CLIENT_POINTER -> h.xISetClientPointer(client, XISetClientPointer.parse(r));
            case XI_GET_CLIENT_POINTER -> h.xIGetClientPointer(client, XIGetClientPointer.parse(r));
            case XI_SELECT_EVENTS -> h.xISelectEvents(client, XISelectEvents.parse(r));
            case XI_QUERY_VERSION -> h.xIQueryVersion(client, XIQueryVersion.parse(r));
            case XI_QUERY_DEVICE -> h.xIQueryDevice(client, XIQueryDevice.parse(r));
            case XI_SET_FOCUS -> h.xISetFocus(client, XISetFocus.parse(r));
            case XI_GET_FOCUS -> h.xIGetFocus(client, XIGetFocus.parse(r));
            case XI_GRAB_DEVICE -> h.xIGrabDevice(client, XIGrabDevice.parse(r));
            case XI_UNGRAB_DEVICE -> h.xIUngrabDevice(client, XIUngrabDevice.parse(r));
            case XI_ALLOW_EVENTS -> h.xIAllowEvents(client, XIAllowEvents.parse(r));
            case XI_PASSIVE_GRAB_DEVICE -> h.xIPassiveGrabDevice(client, XIPassiveGrabDevice.parse(r));
            case XI_PASSIVE_UNGRAB_DEVICE -> h.xIPassiveUngrabDevice(client, XIPassiveUngrabDevice.parse(r));
            case XI_LIST_PROPERTIES -> h.xIListProperties(client, XIListProperties.parse(r));
            case XI_CHANGE_PROPERTY -> h.xIChangeProperty(client, r);
            case XI_DELETE_PROPERTY -> h.xIDeleteProperty(client, XIDeleteProperty.parse(r));
            case XI_GET_PROPERTY -> h.xIGetProperty(client, XIGetProperty.parse(r));
            case XI_GET_SELECTED_EVENTS -> h.xIGetSelectedEvents(client, XIGetSelectedEvents.parse(r));
            case XI_BARRIER_RELEASE_POINTER -> h.xIBarrierReleasePointer(client, XIBarrierReleasePointer.parse(r));
            case SEND_EXTENSION_EVENT -> h.sendExtensionEvent(client, r);
            default -> throw new XError(XError.REQUEST, 0);
        }
    }
}
