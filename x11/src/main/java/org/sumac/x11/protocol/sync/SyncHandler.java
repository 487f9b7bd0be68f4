// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/**
 * The requests of SYNC, one method each, called by SyncProtocol.dispatch with the request parsed
 * and its length checked (a value list or a list of 8- or 12-byte items: when the handler takes it, as
 * Xorg counts those after its lookups; see org.sumac.x11.protocol's package-info). Requests the generator
 * cannot describe yet get the RequestReader.
 * Requests not implemented by a handler answer BadImplementation.
 *
 * @param <C> the server's client type
 */
public interface SyncHandler<C> {
    /** Initialize (0). */
    default void initialize(C client, Initialize request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ListSystemCounters (1). */
    default void listSystemCounters(C client, ListSystemCounters request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreateCounter (2). */
    default void createCounter(C client, CreateCounter request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** DestroyCounter (6). */
    default void destroyCounter(C client, DestroyCounter request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** QueryCounter (5). */
    default void queryCounter(C client, QueryCounter request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** Await (7). */
    default void await(C client, Await request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ChangeCounter (4). */
    default void changeCounter(C client, ChangeCounter request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetCounter (3). */
    default void setCounter(C client, SetCounter request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreateAlarm (8). */
    default void createAlarm(C client, CreateAlarm request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ChangeAlarm (9). */
    default void changeAlarm(C client, ChangeAlarm request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** DestroyAlarm (11). */
    default void destroyAlarm(C client, DestroyAlarm request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** QueryAlarm (10). */
    default void queryAlarm(C client, QueryAlarm request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** SetPriority (12). */
    default void setPriority(C client, SetPriority request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** GetPriority (13). */
    default void getPriority(C client, GetPriority request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** CreateFence (14). */
    default void createFence(C client, CreateFence request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** TriggerFence (15). */
    default void triggerFence(C client, TriggerFence request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** ResetFence (16). */
    default void resetFence(C client, ResetFence request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** DestroyFence (17). */
    default void destroyFence(C client, DestroyFence request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** QueryFence (18). */
    default void queryFence(C client, QueryFence request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }

    /** AwaitFence (19). */
    default void awaitFence(C client, AwaitFence request) {
        throw new XError(XError.IMPLEMENTATION, 0);
    }
}
