package org.bengkel.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bengkel.json.BengkelJsonException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bengkel validate FILE...}: reads each file as a bengkel document and prints {@code OK} or
 * its error with the JSON path and the rule code.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Reads bengkel documents and prints OK, or the error with its JSON path and rule code.",
      "The type comes from --type, or from the envelope {\"kind\", \"schemaVersion\", \"data\"}"
          + " of a versioned document (any kind bengkel-json registers, e.g. facility-record).",
      "The reader stops at a document's first error, so one error is shown per file.",
      "Type names: order and report-data (the inputs of quote and report), trainee, officer,"
          + " facility, product, price-book, quote, premi-account, pnbp-ledger, split-policies, ..."
          + " (every type of bengkel's JSON format in kebab case; an unknown --type lists them"
          + " all)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file is valid",
      "1:a file is invalid",
      "2:usage error (unknown --type, no type for a plain document)",
      "3:a file cannot be read"
    })
final class ValidateCommand extends BaseCommand {

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      descriptionKey = "FILE",
      description = "The documents to check.")
  List<Path> files;

  @Option(
      names = {"-t", "--type"},
      paramLabel = "NAME",
      description = "The type of every file, e.g. trainee, price-book, quote.")
  String type;

  /** The tool's own input formats, which are not types of bengkel's JSON format. */
  private static final Map<String, Function<JsonNode, Object>> TOOL_FORMATS =
      Map.of("order", QuoteCommand::order, "report-data", ReportCommand::bundle);

  @Override
  int run() {
    Optional<Class<?>> forced = Optional.empty();
    if (type != null && !TOOL_FORMATS.containsKey(type)) {
      forced = Optional.of(DocumentTypes.find(type).orElseThrow(() -> unknownType(type)));
    }
    int code = ExitCode.OK;
    for (Path file : files) {
      code = Math.max(code, check(file, forced));
    }
    return code;
  }

  /** An unknown --type: the closest known name if one is near, then every known name. */
  static CliFailure unknownType(String type) {
    List<String> known =
        new java.util.ArrayList<>(TOOL_FORMATS.keySet().stream().sorted().toList());
    known.addAll(DocumentTypes.names());
    Optional<String> near = DocumentTypes.closest(type, known);
    String all = String.join(", ", known);
    return CliFailure.usage(
        "unknown type '"
            + type
            + "'"
            + near.map(n -> " (did you mean '" + n + "'?)").orElse("")
            + "; known types: "
            + all,
        "jenis '"
            + type
            + "' tidak dikenal"
            + near.map(n -> " (mungkin maksud Anda '" + n + "'?)").orElse("")
            + "; jenis yang dikenal: "
            + all);
  }

  private int check(Path file, Optional<Class<?>> forced) {
    try {
      String text;
      try {
        text = Inputs.text(file);
      } catch (CliFailure e) {
        err().println("error: " + e.message(lang));
        return e.exitCode();
      }
      String name;
      if (type != null && TOOL_FORMATS.containsKey(type)) {
        TOOL_FORMATS.get(type).apply(Inputs.JSON.read(text, JsonNode.class));
        name = type;
      } else if (forced.isPresent()) {
        Inputs.read(text, forced.get());
        name = type;
      } else {
        JsonNode root = Inputs.JSON.read(text, JsonNode.class);
        if (!Envelope.isEnveloped(root)) {
          err()
              .println(
                  "error: "
                      + file
                      + ": "
                      + lang.pick(
                          "no --type given and the document has no envelope {\"kind\","
                              + " \"schemaVersion\", \"data\"}",
                          "--type tidak diberikan dan dokumen tidak memiliki amplop {\"kind\","
                              + " \"schemaVersion\", \"data\"}"));
          return ExitCode.USAGE;
        }
        name = Envelope.describe(Envelope.read(text));
      }
      out().println(file + ": OK (" + name + ")");
      return ExitCode.OK;
    } catch (BengkelJsonException e) {
      out().println(file + ": " + lang.pick("INVALID", "TIDAK SAH"));
      out().println("  " + DocumentError.line(e, lang.locale()));
      return ExitCode.INVALID;
    }
  }
}
