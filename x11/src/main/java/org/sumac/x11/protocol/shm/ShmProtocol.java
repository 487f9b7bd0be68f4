// Generated from xcb-proto 1.15.2 (shm.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.shm;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/** The MIT-SHM extension: opcodes, event and error numbers, event layouts and the request dispatch. */
public final class ShmProtocol {
    private ShmProtocol() { }

    /** The name QueryExtension and ListExtensions use. */
    public static final String NAME = "MIT-SHM";
    /** The version xcb-proto describes. */
    public static final int MAJOR_VERSION = 1, MINOR_VERSION = 2;

    // Minor opcodes.
    public static final int QUERY_VERSION = 0;
    public static final int ATTACH = 1;
    public static final int DETACH = 2;
    public static final int PUT_IMAGE = 3;
    public static final int GET_IMAGE = 4;
    public static final int CREATE_PIXMAP = 5;
    public static final int ATTACH_FD = 6;
    public static final int CREATE_SEGMENT = 7;

    /** Events numbered from the extension's first event (the registry assigns the base). */
    public static final int EVENT_COUNT = 1;
    /** Errors numbered from the extension's first error. */
    public static final int ERROR_COUNT = 1;

    // Event numbers relative to the first event (XGE events: their event type).
    public static final int EVENT_COMPLETION = 0;

    // Error codes relative to the first error.
    public static final int ERROR_BAD_SEG = 0;

    /**
     * Width (1, 2 or 4 bytes) of each field of a 32-byte event in wire order, covering all 32 bytes, for
     * byte-swapping events a client sent with SendEvent; null for an unknown number or a layout that depends
     * on the event's contents (unions, such as ClientMessage's data).
     *
     * @param number the event's number relative to the extension's first event
     */
    public static byte[] eventFieldWidths(int number) {
        return switch (number) {
            case 0 -> new byte[] {1, 1, 2, 4, 2, 1, 1, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            default -> null;
        };
    }

    /**
     * Parses a request of this extension (its length checked) and calls the handler's method for it.
     * An opcode the extension does not define is BadRequest.
     */
    public static <C> void dispatch(ShmHandler<C> h, C client, RequestReader r, int opcode) {
        switch (opcode) {
            case QUERY_VERSION -> h.queryVersion(client, QueryVersion.parse(r));
            case ATTACH -> h.attach(client, Attach.parse(r));
            case DETACH -> h.detach(client, Detach.parse(r));
            case PUT_IMAGE -> h.putImage(client, PutImage.parse(r));
            case GET_IMAGE -> h.getImage(client, GetImage.parse(r));
            case CREATE_PIXMAP -> h.createPixmap(client, CreatePixmap.parse(r));
            case ATTACH_FD -> h.attachFd(client, r);
            case CREATE_SEGMENT -> h.createSegment(client, CreateSegment.parse(r));
            default -> throw new XError(XError.REQUEST, 0);
        }
    }
}
