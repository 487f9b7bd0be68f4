package org.sumac.x11.input.keymap;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * One display's keyboard map. Not thread-safe: the display's protocol thread owns it. Readers on other
 * threads take a {@link #snapshot()}.
 */
public final class MutableKeymap {

    /** Outcome of a request that may fail with a protocol error or a reply status. */
    public enum Result {
        /** Applied; the server sends MappingNotify. */
        SUCCESS,
        /** SetModifierMapping reply status Busy: a key whose modifiers would change is held down. */
        BUSY,
        /** The request must fail with BadValue. */
        BAD_VALUE
    }

    private final int minKeycode;
    private final int maxKeycode;
    private int keysymsPerKeycode;
    private int[] keysyms;
    private final byte[] modifierMaskByKeycode;

    MutableKeymap(Keymap source) {
        this.minKeycode = source.minKeycode;
        this.maxKeycode = source.maxKeycode;
        this.keysymsPerKeycode = source.keysymsPerKeycode;
        this.keysyms = source.keysyms.clone();
        this.modifierMaskByKeycode = source.modifierMaskByKeycode.clone();
    }

    /**
     * Replaces the whole map (a new XKB keymap was loaded): keysyms and modifier map. The keycode range stays
     * (Sumac's keyboards are evdev, 8-255); false, nothing changed, when the new map has another range.
     */
    public boolean replaceWith(Keymap source) {
        if (source.minKeycode != minKeycode || source.maxKeycode != maxKeycode) {
            return false;
        }
        keysymsPerKeycode = source.keysymsPerKeycode;
        keysyms = source.keysyms.clone();
        System.arraycopy(source.modifierMaskByKeycode, 0, modifierMaskByKeycode, 0, 256);
        return true;
    }

    /** An immutable view of the current state (cheap enough for every MappingNotify). */
    public Keymap snapshot() {
        return new Keymap(minKeycode, maxKeycode, keysymsPerKeycode, keysyms.clone(),
                modifierMaskByKeycode.clone());
    }

    /**
     * ChangeKeyboardMapping: replaces the rows of keycodeCount keys starting at firstKeycode with
     * keysyms (keycodeCount * perKeycode entries). Like the core server, the map widens when perKeycode
     * exceeds the current width; replaced rows get NoSymbol in columns beyond perKeycode.
     */
    public Result changeKeyboardMapping(int firstKeycode, int keycodeCount, int perKeycode, int[] newKeysyms) {
        if (perKeycode < 1 || keycodeCount < 0 || firstKeycode < minKeycode
                || firstKeycode + keycodeCount - 1 > maxKeycode
                || newKeysyms.length != keycodeCount * perKeycode) {
            return Result.BAD_VALUE;
        }
        if (perKeycode > keysymsPerKeycode) {
            int rows = maxKeycode - minKeycode + 1;
            int[] wider = new int[rows * perKeycode];
            for (int row = 0; row < rows; row++) {
                System.arraycopy(keysyms, row * keysymsPerKeycode, wider, row * perKeycode, keysymsPerKeycode);
            }
            keysyms = wider;
            keysymsPerKeycode = perKeycode;
        }
        for (int i = 0; i < keycodeCount; i++) {
            int row = (firstKeycode - minKeycode + i) * keysymsPerKeycode;
            Arrays.fill(keysyms, row, row + keysymsPerKeycode, 0);
            System.arraycopy(newKeysyms, i * perKeycode, keysyms, row, perKeycode);
        }
        return Result.SUCCESS;
    }

    /**
     * SetModifierMapping: keycodes holds 8 groups of perModifier keycodes (0 = unused slot).
     * BadValue for a nonzero keycode outside [min, max]; BUSY (nothing changed) when a key whose
     * modifier membership would change is currently down according to isKeyDown.
     */
    public Result setModifierMapping(int perModifier, int[] keycodes, IntPredicate isKeyDown) {
        if (perModifier < 0 || keycodes.length != perModifier * Keymap.MODIFIER_COUNT) {
            return Result.BAD_VALUE;
        }
        byte[] masks = new byte[256];
        for (int i = 0; i < keycodes.length; i++) {
            int keycode = keycodes[i];
            if (keycode == 0) {
                continue;
            }
            if (keycode < minKeycode || keycode > maxKeycode) {
                return Result.BAD_VALUE;
            }
            masks[keycode] |= (byte) (1 << (i / Math.max(1, perModifier)));
        }
        for (int keycode = 0; keycode < 256; keycode++) {
            if (masks[keycode] != modifierMaskByKeycode[keycode] && isKeyDown.test(keycode)) {
                return Result.BUSY;
            }
        }
        System.arraycopy(masks, 0, modifierMaskByKeycode, 0, 256);
        return Result.SUCCESS;
    }

    public int minKeycode() {
        return minKeycode;
    }

    public int maxKeycode() {
        return maxKeycode;
    }

    public int keysymsPerKeycode() {
        return keysymsPerKeycode;
    }

    /** The keysym at (keycode, column), or 0 outside the map. */
    public int keysym(int keycode, int column) {
        if (keycode < minKeycode || keycode > maxKeycode || column < 0 || column >= keysymsPerKeycode) {
            return 0;
        }
        return keysyms[(keycode - minKeycode) * keysymsPerKeycode + column];
    }

    /** Modifier bits of a keycode (Shift = bit 0 ... Mod5 = bit 7). */
    public int modifierMask(int keycode) {
        return keycode < 0 || keycode > 255 ? 0 : modifierMaskByKeycode[keycode] & 0xff;
    }

    /** GetKeyboardMapping reply body for the current map; see {@link Keymap#keysyms(int, int)}. */
    public int[] keysyms(int firstKeycode, int count) {
        return snapshot().keysyms(firstKeycode, count);
    }

    /** True when the keycode range is inside [min, max] (else BadValue). */
    public boolean isValidRange(int firstKeycode, int count) {
        return firstKeycode >= minKeycode && count >= 0 && firstKeycode + count - 1 <= maxKeycode;
    }

    /** GetModifierMapping's keycodes-per-modifier for the current map. */
    public int keycodesPerModifier() {
        return snapshot().keycodesPerModifier();
    }

    /** GetModifierMapping reply body for the current map; see {@link Keymap#modifierMapping()}. */
    public int[] modifierMapping() {
        return snapshot().modifierMapping();
    }

    /** Where a keysym can be typed in the current map; see {@link Keymap#findKeysym(int)}. */
    public java.util.Optional<Keymap.KeyPosition> findKeysym(int keysym) {
        return snapshot().findKeysym(keysym);
    }
}
