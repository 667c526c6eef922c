package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bengkel.error.Messages;
import org.bengkel.facility.Officer;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.money.RoundingStep;
import org.bengkel.money.RupiahDelta;
import org.bengkel.production.ProductionBatch;
import org.bengkel.report.PeriodReport;
import org.bengkel.report.PnbpStatus;
import org.bengkel.trainee.Sentence;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 points 1, 2, 4 and 6, on every reader of a binding: its helpers ({@code
 * create().read(..)}, strict and lenient) and, on the Jackson bindings, the hardened and the
 * lenient mapper's own {@code readValue}. Every document either reads or is refused with bengkel's
 * error only (the helpers' {@link BengkelJsonException}, the mappers' {@code
 * BengkelMismatchedInputException} around it) with a path and a rule code; no error quotes personal
 * data; each question of the format (byte-order marks, UTF-16/32, hexadecimal numbers, empty
 * documents, comments, trailing tokens) has one answer on every reader.
 */
public abstract class HostileReadersContract {

  /**
   * One way of reading a document given as {@code D} (text or bytes), such as a mapper's {@code
   * readValue}; throws whatever the reader throws.
   */
  @FunctionalInterface
  public interface Read<D> {
    /** Reads the document as the type. */
    Object read(D json, Class<?> type) throws Exception;
  }

  /** One way of reading a document, from text and from bytes: a helper or a mapper. */
  public record Reader(Read<String> text, Read<byte[]> bytes) {
    /** Reads a document given as text; throws whatever the reader throws. */
    public Object read(String json, Class<?> type) throws Exception {
      return text.read(json, type);
    }

    /** Reads a document given as bytes; throws whatever the reader throws. */
    public Object readBytes(byte[] json, Class<?> type) throws Exception {
      return bytes.read(json, type);
    }
  }

  /** A reader with its name, for the messages of failures. */
  public record Named(String name, Reader reader) {
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A named reader from its two ways of reading, such as a mapper's two {@code readValue} overloads
   * ({@code named("hardened mapper", mapper::readValue, mapper::readValue)}).
   */
  protected static Named named(String name, Read<String> text, Read<byte[]> bytes) {
    return new Named(name, new Reader(text, bytes));
  }

  /** A named reader over a binding: a library's helpers, or bengkel-json alone. */
  protected static Named named(String name, JsonBinding binding) {
    return named(name, binding::read, binding::readBytes);
  }

  /** Every reader of the binding: helpers strict and lenient, and the mappers when it has them. */
  protected abstract List<Named> readers();

  /**
   * The hardened mapper's {@code readValue} of a stream, or null for a binding without one.
   *
   * @return the reading, or null
   */
  protected @Nullable Read<InputStream> hardenedStream() {
    return null;
  }

  /**
   * A stream that fails after the value (a connection reset) is an input error, as it is before the
   * value: not the document's fault, so neither trailing tokens nor any other rule of bengkel.
   */
  @Test
  void anInputThatFailsAfterTheValueIsAnInputError() {
    Read<InputStream> read = hardenedStream();
    if (read == null) {
      return;
    }
    byte[] document = bytes(OFFICER, StandardCharsets.UTF_8);
    IOException reset = new IOException("connection reset");
    InputStream failing =
        new InputStream() {
          private int next;

          @Override
          public int read() throws IOException {
            if (next < document.length) {
              return document[next++];
            }
            throw reset;
          }
        };
    Throwable thrown = null;
    try {
      read.read(failing, Officer.class);
    } catch (Exception e) {
      thrown = e;
    }
    assertThat(thrown).isNotNull();
    assertThat(thrown.getClass().getSimpleName()).isNotEqualTo("BengkelMismatchedInputException");
    Throwable cause = thrown;
    while (cause != null && cause != reset) {
      cause = cause.getCause();
    }
    assertThat(cause).as("%s", thrown).isSameAs(reset);
  }

