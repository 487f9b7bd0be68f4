// Generated from xcb-proto 1.15.2 (dbe.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.dbe;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/** The DOUBLE-BUFFER extension: opcodes, event and error numbers, event layouts and the request dispatch. */
public final class DbeProtocol {
    private DbeProtocol() { }

    /** The name QueryExtension and ListExtensions use. */
    public static final String NAME = "DOUBLE-BUFFER";
    /** The version xcb-proto describes. */
    public static final int MAJOR_VERSION = 1, MINOR_VERSION = 0;

    // Minor opcodes.
    public static final int QUERY_VERSION = 0;
    public static final int ALLOCATE_BACK_BUFFER = 1;
    public static final int DEALLOCATE_BACK_BUFFER = 2;
    public static final int SWAP_BUFFERS = 3;
    public static final int BEGIN_IDIOM = 4;
    public static final int END_IDIOM = 5;
    public static final int GET_VISUAL_INFO = 6;
    public static final int GET_BACK_BUFFER_ATTRIBUTES = 7;

    /** Events numbered from the extension's first event (the registry assigns the base). */
    public static final int EVENT_COUNT = 0;
    /** Errors numbered from the extension's first error. */
    public static final int ERROR_COUNT = 1;

    // Error codes relative to the first error.
    public static final int ERROR_BAD_BUFFER = 0;

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
    public static <C> void dispatch(DbeHandler<C> h, C client, RequestReader r, int opcode) {
        switch (opcode) {
            case QUERY_VERSION -> h.queryVersion(client, QueryVersion.parse(r));
            case ALLOCATE_BACK_BUFFER -> h.allocateBackBuffer(client, AllocateBackBuffer.parse(r));
            case DEALLOCATE_BACK_BUFFER -> h.deallocateBackBuffer(client, DeallocateBackBuffer.parse(r));
            case SWAP_BUFFERS -> h.swapBuffers(client, SwapBuffers.parse(r));
            case BEGIN_IDIOM -> h.beginIdiom(client, BeginIdiom.parse(r));
            case END_IDIOM -> h.endIdiom(client, EndIdiom.parse(r));
            case GET_VISUAL_INFO -> h.getVisualInfo(client, GetVisualInfo.parse(r));
            case GET_BACK_BUFFER_ATTRIBUTES -> h.getBackBufferAttributes(client, GetBackBufferAttributes.parse(r));
            default -> throw new XError(XError.REQUEST, 0);
        }
    }
}
