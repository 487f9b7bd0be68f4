package org.sumac.x11.ext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import org.sumac.x11.protocol.RequestReader;
import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.sync.AlarmNotifyEvent;
import org.sumac.x11.protocol.sync.Await;
import org.sumac.x11.protocol.sync.AwaitFence;
import org.sumac.x11.protocol.sync.ChangeCounter;
import org.sumac.x11.protocol.sync.CounterNotifyEvent;
import org.sumac.x11.protocol.sync.CreateCounter;
import org.sumac.x11.protocol.sync.CreateFence;
import org.sumac.x11.protocol.sync.DestroyAlarm;
import org.sumac.x11.protocol.sync.DestroyCounter;
import org.sumac.x11.protocol.sync.DestroyFence;
import org.sumac.x11.protocol.sync.GetPriority;
import org.sumac.x11.protocol.sync.Initialize;
import org.sumac.x11.protocol.sync.Int64;
import org.sumac.x11.protocol.sync.ListSystemCounters;
import org.sumac.x11.protocol.sync.QueryAlarm;
import org.sumac.x11.protocol.sync.QueryCounter;
import org.sumac.x11.protocol.sync.QueryFence;
import org.sumac.x11.protocol.sync.ResetFence;
import org.sumac.x11.protocol.sync.SetCounter;
import org.sumac.x11.protocol.sync.SetPriority;
import org.sumac.x11.protocol.sync.SyncEnums.Alarmstate;
import org.sumac.x11.protocol.sync.SyncEnums.Testtype;
import org.sumac.x11.protocol.sync.SyncEnums.Valuetype;
import org.sumac.x11.protocol.sync.SyncHandler;
import org.sumac.x11.protocol.sync.SyncProtocol;
import org.sumac.x11.protocol.sync.Systemcounter;
import org.sumac.x11.protocol.sync.Trigger;
import org.sumac.x11.protocol.sync.TriggerFence;
import org.sumac.x11.protocol.sync.WaitconditionList;
import org.sumac.x11.server.Client;
import org.sumac.x11.server.Extensions;
import org.sumac.x11.server.MemoryBudget;
import org.sumac.x11.server.Resource;
import org.sumac.x11.server.XServer;

/**
 * SYNC 3.1: counters (the clients' own and the system's SERVERTIME and IDLETIME), alarms, Await and fences, with
 * Xorg's rules (dix/sync.c) for triggers, alarm updates, events and errors. xfwm4 and GTK use a counter per window
 * for _NET_WM_SYNC_REQUEST; screen savers and power managers put alarms on IDLETIME.
 *
 * <p>Await and AwaitFence block the client as Xorg's IgnoreClient does: the client's request thread waits on a
 * condition of the display lock, which releases the lock, so every other client runs on; the trigger that
 * satisfies the wait (another client's SetCounter, TriggerFence, a timer for the time counters) wakes it.
 */
final class Sync implements Extensions.Handler, SyncHandler<Client> {
    /** Xvfb's ids for the system counters (its server-side resources; no client id range contains them). */
    static final int SERVERTIME_ID = 0x3d, IDLETIME_ID = 0x3e;
    /** Both system counters count milliseconds; Xorg announces a resolution of 4 for them. */
    private static final long RESOLUTION = 4;
    /** Heap bytes one condition of an Await holds (its trigger and its place in a counter's list). */
    private static final long CONDITION_COST = 96;
    private static final int CA_COUNTER = 1, CA_VALUE_TYPE = 2, CA_VALUE = 4, CA_TEST_TYPE = 8, CA_DELTA = 16,
        CA_EVENTS = 32, CA_ALL_TRIGGER = CA_COUNTER | CA_VALUE_TYPE | CA_VALUE | CA_TEST_TYPE;