  /**
   * The hardened mapper closes a stream as Jackson does by default, whatever it does with the
   * document: read it, refuse its first bytes before Jackson sees them, or decode it for Jackson
   * (on a Jackson that decodes malformed UTF-8 itself), and refuse it there.
   */
  @Test
  void theHardenedMapperClosesTheStreamItReads() {
    Read<InputStream> read = hardenedStream();
    if (read == null) {
      return;
    }
    List<byte[]> documents = new ArrayList<>();
    documents.add(bytes(OFFICER, StandardCharsets.UTF_8));
    for (BytesCase c : BYTES_CASES) {
      documents.add(c.bytes());
    }
    for (HostileDocuments.Case c : HostileDocuments.all()) {
      if (c.item() == HostileDocuments.Item.UTF8 && c.bytes() != null) {
        documents.add(c.bytes().get());
      }
    }
    for (byte[] document : documents) {
      boolean[] closed = {false};
      InputStream in =
          new ByteArrayInputStream(document) {
            @Override
            public void close() {
              closed[0] = true;
            }
          };
      try {
        read.read(in, Officer.class);
      } catch (Exception e) {
        // read or refused: either way the stream is done with
      }
      assertThat(closed[0]).as(new String(document, StandardCharsets.ISO_8859_1)).isTrue();
    }
  }

  /**
   * bengkel's error in what a reader threw: the helpers throw it, the mappers throw their module's
   * {@code BengkelMismatchedInputException} whose cause it is; anything else fails the test.
   */
  static BengkelJsonException bengkelError(Throwable thrown, String what) {
    Throwable t = thrown;
    if (!(t instanceof BengkelJsonException)) {
      assertThat(t.getClass().getSimpleName())
          .as("%s threw %s", what, t)
          .isEqualTo("BengkelMismatchedInputException");
      t = t.getCause();
    }
    if (!(t instanceof BengkelJsonException e)) {
      throw new AssertionError(what + " threw " + thrown, thrown);
    }
    assertThat(e.path()).as(what).startsWith("$");
    assertThat(e.ruleCode()).as(what).isNotBlank();
    return e;
  }

  /** What a reader does with a document: its value, or bengkel's error. */
  static Object outcome(Named reader, String json, Class<?> type, String what) {
    try {
      return reader.reader().read(json, type);
    } catch (Exception | Error e) {
      if (e instanceof Error && !(e instanceof AssertionError)) {
        throw new AssertionError(reader + ": " + what + " threw " + e, e);
      }
      return bengkelError(e, reader + ": " + what);
    }
  }

  /** The rule code a reader refuses a document with; fails if it reads it. */
  static BengkelJsonException refusal(Named reader, String json, Class<?> type, String what) {
    Object o = outcome(reader, json, type, what);
    if (o instanceof BengkelJsonException e) {
      return e;
    }
    return fail("%s: %s was read as %s", reader, what, o);
  }

  // --- 1. no foreign exception: every golden document with each number and date at an extreme --

  private static final String HUGE_DIGITS = "9".repeat(99);

  /** Number tokens: the extremes of a long, 2^62, exponents beyond any scale, digits. */
  static final List<String> EXTREME_NUMBERS =
      List.of(
          "-9223372036854775808",
          "9223372036854775807",
          "4611686018427387904", // 2^62: two of them overflow a sum
          "-4611686018427387904",
          "1e999999999",
          "1e-2147483648",
          "1e2147483647",
          HUGE_DIGITS,
          "9".repeat(1000));

  /** The date part of dates, date-times and instants: the JDK's extremes and RFC 3339's. */
  static final List<String> EXTREME_DATES =
      List.of("+999999999-12-31", "-999999999-01-01", "9999-12-31", "0001-01-01");

  /** Decimals, rates and quantities written as strings. */
  static final List<String> EXTREME_DECIMALS =
      List.of(
          "1e999999999",
          "1e2147483647",
          "1e-2147483648",
          "9".repeat(101),
          "0." + "0".repeat(100) + "1",
          "9".repeat(1000));

