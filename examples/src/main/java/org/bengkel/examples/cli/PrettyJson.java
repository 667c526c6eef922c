package org.bengkel.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Writes a bengkel value as the tool prints JSON: bengkel's JSON form (through {@link
 * Inputs#JSON}), two-space indented, {@code "name": value}, {@code \n} line breaks.
 */
final class PrettyJson {

  private static final ObjectWriter WRITER = writer();

  private PrettyJson() {}

  private static ObjectWriter writer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    return Inputs.JSON.objectMapper().writer(printer);
  }

  /**
   * The value as indented JSON, without a final line break.
   *
   * @param value a value of one of bengkel's types (or a Jackson tree)
   * @param what what is written, for the error message ("the quote")
   * @return the text
   * @throws CliFailure exit code 1 if the value cannot be written
   */
  static String of(Object value, String what) {
    try {
      return WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw CliFailure.invalid("cannot write " + what + " as JSON: " + e.getOriginalMessage());
    }
  }
}