    private final XServer server;
    private final int eventBase, badCounter, badAlarm, badFence;
    /** Wakes the clients blocked in Await and AwaitFence; each checks whether its own wait is over. */
    private final Condition awaitOver;
    private final SystemCounter serverTime, idleTime;
    /** Alarms alive, for the event selections of closing clients. */
    private final Set<Alarm> alarms = new LinkedHashSet<>();
    /** Waits in progress, for clients that close while blocked. */
    private final Set<AwaitGroup> waits = new LinkedHashSet<>();
    /** SetPriority's values (Sumac schedules clients in arrival order; the value is kept for GetPriority). */
    private final Map<Client, Integer> priorities = new HashMap<>();
    private boolean listening;

    Sync(XServer server, Extensions.Bases bases) {
        this.server = server;
        this.eventBase = bases.firstEvent();
        this.badCounter = bases.firstError() + SyncProtocol.ERROR_COUNTER;
        this.badAlarm = bases.firstError() + SyncProtocol.ERROR_ALARM;
        this.badFence = bases.firstError() + 2; // SYNC 3.1's BadFence (xcb-proto does not declare it)
        this.awaitOver = server.lock.newCondition();
        this.serverTime = new SystemCounter(SERVERTIME_ID, "SERVERTIME") {
            @Override long live() { return server.timeMillis(); }
        };
        this.idleTime = new SystemCounter(IDLETIME_ID, "IDLETIME") {
            @Override long live() { return (System.nanoTime() - server.dispatcher.input.lastInputNanos()) / 1_000_000L; }
        };
    }

    /** Hears device input from the first trigger on IDLETIME on (the input is not built yet when this is). */
    private void listenToInput() {
        if (listening) return;
        listening = true;
        server.dispatcher.input.addInputListener(() -> refresh(idleTime));
    }

    @Override public byte[] eventFieldWidths(int event) { return SyncProtocol.eventFieldWidths(event); }

    // ---- objects ------------------------------------------------------------------------------------

    /** What a trigger waits on: a counter or a fence. */
    private abstract static sealed class SyncObject implements Resource permits Counter, Fence {
        final int id;
        /** Triggers waiting on it, newest first (Xorg's order of evaluation and so of events). */
        final List<SyncTrigger> triggers = new ArrayList<>();
        boolean beingDestroyed;

        SyncObject(int id) { this.id = id; }

        @Override public int id() { return id; }

        @Override public long memoryCost() { return 128; }
    }

    private static sealed class Counter extends SyncObject permits SystemCounter {
        long value;

        Counter(int id, long value) {
            super(id);
            this.value = value;
        }
    }

    /** A counter whose value is the time: read when asked, and evaluated when it reaches a trigger's value. */
    private abstract static non-sealed class SystemCounter extends Counter {
        final String name;
        /** The timer that evaluates the triggers when the value reaches the nearest one above it. */
        ScheduledFuture<?> wakeUp;

        SystemCounter(int id, String name) {
            super(id, 0);
            this.name = name;
        }

        abstract long live();
    }

    private static final class Fence extends SyncObject {
        boolean triggered;

        Fence(int id, boolean triggered) {
            super(id);
            this.triggered = triggered;
        }
    }

    /** A condition on a counter or fence (Xorg's SyncTrigger): an alarm's, or one of an Await's. */
    private abstract static class SyncTrigger {
        SyncObject sync;
        int valueType = Valuetype.ABSOLUTE, testType = Testtype.POSITIVE_COMPARISON;
        /**
         * The test {@link #check} makes: as Xorg's CheckTrigger function, it changes only when a valid test type is
         * set, while {@link #testType} keeps (and QueryAlarm reports) even an invalid one a failed request gave.
         */
        int checkType = Testtype.POSITIVE_COMPARISON;
        long waitValue, testValue;

