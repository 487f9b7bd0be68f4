package org.sumac.x11.protocol;

/**
 * An X protocol error raised by a request handler; the dispatcher turns it into the 32-byte
 * error packet with the request's sequence number and opcodes.
 */
public final class XError extends RuntimeException {
    public static final int REQUEST = 1, VALUE = 2, WINDOW = 3, PIXMAP = 4, ATOM = 5, CURSOR = 6, FONT = 7,
        MATCH = 8, DRAWABLE = 9, ACCESS = 10, ALLOC = 11, COLORMAP = 12, GCONTEXT = 13, IDCHOICE = 14,
        NAME = 15, LENGTH = 16, IMPLEMENTATION = 17;

    public final int code;
    public final int badValue;

    public XError(int code, int badValue) {
        super(null, null, false, false);
        this.code = code;
        this.badValue = badValue;
    }

    public static XError value(int v) { return new XError(VALUE, v); }
    public static XError match() { return new XError(MATCH, 0); }
    public static XError length() { return new XError(LENGTH, 0); }
    public static XError alloc() { return new XError(ALLOC, 0); }
    public static XError access() { return new XError(ACCESS, 0); }

    @Override public String getMessage() { return "X error " + code + " value " + Integer.toHexString(badValue); }
}
