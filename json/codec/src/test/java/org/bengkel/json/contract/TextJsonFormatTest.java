package org.bengkel.json.contract;

import java.util.ArrayList;
import java.util.List;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.Codecs;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonReadResult;
import org.bengkel.json.JsonReader;

/** The format contract over bengkel-json alone, with the library-free {@link TextJson}. */
class TextJsonFormatTest extends JsonFormatContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return new JsonBinding() {
      @Override
      public <T> JsonReadResult<T> readReporting(String json, Class<T> type) {
        if (json.length() > options.maxStringLength() + 2 && json.startsWith("\"")) {
          throw org.bengkel.json.BengkelJsonException.of(
              org.bengkel.json.JsonRule.LIMIT_EXCEEDED, JsonPath.ROOT, "string length");
        }
        List<String> ignored = new ArrayList<>();
        JsonReader in =
            JsonReader.of(new TextJson.Tokens(json), JsonPath.ROOT, options, ignored::add);
        T value = in.read(Codecs.of(type));
        in.endDocument();
        return JsonReadResult.of(value, ignored);
      }

      @Override
      public String write(Object value) {
        return TextJsonFormatTest.write(value);
      }
    };
  }

  private static <T> String write(T value) {
    @SuppressWarnings("unchecked") // getClass() of a T is a Class<? extends T>
    Class<T> type = (Class<T>) value.getClass();
    TextJson.CompactWriter out = new TextJson.CompactWriter();
    out.value(Codecs.findFor(type).orElseThrow(), value);
    return out.toString();
  }
}
