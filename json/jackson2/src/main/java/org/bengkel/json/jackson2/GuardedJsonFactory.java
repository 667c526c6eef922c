package org.bengkel.json.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.DataInput;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonRule;
import org.jspecify.annotations.Nullable;

/**
 * The hardened mappers' parser factory (<i>pabrik pengurai berpenjaga</i>): every parser it makes
 * answers each question of the format as bengkel's readers do (issue 18 points 4 and 6). Input that
 * is not UTF-8 without a byte-order mark (a mark, UTF-16 or UTF-32, which Jackson would detect and
 * accept) is {@code json.malformed}; an empty document is {@code json.malformed}; and every error
 * of the parser itself (malformed text, comments, a hexadecimal number, a reading limit) is a
 * {@link BengkelMismatchedInputException} with bengkel's rule, whose message shows the line and
 * column only: Jackson's own messages quote the document ({@code Unrecognized token 'Slamet'}).
 */
final class GuardedJsonFactory extends JsonFactory {

  private static final long serialVersionUID = 1L;

  GuardedJsonFactory(JsonFactoryBuilder builder) {
    super(builder);
  }

  private GuardedJsonFactory(GuardedJsonFactory source, @Nullable ObjectCodec codec) {
    super(source, codec);
  }

  @Override
  public JsonFactory copy() {
    return new GuardedJsonFactory(this, null);
  }

  /**
   * JSON, as Jackson's own factory: Jackson reads a {@code DataInput} only with a factory that says
   * so (a subclass is taken for another format otherwise, and refused with {@code
   * UnsupportedOperationException}).
   */
  @Override
  public String getFormatName() {
    return FORMAT_NAME_JSON;
  }

