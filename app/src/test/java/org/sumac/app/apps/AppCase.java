package org.sumac.app.apps;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One real application (or X tool) run the same way on Xvfb and on Sumac, and what must agree.
 *
 * @param name         the case's name on the command line ({@code bin/app-compare NAME}) and in reports
 * @param description  one line: what the application is and what the case does with it
 * @param kind         a long-running application driven by input, or a tool run to completion
 * @param components   the programs started together (an Xfce session is several); each runs in the run's
 *                     fresh HOME; one that exits early is reported by name
 * @param files        files written into the fresh HOME first (path relative to HOME, content); a
 *                     {@code {HOME}} in a command or content stands for that directory
 * @param windowName   regular expression for {@code xdotool search --name}: the window to wait for (tools:
 *                     unused)
 * @param steps        the input, in order
 * @param readback     what the typed text must produce, read back after the steps
 * @param ignore       screen regions whose pixels may differ, each with its reason
 * @param pending      differences expected until Sumac has an extension: a finding matching one of these
 *                     makes the case pending instead of failed
 * @param hints        known Sumac bugs being fixed elsewhere: a finding matching one fails with this note
 * @param tolerated    findings that are not a difference of the servers (a program the session would start
 *                     is not installed and the two runs happen to ask for it at different moments)
 * @param reference    which Xvfb the case compares with
 * @param spiceInput   on Sumac, the input goes through a spice-gtk client (the SPICE inputs channel) instead
 *                     of XTEST
 * @param activate     the window manager is asked to activate the window (give it the focus) before the first
 *                     shot, for window managers that do not always focus a new window
 */
