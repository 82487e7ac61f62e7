package dev.cortexflow.codec.internal;

import dev.cortexflow.codec.WorkflowYamlException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Turns input into checked text: size limit first, then strict UTF-8, then without a byte order mark. */
final class SourceText {
  private SourceText() {}

  static String read(Path file, String source, long maxBytes) {
    try {
      long size = Files.size(file);
      checkSize(size, source, maxBytes);
      return decode(Files.readAllBytes(file), source);
    } catch (NoSuchFileException e) {
      throw new WorkflowYamlException(source + ": no such file; check the path");
    } catch (IOException e) {
      throw new WorkflowYamlException(source + ": cannot read the file (" + e.getClass().getSimpleName() + ")");
    }
  }

  static String check(String text, String source, long maxBytes) {
    if (text.length() > maxBytes) {
      checkSize(text.length(), source, maxBytes);
    }
    // utf8Length counts at most three bytes a char, plus one for a trailing lone high surrogate: below that bound
    // the count cannot exceed the limit, so only text near the limit is counted.
    if (text.length() * 3L + 1 > maxBytes) {
      checkSize(utf8Length(text, maxBytes), source, maxBytes);
    }
    return stripBom(text);
  }

  private static void checkSize(long bytes, String source, long maxBytes) {
    if (bytes > maxBytes) {
      throw new WorkflowYamlException(source + ": the input is larger than the limit of " + maxBytes
          + " bytes; split the workflow or raise ReadOptions.maxBytes");
    }
  }

  /** UTF-8 length of {@code text}, counted up to just past {@code limit}. */
  private static long utf8Length(String text, long limit) {
    long bytes = 0;
    for (int i = 0; i < text.length() && bytes <= limit; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  static String decode(byte[] bytes, String source) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new WorkflowYamlException(source + ": not valid UTF-8 at byte " + in.position()
          + "; save the file as UTF-8");
    }
    decoder.flush(out);
    out.flip();
    return stripBom(out.toString());
  }

  private static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }
}
