// Generated from xcb-proto 1.15.2 (randr.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.randr;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * SetProviderOutputSource request (minor opcode 35).
 *
 * @param provider PROVIDER
 * @param sourceProvider PROVIDER
 * @param configTimestamp TIMESTAMP
 */
public record SetProviderOutputSource(int provider, int sourceProvider, int configTimestamp) {
    /**
     * Reads the request and checks its length: exactly its fixed size (BadLength otherwise).
     */
    public static SetProviderOutputSource parse(RequestReader in_) {
        if (in_.length() != 16) throw XError.length();
        int provider = in_.int32At(4);
        int sourceProvider = in_.int32At(8);
        int configTimestamp = in_.int32At(12);
        return new SetProviderOutputSource(provider, sourceProvider, configTimestamp);
    }
}
