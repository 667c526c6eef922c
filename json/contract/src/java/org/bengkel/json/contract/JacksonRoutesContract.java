package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bengkel.facility.Officer;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.money.Rupiah;
import org.junit.jupiter.api.Test;

/**
 * Every way into a hardened mapper (<i>setiap jalan masuk</i>), the same on Jackson 2 and Jackson
 * 3: {@code readValue} from text, bytes (also with an offset), a stream, a reader and a file;
 * {@code readValues} over an array; a tree read first and then bound ({@code treeToValue}); {@code
 * convertValue} from maps and lists; and bengkel values inside the caller's generic record, bean,
 * list, array and map. Over the hostile suite and the usual hostile bodies, every failure while
 * reading a bengkel value is Jackson's exception around bengkel's error, with a rule and a path
 * that names the place in the whole document. The hardened mapper refuses a {@code DataInput}; a
 * caller's mapper reads one with bengkel's answers.
 */
public abstract class JacksonRoutesContract {

  /** Reads a document as a bengkel type one way; throws whatever that way throws. */
  @FunctionalInterface
  public interface Read {
    /**
     * Reads the document.
     *
     * @return the value, or {@link #NOT_BENGKELS} when the failure was outside bengkel's values
     */
    Object read(byte[] json, Class<?> type) throws Exception;
  }

  /**
   * What a route answers when a step before bengkel's value failed: the tree of a {@code
   * treeToValue} route, which is Jackson's own reading, not a bengkel value's.
   */
  public static final Object NOT_BENGKELS = new Object();

  /**
   * A way into the mapper: its name, where bengkel's value sits in the document it reads ({@code
   * $}, or {@code $.value} when the route wraps the value in a caller's record), and the read.
   */
  public record Route(String name, String at, Read read) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The routes into the hardened strict mapper ({@code BengkelJacksonN.mapper()}). */
  protected abstract List<Route> routes();

  /** The route that reads from a {@code DataInput}. */
  protected abstract Read dataInput();

  /** Jackson's root exception of this major. */
  protected abstract Class<? extends Exception> jacksonException();

  /**
   * The details of refusals of the whole document's bytes, at its root: its first bytes (a mark,
   * UTF-16 or UTF-32), or bytes that are not UTF-8 anywhere when the guard decodes the document
   * before Jackson parses it (on a Jackson that would decode them as text itself).
   */
  private static final Set<String> WHOLE_DOCUMENT =
      Set.of("not UTF-8 without a byte-order mark", "invalid UTF-8");

  private static final String OFFICER = "{\"nip\":\"198503152010121002\",\"name\":\"Ahmad Fauzi\"}";

  /**
   * A registration number, the key of the route through a caller's {@code Map}: a caller may key a
   * map by personal data, which neither bengkel's path ({@code $[<key>]}) nor Jackson's path or
   * message may repeat.
   */
  protected static final String PERSONAL_KEY = "B.I-45/2025";

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The hostile suite's strict documents and the usual hostile bodies, each with its type. */
  static List<Object[]> corpus() {
    List<Object[]> out = new ArrayList<>();
    for (HostileDocuments.Case c : HostileDocuments.all()) {
      if (!c.options().equals(BengkelJsonOptions.strict())) {
        continue;
      }
      byte[] bytes = c.bytes() != null ? c.bytes().get() : utf8(c.text().get());
      if (bytes.length <= 200_000) { // the size limits are the parser's, the same on every route
        out.add(new Object[] {c.toString(), c.type(), bytes});
      }
    }
    List<String> officers =
        new ArrayList<>(
            List.of(
                "",
                " \n\t ",
                "\uFEFF" + OFFICER,
                "NaN",
                "-Infinity",
                "1e999999",
                "123456789012345678901234567890",
                "[]",
                "\"x\"",
                "true",
                OFFICER.replace("\"Ahmad Fauzi\"", "NaN"),
                OFFICER.replace("\"Ahmad Fauzi\"", "1e999999"),
                OFFICER.replace("\"Ahmad Fauzi\"", "9".repeat(200)),
                OFFICER.replace("\"Ahmad Fauzi\"", "{\"a\":[1]}"),
                OFFICER.replace("\"198503152010121002\"", "198503152010121002"),
                OFFICER.replace("}", ",\"nip\":\"198503152010121002\"}"),
                OFFICER.replace("}", ",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}"),
                "[".repeat(3_000),
                "{\"a\":".repeat(3_000)));
    for (int i = 1; i < OFFICER.length(); i++) {
      officers.add(OFFICER.substring(0, i)); // cut short everywhere
    }
    officers.forEach(o -> out.add(new Object[] {"officer " + o, Officer.class, utf8(o)}));
    for (String r :
        List.of(
            "NaN",
            "Infinity",
            "1e999999",
            "123456789012345678901234567890",
            "-123456789012345678901234567890",
            "1.5",
            "\"150000\"",
            "{}",
            "[1]")) {
      out.add(new Object[] {"rupiah " + r, Rupiah.class, utf8(r)});
    }
    byte[] invalid = utf8(OFFICER);
    invalid[OFFICER.indexOf("Ahmad")] = (byte) 0xFF;
    out.add(new Object[] {"officer with 0xFF", Officer.class, invalid});
    return out;
  }

