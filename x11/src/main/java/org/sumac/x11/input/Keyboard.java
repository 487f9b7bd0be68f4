package org.sumac.x11.input;

import org.sumac.x11.input.keymap.Keymap;
import org.sumac.x11.input.keymap.MutableKeymap;
import org.sumac.x11.window.Window;

/**
 * A keyboard: its keymap, the keys held down, locked modifiers and LEDs, the controls of
 * ChangeKeyboardControl, and (as Xorg's focus class) its input focus.
 */
public final class Keyboard extends Device {
    /** LED bits of the lock keys, as in GetKeyboardControl's led-mask (LED n is bit n - 1). */
    public static final int CAPS_LOCK_LED = 1, NUM_LOCK_LED = 2, SCROLL_LOCK_LED = 4;
    /** Keysyms of the lock keys: the key that carries one is that lock key, whatever its keycode. */
    public static final int CAPS_LOCK_KEYSYM = 0xffe5, NUM_LOCK_KEYSYM = 0xff7f, SCROLL_LOCK_KEYSYM = 0xff14;
    /** LEDs that follow a modifier only and refuse ChangeKeyboardControl (Xvfb: Caps, Num, Shift Lock, Group 2). */
    static final int LEDS_NOT_SETTABLE = CAPS_LOCK_LED | NUM_LOCK_LED | 1 << 11 | 1 << 12;
    /** Modifiers that Caps Lock and Num Lock lock. */
    private static final int LOCK_KEY_MODIFIERS = Modifiers.LOCK | Modifiers.MOD2;

    final MutableKeymap keymap = Keymap.usEvdev().mutableCopy();
    final boolean[] keysDown = new boolean[256];
    int lockedModifiers;
    /** Modifiers the Scroll_Lock key is mapped to (none in the default keymap); kept in step with the mappings. */
    int scrollLockModifiers;

    int keyClickPercent = 0, bellPercent = 50, bellPitch = 400, bellDuration = 100, autoRepeat = 1;
    /** LEDs set by ChangeKeyboardControl (never Caps or Num Lock; see {@link #ledMask()}). */
    int ledMask = 0;

    /** Focus: a window, or null with {@link #focusSpecial} FOCUS_NONE or FOCUS_POINTER_ROOT. */
    Window focusWindow;
    int focusSpecial = FocusConstants.FOCUS_POINTER_ROOT;
    int focusRevertTo = FocusConstants.REVERT_TO_POINTER_ROOT;
    int focusTime;

    Keyboard(int id) {
        super(id);
        findScrollLockModifiers();
    }

    public boolean isKeyDown(int keycode) { return keycode >= 0 && keycode < 256 && keysDown[keycode]; }

    public int lockedModifiers() { return lockedModifiers; }

    public Keymap keymap() { return keymap.snapshot(); }

    public Window focusWindow() { return focusWindow; }

    /**
     * Per keycode, the modifiers the key's XKB action sets (SetMods, LatchMods, LockMods), once an XKB keymap was
     * loaded; null while the core modifier map decides (the start keymap, where both agree, and after core mapping
     * requests). Xorg sets modifiers from actions: AltGr on a German keymap is in no modifier's list, its action
     * sets Mod5 (LevelThree).
     */
    byte[] actionModifiers;

    /** What an XKB keymap does for a key press: the action at the level the modifiers select in a group. */
    public interface KeyActions {
        /** The key's 8-byte XKB action with these modifiers in this group (wrapped as the key wraps), or null. */
        byte[] action(int keycode, int modifiers, int group);

        /** The keymap's number of groups (1 to 4). */
        int groups();
    }

    /** The loaded XKB keymap's actions, or null (no group switching: the start keymap, core mapping requests). */
    KeyActions keyActions;
    /** XKB's locked group (0-3), which LockGroup actions (ISO_Next_Group...) change; events carry it in bits 13-14. */
    int lockedGroup;

    public int group() { return lockedGroup; }

