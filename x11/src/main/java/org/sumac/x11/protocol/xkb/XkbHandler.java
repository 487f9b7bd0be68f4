// Generated from xcb-proto 1.15.2 (xkb.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.xkb;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * The requests of XKEYBOARD, one method each, called by XkbProtocol.dispatch with the request parsed
 * and its length checked (a value list or a list of 8- or 12-byte items: when the handler takes it, as
 * Xorg counts those after its lookups; see org.sumac.x11.protocol's package-info). Requests the generator
 * cannot describe yet get the RequestReader.
 * Requests not implemented by a handler answer BadImplementation.
 *
 * @param <C> the server's client type
 */
public interface XkbHandler<C> {
    /** UseExtension (0). */
    default void useExtension(C client, UseExtension request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SelectEvents (1). */
    default void selectEvents(C client, SelectEvents request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** Bell (3). */
    default void bell(C client, Bell request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetState (4). */
    default void getState(C client, GetState request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** LatchLockState (5). */
    default void latchLockState(C client, LatchLockState request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetControls (6). */
    default void getControls(C client, GetControls request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetControls (7). */
    default void setControls(C client, SetControls request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetMap (8). */
    default void getMap(C client, GetMap request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetMap (9), not generated (list of union Action): decode it from the reader. */
    default void setMap(C client, RequestReader request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetCompatMap (10). */
    default void getCompatMap(C client, GetCompatMap request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetCompatMap (11). */
    default void setCompatMap(C client, SetCompatMap request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetIndicatorState (12). */
    default void getIndicatorState(C client, GetIndicatorState request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetIndicatorMap (13). */
    default void getIndicatorMap(C client, GetIndicatorMap request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetIndicatorMap (14). */
    default void setIndicatorMap(C client, SetIndicatorMap request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetNamedIndicator (15). */
    default void getNamedIndicator(C client, GetNamedIndicator request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetNamedIndicator (16). */
    default void setNamedIndicator(C client, SetNamedIndicator request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetNames (17). */
    default void getNames(C client, GetNames request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetNames (18), not generated (length of list ktLevelNames): decode it from the reader. */
    default void setNames(C client, RequestReader request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** PerClientFlags (21). */
    default void perClientFlags(C client, PerClientFlags request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ListComponents (22). */
    default void listComponents(C client, ListComponents request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetKbdByName (23). */
    default void getKbdByName(C client, GetKbdByName request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetDeviceInfo (24). */
    default void getDeviceInfo(C client, GetDeviceInfo request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetDeviceInfo (25), not generated (list of union Action): decode it from the reader. */
    default void setDeviceInfo(C client, RequestReader request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetDebuggingFlags (101). */
    default void setDebuggingFlags(C client, SetDebuggingFlags request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }
}
