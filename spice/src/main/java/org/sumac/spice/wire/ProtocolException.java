package org.sumac.spice.wire;

/** A peer broke the SPICE framing or sent a message its type cannot hold; the connection is closed. */
public class ProtocolException extends Exception {
    public ProtocolException(String message) {
        super(message, null, false, false);
    }
}