        /** Whether the condition holds, the counter having gone from {@code old} to its value. */
        boolean check(long old) {
            if (sync instanceof Fence f) return f.triggered;
            if (!(sync instanceof Counter c)) return true;
            long v = c.value, t = testValue;
            return switch (checkType) {
                case Testtype.POSITIVE_TRANSITION -> old < t && v >= t;
                case Testtype.NEGATIVE_TRANSITION -> old > t && v <= t;
                case Testtype.POSITIVE_COMPARISON -> v >= t;
                default -> v <= t;
            };
        }

        abstract void fired();

        abstract void destroyed();
    }

    private final class Alarm extends SyncTrigger implements Resource {
        final int id;
        final Client owner;
        long delta = 1;
        /** Whether the owner wants AlarmNotify; other clients want it while they are in {@link #others}. */
        boolean events = true;
        int state = Alarmstate.INACTIVE;
        final Set<Client> others = new LinkedHashSet<>();

        Alarm(int id, Client owner) {
            this.id = id;
            this.owner = owner;
        }

        @Override public int id() { return id; }

        @Override public long memoryCost() { return 192; }

        @Override void fired() { alarmFired(this); }

        @Override void destroyed() {
            // As Xorg: the alarm stays, inactive and without a counter, and says so
            state = Alarmstate.INACTIVE;
            notifyAlarm(this);
            sync = null;
        }
    }

    /** One Await or AwaitFence: satisfied when any of its conditions is. */
    private static final class AwaitGroup {
        final Client client;
        final List<AwaitTrigger> conditions = new ArrayList<>();
        /** The conditions' memory, charged to the client until the wait ends (BadAlloc first, as Xorg's). */
        final MemoryBudget.Charge charge;
        boolean over;

        AwaitGroup(Client client, int conditions) {
            this.client = client;
            this.charge = client.memory.hold(CONDITION_COST * conditions);
        }
    }

    private final class AwaitTrigger extends SyncTrigger {
        final AwaitGroup group;
        long eventThreshold;

        AwaitTrigger(AwaitGroup group) { this.group = group; }

        @Override void fired() { awaitFired(group); }

        @Override void destroyed() { awaitFired(group); }
    }

    /** Xorg's names for SYNC's resource types (X-Resource counts resources under them); null for others. */
    static String typeName(Resource r) {
        return switch (r) {
            case Counter c -> "SyncCounter";
            case Fence f -> "SyncFence";
            case Alarm a -> "SyncAlarm";
            default -> null;
        };
    }

    // ---- lookups --------------------------------------------------------------------------------------

    private Counter counter(int id) {
        if (id == SERVERTIME_ID) return serverTime;
        if (id == IDLETIME_ID) return idleTime;
        if (server.resource(id) instanceof Counter c) return c;
        throw new XError(badCounter, id);
    }

    private Alarm alarm(int id) {
        if (server.resource(id) instanceof Alarm a) return a;
        throw new XError(badAlarm, id);
    }

    private Fence fence(int id) {
        if (server.resource(id) instanceof Fence f) return f;
        throw new XError(badFence, id);
    }

    private static long int64(Int64 v) { return ((long) v.hi() << 32) | Integer.toUnsignedLong(v.lo()); }

    /** An INT64 in a request: the high word (signed), then the low one, each in the client's byte order. */
    private static long int64(RequestReader r, int at) {
        return ((long) r.int32At(at) << 32) | Integer.toUnsignedLong(r.int32At(at + 4));
    }

    private static Int64 int64(long v) { return new Int64((int) (v >> 32), (int) v); }

    // ---- triggers -----------------------------------------------------------------------------------

