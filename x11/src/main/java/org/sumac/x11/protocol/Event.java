package org.sumac.x11.protocol;

/** A generated 32-byte event: its byte 1 and its body from byte 4 (code and sequence come from the sender). */
public interface Event {
    /** The value of byte 1 (the event's first field, 0 when it is padding). */
    int detail();

    /** Writes bytes 4..31 of the event (the sender pads what is left). */
    void write(ReplyWriter w);
}
