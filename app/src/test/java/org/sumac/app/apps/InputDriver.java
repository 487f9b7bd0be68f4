package org.sumac.app.apps;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.sumac.app.desktop.LiveSpiceClient;

/** Sends a case's input to a display: through XTEST (xdotool) or through a spice-gtk client. */
sealed interface InputDriver {
    void click(int x, int y, int button);

    void drag(int x1, int y1, int x2, int y2);

    void type(String text);

    void keys(String combo);

    /** xdotool: XTEST requests from an X client, the way test tools and macro programs type. */
    record Xdotool(Commands commands) implements InputDriver {
        @Override
        public void click(int x, int y, int button) {
            // One connection, so the move is done before the click; no --sync, which waits for ever when the
            // pointer is already there.
            commands.xdotool("mousemove", String.valueOf(x), String.valueOf(y), "click", String.valueOf(button));
        }

        @Override
        public void drag(int x1, int y1, int x2, int y2) {
            commands.xdotool("mousemove", "--sync", String.valueOf(x1), String.valueOf(y1));
            commands.xdotool("mousedown", "1");
            // In steps and at a hand's pace: a window manager grabs the pointer on the press and starts a
            // move once the pointer leaves a threshold.
            AppRunner.sleep(300);
            for (int i = 1; i <= 5; i++) {
                commands.xdotool("mousemove", "--sync", String.valueOf(x1 + (x2 - x1) * i / 5),
                        String.valueOf(y1 + (y2 - y1) * i / 5));
                AppRunner.sleep(100);
            }
            commands.xdotool("mouseup", "1");
        }

        @Override
        public void type(String text) {
            commands.xdotool("type", "--delay", "40", "--", text);
        }

        @Override
        public void keys(String combo) {
            commands.xdotool("key", "--delay", "40", "--", combo);
        }
    }

    /**
     * spice-gtk's inputs channel, the way a remote user types: US-layout PC scancodes and absolute pointer
     * positions (client mouse mode), 15 ms apart.
     */
    record Spice(LiveSpiceClient client) implements InputDriver {
        private static final String[][] ROWS = {
            {"1234567890-=", "!@#$%^&*()_+"}, {"qwertyuiop[]", "QWERTYUIOP{}"}, {"asdfghjkl;'", "ASDFGHJKL:\""},
            {"zxcvbnm,./", "ZXCVBNM<>?"},
        };
        private static final int[] ROW_START = {0x02, 0x10, 0x1E, 0x2C};
        private static final int SHIFT = 0x2A;
        /** Named keys: scancode set 1, 0x100 | code for the E0-prefixed ones (spice-gtk's numbering). */
        private static final Map<String, Integer> NAMED = Map.ofEntries(Map.entry("ctrl", 0x1D),
                Map.entry("shift", SHIFT), Map.entry("alt", 0x38), Map.entry("Return", 0x1C),
                Map.entry("Escape", 0x01), Map.entry("Tab", 0x0F), Map.entry("BackSpace", 0x0E),
                Map.entry("space", 0x39), Map.entry("Home", 0x147), Map.entry("End", 0x14F),
                Map.entry("Up", 0x148), Map.entry("Down", 0x150), Map.entry("Left", 0x14B), Map.entry("Right", 0x14D),
                Map.entry("Delete", 0x153), Map.entry("grave", 0x29), Map.entry("backslash", 0x2B));

        @Override
        public void click(int x, int y, int button) {
            int mask = 1 << (button - 1);
            send("p:" + x + ":" + y + " s:100 b:" + button + ":" + mask + " r:" + button + ":0");
        }

        @Override
        public void drag(int x1, int y1, int x2, int y2) {
            StringJoiner events = new StringJoiner(" ");
            events.add("p:" + x1 + ":" + y1).add("s:100").add("b:1:1").add("s:300");
            for (int i = 1; i <= 5; i++) {
                events.add("p:" + (x1 + (x2 - x1) * i / 5) + ":" + (y1 + (y2 - y1) * i / 5)).add("s:100");
            }
            events.add("r:1:0");
            send(events.toString());
        }

        @Override
        public void type(String text) {
            StringJoiner events = new StringJoiner(" ");
            for (char c : text.toCharArray()) {
                int[] key = keyFor(c);
                if (key[1] != 0) {
                    events.add("d:" + Integer.toHexString(SHIFT));
                }
                events.add("d:" + Integer.toHexString(key[0])).add("u:" + Integer.toHexString(key[0]));
                if (key[1] != 0) {
                    events.add("u:" + Integer.toHexString(SHIFT));
                }
            }
            send(events.toString());
        }

        @Override
        public void keys(String combo) {
            List<Integer> codes = new ArrayList<>();
            for (String part : combo.split("\\+")) {
                Integer named = NAMED.get(part);
                if (named == null && part.length() == 1) {
                    named = keyFor(part.charAt(0))[0];
                }
                if (named == null) {
                    throw new IllegalArgumentException("no scancode for key " + part + " in " + combo);
                }
                codes.add(named);
            }
            StringJoiner events = new StringJoiner(" ");
            codes.forEach(c -> events.add("d:" + Integer.toHexString(c)));
            codes.reversed().forEach(c -> events.add("u:" + Integer.toHexString(c)));
            send(events.toString());
        }

        /** {scancode, 1 if Shift is needed}. */
        private static int[] keyFor(char c) {
            if (c == ' ') {
                return new int[] {0x39, 0};
            }
            if (c == '`' || c == '~') {
                return new int[] {0x29, c == '~' ? 1 : 0};
            }
            if (c == '\\' || c == '|') {
                return new int[] {0x2B, c == '|' ? 1 : 0};
            }
            if (c == '\n') {
                return new int[] {0x1C, 0};
            }
            for (int row = 0; row < ROWS.length; row++) {
                int plain = ROWS[row][0].indexOf(c);
                if (plain >= 0) {
                    return new int[] {ROW_START[row] + plain, 0};
                }
                int shifted = ROWS[row][1].indexOf(c);
                if (shifted >= 0) {
                    return new int[] {ROW_START[row] + shifted, 1};
                }
            }
            throw new IllegalArgumentException("no US key types " + c);
        }

        private void send(String events) {
            client.input(events, Duration.ofSeconds(60));
        }
    }

    /** Runs helper commands (xdotool, xwd) against one display with the run's environment. */
    interface Commands {
        void xdotool(String... args);
    }
}
