package org.sumac.x11.server;

/**
 * The keyboard a display starts with, named as XKB rules name it (Xorg's XkbRules, XkbModel, XkbLayout, XkbVariant,
 * XkbOptions; Sumac's options -xkbrules, -xkbmodel, -xkblayout, -xkbvariant, -xkboptions). Empty variant or options
 * mean none. The display's _XKB_RULES_NAMES says it, and setxkbmap starts from it.
 */
public record KeyboardLayout(String rules, String model, String layout, String variant, String options) {
    /** Xvfb's keyboard: rules evdev, model pc105, layout us. */
    public static final KeyboardLayout DEFAULT = new KeyboardLayout("evdev", "pc105", "us", "", "");

    public KeyboardLayout {
        rules = rules == null || rules.isEmpty() ? "evdev" : rules;
        model = model == null || model.isEmpty() ? "pc105" : model;
        layout = layout == null || layout.isEmpty() ? "us" : layout;
        variant = variant == null ? "" : variant;
        options = options == null ? "" : options;
    }

    /** The _XKB_RULES_NAMES property's value: rules, model, layout, variant, options, each NUL-terminated. */
    public byte[] rulesNames() {
        return (rules + "\0" + model + "\0" + layout + "\0" + variant + "\0" + options + "\0")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
