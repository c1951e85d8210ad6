package org.wirecopy.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered writer that encodes UTF-8 straight into its byte buffer. It replaces an
 * {@code OutputStreamWriter} behind a {@code BufferedWriter}, whose encoder leaves its fast path at
 * the first non-ASCII character (every curly quote of wire copy) and then costs as much as the
 * JSON writing itself. A lone surrogate becomes {@code ?}, as the JDK's encoder writes it. A
 * surrogate pair must arrive in one call (the command line writes whole documents), where the
 * JDK's encoder would also join a pair split across two calls.
 *
 * <p>Not thread-safe: the command line writes from one thread.
 */
final class Utf8Writer extends Writer {

  private final OutputStream out;
  private final byte[] buffer = new byte[1 << 16];
  private int used;
  /**
   * Where a String's characters are copied to be encoded, a slice at a time: a copy of a whole
   * document would double the memory a story of tens of megabytes needs.
   */
  private final char[] slice = new char[1 << 13];

  Utf8Writer(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      // Room for the longest sequence one step can write (four bytes for a surrogate pair).
      if (used > buffer.length - 4) {
        flushBuffer();
      }
      char c = chars[i];
      if (c < 0x80) {
        buffer[used++] = (byte) c;
      } else if (c < 0x800) {
        buffer[used++] = (byte) (0xC0 | (c >> 6));
        buffer[used++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        buffer[used++] = (byte) (0xE0 | (c >> 12));
        buffer[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buffer[used++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < end
          && Character.isLowSurrogate(chars[i + 1])) {
        int codePoint = Character.toCodePoint(c, chars[++i]);
        buffer[used++] = (byte) (0xF0 | (codePoint >> 18));
        buffer[used++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        buffer[used++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        buffer[used++] = (byte) (0x80 | (codePoint & 0x3F));
      } else {
        buffer[used++] = '?';
      }
    }
  }

  @Override
  public void write(String s, int offset, int length) throws IOException {
    int end = offset + length;
    while (offset < end) {
      int n = Math.min(slice.length, end - offset);
      // A surrogate pair is never cut between two slices: the pair goes into the next one.
      if (offset + n < end && Character.isHighSurrogate(s.charAt(offset + n - 1)) && n > 1) {
        n--;
      }
      s.getChars(offset, offset + n, slice, 0);
      write(slice, 0, n);
      offset += n;
    }
  }

  private void flushBuffer() throws IOException {
    out.write(buffer, 0, used);
    used = 0;
  }

  @Override
  public void flush() throws IOException {
    flushBuffer();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }
}
