package org.bengkel.json.jackson3;

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
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * The hardened mappers' parser factory (<i>pabrik pengurai berpenjaga</i>): every parser it makes
 * answers each question of the format as bengkel's readers do (issue 18 points 4 and 6). Input that
 * is not UTF-8 without a byte-order mark (a mark, UTF-16 or UTF-32, which Jackson would detect and
 * accept) is {@code json.malformed}; an empty document is {@code json.malformed}; and every error
 * of the parser itself (malformed text, comments, a hexadecimal number, a reading limit) is a
 * {@link BengkelMismatchedInputException} with bengkel's rule, whose message shows the line and
 * column only: Jackson's own messages quote the document ({@code Unrecognized token 'Slamet'}). A
 * mapper rebuilt with {@code rebuild()} keeps this factory (Jackson keeps the builder's factory in
 * the state it rebuilds from, and {@link #copy()} makes another guarded one), so a host that adds
 * its mix-ins that way keeps the guard; a mapper built with {@code JsonMapper.builder()} and
 * bengkel's module alone has Jackson's plain factory.
 */
final class GuardedJsonFactory extends JsonFactory {

  private static final long serialVersionUID = 1L;

  GuardedJsonFactory(JsonFactoryBuilder builder) {
    super(builder);
  }

  private GuardedJsonFactory(GuardedJsonFactory source) {
    super(source);
  }

  @Override
  public JsonFactory copy() {
    return new GuardedJsonFactory(this);
  }

  /**
   * Whether this Jackson decodes malformed UTF-8 as text (3.1 reads {@code "A\xC0\xAF"} as {@code
   * "A/"}; 3.3 refuses it). Then the guard decodes the bytes with the JDK's strict decoder and
   * Jackson parses the characters, so that every supported Jackson refuses what bengkel's readers
   * refuse; on a Jackson that refuses by itself, bytes go to Jackson as they are.
   */
  private static final boolean DECODES_MALFORMED_UTF8 = decodesMalformedUtf8();

  private static boolean decodesMalformedUtf8() {
    JsonFactory plain = new JsonFactory();
    for (byte[] string : ModuleSupport.MALFORMED_UTF8_STRINGS) {
      try (JsonParser p = plain.createParser(ObjectReadContext.empty(), string)) {
        p.nextToken();
        p.getString();
        return true;
      } catch (JacksonException e) {
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
  protected JsonParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, InputStream in) {
    InputStream ours =
        ioCtxt.isResourceManaged()
                || StreamReadFeature.AUTO_CLOSE_SOURCE.enabledIn(
                    readCtxt.getStreamReadFeatures(_streamReadFeatures))
            ? in
            : null;
    try {
      if (DECODES_MALFORMED_UTF8) {
        // The whole document, up to the length limit, to decode it strictly (see above).
        byte[] data;
        try {
          data = ModuleSupport.readDocument(in, maxLength());
        } catch (BengkelJsonException e) {
          return refusing(readCtxt, ioCtxt, e).closing(ours);
        }
        return inMemory(readCtxt, ioCtxt, data, 0, data.length).closing(ours);
      }
      BufferedInputStream buffered = new BufferedInputStream(in);
      buffered.mark(4);
      byte[] first = buffered.readNBytes(4);
      buffered.reset();
      if (ModuleSupport.notUtf8(first, 0, first.length)) {
        // Not to Jackson, whose detection of the encoding may fail on these bytes by itself.
        return refusing(readCtxt, ioCtxt, ModuleSupport.NOT_UTF8).closing(ours);
      }
      return new Guarded(super._createParser(readCtxt, ioCtxt, buffered), null);
    } catch (IOException e) {
      ModuleSupport.closeQuietly(ours);
      throw JacksonIOException.construct(e);
    }
  }

  @Override
  protected JsonParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, Reader r) {
    BufferedReader buffered = new BufferedReader(r);
    int c;
    try {
      buffered.mark(1);
      c = buffered.read();
      buffered.reset();
    } catch (IOException e) {
      throw JacksonIOException.construct(e);
    }
    return new Guarded(
        super._createParser(readCtxt, ioCtxt, buffered),
        c == '\uFEFF' ? ModuleSupport.NOT_UTF8 : null);
  }

  @Override
  protected JsonParser _createParser(
      ObjectReadContext readCtxt,
      IOContext ioCtxt,
      char[] data,
      int offset,
      int len,
      boolean recyclable) {
    BengkelJsonException refusal = ModuleSupport.refusal(data, offset, len, maxLength());
    return refusal != null
        ? refusing(readCtxt, ioCtxt, refusal)
        : new Guarded(super._createParser(readCtxt, ioCtxt, data, offset, len, recyclable), null);
  }

  @Override
  protected JsonParser _createParser(
      ObjectReadContext readCtxt, IOContext ioCtxt, byte[] data, int offset, int len) {
    return inMemory(readCtxt, ioCtxt, data, offset, len);
  }

  /** A parser of bytes in memory: refused before Jackson sees them, or decoded for it, or not. */
  private Guarded inMemory(
      ObjectReadContext readCtxt, IOContext ioCtxt, byte[] data, int offset, int len) {
    BengkelJsonException refusal = ModuleSupport.refusal(data, offset, len, maxLength());
    if (refusal != null) {
      return refusing(readCtxt, ioCtxt, refusal);
    }
    if (DECODES_MALFORMED_UTF8) {
      CharBuffer text;
      try {
        text = ModuleSupport.decodeUtf8(data, offset, len);
      } catch (BengkelJsonException e) {
        return refusing(readCtxt, ioCtxt, e);
      }
      int start = text.arrayOffset() + text.position();
      return new Guarded(
          super._createParser(readCtxt, ioCtxt, text.array(), start, text.remaining(), false),
          null);
    }
    return new Guarded(super._createParser(readCtxt, ioCtxt, data, offset, len), null);
  }

  /**
   * A parser that refuses its document at the first token, over no input: Jackson's own factory
   * would refuse a document in memory over the length limit as it made the parser, with its own
   * exception.
   */
  private Guarded refusing(
      ObjectReadContext readCtxt, IOContext ioCtxt, BengkelJsonException refusal) {
    return new Guarded(super._createParser(readCtxt, ioCtxt, new byte[0], 0, 0), refusal);
  }

  private long maxLength() {
    return streamReadConstraints().getMaxDocumentLength();
  }

  /**
   * A {@code DataInput} is refused, {@code json.limit-exceeded}: nothing bounds its length, so the
   * document-length limit could not hold (Jackson 2.20 and later refuse it with that limit for this
   * reason; Jackson 3 reads it unbounded, and skips a byte-order mark there without a word).
   */
  @Override
  protected JsonParser _createParser(
      ObjectReadContext readCtxt, IOContext ioCtxt, DataInput input) {
    return refusing(readCtxt, ioCtxt, ModuleSupport.DATA_INPUT);
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
    public void close() {
      try {
        super.close();
      } finally {
        ModuleSupport.closeQuietly(source);
      }
    }

    private BengkelMismatchedInputException refused(BengkelJsonException e) {
      return new BengkelMismatchedInputException(this, e, Object.class);
    }

    /** bengkel's error for the parser's; a failure to read the input stays what it is. */
    private JacksonException refused(JacksonException e) {
      return e instanceof BengkelMismatchedInputException || e instanceof JacksonIOException
          ? e
          : refused(Jackson3Support.translate(e, delegate));
    }

    private void first() {
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
      return started && delegate.currentToken() != null && delegate.streamReadContext().inRoot();
    }

    private JacksonException trailing(JacksonException e) {
      if (e instanceof BengkelMismatchedInputException
          || e instanceof JacksonIOException
          || e instanceof StreamConstraintsException) {
        return refused(e); // a reading limit after the value is still the limit
      }
      return refused(BengkelJsonException.of(JsonRule.TRAILING_TOKENS, JsonPath.ROOT));
    }

    private @Nullable JsonToken checked(@Nullable JsonToken t) {
      if (t == null && !started) {
        throw refused(BengkelJsonException.of(JsonRule.MALFORMED, JsonPath.ROOT, "empty document"));
      }
      started = true;
      return t;
    }

    @Override
    public @Nullable JsonToken nextToken() {
      first();
      boolean afterRoot = afterRootValue();
      try {
        return checked(delegate.nextToken());
      } catch (JacksonException e) {
        throw afterRoot ? trailing(e) : refused(e);
      }
    }

    @Override
    public @Nullable JsonToken nextValue() {
      first();
      boolean afterRoot = afterRootValue();
      try {
        return checked(delegate.nextValue());
      } catch (JacksonException e) {
        throw afterRoot ? trailing(e) : refused(e);
      }
    }

    @Override
    public @Nullable String nextName() {
      try {
        return delegate.nextName();
      } catch (JacksonException e) {
        throw refused(e);
      }
    }

    @Override
    public boolean nextName(SerializableString name) {
      try {
        return delegate.nextName(name);
      } catch (JacksonException e) {
        throw refused(e);
      }
    }

    @Override
    public int nextNameMatch(PropertyNameMatcher matcher) {
      try {
        return delegate.nextNameMatch(matcher);
      } catch (JacksonException e) {
        throw refused(e);
      }
    }

    @Override
    public @Nullable String getString() {
      try {
        return delegate.getString();
      } catch (JacksonException e) {
        throw refused(e);
      }
    }

    @Override
    public JsonParser skipChildren() {
      try {
        delegate.skipChildren();
        return this;
      } catch (JacksonException e) {
        throw refused(e);
      }
    }
  }
}
