package org.sumac.x11.font;

/**
 * A font property in file order. The server interns {@link #name()} (and {@link #stringValue()} for string
 * properties) as atoms; for non-string properties {@link #value()} is the 32-bit value itself.
 */
public record FontProperty(String name, boolean isString, int value, String stringValue) {

    public static FontProperty ofInt(String name, int value) {
        return new FontProperty(name, false, value, null);
    }

    public static FontProperty ofString(String name, String value) {
        return new FontProperty(name, true, 0, value);
    }
}
