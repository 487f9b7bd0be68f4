package org.sumac.spice.link;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The response of SASL PLAIN (RFC 4616): {@code [authzid] NUL authcid NUL passwd}, as spice-gtk sends it (with one
 * trailing NUL, which its length counts). An authorization identity other than the user's own is refused: nobody
 * logs in as someone else.
 */
record PlainCredentials(String user, byte[] password) {
    static final int MAX_USER = 255;

    /** The credentials, or null when {@code data} is not a PLAIN response this server takes. */
    static PlainCredentials parse(byte[] data) {
        int end = data.length;
        if (end > 0 && data[end - 1] == 0) end--;
        int first = indexOf(data, 0, end);
        if (first < 0) return null;
        int second = indexOf(data, first + 1, end);
        if (second < 0 || indexOf(data, second + 1, end) >= 0) return null;
        String authzid = new String(data, 0, first, StandardCharsets.UTF_8);
        String authcid = new String(data, first + 1, second - first - 1, StandardCharsets.UTF_8);
        if (authcid.isEmpty() || authcid.length() > MAX_USER) return null;
        if (!authzid.isEmpty() && !authzid.equals(authcid)) return null;
        return new PlainCredentials(authcid, Arrays.copyOfRange(data, second + 1, end));
    }

    private static int indexOf(byte[] data, int from, int end) {
        for (int i = from; i < end; i++) {
            if (data[i] == 0) return i;
        }
        return -1;
    }

    void wipe() {
        Arrays.fill(password, (byte) 0);
    }

    @Override
    public String toString() {
        return "PlainCredentials[" + user + "]";
    }
}
