// Generated from xcb-proto 1.15.2 (bigreq.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.bigreq;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/** The BIG-REQUESTS extension: opcodes, event and error numbers, event layouts and the request dispatch. */
public final class BigreqProtocol {
    private BigreqProtocol() { }

    /** The name QueryExtension and ListExtensions use. */
    public static final String NAME = "BIG-REQUESTS";
    /** The version xcb-proto describes. */
    public static final int MAJOR_VERSION = 0, MINOR_VERSION = 0;

    // Minor opcodes.
    public static final int ENABLE = 0;

    /** Events numbered from the extension's first event (the registry assigns the base). */
    public static final int EVENT_COUNT = 0;
    /** Errors numbered from the extension's first error. */
    public static final int ERROR_COUNT = 0;

    /**
     * Width (1, 2 or 4 bytes) of each field of a 32-byte event in wire order, covering all 32 bytes, for
     * byte-swapping events a client sent with SendEvent; null for an unknown number or a layout that depends
     * on the event's contents (unions, such as ClientMessage's data).
     *
     * @param number the event's number relative to the extension's first event
     */
    public static byte[] eventFieldWidths(int number) {
        return switch (number) {
            default -> null;
        };
    }

    /**
     * Parses a request of this extension (its length checked) and calls the handler's method for it.
     * An opcode the extension does not define is BadRequest.
     */
    public static <C> void dispatch(BigreqHandler<C> h, C client, RequestReader r, int opcode) {
        switch (opcode) {
            case ENABLE -> h.enable(client, Enable.parse(r));
            default -> throw new XError(XError.REQUEST, 0);
        }
    }
}
