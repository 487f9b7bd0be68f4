// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;

/** The SYNC extension: opcodes, event and error numbers, event layouts and the request dispatch. */
public final class SyncProtocol {
    private SyncProtocol() { }

    /** The name QueryExtension and ListExtensions use. */
    public static final String NAME = "SYNC";
    /** The version xcb-proto describes. */
    public static final int MAJOR_VERSION = 3, MINOR_VERSION = 1;

    // Minor opcodes.
    public static final int INITIALIZE = 0;
    public static final int LIST_SYSTEM_COUNTERS = 1;
    public static final int CREATE_COUNTER = 2;
    public static final int DESTROY_COUNTER = 6;
    public static final int QUERY_COUNTER = 5;
    public static final int AWAIT = 7;
    public static final int CHANGE_COUNTER = 4;
    public static final int SET_COUNTER = 3;
    public static final int CREATE_ALARM = 8;
    public static final int CHANGE_ALARM = 9;
    public static final int DESTROY_ALARM = 11;
    public static final int QUERY_ALARM = 10;
    public static final int SET_PRIORITY = 12;
    public static final int GET_PRIORITY = 13;
    public static final int CREATE_FENCE = 14;
    public static final int TRIGGER_FENCE = 15;
    public static final int RESET_FENCE = 16;
    public static final int DESTROY_FENCE = 17;
    public static final int QUERY_FENCE = 18;
    public static final int AWAIT_FENCE = 19;

    /** Events numbered from the extension's first event (the registry assigns the base). */
    public static final int EVENT_COUNT = 2;
    /** Errors numbered from the extension's first error. */
    public static final int ERROR_COUNT = 2;

    // Event numbers relative to the first event (XGE events: their event type).
    public static final int EVENT_COUNTER_NOTIFY = 0;
    public static final int EVENT_ALARM_NOTIFY = 1;

    // Error codes relative to the first error.
    public static final int ERROR_COUNTER = 0;
    public static final int ERROR_ALARM = 1;

    /**
     * Width (1, 2 or 4 bytes) of each field of a 32-byte event in wire order, covering all 32 bytes, for
     * byte-swapping events a client sent with SendEvent; null for an unknown number or a layout that depends
     * on the event's contents (unions, such as ClientMessage's data).
     *
     * @param number the event's number relative to the extension's first event
     */
    public static byte[] eventFieldWidths(int number) {
        return switch (number) {
            case 0 -> new byte[] {1, 1, 2, 4, 4, 4, 4, 4, 4, 2, 1, 1};
            case 1 -> new byte[] {1, 1, 2, 4, 4, 4, 4, 4, 4, 1, 1, 1, 1};
            default -> null;
        };
    }

    /**
     * Parses a request of this extension (its length checked) and calls the handler's method for it.
     * An opcode the extension does not define is BadRequest.
     */
    public static <C> void dispatch(SyncHandler<C> h, C client, RequestReader r, int opcode) {
        switch (opcode) {
            case INITIALIZE -> h.initialize(client, Initialize.parse(r));
            case LIST_SYSTEM_COUNTERS -> h.listSystemCounters(client, ListSystemCounters.parse(r));
            case CREATE_COUNTER -> h.createCounter(client, CreateCounter.parse(r));
            case DESTROY_COUNTER -> h.destroyCounter(client, DestroyCounter.parse(r));
            case QUERY_COUNTER -> h.queryCounter(client, QueryCounter.parse(r));
            case AWAIT -> {
                Await q_ = Await.parse(r);
                h.await(client, q_);
                q_.waitList();
            }
            case CHANGE_COUNTER -> h.changeCounter(client, ChangeCounter.parse(r));
            case SET_COUNTER -> h.setCounter(client, SetCounter.parse(r));
            case CREATE_ALARM -> h.createAlarm(client, CreateAlarm.parse(r));
            case CHANGE_ALARM -> h.changeAlarm(client, ChangeAlarm.parse(r));
            case DESTROY_ALARM -> h.destroyAlarm(client, DestroyAlarm.parse(r));
            case QUERY_ALARM -> h.queryAlarm(client, QueryAlarm.parse(r));
            case SET_PRIORITY -> h.setPriority(client, SetPriority.parse(r));
            case GET_PRIORITY -> h.getPriority(client, GetPriority.parse(r));
            case CREATE_FENCE -> h.createFence(client, CreateFence.parse(r));
            case TRIGGER_FENCE -> h.triggerFence(client, TriggerFence.parse(r));
            case RESET_FENCE -> h.resetFence(client, ResetFence.parse(r));
            case DESTROY_FENCE -> h.destroyFence(client, DestroyFence.parse(r));
            case QUERY_FENCE -> h.queryFence(client, QueryFence.parse(r));
            case AWAIT_FENCE -> h.awaitFence(client, AwaitFence.parse(r));
            default -> throw new XError(XError.REQUEST, 0);
        }
    }
}