    /**
     * Xorg's SyncInitTrigger: takes the sync object (when {@code changes} has it), then checks the value type,
     * computes the test value and checks the test type. As Xorg, a new object replaces the old one before the
     * checks, and the trigger joins the new object's list only when they pass.
     */
    private void initTrigger(SyncTrigger t, SyncObject object, int changes) {
        boolean newObject = false;
        if ((changes & CA_COUNTER) != 0 && object != t.sync) {
            detach(t);
            t.sync = object;
            newObject = true;
        }
        Counter counter = t.sync instanceof Counter c ? c : null;
        if (counter instanceof SystemCounter s) s.value = s.live();
        if ((changes & CA_VALUE_TYPE) != 0 && t.valueType != Valuetype.ABSOLUTE && t.valueType != Valuetype.RELATIVE) {
            throw XError.value(t.valueType);
        }
        if ((changes & (CA_VALUE_TYPE | CA_VALUE)) != 0) {
            if (t.valueType == Valuetype.ABSOLUTE) {
                t.testValue = t.waitValue;
            } else {
                if (counter == null) throw XError.match();
                try {
                    t.testValue = Math.addExact(counter.value, t.waitValue);
                } catch (ArithmeticException e) {
                    throw XError.value((int) (t.waitValue >> 32));
                }
            }
        }
        if ((changes & CA_TEST_TYPE) != 0 && !(t.sync instanceof Fence)) {
            if (t.testType < 0 || t.testType > 3) throw XError.value(t.testType);
            t.checkType = t.testType;
        }
        if (newObject && t.sync != null) t.sync.triggers.addFirst(t);
        if (t.sync == idleTime) listenToInput();
        if (t.sync instanceof SystemCounter s) schedule(s);
    }

    private void detach(SyncTrigger t) {
        if (t.sync == null) return;
        t.sync.triggers.remove(t);
        if (t.sync instanceof SystemCounter s) schedule(s);
    }

    /** Xorg's SyncChangeCounter: the new value, then every trigger on the counter that now holds fires. */
    private void changeCounter(Counter c, long value) {
        long old = c.value;
        c.value = value;
        for (SyncTrigger t : List.copyOf(c.triggers)) {
            if (t.sync == c && c.triggers.contains(t) && t.check(old)) t.fired();
        }
        if (c instanceof SystemCounter s) schedule(s);
    }

    /** Reads a system counter's value and fires the triggers it reached (its timer, and IDLETIME on input). */
    private void refresh(SystemCounter s) {
        if (s.triggers.isEmpty()) {
            s.value = s.live();
            return;
        }
        changeCounter(s, s.live());
    }

    /**
     * Sets a time counter's timer for when its value reaches the nearest test value above it: the time only goes
     * up, so nothing else can fire between input resets.
     */
    private void schedule(SystemCounter s) {
        if (s.wakeUp != null) s.wakeUp.cancel(false);
        s.wakeUp = null;
        long now = s.live(), next = Long.MAX_VALUE;
        for (SyncTrigger t : s.triggers) if (t.testValue > now && t.testValue < next) next = t.testValue;
        if (next == Long.MAX_VALUE) return;
        s.wakeUp = server.schedule(() -> {
            server.lock.lock();
            try {
                refresh(s);
            } finally {
                server.lock.unlock();
            }
        }, next - now, TimeUnit.MILLISECONDS);
    }

    // ---- alarms ------------------------------------------------------------------------------------

