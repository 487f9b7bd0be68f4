package org.sumac.sessions;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's certificate and key, in Xspice's and QEMU's x509 directory layout: {@code server-cert.pem},
 * {@code server-key.pem} (PKCS#8) and {@code ca-cert.pem}, the file clients are given (remote-viewer
 * {@code --spice-ca-file}). Without them a self-signed pair is made on first start, with the JDK's keytool (the JDK
 * has no API for certificates), and kept, so clients that trusted it once keep trusting it. The key is ECDSA P-256:
 * each SPICE channel is a TLS connection of its own, and signing with it costs a fraction of RSA-3072's.
 */
public final class TlsFiles {
    private static final Logger log = LoggerFactory.getLogger(TlsFiles.class);
    public static final String CERT = "server-cert.pem", KEY = "server-key.pem", CA = "ca-cert.pem";

    private TlsFiles() { }

    /** The TLS context of the files in {@code dir}, generating a self-signed pair there first when it has none. */
    public static SslContext load(Path dir) throws IOException {
        Path cert = dir.resolve(CERT), key = dir.resolve(KEY);
        if (!Files.exists(cert) && !Files.exists(key)) generate(dir);
        try {
            return SslContextBuilder.forServer(cert.toFile(), key.toFile()).build();
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot use the certificate and key in " + dir + ": " + e.getMessage(), e);
        }
    }

    static void generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        Path store = Files.createTempFile(dir, "keystore", ".p12");
        Files.delete(store); // keytool makes it
        String pass = HexFormat.of().formatHex(java.security.SecureRandom.getSeed(16));
        String san = "SAN=dns:" + host + (host.equals("localhost") ? "" : ",dns:localhost") + ",ip:127.0.0.1,ip:::1";
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = List.of(keytool.toString(), "-genkeypair", "-alias", "sumac", "-keyalg", "EC",
                "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-validity", "3650", "-dname", "CN=" + host,
                "-ext", san, "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", pass,
                "-keypass", pass);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("keytool failed: " + out.strip());
            }
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                ks.load(in, pass.toCharArray());
            }
            PrivateKey key = (PrivateKey) ks.getKey("sumac", pass.toCharArray());
            Certificate cert = ks.getCertificate("sumac");
            String certPem = pem("CERTIFICATE", cert.getEncoded());
            Path keyFile = dir.resolve(KEY);
            Files.deleteIfExists(keyFile);
            Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(keyFile, pem("PRIVATE KEY", key.getEncoded()));
            Files.writeString(dir.resolve(CERT), certPem);
            Files.writeString(dir.resolve(CA), certPem);
            log.info("made a self-signed certificate for {} in {} (clients trust {})", host, dir, dir.resolve(CA));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making the certificate", e);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the generated key: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(store);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
