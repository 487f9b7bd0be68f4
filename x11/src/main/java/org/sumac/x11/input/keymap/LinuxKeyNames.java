package org.sumac.x11.input.keymap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Names of Linux input event codes ("KEY_ESC"), for logging keys; X keycode = Linux code + 8 under evdev. */
public final class LinuxKeyNames {

    private static final String RESOURCE = "linux-key-names.txt";

    private LinuxKeyNames() {
    }

    private static final class Holder {
        static final String[] NAMES = load();
    }

    private static String[] load() {
        String[] names = new String[248];
        try (InputStream stream = LinuxKeyNames.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.US_ASCII));
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("!")) {
                    continue;
                }
                String[] fields = line.strip().split("\\s+");
                int code = Integer.parseInt(fields[0]);
                if (code >= 0 && code < names.length) {
                    names[code] = fields[1];
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** "KEY_A" for 30; "KEY_#code" when the code has no name or is out of range. */
    public static String nameOfLinuxCode(int linuxCode) {
        String[] names = Holder.NAMES;
        if (linuxCode >= 0 && linuxCode < names.length && names[linuxCode] != null) {
            return names[linuxCode];
        }
        return "KEY_#" + linuxCode;
    }

    /** The Linux name of an X keycode under the evdev rules (keycode - 8). */
    public static String nameOfKeycode(int keycode) {
        return nameOfLinuxCode(keycode - 8);
    }
}