  /** bengkel's error in what a route threw; fails for anything else. */
  private BengkelJsonException bengkelError(Throwable thrown, String what) {
    if (!jacksonException().isInstance(thrown)
        || !thrown.getClass().getSimpleName().equals("BengkelMismatchedInputException")) {
      throw new AssertionError(what + " threw " + thrown, thrown);
    }
    if (!(thrown.getCause() instanceof BengkelJsonException e)) {
      throw new AssertionError(what + " threw " + thrown + " without bengkel's error", thrown);
    }
    assertThat(e.ruleCode()).as(what).isNotBlank();
    // neither bengkel's path nor Jackson's (in its message and getPath()) shows a map's key
    Object jacksonPath;
    try {
      jacksonPath = thrown.getClass().getMethod("getPath").invoke(thrown);
    } catch (ReflectiveOperationException r) {
      throw new AssertionError(r);
    }
    for (String shown : List.of(e.path(), thrown.toString(), String.valueOf(jacksonPath))) {
      assertThat(shown).as(what).doesNotContain(PERSONAL_KEY);
    }
    return e;
  }

  @Test
  void everyRouteFailsWithBengkelsErrorOnlyAtThePlaceInTheWholeDocument() {
    List<Object[]> corpus = corpus();
    assertThat(corpus.size()).isGreaterThan(100);
    int refused = 0;
    for (Route route : routes()) {
      for (Object[] c : corpus) {
        String what = route + ": " + c[0];
        Object value;
        try {
          value = route.read().read((byte[]) c[2], (Class<?>) c[1]);
        } catch (Exception | StackOverflowError e) {
          BengkelJsonException b = bengkelError(e, what);
          // in an array the parser may fail at the next element ("[0x1F]": "0", then "x") or before
          // the first (a comment): the array's own place
          String at = route.at().endsWith("[0]") ? route.at().replace("[0]", "") : route.at();
          if (b.details().stream().noneMatch(WHOLE_DOCUMENT::contains)) {
            assertThat(b.path()).as(what + " " + b).startsWith(at);
          }
          refused++;
          continue;
        }
        assertThat(value).as(what).isNotNull();
      }
    }
    assertThat(refused).isGreaterThan(corpus.size() * routes().size() / 2);
  }

  /**
   * Jackson's parser fails on a token it cannot read while its current token is still the one
   * before: an error right after {@code [} or a property name is at the element or the property,
   * also for a reading limit, which Jackson reports without naming its parser.
   */
  @Test
  void aParserErrorNamesThePlaceItFailedAt() {
    for (Route route : routes()) {
      assertRefused(route, "NaN", Rupiah.class, "json.malformed", "");
      assertRefused(route, "9".repeat(200), Rupiah.class, "json.limit-exceeded", "");
      assertRefused(
          route,
          OFFICER.replace("\"Ahmad Fauzi\"", "9".repeat(200)),
          Officer.class,
          "json.limit-exceeded",
          ".name");
    }
  }

  private void assertRefused(Route route, String json, Class<?> type, String rule, String at) {
    String what = route + ": " + json;
    try {
      Object read = route.read().read(utf8(json), type);
      if (read != NOT_BENGKELS) {
        fail("%s was read as %s", what, read);
      }
    } catch (Exception e) {
      BengkelJsonException b = bengkelError(e, what);
      assertThat(b.ruleCode()).as(what).isEqualTo(rule);
      assertThat(b.path()).as(what).isEqualTo(route.at() + at);
    }
  }

  // --- DataInput ---------------------------------------------------------------------------------

  private static BengkelJsonException refusal(Read read, String json, Class<?> type, String what)
      throws Exception {
    Object value;
    try {
      value = read.read(utf8(json), type);
    } catch (Exception e) {
      if (!(e.getCause() instanceof BengkelJsonException b)
          || !e.getClass().getSimpleName().equals("BengkelMismatchedInputException")) {
        throw e;
      }
      return b;
    }
    return fail("%s was read as %s", what, value);
  }

  /**
   * A hardened mapper refuses a {@code DataInput}, with bengkel's error: nothing bounds its length,
   * so the document-length limit could not hold. (Jackson 2.19 threw {@code
   * UnsupportedOperationException} for every one, Jackson 2.20 and later refuse it with that limit
   * in words of its own, Jackson 3 read it unbounded.)
   */
  @Test
  void theHardenedMapperRefusesADataInput() throws Exception {
    for (String json : List.of(OFFICER, "", "\uFEFF" + OFFICER)) {
      BengkelJsonException e = refusal(dataInput(), json, Officer.class, "a DataInput");
      assertThat(e.ruleCode()).isEqualTo("json.limit-exceeded");
      assertThat(e.path()).isEqualTo("$");
    }
  }

  /**
   * A mapper of the caller's with the module and bengkel's limits on names, strings and numbers (no
   * document-length limit), reading a {@code DataInput}.
   */
  protected abstract Read constrainedDataInput();

  /**
   * On a caller's mapper a {@code DataInput} is read, and within a bengkel value its end (Jackson's
   * {@code EOFException}) is {@code json.malformed}, and property names are measured by bengkel's
   * reader, since Jackson's parser of a {@code DataInput} does not.
   */
  @Test
  void aDataInputOnACallersMapperIsReadWithBengkelsAnswers() throws Exception {
    assertThat(constrainedDataInput().read(utf8(OFFICER), Officer.class))
        .isInstanceOf(Officer.class);
    for (String cut : List.of("{\"nip\":\"1985", "{\"nip\":\"198503152010121002\",")) {
      BengkelJsonException e = refusal(constrainedDataInput(), cut, Officer.class, cut);
      assertThat(e.ruleCode()).as(cut).isEqualTo("json.malformed");
    }
    BengkelJsonException name =
        refusal(
            constrainedDataInput(),
            OFFICER.replace("}", ",\"" + "n".repeat(5_000) + "\":1}"),
            Officer.class,
            "a 5 000-character name");
    assertThat(name.ruleCode()).isEqualTo("json.limit-exceeded");
  }
}
