package org.sumac.x11.server;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads MIT-MAGIC-COOKIE-1 entries from an Xauthority file (the format libXau and xauth write). */
public final class Xauthority {
    private static final Logger log = LoggerFactory.getLogger(Xauthority.class);

    private Xauthority() { }

    /** All MIT-MAGIC-COOKIE-1 cookies in the file, whatever host or display they name, as Xorg's -auth does. */
    public static List<byte[]> readCookies(Path file) {
        List<byte[]> out = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            while (true) {
                try {
                    in.readUnsignedShort(); // family
                } catch (EOFException e) {
                    break;
                }
                counted(in); // address
                counted(in); // display number
                String name = new String(counted(in), java.nio.charset.StandardCharsets.ISO_8859_1);
                byte[] data = counted(in);
                if (name.equals("MIT-MAGIC-COOKIE-1")) out.add(data);
            }
        } catch (IOException e) {
            log.warn("cannot read authorization file {}: {}", file, e.toString());
        }
        return out;
    }

    private static byte[] counted(DataInputStream in) throws IOException {
        int n = in.readUnsignedShort();
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }
}
