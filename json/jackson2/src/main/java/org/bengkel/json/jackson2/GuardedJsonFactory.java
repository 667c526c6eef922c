package org.bengkel.json.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.CharBuffer;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonRule;
import org.bengkel.json.internal.ModuleSupport;
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
   * JSON, as Jackson's own factory says: Jackson 2.19 hands a {@code DataInput} only to a factory
   * that names this format, and without it failed with an exception of its own instead of reaching
   * bengkel's refusal of a {@code DataInput} below.
   */
  @Override
  public String getFormatName() {
    return FORMAT_NAME_JSON;
  }

  /**
   * Whether this Jackson decodes malformed UTF-8 as text (2.19 to 2.21 read {@code "A\xC0\xAF"} as
   * {@code "A/"}; 2.23 refuses it). Then the guard decodes the bytes with the JDK's strict decoder
   * and Jackson parses the characters, so that every supported Jackson refuses what bengkel's
   * readers refuse; on a Jackson that refuses by itself, bytes go to Jackson as they are.
   */
  private static final boolean DECODES_MALFORMED_UTF8 = decodesMalformedUtf8();

  private static boolean decodesMalformedUtf8() {
    JsonFactory plain = new JsonFactory();
    for (byte[] string : ModuleSupport.MALFORMED_UTF8_STRINGS) {
      try (JsonParser p = plain.createParser(string)) {
        p.nextToken();
        p.getText();
        return true;
      } catch (IOException e) {
        // refused, as it should be
      }
    }
    return false;
  }

  /**
   * A parser of a stream. Where the guard does not give Jackson the stream (a document it decodes
   * itself, or refuses by its first bytes), the stream is closed with the parser if Jackson would
   * have closed it: one it opened itself (a file), or any with {@code AUTO_CLOSE_SOURCE}.
   */
  @Override
  protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
    InputStream ours =
        ctxt.isResourceManaged() || isEnabled(JsonParser.Feature.AUTO_CLOSE_SOURCE) ? in : null;
    try {
      if (DECODES_MALFORMED_UTF8) {
        // The whole document, up to the length limit, to decode it strictly (see above).
        byte[] data;
        try {
          data = ModuleSupport.readDocument(in, maxLength());
        } catch (BengkelJsonException e) {
          return refusing(ctxt, e).closing(ours);
        }
        return inMemory(data, 0, data.length, ctxt).closing(ours);
      }
      BufferedInputStream buffered = new BufferedInputStream(in);
      buffered.mark(4);
      byte[] first = buffered.readNBytes(4);
      buffered.reset();
      if (ModuleSupport.notUtf8(first, 0, first.length)) {
        // Not to Jackson, whose detection of the encoding may fail on these bytes by itself.
        return refusing(ctxt, ModuleSupport.NOT_UTF8).closing(ours);
      }
      return new Guarded(super._createParser(buffered, ctxt), null);
    } catch (IOException e) {
      ModuleSupport.closeQuietly(ours);
      throw e;
    }
  }

  @Override
  protected JsonParser _createParser(Reader r, IOContext ctxt) throws IOException {
    BufferedReader buffered = new BufferedReader(r);
    buffered.mark(1);
    int c = buffered.read();
    buffered.reset();
    return new Guarded(
        super._createParser(buffered, ctxt), c == '\uFEFF' ? ModuleSupport.NOT_UTF8 : null);
  }

  @Override
  protected JsonParser _createParser(
      char[] data, int offset, int len, IOContext ctxt, boolean recyclable) throws IOException {
    BengkelJsonException refusal = ModuleSupport.refusal(data, offset, len, maxLength());
    return refusal != null
        ? refusing(ctxt, refusal)
        : new Guarded(super._createParser(data, offset, len, ctxt, recyclable), null);
  }

  @Override
  protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt)
      throws IOException {
    return inMemory(data, offset, len, ctxt);
  }

  /** A parser of bytes in memory: refused before Jackson sees them, or decoded for it, or not. */
  private Guarded inMemory(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
    BengkelJsonException refusal = ModuleSupport.refusal(data, offset, len, maxLength());
    if (refusal != null) {
      return refusing(ctxt, refusal);
    }
    if (DECODES_MALFORMED_UTF8) {
      CharBuffer text;
      try {
        text = ModuleSupport.decodeUtf8(data, offset, len);
      } catch (BengkelJsonException e) {
        return refusing(ctxt, e);
      }
      int start = text.arrayOffset() + text.position();
      return new Guarded(
          super._createParser(text.array(), start, text.remaining(), ctxt, false), null);
    }
    return new Guarded(super._createParser(data, offset, len, ctxt), null);
  }

  /**
   * A parser that refuses its document at the first token, over no input, so that nothing of the
   * refused document is parsed.
   */
  private Guarded refusing(IOContext ctxt, BengkelJsonException refusal) throws IOException {
    return new Guarded(super._createParser(new byte[0], 0, 0, ctxt), refusal);
  }

  private long maxLength() {
    return streamReadConstraints().getMaxDocumentLength();
  }

  /**
   * A {@code DataInput} is refused, {@code json.limit-exceeded}: nothing bounds its length, so the
   * document-length limit could not hold (Jackson 2.20 and later refuse it with that limit for this
   * reason; earlier versions read it unbounded, and skip a byte-order mark there without a word).
   */
  @Override
  protected JsonParser _createParser(DataInput input, IOContext ctxt) throws IOException {
    return refusing(ctxt, ModuleSupport.DATA_INPUT);
  }

  /** A parser whose errors are bengkel's. */
  static final class Guarded extends JsonParserDelegate {

    private @Nullable BengkelJsonException refusal;
    private @Nullable Closeable source;
    private boolean started;

    /** A parser that refuses its input with {@code refusal} at the first token. */
    Guarded(JsonParser parser, @Nullable BengkelJsonException refusal) {
      super(parser);
      this.refusal = refusal;
    }

    /** This parser, which closes {@code source} (if not null) when it is closed. */
    Guarded closing(@Nullable Closeable source) {
      this.source = source;
      return this;
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } finally {
        ModuleSupport.closeQuietly(source);
      }
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
      BengkelJsonException r = refusal;
      if (r != null) {
        refusal = null;
        throw refused(r);
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
      if (e instanceof BengkelMismatchedInputException || e instanceof StreamConstraintsException) {
        return refused(e); // a reading limit after the value is still the limit
      }
      return refused(BengkelJsonException.of(JsonRule.TRAILING_TOKENS, JsonPath.ROOT));
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
      }
    }

    @Override
    public boolean nextFieldName(SerializableString name) throws IOException {
      try {
        return delegate.nextFieldName(name);
      } catch (JsonProcessingException e) {
        throw refused(e);
      }
    }

    @Override
    public @Nullable String nextFieldName() throws IOException {
      try {
        return delegate.nextFieldName();
      } catch (JsonProcessingException e) {
        throw refused(e);
      }
    }

    @Override
    public @Nullable String nextTextValue() throws IOException {
      try {
        return delegate.nextTextValue();
      } catch (JsonProcessingException e) {
        throw refused(e);
      }
    }

    @Override
    public @Nullable String getText() throws IOException {
      try {
        return delegate.getText();
      } catch (JsonProcessingException e) {
        throw refused(e);
      }
    }

    @Override
    public JsonParser skipChildren() throws IOException {
      try {
        delegate.skipChildren();
        return this;
      } catch (JsonProcessingException e) {
        throw refused(e);
      }
    }
  }
}
