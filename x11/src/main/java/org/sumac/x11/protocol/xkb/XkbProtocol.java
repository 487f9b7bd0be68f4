// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/** The XKEYBOARD extension: opcodes, event and error numbers, event layouts and the request dispatch. */
public final class XkbProtocol {
    private XkbProtocol() { }

    /** The name QueryExtension and ListExtensions use. */
    public static final String NAME = "XKEYBOARD";
    /** The version xcb-proto describes. */
    public static final int MAJOR_VERSION = 1, MINOR_VERSION = 0;

    // Minor opcodes.
    public static final int USE_EXTENSION = 0;
    public static final int SELECT_EVENTS = 1;
    public static final int BELL = 3;
    public static final int GET_STATE = 4;
    public static final int LATCH_LOCK_STATE = 5;
    public static final int GET_CONTROLS = 6;
    public static final int SET_CONTROLS = 7;
    public static final int GET_MAP = 8;
    public static final int SET_MAP = 9;
    public static final int GET_COMPAT_MAP = 10;
    public static final int SET_COMPAT_MAP = 11;
    public static final int GET_INDICATOR_STATE = 12;
    public static final int GET_INDICATOR_MAP = 13;
    public static final int SET_INDICATOR_MAP = 14;
    public static final int GET_NAMED_INDICATOR = 15;
    public static final int SET_NAMED_INDICATOR = 16;
    public static final int GET_NAMES = 17;
    public static final int SET_NAMES = 18;
    public static final int PER_CLIENT_FLAGS = 21;
    public static final int LIST_COMPONENTS = 22;
    public static final int GET_KBD_BY_NAME = 23;
    public static final int GET_DEVICE_INFO = 24;
    public static final int SET_DEVICE_INFO = 25;
    public static final int SET_DEBUGGING_FLAGS = 101;

    /** Events numbered from the extension's first event (the registry assigns the base). */
    public static final int EVENT_COUNT = 1;
    /** Errors numbered from the extension's first error. */
    public static final int ERROR_COUNT = 1;

    // Event numbers (XKB: the xkbType in byte 1; all use the first event's code).
    public static final int EVENT_NEW_KEYBOARD_NOTIFY = 0;
    public static final int EVENT_MAP_NOTIFY = 1;
    public static final int EVENT_STATE_NOTIFY = 2;
    public static final int EVENT_CONTROLS_NOTIFY = 3;
    public static final int EVENT_INDICATOR_STATE_NOTIFY = 4;
    public static final int EVENT_INDICATOR_MAP_NOTIFY = 5;
    public static final int EVENT_NAMES_NOTIFY = 6;
    public static final int EVENT_COMPAT_MAP_NOTIFY = 7;
    public static final int EVENT_BELL_NOTIFY = 8;
    public static final int EVENT_ACTION_MESSAGE = 9;
    public static final int EVENT_ACCESS_X_NOTIFY = 10;
    public static final int EVENT_EXTENSION_DEVICE_NOTIFY = 11;

    // Error codes relative to the first error.
    public static final int ERROR_KEYBOARD = 0;

    /**
     * Width (1, 2 or 4 bytes) of each field of a 32-byte event in wire order, covering all 32 bytes, for
     * byte-swapping events a client sent with SendEvent; null for an unknown number or a layout that depends
     * on the event's contents (unions, such as ClientMessage's data).
     *
     * @param number the event's number relative to the extension's first event
     */
    public static byte[] eventFieldWidths(int number) {
        return null; // one event code for all: see eventFieldWidthsOfXkbType
    }

    /** Like eventFieldWidths, for the XKB event whose byte 1 (xkbType) is {@code number}. */
    public static byte[] eventFieldWidthsOfXkbType(int number) {
        return switch (number) {
            case 0 -> new byte[] {1, 1, 2, 4, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            case 1 -> new byte[] {1, 1, 2, 4, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1};
            case 2 -> new byte[] {1, 1, 2, 4, 1, 1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 1};
            case 3 -> new byte[] {1, 1, 2, 4, 1, 1, 1, 1, 4, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1};
            case 4, 5 -> new byte[] {1, 1, 2, 4, 1, 1, 1, 1, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            case 6 -> new byte[] {1, 1, 2, 4, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 4, 1, 1, 1, 1};
            case 7, 10 -> new byte[] {1, 1, 2, 4, 1, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            case 8 -> new byte[] {1, 1, 2, 4, 1, 1, 1, 1, 2, 2, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1};
            case 9 -> new byte[] {1, 1, 2, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            case 11 -> new byte[] {1, 1, 2, 4, 1, 1, 2, 2, 2, 4, 4, 1, 1, 2, 2, 1, 1};
            default -> null;
        };
    }

    /**
     * Parses a request of this extension (its length checked) and calls the handler's method for it.
     * An opcode the extension does not define is BadRequest.
     */
    public static <C> void dispatch(XkbHandler<C> h, C client, RequestReader r, int opcode) {
        switch (opcode) {
            case USE_EXTENSION -> h.useExtension(client, UseExtension.parse(r));
            case SELECT_EVENTS -> h.selectEvents(client, SelectEvents.parse(r));
            case BELL -> h.bell(client, Bell.parse(r));
            case GET_STATE -> h.getState(client, GetState.parse(r));
            case LATCH_LOCK_STATE -> h.latchLockState(client, LatchLockState.parse(r));
            case GET_CONTROLS -> h.getControls(client, GetControls.parse(r));
            case SET_CONTROLS -> h.setControls(client, SetControls.parse(r));
            case GET_MAP -> h.getMap(client, GetMap.parse(r));
            case SET_MAP -> h.setMap(client, r);
            case GET_COMPAT_MAP -> h.getCompatMap(client, GetCompatMap.parse(r));
            case SET_COMPAT_MAP -> h.setCompatMap(client, SetCompatMap.parse(r));
            case GET_INDICATOR_STATE -> h.getIndicatorState(client, GetIndicatorState.parse(r));
            case GET_INDICATOR_MAP -> h.getIndicatorMap(client, GetIndicatorMap.parse(r));
            case SET_INDICATOR_MAP -> h.setIndicatorMap(client, SetIndicatorMap.parse(r));
            case GET_NAMED_INDICATOR -> h.getNamedIndicator(client, GetNamedIndicator.parse(r));
            case SET_NAMED_INDICATOR -> h.setNamedIndicator(client, SetNamedIndicator.parse(r));
            case GET_NAMES -> h.getNames(client, GetNames.parse(r));
            case SET_NAMES -> h.setNames(client, r);
            case PER_CLIENT_FLAGS -> h.perClientFlags(client, PerClientFlags.parse(r));
            case LIST_COMPONENTS -> h.listComponents(client, ListComponents.parse(r));
            case GET_KBD_BY_NAME -> h.getKbdByName(client, GetKbdByName.parse(r));
            case GET_DEVICE_INFO -> h.getDeviceInfo(client, GetDeviceInfo.parse(r));
            case SET_DEVICE_INFO -> h.setDeviceInfo(client, r);
            case SET_DEBUGGING_FLAGS -> h.setDebuggingFlags(client, SetDebuggingFlags.parse(r));
            default -> throw new XError(XError.REQUEST, 0);
        }
    }
}
