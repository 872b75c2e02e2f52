package org.stocktake.households;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal numbers (ID, phone) at rest with AES-GCM and gives each ID number a keyed hash
 * (HMAC-SHA256) so feeds can be matched without decrypting. The key comes from
 * {@code stocktake.households.key} (Base64 of 32 bytes) or else from {@code households.key} in the
 * data directory, created with owner-only permissions on first use; it is never in the repository.
 */
@Component
class PersonalCipher {

    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final SecretKeySpec hashKey;

    PersonalCipher(
            @Value("${stocktake.households.key:}") String configured,
            @Value("${stocktake.data-dir:./data}") Path dataDir) {
        byte[] raw = configured.isBlank()
                ? fromFile(dataDir.resolve("households.key"))
                : Base64.getDecoder().decode(configured.trim());
        if (raw.length != 32) {
            throw new IllegalStateException("stocktake.households.key must be 32 bytes in Base64");
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.hashKey = new SecretKeySpec(hmac(new SecretKeySpec(raw, "HmacSHA256"), "id-hash"), "HmacSHA256");
    }

    private static byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder()
                        .decode(Files.readString(file, StandardCharsets.US_ASCII)
                                .trim());
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] raw = new byte[32];
            RANDOM.nextBytes(raw);
            Files.writeString(file, Base64.getEncoder().encodeToString(raw), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's own protection applies
            }
            return raw;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] encrypt(String plain) {
        if (plain == null || plain.isEmpty()) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(IV_BYTES + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    String decrypt(byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, IV_BYTES));
            return new String(c.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong households key?", e);
        }
    }

    /** The keyed hash of an ID number (upper-case X), the same for the same number and key. */
    String hash(String idNumber) {
        return HexFormat.of().formatHex(hmac(hashKey, idNumber.trim().toUpperCase(java.util.Locale.ROOT)));
    }

    private static byte[] hmac(SecretKeySpec k, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(k);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
