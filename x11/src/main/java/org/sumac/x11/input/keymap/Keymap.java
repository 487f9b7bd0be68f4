package org.sumac.x11.input.keymap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * An immutable core keyboard map: the keysym table of GetKeyboardMapping and the modifier map of
 * GetModifierMapping. {@link #usEvdev()} is Xvfb's US layout on evdev keycodes (keycode = Linux code + 8).
 * A display mutates its own {@link MutableKeymap} copy.
 */
public final class Keymap {

    /** Number of core modifiers: Shift, Lock, Control, Mod1..Mod5. */
    public static final int MODIFIER_COUNT = 8;

    private static final String RESOURCE = "us-evdev.keymap";

    final int minKeycode;
    final int maxKeycode;
    final int keysymsPerKeycode;
    /** Row-major, (maxKeycode - minKeycode + 1) rows of keysymsPerKeycode keysyms. */
    final int[] keysyms;
    /** Per keycode 0..255: bit i set when the key is in modifier i's list. */
    final byte[] modifierMaskByKeycode;

    Keymap(int minKeycode, int maxKeycode, int keysymsPerKeycode, int[] keysyms, byte[] modifierMaskByKeycode) {
        this.minKeycode = minKeycode;
        this.maxKeycode = maxKeycode;
        this.keysymsPerKeycode = keysymsPerKeycode;
        this.keysyms = keysyms;
        this.modifierMaskByKeycode = modifierMaskByKeycode;
    }

    /**
     * A keymap from its tables (an XKB keymap's core view): keysyms row-major, keysymsPerKeycode per key from
     * minKeycode; modifiers per keycode 0..255. Copies both arrays.
     */
    public static Keymap of(int minKeycode, int maxKeycode, int keysymsPerKeycode, int[] keysyms, byte[] modifiers) {
        if (minKeycode < 8 || maxKeycode > 255 || minKeycode > maxKeycode || keysymsPerKeycode < 1
                || keysyms.length != (maxKeycode - minKeycode + 1) * keysymsPerKeycode || modifiers.length != 256) {
            throw new IllegalArgumentException("bad keymap tables");
        }
        return new Keymap(minKeycode, maxKeycode, keysymsPerKeycode, keysyms.clone(), modifiers.clone());
    }

    private static final class UsEvdevHolder {
        static final Keymap INSTANCE = loadResource();
    }

    /** Xvfb's default keymap (rules evdev, model pc105, layout us); shared, immutable. */
    public static Keymap usEvdev() {
        return UsEvdevHolder.INSTANCE;
    }

    private static Keymap loadResource() {
        try (InputStream stream = Keymap.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new InputStreamReader(stream, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the keymap text format: "min-keycode N", "max-keycode N", "keysyms-per-keycode N", then
     * "key KEYCODE hex-keysym..." and "modifier INDEX keycode..." lines; '!' starts a comment line.
     *
     * @throws IOException on malformed input
     */
    public static Keymap parse(Reader reader) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int min = -1;
        int max = -1;
        int perKeycode = -1;
        int[] syms = null;
        byte[] masks = new byte[256];
        String line;
        int lineNumber = 0;
        try {
            while ((line = in.readLine()) != null) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("!")) {
                    continue;
                }
                String[] f = trimmed.split("\\s+");
                switch (f[0]) {
                    case "min-keycode" -> min = Integer.parseInt(f[1]);
                    case "max-keycode" -> max = Integer.parseInt(f[1]);
                    case "keysyms-per-keycode" -> perKeycode = Integer.parseInt(f[1]);
                    case "keycodes-per-modifier" -> { /* derived from the modifier lines */ }
                    case "key" -> {
                        if (syms == null) {
                            if (min < 8 || max > 255 || min > max || perKeycode < 1 || perKeycode > 255) {
                                throw new IOException("bad keymap header before line " + lineNumber);
                            }
                            syms = new int[(max - min + 1) * perKeycode];
                        }
                        int keycode = Integer.parseInt(f[1]);
                        if (keycode < min || keycode > max || f.length - 2 > perKeycode) {
                            throw new IOException("bad key line " + lineNumber);
                        }
                        for (int i = 2; i < f.length; i++) {
                            syms[(keycode - min) * perKeycode + i - 2] = Integer.parseUnsignedInt(f[i], 16);
                        }
                    }
                    case "modifier" -> {
                        int modifier = Integer.parseInt(f[1]);
                        if (modifier < 0 || modifier >= MODIFIER_COUNT) {
                            throw new IOException("bad modifier line " + lineNumber);
                        }
                        for (int i = 2; i < f.length; i++) {
                            int keycode = Integer.parseInt(f[i]);
                            if (keycode != 0) {
                                masks[keycode & 0xff] |= (byte) (1 << modifier);
                            }
                        }
                    }
                    default -> throw new IOException("unknown keyword on line " + lineNumber);
                }
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IOException("malformed keymap line " + lineNumber, e);
        }
        if (syms == null) {
            throw new IOException("keymap has no keys");
        }
        return new Keymap(min, max, perKeycode, syms, masks);
    }

    public int minKeycode() {
        return minKeycode;
    }

    public int maxKeycode() {
        return maxKeycode;
    }

    /** The keysyms-per-keycode of GetKeyboardMapping (7 on Xvfb). */
    public int keysymsPerKeycode() {
        return keysymsPerKeycode;
    }

    /** The keysym at (keycode, column), or 0 (NoSymbol) outside the map. */
    public int keysym(int keycode, int column) {
        if (keycode < minKeycode || keycode > maxKeycode || column < 0 || column >= keysymsPerKeycode) {
            return 0;
        }
        return keysyms[(keycode - minKeycode) * keysymsPerKeycode + column];
    }

    /**
     * The GetKeyboardMapping reply body: count rows of {@link #keysymsPerKeycode()} keysyms starting at
     * firstKeycode. The caller validates the range (BadValue) with {@link #isValidRange(int, int)}.
     */
    public int[] keysyms(int firstKeycode, int count) {
        if (!isValidRange(firstKeycode, count)) {
            throw new IllegalArgumentException("keycode range " + firstKeycode + "+" + count);
        }
        int from = (firstKeycode - minKeycode) * keysymsPerKeycode;
        return Arrays.copyOfRange(keysyms, from, from + count * keysymsPerKeycode);
    }

    /** True when [firstKeycode, firstKeycode + count) lies inside [min, max] (protocol: else BadValue). */
    public boolean isValidRange(int firstKeycode, int count) {
        return firstKeycode >= minKeycode && count >= 0 && firstKeycode + count - 1 <= maxKeycode;
    }

    /** Modifier bits (Shift = bit 0 ... Mod5 = bit 7) the keycode belongs to. */
    public int modifierMask(int keycode) {
        return keycode < 0 || keycode > 255 ? 0 : modifierMaskByKeycode[keycode] & 0xff;
    }

    /** keycodes-per-modifier of GetModifierMapping: the longest modifier's key count (as Xorg computes it). */
    public int keycodesPerModifier() {
        int[] counts = new int[MODIFIER_COUNT];
        int widest = 0;
        for (int keycode = 0; keycode < 256; keycode++) {
            int mask = modifierMaskByKeycode[keycode] & 0xff;
            for (int modifier = 0; modifier < MODIFIER_COUNT; modifier++) {
                if ((mask & (1 << modifier)) != 0) {
                    widest = Math.max(widest, ++counts[modifier]);
                }
            }
        }
        return widest;
    }

    /**
     * The GetModifierMapping reply body: 8 groups of {@link #keycodesPerModifier()} keycodes, each group in
     * ascending keycode order padded with 0, exactly as Xorg generates it.
     */
    public int[] modifierMapping() {
        int width = keycodesPerModifier();
        int[] result = new int[MODIFIER_COUNT * width];
        int[] filled = new int[MODIFIER_COUNT];
        for (int keycode = 0; keycode < 256; keycode++) {
            int mask = modifierMaskByKeycode[keycode] & 0xff;
            for (int modifier = 0; modifier < MODIFIER_COUNT; modifier++) {
                if ((mask & (1 << modifier)) != 0) {
                    result[modifier * width + filled[modifier]++] = keycode;
                }
            }
        }
        return result;
    }

    /** A key position: keycode and column in its keysym row (0 = plain, 1 = Shift, 2/3 = group 2 ...). */
    public record KeyPosition(int keycode, int column) {
    }

    /**
     * Where a keysym can be typed: the lowest keycode carrying it in group 1 (columns 0-1), otherwise in
     * any column; empty when no key produces it. NoSymbol (0) is never found.
     */
    public Optional<KeyPosition> findKeysym(int keysym) {
        if (keysym == 0) {
            return Optional.empty();
        }
        int firstGroupColumns = Math.min(2, keysymsPerKeycode);
        for (int pass = 0; pass < 2; pass++) {
            for (int keycode = minKeycode; keycode <= maxKeycode; keycode++) {
                int row = (keycode - minKeycode) * keysymsPerKeycode;
                int from = pass == 0 ? 0 : firstGroupColumns;
                int to = pass == 0 ? firstGroupColumns : keysymsPerKeycode;
                for (int column = from; column < to; column++) {
                    if (keysyms[row + column] == keysym) {
                        return Optional.of(new KeyPosition(keycode, column));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A mutable copy for one display (ChangeKeyboardMapping / SetModifierMapping act on it). */
    public MutableKeymap mutableCopy() {
        return new MutableKeymap(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Keymap k && minKeycode == k.minKeycode && maxKeycode == k.maxKeycode
                && keysymsPerKeycode == k.keysymsPerKeycode && Arrays.equals(keysyms, k.keysyms)
                && Arrays.equals(modifierMaskByKeycode, k.modifierMaskByKeycode);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(keysyms) * 31 + Arrays.hashCode(modifierMaskByKeycode);
    }

    @Override
    public String toString() {
        return "Keymap[" + minKeycode + ".." + maxKeycode + ", " + keysymsPerKeycode + " keysyms per keycode]";
    }
}