  @Override
  protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(4);
    byte[] first = buffered.readNBytes(4);
    buffered.reset();
    return guard(super._createParser(buffered, ctxt), notUtf8(first, 0, first.length));
  }

  @Override
  protected JsonParser _createParser(Reader r, IOContext ctxt) throws IOException {
    BufferedReader buffered = new BufferedReader(r);
    buffered.mark(1);
    int c = buffered.read();
    buffered.reset();
    return guard(super._createParser(buffered, ctxt), c == '\uFEFF');
  }

  @Override
  protected JsonParser _createParser(
      char[] data, int offset, int len, IOContext ctxt, boolean recyclable) throws IOException {
    return guard(
        super._createParser(data, offset, len, ctxt, recyclable),
        len > 0 && data[offset] == '\uFEFF');
  }

  @Override
  protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt)
      throws IOException {
    return guard(super._createParser(data, offset, len, ctxt), notUtf8(data, offset, len));
  }

  /**
   * Jackson skips a byte-order mark at the start of a {@code DataInput} without a word; the first
   * byte it read says whether there was one (or a NUL).
   */
  @Override
  protected JsonParser _createParser(DataInput input, IOContext ctxt) throws IOException {
    FirstByte first = new FirstByte(input);
    JsonParser parser;
    try {
      parser = super._createParser(first, ctxt);
    } catch (IOException e) {
      if (!(e instanceof EOFException) && first.value != 0xEF) {
        throw e;
      }
      // no byte at all, or a mark cut short or wrong: the guard reports it at the first token
      parser = super._createParser(new byte[0], 0, 0, ctxt);
    }
    return new Guarded(parser, first.value == 0xEF || first.value == 0, true);
  }

  /**
   * Whether bytes start with a byte-order mark or a NUL among the first four: JSON text starts with
   * an ASCII character, which UTF-16 and UTF-32 write with zero bytes, and a NUL is never JSON.
   */
  static boolean notUtf8(byte[] data, int offset, int len) {
    int n = Math.min(len, 4);
    for (int i = 0; i < n; i++) {
      if (data[offset + i] == 0) {
        return true;
      }
    }
    int b0 = n > 0 ? data[offset] & 0xFF : -1;
    int b1 = n > 1 ? data[offset + 1] & 0xFF : -1;
    int b2 = n > 2 ? data[offset + 2] & 0xFF : -1;
    return (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF)
        || (b0 == 0xFE && b1 == 0xFF)
        || (b0 == 0xFF && b1 == 0xFE);
  }

  private static JsonParser guard(JsonParser parser, boolean notUtf8) {
    return new Guarded(parser, notUtf8, false);
  }

  /** A {@code DataInput} that keeps the first byte read from it, -1 before. */
  private static final class FirstByte implements DataInput {
    private final DataInput in;
    int value = -1;

    FirstByte(DataInput in) {
      this.in = in;
    }

    private int kept(int b) {
      if (value < 0) {
        value = b & 0xFF;
      }
      return b;
    }

    @Override
    public void readFully(byte[] b) throws IOException {
      in.readFully(b);
      if (b.length > 0) {
        kept(b[0]);
      }
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws IOException {
      in.readFully(b, off, len);
      if (len > 0) {
        kept(b[off]);
      }
    }

    @Override
    public int skipBytes(int n) throws IOException {
      return in.skipBytes(n);
    }

    @Override
    public boolean readBoolean() throws IOException {
      return in.readBoolean();
    }

    @Override
    public byte readByte() throws IOException {
      return (byte) kept(in.readByte());
    }

    @Override
    public int readUnsignedByte() throws IOException {
      return kept(in.readUnsignedByte());
    }

    @Override
    public short readShort() throws IOException {
      return in.readShort();
    }

    @Override
    public int readUnsignedShort() throws IOException {
      return in.readUnsignedShort();
    }

    @Override
    public char readChar() throws IOException {
      return in.readChar();
    }

    @Override
    public int readInt() throws IOException {
      return in.readInt();
    }

    @Override
    public long readLong() throws IOException {
      return in.readLong();
    }

    @Override
    public float readFloat() throws IOException {
      return in.readFloat();
    }

    @Override
    public double readDouble() throws IOException {
      return in.readDouble();
    }

    @Override
    public @Nullable String readLine() throws IOException {
      return in.readLine();
    }

    @Override
    public String readUTF() throws IOException {
      return in.readUTF();
    }
  }

  /** A parser whose errors are bengkel's. */
  static final class Guarded extends JsonParserDelegate {

    private boolean notUtf8;
    private final boolean dataInput;
    private boolean started;

    Guarded(JsonParser parser, boolean notUtf8, boolean dataInput) {
      super(parser);
      this.notUtf8 = notUtf8;
      this.dataInput = dataInput;
    }

    /**
     * The end of a {@code DataInput}, which Jackson's parser meets as an {@link EOFException} where
     * a stream would just end: an empty or cut document, or a bare number or literal that nothing
     * follows (that parser cannot tell where it ends). Any other I/O failure stays what it is.
     */
    private IOException ended(IOException e) {
      if (!(dataInput && e instanceof EOFException)) {
        return e;
      }
      return refused(
          BengkelJsonException.of(
              JsonRule.MALFORMED,
              Jackson2Support.path(delegate.getParsingContext()),
              started ? "unexpected end of input" : "empty document"));
    }

    private BengkelMismatchedInputException refused(BengkelJsonException e) {
      return new BengkelMismatchedInputException(this, e, Object.class);
    }

    private BengkelMismatchedInputException refused(JsonProcessingException e) {
      return e instanceof BengkelMismatchedInputException b
          ? b
          : refused(Jackson2Support.translate(e, delegate));
    }

    private void first() throws BengkelMismatchedInputException {
      if (notUtf8) {
        notUtf8 = false;
        throw refused(
            BengkelJsonException.of(
                JsonRule.MALFORMED, JsonPath.ROOT, "not UTF-8 without a byte-order mark"));
      }
    }

    /**
     * Whether the top-level value has been read whole: what cannot even be read as a token after it
     * trails the document, as a second value does ({@code {...} x}, {@code {...}]}), and gets the
     * same rule, whatever type was read. A reader of a sequence of values ({@code readValues})
     * clears the current token between values, so it is not taken for this.
     */
    private boolean afterRootValue() {
      return started && delegate.currentToken() != null && delegate.getParsingContext().inRoot();
    }

    private JsonProcessingException trailing(JsonProcessingException e) {
      return e instanceof BengkelMismatchedInputException
          ? e
          : refused(BengkelJsonException.of(JsonRule.TRAILING_TOKENS, JsonPath.ROOT));
    }

    private @Nullable JsonToken checked(@Nullable JsonToken t) throws IOException {
      if (t == null && !started) {
        throw refused(BengkelJsonException.of(JsonRule.MALFORMED, JsonPath.ROOT, "empty document"));
      }
      started = true;
      return t;
    }

    @Override
    public @Nullable JsonToken nextToken() throws IOException {
      first();
      boolean afterRoot = afterRootValue();
      try {
        return checked(delegate.nextToken());
      } catch (JsonProcessingException e) {
        throw afterRoot ? trailing(e) : refused(e);
      } catch (IOException e) {
        throw ended(e);
      }
    }

    @Override
    public @Nullable JsonToken nextValue() throws IOException {
      first();
      boolean afterRoot = afterRootValue();
      try {
        return checked(delegate.nextValue());
      } catch (JsonProcessingException e) {
        throw afterRoot ? trailing(e) : refused(e);
      } catch (IOException e) {
        throw ended(e);
      }
    }

    @Override
    public boolean nextFieldName(SerializableString name) throws IOException {
      try {
        return delegate.nextFieldName(name);
      } catch (JsonProcessingException e) {
        throw refused(e);
      } catch (IOException e) {
        throw ended(e);
      }
    }

    @Override
    public @Nullable String nextFieldName() throws IOException {
      try {
        return delegate.nextFieldName();
      } catch (JsonProcessingException e) {
        throw refused(e);
      } catch (IOException e) {
        throw ended(e);
      }
    }

    @Override
    public @Nullable String nextTextValue() throws IOException {
      try {
        return delegate.nextTextValue();
      } catch (JsonProcessingException e) {
        throw refused(e);
      } catch (IOException e) {
        throw ended(e);
      }
    }

    @Override
    public @Nullable String getText() throws IOException {
      try {
        return delegate.getText();
      } catch (JsonProcessingException e) {
        throw refused(e);
      } catch (IOException e) {
        throw ended(e);
      }
    }

    @Override
    public JsonParser skipChildren() throws IOException {
      try {
        delegate.skipChildren();
        return this;
      } catch (JsonProcessingException e) {
        throw refused(e);
      } catch (IOException e) {
        throw ended(e);
      }
    }
  }
}
