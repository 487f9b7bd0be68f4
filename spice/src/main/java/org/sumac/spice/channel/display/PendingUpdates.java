package org.sumac.spice.channel.display;

import java.util.ArrayList;
import java.util.List;

/**
 * What one client has not been sent yet: an ordered list of cheap commands (fills, copies) followed by a damage
 * region whose pixels are read from the source when the frame is built. Invariant: applying the commands in
 * order to what the client shows, then painting the damage region with current pixels, yields the current
 * screen. So a copy whose source is damaged carries the damage to its destination, and a fill or copy hides
 * damage beneath it. The command list is bounded: past {@link #MAX_COMMANDS} it folds into damage.
 * Thread-safe (posted from the caller's thread, taken on the library's).
 */
final class PendingUpdates {
    static final int MAX_COMMANDS = 256;
    /** Extra pixels a frame may read to send one image instead of several (see DamageRegion#coalesced). */
    static final long MERGE_SLACK_PIXELS = 64 * 64;

    sealed interface Command permits Fill, Copy {
        Rect target();
    }

    record Fill(Rect target, int color) implements Command {}

    /** Copies the target-sized area whose top-left is (srcX, srcY) onto target. */
    record Copy(int srcX, int srcY, Rect target) implements Command {}

    record Frame(List<Command> commands, List<Rect> damage, boolean sizeChanged, boolean reset) {}

    private final ArrayList<Command> commands = new ArrayList<>();
    private final DamageRegion damage = new DamageRegion();
    private Rect bounds = new Rect(0, 0, 0, 0);
    private boolean refreshAll = true;
    private boolean reset;

    synchronized void fill(Rect target, int color) {
        Rect t = target.intersect(bounds);
        if (t.isEmpty() || refreshAll || damage.covers(t)) return; // its pixels are read anyway
        damage.subtract(t);
        addCommand(new Fill(t, color));
    }

    synchronized void copy(int srcX, int srcY, Rect target) {
        if (refreshAll) return;
        int dx = target.x() - srcX, dy = target.y() - srcY;
        // Only the part whose source and destination both lie on the screen can be copied.
        Rect t = target.intersect(bounds).intersect(bounds.translate(dx, dy));
        if (t.isEmpty()) return;
        if (dx == 0 && dy == 0) return;
        // A target that is damaged already gets its pixels read anyway: nothing to record. Under heavy drawing
        // (the damage grown to a bounding box) this keeps posting a copy nearly free for the X side.
        if (damage.covers(t)) {
            addRest(target, t);
            return;
        }
        DamageRegion carried = damage.intersect(t.translate(-dx, -dy)).translate(dx, dy);
        damage.subtract(t);
        damage.addAll(carried);
        addCommand(new Copy(t.x() - dx, t.y() - dy, t));
        addRest(target, t);
    }

    /** Parts of the requested target whose source was off screen have unknown contents: refresh them. */
    private void addRest(Rect target, Rect copied) {
        Rect onScreen = target.intersect(bounds);
        if (onScreen.equals(copied)) return;
        List<Rect> rest = new ArrayList<>();
        onScreen.subtractInto(copied, rest);
        for (Rect r : rest) damage.add(r);
    }

    synchronized void damage(Rect r) {
        if (refreshAll) return;
        damage.add(r.intersect(bounds));
    }

    synchronized void refreshAll() {
        refreshAll = true;
        commands.clear();
        damage.clear();
    }

    synchronized void requestReset() {
        reset = true;
        refreshAll();
    }

    synchronized boolean hasPending() {
        return refreshAll || !commands.isEmpty() || !damage.isEmpty();
    }

    /** Whether what is pending is commands alone: a frame of them reads no pixels and encodes no image. */
    synchronized boolean commandsOnly() {
        return !refreshAll && !reset && damage.isEmpty() && !commands.isEmpty();
    }

    private void addCommand(Command c) {
        if (commands.size() >= MAX_COMMANDS) {
            for (Command old : commands) damage.add(old.target());
            commands.clear();
            damage.add(c.target());
            return;
        }
        commands.add(c);
    }

    /**
     * Takes everything pending. A screen of a new size (or the first frame) gives a full refresh with no
     * commands.
     */
    synchronized Frame take(int screenWidth, int screenHeight) {
        Rect screen = new Rect(0, 0, screenWidth, screenHeight);
        boolean sizeChanged = !screen.equals(bounds);
        if (sizeChanged || refreshAll) {
            bounds = screen;
            commands.clear();
            damage.clear();
            refreshAll = false;
            boolean wasReset = reset;
            reset = false;
            return new Frame(List.of(), screen.isEmpty() ? List.of() : List.of(screen), sizeChanged, wasReset);
        }
        Frame f = new Frame(List.copyOf(commands), damage.coalesced(MERGE_SLACK_PIXELS), false, false);
        commands.clear();
        damage.clear();
        return f;
    }
}