    /**
     * After a key press: a LockGroup action (absolute, or relative and wrapped over the groups as Xorg's default
     * GroupsWrap) locks another group. True when the group changed.
     */
    boolean lockGroupAfterPress(int keycode) {
        if (keyActions == null) return false;
        int held = 0;
        for (int k = 8; k < 256; k++) if (keysDown[k] && k != keycode) held |= keyModifiers(k);
        byte[] a = keyActions.action(keycode, held | lockedModifiers & (LOCK_KEY_MODIFIERS | scrollLockModifiers), lockedGroup);
        if (a == null || a[0] != 6) return false;
        int g = (a[1] & 0x04) != 0 ? a[2] : lockedGroup + a[2];
        g = Math.floorMod(g, Math.max(1, keyActions.groups()));
        if (g == lockedGroup) return false;
        lockedGroup = g;
        return true;
    }

    /** A new keymap (XKB loaded one): the core map and modifier map become its core view. False when refused. */
    public boolean replaceKeymap(Keymap k, byte[] actionModifiers, KeyActions actions) {
        if (!keymap.replaceWith(k)) return false;
        this.actionModifiers = actionModifiers == null ? null : actionModifiers.clone();
        this.keyActions = actions;
        if (actions == null || lockedGroup >= actions.groups()) lockedGroup = 0;
        findScrollLockModifiers();
        return true;
    }

    /** The modifiers a key sets while down (or locks, for the lock keys). */
    private int keyModifiers(int keycode) {
        return actionModifiers != null ? actionModifiers[keycode] & 0xff : keymap.modifierMask(keycode);
    }

    /** The modifier bits of the keys held down and the locks, as events report them. */
    int modifierState() {
        int m = 0;
        for (int k = 8; k < 256; k++) if (keysDown[k]) m |= keyModifiers(k);
        // Lock-type modifiers follow the lock, not the key.
        int lockMods = LOCK_KEY_MODIFIERS | scrollLockModifiers;
        return (m & ~lockMods) | (lockedModifiers & lockMods);
    }

    /** The lock LEDs that are on: CAPS_LOCK_LED, NUM_LOCK_LED, SCROLL_LOCK_LED. */
    public int lockState() { return ledMask() & (CAPS_LOCK_LED | NUM_LOCK_LED | SCROLL_LOCK_LED); }

    /**
     * The keyboard LEDs as GetKeyboardControl reports them. Caps Lock and Num Lock light while their modifiers
     * (Lock, Mod2) are locked; Scroll Lock while the modifiers its key is mapped to are locked (Xorg binds the
     * ScrollLock virtual modifier that way, so with no such mapping, the default, the key lights nothing) or
     * while a client has set it (as in Xorg, either one lights it); the others only as clients set them.
     */
    public int ledMask() {
        int leds = ledMask & ~LEDS_NOT_SETTABLE;
        if ((lockedModifiers & Modifiers.LOCK) != 0) leds |= CAPS_LOCK_LED;
        if ((lockedModifiers & Modifiers.MOD2) != 0) leds |= NUM_LOCK_LED;
        if ((lockedModifiers & scrollLockModifiers) != 0) leds |= SCROLL_LOCK_LED;
        return leds;
    }

    /** Recomputes which modifiers the Scroll_Lock key carries, after a keyboard or modifier mapping change. */
    void findScrollLockModifiers() {
        int mods = 0;
        for (int k = keymap.minKeycode(); k <= keymap.maxKeycode(); k++) {
            if (isScrollLockKey(k)) mods |= keymap.modifierMask(k);
        }
        scrollLockModifiers = mods;
    }

    private boolean isScrollLockKey(int keycode) {
        return keymap.keysym(keycode, 0) == SCROLL_LOCK_KEYSYM;
    }

    /** The first keycode whose unshifted keysym is {@code keysym}, or 0 when no key carries it. */
    public int keycodeOf(int keysym) {
        for (int k = keymap.minKeycode(); k <= keymap.maxKeycode(); k++) {
            if (keymap.keysym(k, 0) == keysym) return k;
        }
        return 0;
    }

    /**
     * A first press of a lock key: Caps and Num Lock toggle their modifiers; the Scroll_Lock key toggles the
     * modifiers it is mapped to (Xorg's LockMods on the ScrollLock virtual modifier). True when a lock changed.
     */
    boolean toggleLocks(int keycode) {
        int toggled = keyModifiers(keycode) & LOCK_KEY_MODIFIERS;
        boolean scroll = scrollLockModifiers != 0 && isScrollLockKey(keycode);
        if (scroll) toggled |= scrollLockModifiers;
        if (toggled == 0) return false;
        lockedModifiers ^= toggled;
        return true;
    }
}