  private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,]\\s{0,8})-?[0-9][0-9.eE+-]*");
  private static final Pattern DATE = Pattern.compile("(?<=\")[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern DECIMAL = Pattern.compile("(?<=\")[0-9]+[.][0-9]+(?=\")");
  // the number of a rate ("12%", "11/12") or a quantity ("500 g")
  private static final Pattern NUMBER_IN_TEXT =
      Pattern.compile("(?<=\")[0-9]+(?=(?:[.][0-9]+)?%\"|/[0-9]+\"| [A-Za-z]+\")");

  /** Every variant of a document with one match of {@code p} replaced by each of {@code by}. */
  static List<String> variants(String json, Pattern p, List<String> by) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(json);
    while (m.find()) {
      for (String b : by) {
        out.add(json.substring(0, m.start()) + b + json.substring(m.end()));
      }
    }
    return out;
  }

  /** Every golden document with one number, date, decimal or number in a text at an extreme. */
  static List<Object[]> extremeVariants() {
    List<Object[]> out = new ArrayList<>();
    for (Object[] seed : ReaderFuzzContract.seeds()) {
      String json = (String) seed[1];
      List<String> variants = new ArrayList<>(variants(json, NUMBER, EXTREME_NUMBERS));
      variants.addAll(variants(json, DATE, EXTREME_DATES));
      variants.addAll(variants(json, DECIMAL, EXTREME_DECIMALS));
      variants.addAll(variants(json, NUMBER_IN_TEXT, EXTREME_NUMBERS));
      variants.forEach(v -> out.add(new Object[] {seed[0], v}));
    }
    return out;
  }

  @Test
  void everyReaderRefusesExtremeNumbersAndDatesWithBengkelsErrorOnly() {
    List<Object[]> variants = extremeVariants();
    assertThat(variants).as("variants of the golden documents").hasSizeGreaterThan(5_000);
    List<Named> readers = readers();
    Set<String> codes = new java.util.TreeSet<>();
    assertTimeoutPreemptively(
        Duration.ofMinutes(3),
        () -> {
          int i = 0;
          for (Object[] v : variants) {
            // every variant on the strict helpers and the first mapper, the others in turn
            for (int r = 0; r < readers.size(); r++) {
              if (r < 2 || i % readers.size() == r) {
                Object o = outcome(readers.get(r), (String) v[1], (Class<?>) v[0], (String) v[1]);
                if (o instanceof BengkelJsonException e) {
                  codes.add(e.ruleCode());
                }
              }
            }
            i++;
          }
        });
    // what the extremes met, for the record (json.value-refused: core let a JDK exception out)
    System.out.println("extreme variants " + variants.size() + ", refused with " + codes);
    assertThat(codes).contains("json.amount-out-of-range", "json.malformed-date");
  }

  @Test
  void theIssuesExamplesOfCoreOverflowAreBengkelsErrorsWithPathAndRule() {
    String sentence = TextJson.compact(JsonFormatContract.golden("trainee-sentence"));
    String report = TextJson.compact(JsonFormatContract.golden("report-period-report"));
    Matcher goods = Pattern.compile("\"goodsUnits\":[0-9]+").matcher(report);
    assertThat(goods.find()).isTrue();
    // two service-job counts of 2^62 and goods units near Long.MAX_VALUE: the sums overflow
    String overflowing =
        report
            .replaceFirst("\"goodsUnits\":[0-9]+", "\"goodsUnits\":9223372036854775807")
            .replaceAll("\"serviceJobs\":[0-9]+", "\"serviceJobs\":4611686018427387904");
    for (Named reader : readers()) {
      BengkelJsonException far =
          refusal(
              reader,
              sentence.replaceFirst(
                  "\"firstDayOfDetention\":\"[^\"]+\"",
                  "\"firstDayOfDetention\":\"+999999999-12-31\""),
              Sentence.class,
              "a far-future sentence");
      assertThat(far.ruleCode()).isEqualTo("json.malformed-date");
      assertThat(far.path()).isEqualTo("$.firstDayOfDetention");
      BengkelJsonException sum = refusal(reader, overflowing, PeriodReport.class, "2^62 counts");
      assertThat(sum.path()).startsWith("$.");
      assertThat(sum.ruleCode()).isNotBlank();
    }
  }

  // --- 2. decimal exponents: bounded before any conversion, details bounded -------------------

  @Test
  void decimalExponentsAreRefusedBeforeAnyExpansion() {
    String pnbp = TextJson.compact(JsonFormatContract.golden("report-pnbp-status"));
    assertThat(pnbp).contains("\"achievementPercent\":\"4.17\"");
    List<Named> readers = readers();
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          for (Named reader : readers) {
            for (String huge : EXTREME_DECIMALS) {
              String json = pnbp.replace("\"4.17\"", "\"" + huge + "\"");
              BengkelJsonException e = refusal(reader, json, PnbpStatus.class, huge);
              assertThat(e.ruleCode()).as(huge).isEqualTo("json.limit-exceeded");
              assertThat(e.path()).isEqualTo("$.achievementPercent");
              assertThat(e.message(Locale.ENGLISH)).hasSizeLessThan(400);
            }
            // 100 places either way is the bound: the plain form of 1e100 has 101 digits
            String atBound = pnbp.replace("\"4.17\"", "\"1e100\"");
            BengkelJsonException e = refusal(reader, atBound, PnbpStatus.class, "1e100");
            assertThat(e.ruleCode()).isEqualTo("report.pnbp.inconsistent");
            assertThat(e.message(Locale.ENGLISH)).hasSizeLessThan(600);
            assertThat(
                    reader.reader().read(pnbp.replace("\"4.17\"", "\"4.170\""), PnbpStatus.class))
                .isNotNull();
          }
        });
  }

  // --- 4. no personal data in errors ---------------------------------------------------------

  private static final Pattern REGISTRATION_NUMBER =
      Pattern.compile("[A-Z]+(?:[.][A-Z]+)*-[0-9]+/[0-9]{4}");

  /** The issue's example of a name: what a trainee is called, never in a message. */
  static final String NAME_MARKER = "Slamet Riyadi Marker";

  /**
   * The golden documents that carry personal data, with their trainees' names set to {@link
   * #NAME_MARKER}, and broken variants of each: a personal value without its quotes, cut after it,
   * a key of personal data twice, its count broken, and the name or number as the whole document.
   */
  static List<Object[]> personalCorpus() {
    List<Object[]> out = new ArrayList<>();
    for (Object[] seed : ReaderFuzzContract.seeds()) {
      String json =
          ((String) seed[1])
              .replaceAll("(\"(?:name|holderName)\":\\s*\")[^\"]*(?=\")", "$1" + NAME_MARKER);
      if (!REGISTRATION_NUMBER.matcher(json).find()) {
        continue;
      }
      out.add(new Object[] {seed[0], json});
      Matcher m =
          Pattern.compile("\"(" + REGISTRATION_NUMBER + "|" + NAME_MARKER + ")\"").matcher(json);
      while (m.find()) {
        String before = json.substring(0, m.start());
        String after = json.substring(m.end());
        String value = m.group(1);
        out.add(new Object[] {seed[0], before + value + after}); // unquoted
        out.add(new Object[] {seed[0], before + "\"" + value}); // cut inside
        out.add(new Object[] {seed[0], before + "\"" + value + "\""}); // cut after
        out.add(new Object[] {seed[0], before + "\"" + value + "\":" + after}); // a name
        out.add(new Object[] {seed[0], before + "[\"" + value + "\"]" + after}); // wrong type
        if (after.startsWith(":")) {
          // a key of personal data (a batch's pieces): twice, and its count broken
          String entry = "\"" + value + "\"" + after.substring(0, after.indexOf(',') + 1);
          if (after.indexOf(',') > 0 && after.indexOf(',') < after.indexOf('}')) {
            out.add(
                new Object[] {
                  seed[0], before + entry + entry + after.substring(after.indexOf(',') + 1)
                });
          }
          for (String count : List.of("-1", "1.5", "\"x\"", "null", "{}", "x", "9".repeat(30))) {
            out.add(
                new Object[] {
                  seed[0],
                  before + "\"" + value + "\":" + count + after.replaceFirst(":\\s*[0-9]+", "")
                });
          }
        }
      }
      out.add(new Object[] {seed[0], NAME_MARKER});
      out.add(new Object[] {seed[0], "[Slamet]"});
    }
    return out;
  }

  /** The personal strings of a document: its registration numbers and the name marker. */
  static Set<String> markers(String json) {
    Set<String> markers = new LinkedHashSet<>();
    REGISTRATION_NUMBER.matcher(json).results().forEach(r -> markers.add(r.group()));
    markers.add(NAME_MARKER);
    markers.add("Slamet");
    return markers;
  }

  /** Every text an error shows: messages in both languages, path, details, toString, causes. */
  static List<String> shown(Throwable thrown, BengkelJsonException e) {
    List<String> shown = new ArrayList<>();
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      shown.add(String.valueOf(t.getMessage()));
      shown.add(t.toString());
    }
    shown.add(e.message(Locale.ENGLISH));
    shown.add(e.message(Messages.INDONESIAN));
    shown.add(e.path());
    shown.addAll(e.details());
    return shown;
  }

  @Test
  void noErrorOfAnyReaderShowsPersonalData() {
    List<Object[]> corpus = personalCorpus();
    assertThat(corpus)
        .as("documents with personal data and broken variants")
        .hasSizeGreaterThan(500);
    int refused = 0;
    for (Named reader : readers()) {
      for (Object[] doc : corpus) {
        String json = (String) doc[1];
        Throwable thrown;
        try {
          reader.reader().read(json, (Class<?>) doc[0]);
          continue;
        } catch (Exception e) {
          thrown = e;
        }
        BengkelJsonException e = bengkelError(thrown, reader + ": " + json);
        refused++;
        for (String text : shown(thrown, e)) {
          for (String marker : markers(json)) {
            assertThat(text).as("%s: %s", reader, json).doesNotContain(marker);
          }
        }
      }
    }
    assertThat(refused).isGreaterThan(corpus.size());
  }

  @Test
  void aPathThroughAKeyOfPersonalDataShowsWhatTheKeyIsNotTheKey() {
    String batch = TextJson.compact(JsonFormatContract.golden("production-batch-released"));
    Matcher pieces = Pattern.compile("\"pieces\":\\{\"([^\"]+)\":([0-9]+)").matcher(batch);
    assertThat(pieces.find()).isTrue();
    String key = pieces.group(1);
    String fraction = batch.substring(0, pieces.start(2)) + "1.5" + batch.substring(pieces.end(2));
    String twice =
        batch.substring(0, pieces.end())
            + ",\""
            + key
            + "\":"
            + pieces.group(2)
            + batch.substring(pieces.end());
    String malformed = batch.substring(0, pieces.start(2)) + "x" + batch.substring(pieces.end(2));
    for (Named reader : readers()) {
      BengkelJsonException e = refusal(reader, fraction, ProductionBatch.class, "1.5 pieces");
      assertThat(e.ruleCode()).isEqualTo("json.float-amount");
      assertThat(e.path()).isEqualTo("$.pieces[<registration number>]");
      BengkelJsonException d = refusal(reader, twice, ProductionBatch.class, "a key twice");
      assertThat(d.ruleCode()).isEqualTo("json.duplicate-key");
      assertThat(d.path()).isEqualTo("$.pieces[<registration number>]");
      assertThat(d.getMessage()).doesNotContain(key);
      BengkelJsonException m = refusal(reader, malformed, ProductionBatch.class, "malformed");
      assertThat(m.ruleCode()).isEqualTo("json.malformed");
      assertThat(m.path()).doesNotContain(key);
    }
  }

  // --- 6. one answer per question on every reader ---------------------------------------------

  private static final String OFFICER = "{\"nip\":\"198503152010121002\",\"name\":\"Ahmad Fauzi\"}";

  private static byte[] bytes(String text, Charset charset) {
    return text.getBytes(charset);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** A document as bytes, and the rule every reader refuses it with. */
  record BytesCase(String what, byte[] bytes, String rule) {}

  /** A document as text, and the rule every reader refuses it with. */
  record TextCase(String what, String text, String rule) {}

  static final List<TextCase> TEXT_CASES =
      List.of(
          new TextCase("a byte-order mark", "\uFEFF" + OFFICER, "json.malformed"),
          new TextCase("an empty document", "", "json.malformed"),
          new TextCase("only white space", " \n\t ", "json.malformed"),
          new TextCase("a block comment", "/* c */" + OFFICER, "json.malformed"),
          new TextCase("a line comment", "// c\n" + OFFICER, "json.malformed"),
          new TextCase("a comment inside", OFFICER.replace(",", ",/* c */"), "json.malformed"),
          new TextCase("a hexadecimal number", "0x1F", "json.malformed"),
          new TextCase("a negative hexadecimal number", "-0x1F", "json.malformed"),
          new TextCase(
              "a hexadecimal number inside",
              "{\"step\":0x1F,\"mode\":\"HALF_UP\"}",
              "json.malformed"),
          new TextCase("a trailing value", OFFICER + " {}", "json.trailing-tokens"),
          new TextCase("a trailing word", OFFICER + " x", "json.trailing-tokens"),
          new TextCase("a trailing bracket", OFFICER + "]", "json.trailing-tokens"));

  static final List<BytesCase> BYTES_CASES =
      List.of(
          new BytesCase(
              "a UTF-8 byte-order mark",
              concat(
                  new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                  bytes(OFFICER, StandardCharsets.UTF_8)),
              "json.malformed"),
          new BytesCase("UTF-16BE", bytes(OFFICER, StandardCharsets.UTF_16BE), "json.malformed"),
          new BytesCase("UTF-16LE", bytes(OFFICER, StandardCharsets.UTF_16LE), "json.malformed"),
          new BytesCase(
              "UTF-16 with its mark", bytes(OFFICER, StandardCharsets.UTF_16), "json.malformed"),
          new BytesCase("UTF-32BE", bytes(OFFICER, Charset.forName("UTF-32BE")), "json.malformed"),
          new BytesCase("UTF-32LE", bytes(OFFICER, Charset.forName("UTF-32LE")), "json.malformed"),
          new BytesCase("no bytes", new byte[0], "json.malformed"),
          new BytesCase(
              "trailing bytes",
              bytes(OFFICER + " x", StandardCharsets.UTF_8),
              "json.trailing-tokens"));

  @Test
  void everyReaderAnswersEachQuestionOfTheFormatAlike() throws Exception {
    for (Named reader : readers()) {
      assertThat(reader.reader().read(OFFICER, Officer.class)).isNotNull();
      for (TextCase c : TEXT_CASES) {
        Class<?> type =
            c.text().startsWith("{\"step")
                ? RoundingStep.class
                : c.text().startsWith("0") || c.text().startsWith("-")
                    ? RupiahDelta.class
                    : Officer.class;
        BengkelJsonException e = refusal(reader, c.text(), type, c.what());
        assertThat(e.ruleCode()).as("%s: %s", reader, c.what()).isEqualTo(c.rule());
      }
      for (BytesCase c : BYTES_CASES) {
        Throwable thrown = null;
        try {
          Object read = reader.reader().readBytes(c.bytes(), Officer.class);
          fail("%s: %s was read as %s", reader, c.what(), read);
        } catch (Exception e) {
          thrown = e;
        }
        BengkelJsonException e = bengkelError(thrown, reader + ": " + c.what());
        assertThat(e.ruleCode()).as("%s: %s", reader, c.what()).isEqualTo(c.rule());
      }
      // the same document in UTF-8 without a mark reads
      assertThat(reader.reader().readBytes(bytes(OFFICER, StandardCharsets.UTF_8), Officer.class))
          .isNotNull();
    }
  }

  /**
   * Every document of the hostile corpus, as bytes, through every reader with the options it is
   * hostile under (the readers' names say which: "lenient" ones read with the lenient options),
   * refused with one of the corpus's rules: the helpers decode bytes themselves, while the mappers'
   * parser factory must answer alike on every supported Jackson (the oldest decode an overlong
   * UTF-8 form as text; Jackson checks a document's length only as it loads more input).
   */
  @Test
  void everyReaderRefusesEveryHostileDocument() {
    for (Named reader : readers()) {
      BengkelJsonOptions options =
          reader.name().contains("lenient")
              ? BengkelJsonOptions.lenient()
              : BengkelJsonOptions.strict();
      for (HostileDocuments.Case c : HostileDocuments.all()) {
        if (!c.options().equals(options)) {
          continue;
        }
        byte[] bytes =
            c.bytes() != null ? c.bytes().get() : c.text().get().getBytes(StandardCharsets.UTF_8);
        Throwable thrown = null;
        try {
          Object read = reader.reader().readBytes(bytes, c.type());
          fail("%s: %s was read as %s", reader, c.name(), read);
        } catch (Exception | StackOverflowError e) {
          thrown = e;
        }
        BengkelJsonException e = bengkelError(thrown, reader + ": " + c.name());
        assertThat(c.codes()).as("%s: %s", reader, c.name()).contains(e.ruleCode());
      }
    }
  }
}
