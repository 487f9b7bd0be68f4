package org.sumac.x11.protocol;

/** A generated reply: writes its fields into a reply the server started (header of 8 bytes written). */
public interface Reply {
    /** Writes byte 1 (patched) and everything from byte 8; the sender pads to 32 and sets the length. */
    void write(ReplyWriter o);
}