    /** Xorg's SyncAlarmTriggerFired: the alarm's event, and its value moved on by delta until it no longer holds. */
    private void alarmFired(Alarm a) {
        if (a.state != Alarmstate.ACTIVE) return;
        Counter c = a.sync instanceof Counter k ? k : null;
        if (c == null || (a.delta == 0 && (a.testType == Testtype.POSITIVE_COMPARISON
            || a.testType == Testtype.NEGATIVE_COMPARISON))) {
            a.state = Alarmstate.INACTIVE;
        }
        long next = a.testValue;
        if (a.state == Alarmstate.ACTIVE) {
            long old = a.testValue;
            boolean overflow = false;
            // Adds delta at least once, then as often as the condition still holds (Xorg adds one at a time;
            // the count is computed here, since a delta of 1 on SERVERTIME would otherwise loop for long).
            try {
                a.testValue = Math.addExact(a.testValue, a.delta);
                if (a.check(c.value) && a.delta != 0) {
                    // the condition Xorg's loop re-checks is its CheckTrigger function's
                    boolean positive = a.checkType == Testtype.POSITIVE_COMPARISON;
                    if (positive || a.checkType == Testtype.NEGATIVE_COMPARISON) {
                        // positive: test + k*delta > value; negative: test + k*delta < value
                        long gap = positive ? c.value - a.testValue : a.testValue - c.value;
                        long k = gap / Math.abs(a.delta) + 1;
                        a.testValue = Math.addExact(a.testValue, Math.multiplyExact(k, a.delta));
                    }
                }
            } catch (ArithmeticException e) {
                overflow = true;
            }
            next = a.testValue;
            a.testValue = old;
            if (overflow) {
                next = old;
                a.state = Alarmstate.INACTIVE;
            }
        }
        notifyAlarm(a);
        a.testValue = next;
        if (a.sync instanceof SystemCounter s) schedule(s);
    }

    private void notifyAlarm(Alarm a) {
        long value = a.sync instanceof Counter c ? c.value : 0;
        AlarmNotifyEvent e = new AlarmNotifyEvent(SyncProtocol.EVENT_ALARM_NOTIFY, a.id, int64(value), int64(a.testValue),
            server.time(), a.state);
        if (a.events && !a.owner.isClosed()) server.sendEvent(a.owner, eventBase + AlarmNotifyEvent.NUMBER, e.detail(), e::write);
        for (Client o : a.others) server.sendEvent(o, eventBase + AlarmNotifyEvent.NUMBER, e.detail(), e::write);
    }

    /** The attributes of CreateAlarm and ChangeAlarm, in Xorg's order (SyncChangeAlarmAttributes). */
    private void changeAlarmAttributes(Client c, Alarm a, int mask, RequestReader r, int at) {
        int origMask = mask;
        int counterId = a.sync == null ? 0 : a.sync.id;
        long delta = a.delta; // as Xorg: kept only when it agrees with the test type
        while (mask != 0) {
            int bit = Integer.lowestOneBit(mask);
            mask &= ~bit;
            switch (bit) {
                case CA_COUNTER -> { counterId = r.int32At(at); at += 4; }
                case CA_VALUE_TYPE -> { a.valueType = r.int32At(at); at += 4; }
                case CA_VALUE -> { a.waitValue = int64(r, at); at += 8; }
                case CA_TEST_TYPE -> { a.testType = r.int32At(at); at += 4; }
                case CA_DELTA -> { delta = int64(r, at); at += 8; }
                case CA_EVENTS -> {
                    int v = r.int32At(at);
                    at += 4;
                    if (v != 0 && v != 1) throw XError.value(v);
                    if (c == a.owner) a.events = v == 1;
                    else if (v == 1) a.others.add(c);
                    else a.others.remove(c);
                }
                default -> throw XError.value(mask);
            }
        }
        if ((origMask & (CA_DELTA | CA_TEST_TYPE)) != 0) {
            boolean positive = a.testType == Testtype.POSITIVE_COMPARISON || a.testType == Testtype.POSITIVE_TRANSITION;
            boolean negative = a.testType == Testtype.NEGATIVE_COMPARISON || a.testType == Testtype.NEGATIVE_TRANSITION;
            if ((positive && delta < 0) || (negative && delta > 0)) throw XError.match();
        }
        a.delta = delta;
        // As Xorg: the counter is looked up last, when nothing else can fail
        SyncObject object = (origMask & CA_COUNTER) == 0 ? a.sync : counterId == 0 ? null : counter(counterId);
        initTrigger(a, object, origMask & CA_ALL_TRIGGER);
        a.state = Alarmstate.ACTIVE;
    }

