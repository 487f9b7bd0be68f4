// Generated from xcb-proto 1.15.2 (screensaver.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.screensaver;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/** The MIT-SCREEN-SAVER extension: opcodes, event and error numbers, event layouts and the request dispatch. */
public final class ScreensaverProtocol {
    private ScreensaverProtocol() { }

    /** The name QueryExtension and ListExtensions use. */
    public static final String NAME = "MIT-SCREEN-SAVER";
    /** The version xcb-proto describes. */
    public static final int MAJOR_VERSION = 1, MINOR_VERSION = 1;

    // Minor opcodes.
    public static final int QUERY_VERSION = 0;
    public static final int QUERY_INFO = 1;
    public static final int SELECT_INPUT = 2;
    public static final int SET_ATTRIBUTES = 3;
    public static final int UNSET_ATTRIBUTES = 4;
    public static final int SUSPEND = 5;

    /** Events numbered from the extension's first event (the registry assigns the base). */
    public static final int EVENT_COUNT = 1;
    /** Errors numbered from the extension's first error. */
    public static final int ERROR_COUNT = 0;

    // Event numbers relative to the first event (XGE events: their event type).
    public static final int EVENT_NOTIFY = 0;

    /**
     * Width (1, 2 or 4 bytes) of each field of a 32-byte event in wire order, covering all 32 bytes, for
     * byte-swapping events a client sent with SendEvent; null for an unknown number or a layout that depends
     * on the event's contents (unions, such as ClientMessage's data).
     *
     * @param number the event's number relative to the extension's first event
     */
    public static byte[] eventFieldWidths(int number) {
        return switch (number) {
            case 0 -> new byte[] {1, 1, 2, 4, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            default -> null;
        };
    }

    /**
     * Parses a request of this extension (its length checked) and calls the handler's method for it.
     * An opcode the extension does not define is BadRequest.
     */
    public static <C> void dispatch(ScreensaverHandler<C> h, C client, RequestReader r, int opcode) {
        switch (opcode) {
            case QUERY_VERSION -> h.queryVersion(client, QueryVersion.parse(r));
            case QUERY_INFO -> h.queryInfo(client, QueryInfo.parse(r));
            case SELECT_INPUT -> h.selectInput(client, SelectInput.parse(r));
            case SET_ATTRIBUTES -> {
                SetAttributes q_ = SetAttributes.parse(r);
                h.setAttributes(client, q_);
                q_.valueList();
            }
            case UNSET_ATTRIBUTES -> h.unsetAttributes(client, UnsetAttributes.parse(r));
            case SUSPEND -> h.suspend(client, Suspend.parse(r));
            default -> throw new XError(XError.REQUEST, 0);
        }
    }
}
