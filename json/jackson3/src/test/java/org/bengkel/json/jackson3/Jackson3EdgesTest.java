package org.bengkel.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.core.JsonGenerator;
import java.io.StringWriter;
import java.util.List;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonReadResult;
import org.bengkel.money.Rupiah;
import org.junit.jupiter.api.Test;

/** Jackson 3 edges: caller beans with fields, writer plumbing, failures while writing. */
class Jackson3EdgesTest {

  /** A caller's mutable bean, bound through its fields in document order. */
  public static final class Unit {
    public String name;
    public Rupiah budget;
    public List<String> tags;
  }

  private static BengkelJsonException thrown(Runnable r) {
    try {
      r.run();
    } catch (BengkelJsonException e) {
      return e;
    }
    throw new AssertionError("no BengkelJsonException");
  }

  @Test
  void unknownPropertyOfABeanHasItsPath() {
    BengkelJsonException e =
        thrown(() -> BengkelJackson3.create().read("{\"name\":\"x\",\"rank\":1}", Unit.class));
    assertThat(e.ruleCode()).isEqualTo("json.unknown-property");
    assertThat(e.path()).isEqualTo("$.rank");
    JsonReadResult<Unit> r =
        BengkelJackson3.create(BengkelJsonOptions.lenient())
            .readReporting("{\"name\":\"x\",\"rank\":{\"a\":1},\"budget\":5}", Unit.class);
    assertThat(r.ignoredProperties()).containsExactly("$.rank");
    assertThat(r.value().budget).isEqualTo(Rupiah.of(5));
  }

  @Test
  void wrongTypeInsideABeanListHasTheIndex() {
    BengkelJsonException e =
        thrown(() -> BengkelJackson3.create().read("{\"tags\":[\"a\",{}]}", Unit.class));
    assertThat(e.ruleCode()).isEqualTo("json.wrong-type");
    assertThat(e.path()).isEqualTo("$.tags[1]");
  }

  @Test
  void nullDocumentAndGarbageAfterTheValueAreRefused() {
    assertThat(thrown(() -> BengkelJackson3.create().read("null", Unit.class)).ruleCode())
        .isEqualTo("json.null-value");
    assertThat(thrown(() -> BengkelJackson3.create().read("{} }", Unit.class)).ruleCode())
        .isEqualTo("json.trailing-tokens");
  }

  @Test
  void unwritableValueIsReportedAsBengkelException() {
    assertThat(thrown(() -> BengkelJackson3.create().write(new Object())).ruleCode())
        .isEqualTo("json.malformed");
  }

  @Test
  void writerWritesEveryKindOfToken() {
    StringWriter text = new StringWriter();
    try (JsonGenerator gen = BengkelJackson3.mapper().createGenerator(text)) {
      new Jackson3Writer(gen).beginArray().bool(false).nullValue().number(-1).string("a/b").endArray();
    }
    assertThat(text.toString()).isEqualTo("[false,null,-1,\"a/b\"]");
  }
}
