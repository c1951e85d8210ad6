package org.wirecopy.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * One piece of damage to wire bytes. Positions are given as a fraction of the input's size
 * ({@code where / SCALE}), so that the same damage fits inputs of any length and shrinks well.
 * Build lists of them with {@link Perturbations#damage()} and apply them with {@link #applyAll}.
 */
public sealed interface Damage {

  /** Positions run from 0 to this, the end of the input. */
  int SCALE = 10_000;

  /**
   * The damaged bytes.
   *
   * @param input the bytes before
   * @return the bytes after
   */
  byte[] apply(byte[] input);

  /**
   * Applies damage in order.
   *
   * @param input the undamaged input
   * @param damage what to do to it
   * @return the damaged input, described
   */
  static WireInput applyAll(WireInput input, List<Damage> damage) {
    byte[] bytes = input.bytes();
    for (Damage d : damage) {
      bytes = d.apply(bytes);
    }
    return new WireInput(input.description() + "; damage " + damage, bytes);
  }

  /** Where a fraction falls in a length. */
  private static int at(int where, int length) {
    return (int) ((long) where * length / SCALE);
  }

  /** The input split after each LF, keeping the line ends. */
  private static List<byte[]> lines(byte[] input) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < input.length; i++) {
      if (input[i] == '\n') {
        lines.add(Arrays.copyOfRange(input, start, i + 1));
        start = i + 1;
      }
    }
    if (start < input.length) {
      lines.add(Arrays.copyOfRange(input, start, input.length));
    }
    return lines;
  }

  private static byte[] join(List<byte[]> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    lines.forEach(out::writeBytes);
    return out.toByteArray();
  }

  private static byte[] insert(byte[] input, int where, byte[] what) {
    int i = at(where, input.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(input, 0, i);
    out.writeBytes(what);
    out.write(input, i, input.length - i);
    return out.toByteArray();
  }

  /**
   * Deletes a line.
   *
   * @param where which line
   */
  record DeleteLine(int where) implements Damage {
    @Override
    public byte[] apply(byte[] input) {
      List<byte[]> lines = lines(input);
      if (!lines.isEmpty()) {
        lines.remove(Math.min(at(where, lines.size()), lines.size() - 1));
      }
      return join(lines);
    }
  }

  /**
   * Writes a line twice.
   *
   * @param where which line
   */
  record DuplicateLine(int where) implements Damage {
    @Override
    public byte[] apply(byte[] input) {
      List<byte[]> lines = lines(input);
      if (!lines.isEmpty()) {
        int i = Math.min(at(where, lines.size()), lines.size() - 1);
        lines.add(i, lines.get(i));
      }
      return join(lines);
    }
  }

  /**
   * Swaps two lines.
   *
   * @param first one line
   * @param second the other
   */
  record SwapLines(int first, int second) implements Damage {
    @Override
    public byte[] apply(byte[] input) {
      List<byte[]> lines = lines(input);
      if (!lines.isEmpty()) {
        int i = Math.min(at(first, lines.size()), lines.size() - 1);
        int j = Math.min(at(second, lines.size()), lines.size() - 1);
        byte[] t = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, t);
      }
      return join(lines);
    }
  }

  /**
   * Cuts the input at any byte, even inside a UTF-8 sequence.
   *
   * @param where where to cut
   */
  record Truncate(int where) implements Damage {
    @Override
    public byte[] apply(byte[] input) {
      return Arrays.copyOf(input, at(where, input.length));
    }
  }

  /**
   * Inserts text, as UTF-8, at any byte.
   *
   * @param where where to insert
   * @param text what to insert: control characters, random Unicode (lone surrogates included)
   */
  record InsertText(int where, String text) implements Damage {
    @Override
    public byte[] apply(byte[] input) {
      return insert(input, where, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      return "InsertText[where=" + where + ", text=" + WireInput.visible(text) + "]";
    }
  }

  /**
   * Inserts bytes at any byte.
   *
   * @param where where to insert
   * @param bytes what to insert
   */
  record InsertBytes(int where, byte[] bytes) implements Damage {
    @Override
    public byte[] apply(byte[] input) {
      return insert(input, where, bytes);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof InsertBytes b && where == b.where && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
      return 31 * where + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "InsertBytes[where=" + where + ", bytes=" + HexFormat.of().formatHex(bytes) + "]";
    }
  }

  /**
   * Appends another story.
   *
   * @param story its wire text
   * @param glue what stands between the two ({@code ""}, a line end, a form feed)
   */
  record Concatenate(String story, String glue) implements Damage {
    @Override
    public byte[] apply(byte[] input) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(input);
      out.writeBytes((glue + story).getBytes(StandardCharsets.UTF_8));
      return out.toByteArray();
    }

    @Override
    public String toString() {
      return "Concatenate[glue=" + WireInput.visible(glue) + ", story=" + WireInput.visible(story)
          + "]";
    }
  }
}
