package org.wirecopy.internal;

/** The Windows-1252 code page: decoding bytes, and encoding back for mojibake repair. */
final class Windows1252 {

  /** Bytes 0x80-0x9F; U+FFFD marks the five bytes the code page leaves undefined. */
  private static final String HIGH =
      "€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ";

  private Windows1252() {}

  /**
   * The character a byte stands for.
   *
   * @param b the byte, 0-255
   * @return the character; U+FFFD for the undefined bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D
   */
  static char decode(int b) {
    return b >= 0x80 && b < 0xA0 ? HIGH.charAt(b - 0x80) : (char) b;
  }

  /**
   * Decodes bytes.
   *
   * @param bytes the bytes
   * @param from the first byte
   * @param length how many bytes
   * @return the text, one character per byte
   */
  static String decode(byte[] bytes, int from, int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = decode(bytes[from + i] & 0xFF);
    }
    return new String(chars);
  }

  /**
   * The byte a character would have been read from by a program that took UTF-8 for Windows-1252
   * (or for Latin-1, which gives the C1 controls).
   *
   * @param c the character
   * @return the byte, 0-255, or -1 if no byte reads as {@code c}
   */
  static int encode(char c) {
    if (c < 0x100) {
      return c;
    }
    int i = HIGH.indexOf(c);
    return i >= 0 && c != '\uFFFD' ? 0x80 + i : -1;
  }
}