record AppCase(String name, String description, Kind kind, List<String> components, Map<String, String> files,
        String windowName, List<Step> steps, Readback readback, List<Region> ignore, List<Pending> pending,
        List<Hint> hints, List<Tolerated> tolerated, Reference reference, boolean spiceInput,
        boolean activate) {

    AppCase {
        components = List.copyOf(components);
        files = Map.copyOf(files);
        steps = List.copyOf(steps);
        ignore = List.copyOf(ignore);
        pending = List.copyOf(pending);
        hints = List.copyOf(hints);
        tolerated = List.copyOf(tolerated);
    }

    /**
     * The same case compared with another Xvfb. Against the full one, an application's pixels differ where
     * it draws through RENDER (antialiased edges) or Composite (popup shadows) on Xvfb: pending on those.
     */
    AppCase withReference(Reference other) {
        List<Pending> morePending = new java.util.ArrayList<>();
        if (other == Reference.FULL && kind == Kind.APPLICATION) {
            morePending.add(new Pending("RENDER, Composite", "^pixels",
                    "on the full Xvfb the application draws through RENDER and Composite"));
        }
        morePending.addAll(pending);
        return new AppCase(name, description, kind, components, files, windowName, steps, readback, ignore,
                morePending, hints, tolerated, other, spiceInput, activate);
    }

    enum Kind {
        /** Started, waited for, typed into and clicked; must stay up. */
        APPLICATION,
        /** Each component runs to completion; exit status and output are compared. */
        TOOL
    }

    /**
     * The reference server. {@link #MATCHED}: Xvfb without the extensions Sumac lacks that Xvfb can switch
     * off (RENDER, Composite, DAMAGE, RANDR, MIT-SHM, GLX, ...), so applications take the same drawing paths
     * on both and screenshots must be equal to the pixel. {@link #FULL}: Xvfb as shipped, for tools that
     * exercise an extension.
     */
    enum Reference { MATCHED, FULL }

    /** One input action. */
    sealed interface Step {
        /** Moves the pointer to screen position (x, y) and clicks {@code button}. */
        record Click(int x, int y, int button) implements Step { }

        /** Presses button 1 at (x1, y1), moves to (x2, y2), releases: moves a window by its title bar. */
        record Drag(int x1, int y1, int x2, int y2) implements Step { }

        /** Types text (printable US-keyboard ASCII). */
        record Type(String text) implements Step { }

        /** Presses a key combination in xdotool's syntax, e.g. {@code ctrl+s}, {@code shift+Home}. */
        record Keys(String combo) implements Step { }

        /** Waits, for the application to react (a menu to open, a file to be written). */
        record Pause(Duration duration) implements Step { }

        /** Waits until the screen stops changing (outside the ignored regions). */
        record Settle() implements Step { }

        /** Lets the screen settle and captures it as {@code label}: compared like the first and last screens. */
        record Shot(String label) implements Step { }
    }

    /** What the typed text must produce. */
    sealed interface Readback {
        /** Nothing is read back. */
        record None() implements Readback { }

        /** The file at {@code path} (relative to HOME) must hold {@code expected}. */
        record File(String path, String expected) implements Readback { }

        /** Converting selection {@code selection} (CLIPBOARD, PRIMARY) to UTF8_STRING gives {@code expected}. */
        record Selection(String selection, String expected) implements Readback { }
    }

    /** A screen rectangle excluded from the pixel comparison, and why. */
    record Region(int x, int y, int width, int height, String reason) {
        boolean contains(int px, int py) {
            return px >= x && py >= y && px < x + width && py < y + height;
        }
    }

    /** Findings matching {@code findingPattern} (a regex, searched) wait for {@code extension}. */
    record Pending(String extension, String findingPattern, String why) { }

    /** Findings matching {@code findingPattern} are no difference of the servers (why says what they are). */
    record Tolerated(String findingPattern, String why) { }

    /** Findings matching {@code findingPattern} are a known bug; {@code note} says where it is fixed. */
    record Hint(String findingPattern, String note) { }

    /** A builder, so the catalogue reads as a list of what each case does. */
    static Builder named(String name, String description) {
        return new Builder(name, description);
    }

    static final class Builder {
        private final String name;
        private final String description;
        private Kind kind = Kind.APPLICATION;
        private List<String> components = List.of();
        private final java.util.LinkedHashMap<String, String> files = new java.util.LinkedHashMap<>();
        private String windowName = ".";
        private final java.util.ArrayList<Step> steps = new java.util.ArrayList<>();
        private Readback readback = new Readback.None();
        private final java.util.ArrayList<Region> ignore = new java.util.ArrayList<>();
        private final java.util.ArrayList<Pending> pending = new java.util.ArrayList<>();
        private final java.util.ArrayList<Hint> hints = new java.util.ArrayList<>();
        private final java.util.ArrayList<Tolerated> tolerated = new java.util.ArrayList<>();
        private Reference reference = Reference.MATCHED;
        private boolean spiceInput;
        private boolean activate;

        private Builder(String name, String description) {
            this.name = name;
            this.description = description;
        }

        Builder run(String... components) {
            this.components = List.of(components);
            return this;
        }

        Builder tool(String... commands) {
            this.kind = Kind.TOOL;
            this.reference = Reference.FULL;
            this.components = List.of(commands);
            return this;
        }

        Builder file(String path, String content) {
            files.put(path, content);
            return this;
        }

        Builder window(String regex) {
            this.windowName = regex;
            return this;
        }

        Builder click(int x, int y) {
            steps.add(new Step.Click(x, y, 1));
            return this;
        }

        Builder click(int x, int y, int button) {
            steps.add(new Step.Click(x, y, button));
            return this;
        }

        Builder drag(int x1, int y1, int x2, int y2) {
            steps.add(new Step.Drag(x1, y1, x2, y2));
            return this;
        }

        Builder type(String text) {
            steps.add(new Step.Type(text));
            return this;
        }

        Builder keys(String... combos) {
            for (String combo : combos) {
                steps.add(new Step.Keys(combo));
            }
            return this;
        }

        Builder pause(int millis) {
            steps.add(new Step.Pause(Duration.ofMillis(millis)));
            return this;
        }

        Builder settle() {
            steps.add(new Step.Settle());
            return this;
        }

        Builder shot(String label) {
            steps.add(new Step.Shot(label));
            return this;
        }

        Builder readFile(String path, String expected) {
            this.readback = new Readback.File(path, expected);
            return this;
        }

        Builder readSelection(String selection, String expected) {
            this.readback = new Readback.Selection(selection, expected);
            return this;
        }

        Builder ignore(int x, int y, int width, int height, String reason) {
            ignore.add(new Region(x, y, width, height, reason));
            return this;
        }

        Builder pending(String extension, String findingPattern, String why) {
            pending.add(new Pending(extension, findingPattern, why));
            return this;
        }

        Builder hint(String findingPattern, String note) {
            hints.add(new Hint(findingPattern, note));
            return this;
        }

        Builder tolerate(String findingPattern, String why) {
            tolerated.add(new Tolerated(findingPattern, why));
            return this;
        }

        Builder reference(Reference reference) {
            this.reference = reference;
            return this;
        }

        Builder spiceInput() {
            this.spiceInput = true;
            return this;
        }

        /** Has the window manager activate the window once it is up, before the first shot. */
        Builder activate() {
            this.activate = true;
            return this;
        }

        AppCase build() {
            return new AppCase(name, description, kind, components, files, windowName, steps, readback, ignore,
                    pending, hints, tolerated, reference, spiceInput, activate);
        }
    }
}
