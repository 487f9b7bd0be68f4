package org.sumac.spice.link;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import javax.crypto.Cipher;
import org.sumac.spice.wire.Spice;

/**
 * The RSA-1024 key of one listening port. The link reply carries its public half before the client sends its
 * ticket, so one port has one key, whichever desktop the ticket turns out to name. Clients encrypt "password\0"
 * with RSA-OAEP (SHA-1, MGF1-SHA-1). Thread-safe.
 */
public final class LinkKey {
    private final KeyPair keyPair;
    private final byte[] publicKeyDer;

    public LinkKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(1024);
            keyPair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA-1024 is not available in this JVM", e);
        }
        publicKeyDer = keyPair.getPublic().getEncoded();
        if (publicKeyDer.length != Spice.TICKET_PUBKEY_BYTES) {
            throw new IllegalStateException("RSA public key is " + publicKeyDer.length + " bytes, SPICE needs 162");
        }
    }

    /** The X.509 SubjectPublicKeyInfo DER of the key (162 bytes), as the link reply carries it. */
    public byte[] publicKeyDer() {
        return publicKeyDer.clone();
    }

    /** The plain ticket (password bytes and what follows), or null when it does not decrypt. */
    public byte[] decrypt(byte[] encrypted) {
        byte[] plain = decryptOnce(encrypted);
        // spice-html5 pads short ciphertexts at the end instead of the front. The ciphertext may itself end
        // in zero bytes, so try each count of trailing zeros; OAEP rejects every wrong guess.
        int trailing = 0;
        while (encrypted != null && trailing < encrypted.length && encrypted[encrypted.length - 1 - trailing] == 0) trailing++;
        for (int k = 1; plain == null && k <= trailing && k < 8; k++) {
            plain = decryptOnce(shiftRight(encrypted, k));
        }
        return plain;
    }

    private byte[] decryptOnce(byte[] encrypted) {
        if (encrypted == null) {
            return null;
        }
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
            cipher.init(Cipher.DECRYPT_MODE, keyPair.getPrivate());
            return cipher.doFinal(encrypted);
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    /** The data moved k bytes to the right, with k zero bytes in front (the last k bytes dropped). */
    private static byte[] shiftRight(byte[] data, int k) {
        byte[] moved = new byte[data.length];
        System.arraycopy(data, 0, moved, k, data.length - k);
        return moved;
    }

    /** Encrypts a password the way SPICE clients do; for tests and tools. */
    public byte[] encryptForTest(String password) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
        cipher.init(Cipher.ENCRYPT_MODE, keyPair.getPublic());
        byte[] bytes = (password + "\0").getBytes(StandardCharsets.UTF_8);
        return cipher.doFinal(bytes);
    }
}