    /** CreateAlarm and ChangeAlarm are read here: Xorg checks their ids before their lengths. */
    private static void checkAlarmLength(RequestReader r, int mask) {
        int words = Integer.bitCount(mask) + Integer.bitCount(mask & (CA_VALUE | CA_DELTA));
        if (r.length() != 12 + 4L * words) throw XError.length();
    }

    private void createAlarm(Client c, RequestReader r) {
        if (r.length() < 12) throw XError.length();
        int id = r.int32At(4), mask = r.int32At(8);
        server.checkNewId(c, id);
        checkAlarmLength(r, mask);
        Alarm a = new Alarm(id, c);
        changeAlarmAttributes(c, a, mask, r, 12);
        try {
            server.addResource(c, a);
        } catch (XError e) {
            detach(a);
            throw e;
        }
        alarms.add(a);
        if (a.sync == null) {
            a.state = Alarmstate.INACTIVE;
        } else if (a.check(((Counter) a.sync).value)) {
            a.fired();
        }
    }

    private void changeAlarm(Client c, RequestReader r) {
        if (r.length() < 12) throw XError.length();
        Alarm a = alarm(r.int32At(4));
        int mask = r.int32At(8);
        checkAlarmLength(r, mask);
        changeAlarmAttributes(c, a, mask, r, 12);
        // As Xorg: an alarm without a counter fires here (and goes inactive)
        if (!(a.sync instanceof Counter k) || a.check(k.value)) a.fired();
    }

    // ---- await --------------------------------------------------------------------------------------

    /** Xorg's SyncAwaitTriggerFired: CounterNotify for the conditions past their threshold, then the client goes on. */
    private void awaitFired(AwaitGroup g) {
        if (g.over) return;
        List<AwaitTrigger> report = new ArrayList<>();
        for (AwaitTrigger t : g.conditions) {
            if (t.sync == null) continue;
            if (t.sync.beingDestroyed) {
                report.add(t);
                continue;
            }
            if (!(t.sync instanceof Counter c)) continue;
            long diff;
            try {
                diff = Math.subtractExact(c.value, t.testValue);
            } catch (ArithmeticException e) {
                continue;
            }
            boolean positive = t.testType == Testtype.POSITIVE_COMPARISON || t.testType == Testtype.POSITIVE_TRANSITION;
            if (positive ? diff >= t.eventThreshold : diff <= t.eventThreshold) report.add(t);
        }
        int time = server.time();
        for (int i = 0; i < report.size(); i++) {
            AwaitTrigger t = report.get(i);
            long value = t.sync instanceof Counter c ? c.value : 0;
            CounterNotifyEvent e = new CounterNotifyEvent(SyncProtocol.EVENT_COUNTER_NOTIFY, t.sync.id, int64(t.testValue),
                int64(value), time, report.size() - i - 1, t.sync.beingDestroyed);
            server.sendEvent(g.client, eventBase + CounterNotifyEvent.NUMBER, e.detail(), e::write);
        }
        endWait(g);
    }

    private void endWait(AwaitGroup g) {
        if (!g.over) g.charge.release();
        g.over = true;
        for (AwaitTrigger t : g.conditions) detach(t);
        waits.remove(g);
        awaitOver.signalAll();
    }

    /**
     * Blocks the client until its wait is over, without holding the display: the condition releases the lock while
     * it waits. A client killed meanwhile stops waiting (clientClosed ends its wait).
     */
    private void block(AwaitGroup g) {
        waits.add(g);
        for (AwaitTrigger t : g.conditions) {
            long old = t.sync instanceof Counter c ? c.value : 0;
            if (t.check(old)) {
                t.fired();
                break;
            }
        }
        while (!g.over && !g.client.isClosed()) awaitOver.awaitUninterruptibly();
        if (!g.over) endWait(g);
    }

    // ---- requests -----------------------------------------------------------------------------------

