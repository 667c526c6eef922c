package org.bengkel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.bengkel.examples.cli.BengkelCliTest.Run;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.Property;
import org.bengkel.trainee.RegisterClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An outside team's hostile-input pass, kept: seeded mutations of every sample in {@code
 * examples/samples} (a value replaced by a value at or past a bound, a property removed, repeated
 * or added with a name that looks like a path, an array emptied or repeated, the text cut short)
 * given to {@code validate}. Whatever the mutation, the tool answers 0 or 1 (the files are UTF-8),
 * with no stack trace and no "unexpected" failure, and never prints a registration number the
 * sample holds. It found a report-data file whose repeated {@code pieces} key was printed as {@code
 * $.batches[4].pieces['B.I-0231/2023']}. Replay a failure with {@code -Dbengkel.seed}.
 */
class HostileSamplesTest {

  private static final ObjectMapper TREE = new ObjectMapper();

  /** The samples without an envelope, by the type {@code validate} needs. */
  private static final Map<String, String> TYPES =
      Map.of(
          "eligibility-policy.json", "eligibility-policy",
          "officer.json", "officer",
          "order.json", "order",
          "order-lines.json", "order",
          "report-data.json", "report-data",
          "split-policies.json", "split-policies",
          "tax-policy.json", "tax-policy",
          "trainee-narcotics.json", "trainee",
          "trainee.json", "trainee");

  /** Raw JSON put in place of a value: bounds of long, int and Rupiah, dates, odd texts. */
  private static final List<String> VALUES =
      List.of(
          "null",
          "true",
          "\"\"",
          "\" \"",
          "{}",
          "[]",
          "0",
          "-1",
          "-0",
          "1.5",
          "1e2",
          "1E400",
          "2147483647",
          "2147483648",
          "-2147483649",
          "9223372036854775807",
          "9223372036854775808",
          "-9223372036854775809",
          "99999999999999999999999999",
          "\"0000-01-01\"",
          "\"9999-12-31\"",
          "\"+10000-01-01\"",
          "\"-0001-01-01\"",
          "\"2023-02-29\"",
          "\"2024-02-29\"",
          "\"2026-10-15T10:00:00+07:00\"",
          "\"+10000-01-01T00:00:00Z\"",
          "\"2026-10-15T24:00\"",
          "\"P9999999999Y\"",
          "\"-P1D\"",
          "\"\\ud800\"",
          "\"a\\u0000b\"",
          "\"\\u202e\"",
          "\"a\\nb\"",
          "\"x\\\"y\"",
          "\"1000000%\"",
          "\"-5%\"",
          "\"NaN\"",
          "\"" + "x".repeat(100_001) + "\"",
          "[" + "[".repeat(100) + "]".repeat(100) + "]");

  /** Names of added properties: paths, quotes, line breaks, a registration number. */
  private static final List<String> NAMES =
      List.of("a.b[0]", "x\\\"y", "x\\ny", "$", "", "\\ud800", "B.I-1/2026");

  record Mutation(String sample, String what, String text) {
    @Override
    public String toString() {
      return sample + ": " + what;
    }
  }

