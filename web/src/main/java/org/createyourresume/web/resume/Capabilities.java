package org.createyourresume.web.resume;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The random names that give access to a saved resume: its id (96 bits), its edit token (128 bits,
 * the only key to change it) and its share id (128 bits, a read-only link). All come from {@link
 * SecureRandom} and are written in base64url without padding. Only the SHA-256 of an edit token
 * is stored, and a presented token is checked against it in constant time.
 */
final class Capabilities {

  static final int ID_BYTES = 12;
  static final int TOKEN_BYTES = 16;
  static final int SHARE_BYTES = 16;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{16}");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");
  /** Compared against when there is no stored hash, so that a missing row costs the same. */
  private static final byte[] NO_HASH = sha256("no resume has this token");

  private Capabilities() {}

  static String newId() {
    return random(ID_BYTES);
  }

  static String newToken() {
    return random(TOKEN_BYTES);
  }

  static String newShareId() {
    return random(SHARE_BYTES);
  }

  /** Whether {@code id} has the form of a resume id (a cheap check before any lookup). */
  static boolean isId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /** Whether {@code shareId} has the form of a share id. */
  static boolean isShareId(String shareId) {
    return shareId != null && TOKEN.matcher(shareId).matches();
  }

  /** The stored form of a token: the hex SHA-256 of its text. */
  static String hash(String token) {
    return HexFormat.of().formatHex(sha256(token));
  }

  /**
   * Whether {@code token} (possibly {@code null}) is the one whose hash is {@code storedHash}
   * (possibly {@code null}, when there is no such resume). Takes the same time whichever is
   * missing or wrong: the hash is always computed and compared with {@link MessageDigest#isEqual}.
   */
  static boolean matches(String token, String storedHash) {
    byte[] presented = sha256(token == null ? "" : token);
    byte[] expected = storedHash == null ? NO_HASH : decode(storedHash);
    boolean equal = MessageDigest.isEqual(presented, expected);
    return equal && token != null && storedHash != null && TOKEN.matcher(token).matches();
  }

  private static byte[] decode(String hex) {
    try {
      return HexFormat.of().parseHex(hex);
    } catch (IllegalArgumentException e) {
      return NO_HASH;
    }
  }

  private static String random(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return ENCODER.encodeToString(value);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