    @Override public void dispatch(Client c, RequestReader r, int minor) {
        switch (minor) {
            case SyncProtocol.CREATE_ALARM -> createAlarm(c, r);
            case SyncProtocol.CHANGE_ALARM -> changeAlarm(c, r);
            default -> SyncProtocol.dispatch(this, c, r, minor);
        }
    }

    @Override public void initialize(Client c, Initialize q) {
        // As Xorg: the server's version whatever the client asks
        c.sendReply(new Initialize.Reply(SyncProtocol.MAJOR_VERSION, SyncProtocol.MINOR_VERSION));
    }

    @Override public void listSystemCounters(Client c, ListSystemCounters q) {
        List<Systemcounter> list = new ArrayList<>();
        // Xorg lists the newest first: IDLETIME was made after SERVERTIME
        for (SystemCounter s : List.of(idleTime, serverTime)) list.add(new Systemcounter(s.id, int64(RESOLUTION), s.name));
        c.sendReply(new ListSystemCounters.Reply(list));
    }

    @Override public void createCounter(Client c, CreateCounter q) {
        server.checkNewId(c, q.id());
        server.addResource(c, new Counter(q.id(), int64(q.initialValue())));
    }

    @Override public void destroyCounter(Client c, DestroyCounter q) {
        Counter k = counter(q.counter());
        if (k instanceof SystemCounter) throw new XError(XError.ACCESS, k.id);
        server.removeResource(k.id);
    }

    @Override public void queryCounter(Client c, QueryCounter q) {
        Counter k = counter(q.counter());
        if (k instanceof SystemCounter s) s.value = s.live();
        c.sendReply(new QueryCounter.Reply(int64(k.value)));
    }

    @Override public void await(Client c, Await q) {
        WaitconditionList list = q.waitList();
        if (list.size() == 0) throw XError.value(0);
        AwaitGroup g = new AwaitGroup(c, list.size());
        try {
            for (int i = 0; i < list.size(); i++) {
                Trigger p = list.get(i).trigger();
                if (p.counter() == 0) throw new XError(badCounter, 0);
                AwaitTrigger t = new AwaitTrigger(g);
                t.valueType = p.waitType();
                t.waitValue = int64(p.waitValue());
                t.testType = p.testType();
                initTrigger(t, counter(p.counter()), CA_ALL_TRIGGER);
                t.eventThreshold = int64(list.get(i).eventThreshold());
                g.conditions.add(t);
            }
        } catch (XError e) {
            for (AwaitTrigger t : g.conditions) detach(t);
            g.charge.release();
            throw e;
        }
        block(g);
    }

    @Override public void changeCounter(Client c, ChangeCounter q) {
        Counter k = counter(q.counter());
        if (k instanceof SystemCounter) throw new XError(XError.ACCESS, k.id);
        long v;
        try {
            v = Math.addExact(k.value, int64(q.amount()));
        } catch (ArithmeticException e) {
            throw XError.value(q.amount().hi());
        }
        changeCounter(k, v);
    }

    @Override public void setCounter(Client c, SetCounter q) {
        Counter k = counter(q.counter());
        if (k instanceof SystemCounter) throw new XError(XError.ACCESS, k.id);
        changeCounter(k, int64(q.value()));
    }

    @Override public void destroyAlarm(Client c, DestroyAlarm q) {
        server.removeResource(alarm(q.alarm()).id);
    }

    @Override public void queryAlarm(Client c, QueryAlarm q) {
        Alarm a = alarm(q.alarm());
        // As Xorg: the test value, as an absolute one
        Trigger t = new Trigger(a.sync == null ? 0 : a.sync.id, Valuetype.ABSOLUTE, int64(a.testValue), a.testType);
        c.sendReply(new QueryAlarm.Reply(t, int64(a.delta), a.events, a.state));
    }

    @Override public void setPriority(Client c, SetPriority q) {
        priorities.put(clientOf(c, q.id()), q.priority());
    }