  private static List<Path> samples() {
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every object and array of a tree with its path, in document order. */
  private static void containers(
      JsonNode node, String path, List<Map.Entry<String, JsonNode>> out) {
    if (node.isContainerNode()) {
      out.add(Map.entry(path, node));
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        containers(e.getValue(), path + "." + e.getKey(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        containers(node.get(i), path + "[" + i + "]", out);
      }
    }
  }

  private static final String RAW = "\u0001raw\u0001";

  private static String render(JsonNode root, String raw) {
    try {
      return TREE.writeValueAsString(root).replace("\"\\u0001raw\\u0001\"", raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Mutation mutate(Path file, RandomGenerator random) {
    String text;
    JsonNode root;
    try {
      text = Files.readString(file);
      root = TREE.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String sample = file.getFileName().toString();
    List<Map.Entry<String, JsonNode>> places = new ArrayList<>();
    containers(root, "$", places);
    Map.Entry<String, JsonNode> place = places.get(random.nextInt(places.size()));
    String value = VALUES.get(random.nextInt(VALUES.size()));
    if (place.getValue() instanceof ObjectNode o && o.size() > 0) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      String name = names.get(random.nextInt(names.size()));
      String at = place.getKey() + "." + name;
      switch (random.nextInt(4)) {
        case 0 -> {
          o.remove(name);
          return new Mutation(sample, "remove " + at, render(root, ""));
        }
        case 1 -> {
          String added = NAMES.get(random.nextInt(NAMES.size()));
          o.set(name, TextNode.valueOf(RAW));
          String raw = value + ",\"" + added + "\":1";
          return new Mutation(
              sample, at + " := " + abbreviated(value) + " + " + added, render(root, raw));
        }
        case 2 -> {
          // the property given twice, the second time with the hostile value
          String original = render(o.get(name), "");
          o.set(name, TextNode.valueOf(RAW));
          return new Mutation(
              sample, "repeat " + at, render(root, original + ",\"" + name + "\":" + value));
        }
        default -> {
          o.set(name, TextNode.valueOf(RAW));
          return new Mutation(sample, at + " := " + abbreviated(value), render(root, value));
        }
      }
    }
    if (place.getValue() instanceof ArrayNode a && a.size() > 0) {
      String at = place.getKey();
      switch (random.nextInt(3)) {
        case 0 -> {
          a.removeAll();
          return new Mutation(sample, "empty " + at, render(root, ""));
        }
        case 1 -> {
          JsonNode first = a.get(0);
          int n = random.nextBoolean() ? 1 : 2_000;
          for (int i = 0; i < n; i++) {
            a.add(first);
          }
          return new Mutation(sample, "repeat " + at + "[0] " + n + " times", render(root, ""));
        }
        default -> {
          a.set(random.nextInt(a.size()), TextNode.valueOf(RAW));
          return new Mutation(sample, at + "[i] := " + abbreviated(value), render(root, value));
        }
      }
    }
    return switch (random.nextInt(3)) {
      case 0 -> new Mutation(sample, "byte-order mark", "\uFEFF" + text);
      case 1 -> new Mutation(sample, "trailing value", text + " {}");
      default -> {
        int cut = random.nextInt(text.length());
        yield new Mutation(sample, "cut at " + cut, text.substring(0, cut));
      }
    };
  }

  private static String abbreviated(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "..." : value;
  }

  /** The registration numbers a sample holds: texts and names with a register class's prefix. */
  private static List<String> registrationNumbers(String text) {
    List<String> found = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]{3,40})\"").matcher(text);
    while (m.find()) {
      String s = m.group(1);
      if (RegisterClass.ofPrefix(s).isPresent() && s.length() > 4) {
        found.add(s);
      }
    }
    return found;
  }

  @Test
  void validateAnswersEveryMutationOfEverySampleWithoutLeakingARegistrationNumber(
      @TempDir Path dir) {
    List<Path> samples = samples();
    Gen<Mutation> mutations = random -> mutate(samples.get(random.nextInt(samples.size())), random);
    Property.check(
        "validate answers 0 or 1 to a mutated sample and repeats no registration number",
        mutations,
        m -> {
          Path file = dir.resolve("doc.json");
          try {
            Files.writeString(file, m.text());
            List<String> numbers =
                new ArrayList<>(
                    registrationNumbers(Files.readString(Path.of("samples", m.sample()))));
            // and the number a mutation may add as a property's name
            NAMES.stream()
                .filter(n -> RegisterClass.ofPrefix(n).isPresent() && n.length() > 4)
                .forEach(numbers::add);
            String type = TYPES.get(m.sample());
            Run r =
                type == null
                    ? BengkelCliTest.run("validate", file.toString())
                    : BengkelCliTest.run("validate", "--type", type, file.toString());
            String all = r.out() + r.err();
            assertThat(r.code()).as(all).isBetween(ExitCode.OK, ExitCode.INVALID);
            assertThat(all).doesNotContain("unexpected");
            for (String number : numbers) {
              assertThat(all).as("a registration number printed").doesNotContain(number);
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
