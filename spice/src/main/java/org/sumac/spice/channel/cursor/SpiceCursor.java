package org.sumac.spice.channel.cursor;

import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The cursor API for the screen's owner: shape, position and visibility. Calls only record the new state and
 * wake the cursor connections; a client that is behind gets the latest state, not every step.
 */
public final class SpiceCursor {
    /** The state clients converge to. */
    record State(CursorShape shape, int x, int y, boolean visible) {}

    private final CopyOnWriteArrayList<CursorChannelClient> clients = new CopyOnWriteArrayList<>();
    private volatile State state = new State(null, 0, 0, false);

    /** Sets the pointer image and shows it. */
    public synchronized void setShape(CursorShape shape) {
        state = new State(shape, state.x(), state.y(), shape != null);
        wake();
    }

    /** Moves the pointer (needed in SERVER mouse mode; harmless in CLIENT mode). */
    public synchronized void move(int x, int y) {
        State s = state;
        if (s.x() == x && s.y() == y) return;
        state = new State(s.shape(), x, y, s.visible());
        wake();
    }

    public synchronized void hide() {
        state = new State(state.shape(), state.x(), state.y(), false);
        wake();
    }

    public synchronized void show() {
        State s = state;
        state = new State(s.shape(), s.x(), s.y(), s.shape() != null);
        wake();
    }

    State state() {
        return state;
    }

    private void wake() {
        for (CursorChannelClient c : clients) c.requestUpdate();
    }

    void register(CursorChannelClient c) {
        clients.add(c);
    }

    void unregister(CursorChannelClient c) {
        clients.remove(c);
    }
}