    @Override public void getPriority(Client c, GetPriority q) {
        c.sendReply(new GetPriority.Reply(priorities.getOrDefault(clientOf(c, q.id()), 0)));
    }

    /** Xorg's dixLookupClient: None is the caller; otherwise an existing resource of a connected client. */
    private Client clientOf(Client c, int id) {
        if (id == 0) return c;
        Client owner = server.client(id >>> 21 & 0xff);
        if (owner == null || (id & 0x40000000) != 0 || (id >>> 21) == 0 || !server.resourceExists(id)) throw XError.value(id);
        return owner;
    }

    @Override public void createFence(Client c, CreateFence q) {
        server.drawable(q.drawable());
        server.checkNewId(c, q.fence());
        server.addResource(c, new Fence(q.fence(), q.initiallyTriggered() != 0));
    }

    @Override public void triggerFence(Client c, TriggerFence q) {
        trigger(fence(q.fence()));
    }

    private void trigger(Fence f) {
        f.triggered = true;
        for (SyncTrigger t : List.copyOf(f.triggers)) {
            if (t.sync == f && f.triggers.contains(t) && t.check(0)) t.fired();
        }
        fenceTriggered.accept(f);
    }

    // ---- Present's wait and idle fences ----------------------------------------------------------------

    /** Told of every fence triggered (Present re-runs what waited on it); one listener per display. */
    java.util.function.Consumer<Resource> fenceTriggered = f -> { };

    /** The fence an id names, as Xorg's SyncVerifyFence (BadFence otherwise). */
    Resource verifyFence(int id) { return fence(id); }

    /** Whether a fence is triggered; a fence since destroyed holds nothing up (Xorg's present_fence). */
    boolean fenceTriggered(Resource f) { return server.resource(f.id()) != f || ((Fence) f).triggered; }

    /** Triggers a fence as TriggerFence does, unless it was destroyed meanwhile. */
    void triggerFence(Resource f) {
        if (server.resource(f.id()) == f) trigger((Fence) f);
    }

    @Override public void resetFence(Client c, ResetFence q) {
        Fence f = fence(q.fence());
        if (!f.triggered) throw XError.match();
        f.triggered = false;
    }

    @Override public void destroyFence(Client c, DestroyFence q) {
        server.removeResource(fence(q.fence()).id);
    }

    @Override public void queryFence(Client c, QueryFence q) {
        c.sendReply(new QueryFence.Reply(fence(q.fence()).triggered));
    }

    @Override public void awaitFence(Client c, AwaitFence q) {
        var ids = q.fenceList();
        if (ids.size() == 0) throw XError.value(0);
        AwaitGroup g = new AwaitGroup(c, ids.size());
        try {
            for (int i = 0; i < ids.size(); i++) {
                int id = ids.get(i);
                if (id == 0) throw new XError(badFence, 0);
                AwaitTrigger t = new AwaitTrigger(g);
                initTrigger(t, fence(id), CA_ALL_TRIGGER);
                g.conditions.add(t);
            }
        } catch (XError e) {
            for (AwaitTrigger t : g.conditions) detach(t);
            g.charge.release();
            throw e;
        }
        block(g);
    }

    // ---- lifecycle ----------------------------------------------------------------------------------

    @Override public void resourceFreed(Resource r) {
        switch (r) {
            case SyncObject o -> {
                o.beingDestroyed = true;
                for (SyncTrigger t : List.copyOf(o.triggers)) t.destroyed();
                o.triggers.clear();
            }
            case Alarm a -> {
                a.state = Alarmstate.DESTROYED;
                notifyAlarm(a);
                a.others.clear();
                detach(a);
                alarms.remove(a);
            }
            default -> { }
        }
    }

    @Override public void clientClosed(Client c) {
        priorities.remove(c);
        for (Alarm a : alarms) a.others.remove(c);
        for (AwaitGroup g : List.copyOf(waits)) if (g.client == c) endWait(g);
    }
}
