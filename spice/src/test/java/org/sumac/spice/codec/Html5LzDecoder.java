package org.sumac.spice.codec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs spice-html5's own LZ decoder ({@code lz.js} from the Debian package spice-html5) under
 * Node.js, parsing the data the way html5's {@code spicetype.js} does. This is the real client
 * code, so a pass here means the browser client draws the same pixels.
 */
final class Html5LzDecoder {

    static final Path HTML5_DIR = Path.of("/usr/share/spice-html5");

    private Html5LzDecoder() {}

    static boolean available() {
        return Files.isReadable(HTML5_DIR.resolve("lz.js")) && Files.isReadable(HTML5_DIR.resolve("enums.js"))
                && Files.isExecutable(Path.of("/usr/bin/node"));
    }

    private static final String DRIVER = """
            import fs from 'fs';
            import { convert_spice_lz_to_web } from './lz.js';
            import { Constants } from './enums.js';
            const context = { createImageData: (w, h) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }) };
            for (const file of process.argv.slice(2)) {
              const bytes = fs.readFileSync(file);
              const mb = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
              const dv = new DataView(mb);
              let at = 0;
              // As spicetype.js: u32 LE length, magic read reversed, then big-endian header words.
              const lz = {};
              lz.length = dv.getUint32(at, true); at += 4;
              const initial = at;
              lz.magic = '';
              for (let i = 3; i >= 0; i--) lz.magic += String.fromCharCode(dv.getUint8(at + i));
              at += 4;
              lz.version = dv.getUint32(at); at += 4;
              lz.type = dv.getUint32(at); at += 4;
              lz.width = dv.getUint32(at); at += 4;
              lz.height = dv.getUint32(at); at += 4;
              lz.stride = dv.getUint32(at); at += 4;
              lz.top_down = dv.getUint32(at); at += 4;
              lz.data = mb.slice(at, lz.length + at - (at - initial));
              if (lz.magic !== 'LZ  ') throw new Error('html5 would reject magic ' + JSON.stringify(lz.magic));
              if (lz.type !== Constants.LZ_IMAGE_TYPE_RGB32) throw new Error('type ' + lz.type);
              const img = convert_spice_lz_to_web(context, lz);
              fs.writeFileSync(file + '.rgba', Buffer.from(img.data.buffer));
            }
            """;

    /** Decodes each data array; returns for each the RGBA bytes html5 puts in its ImageData. */
    static List<byte[]> decode(Path work, List<byte[]> images) throws IOException, InterruptedException {
        Files.copy(HTML5_DIR.resolve("lz.js"), work.resolve("lz.js"));
        Files.copy(HTML5_DIR.resolve("enums.js"), work.resolve("enums.js"));
        Files.writeString(work.resolve("package.json"), "{\"type\":\"module\"}\n");
        Files.writeString(work.resolve("driver.js"), DRIVER);
        List<String> command = new ArrayList<>(List.of("/usr/bin/node", "driver.js"));
        for (int i = 0; i < images.size(); i++) {
            Path file = work.resolve("image" + i + ".lz");
            Files.write(file, images.get(i));
            command.add(file.getFileName().toString());
        }
        Process node = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        byte[] log = node.getInputStream().readAllBytes();
        if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
            node.destroyForcibly();
            throw new AssertionError("node failed: " + new String(log, StandardCharsets.UTF_8));
        }
        List<byte[]> decoded = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            decoded.add(Files.readAllBytes(work.resolve("image" + i + ".lz.rgba")));
        }
        return decoded;
    }
}
