package org.bengkel.json.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonReadResult;
import org.bengkel.money.Rupiah;
import org.junit.jupiter.api.Test;

/** Jackson 2 edges: caller beans with fields, writer plumbing, failures while writing. */
class Jackson2EdgesTest {

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
        thrown(() -> BengkelJackson2.create().read("{\"name\":\"x\",\"rank\":1}", Unit.class));
    assertThat(e.ruleCode()).isEqualTo("json.unknown-property");
    assertThat(e.path()).isEqualTo("$.rank");
    JsonReadResult<Unit> r =
        BengkelJackson2.create(BengkelJsonOptions.lenient())
            .readReporting("{\"name\":\"x\",\"rank\":{\"a\":1},\"budget\":5}", Unit.class);
    assertThat(r.ignoredProperties()).containsExactly("$.rank");
    assertThat(r.value().budget).isEqualTo(Rupiah.of(5));
  }

  @Test
  void wrongTypeInsideABeanListHasTheIndex() {
    BengkelJsonException e =
        thrown(() -> BengkelJackson2.create().read("{\"tags\":[\"a\",{}]}", Unit.class));
    assertThat(e.ruleCode()).isEqualTo("json.wrong-type");
    assertThat(e.path()).isEqualTo("$.tags[1]");
  }

  @Test
  void nullDocumentAndGarbageAfterTheValueAreRefused() {
    assertThat(thrown(() -> BengkelJackson2.create().read("null", Unit.class)).ruleCode())
        .isEqualTo("json.null-value");
    assertThat(thrown(() -> BengkelJackson2.create().read("{} }", Unit.class)).ruleCode())
        .isEqualTo("json.trailing-tokens");
  }

  @Test
  void unwritableValueIsReportedAsBengkelException() {
    assertThat(thrown(() -> BengkelJackson2.create().write(new Object())).ruleCode())
        .isEqualTo("json.malformed");
  }

  @Test
  void writerWritesEveryKindOfToken() throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator gen = BengkelJackson2.mapper().getFactory().createGenerator(text)) {
      new Jackson2Writer(gen).beginArray().bool(false).nullValue().number(-1).string("a/b").endArray();
    }
    assertThat(text.toString()).isEqualTo("[false,null,-1,\"a/b\"]");
  }

  @Test
  void ioFailuresWhileWritingSurfaceAsIoExceptions() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] c, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> BengkelJackson2.mapper().writeValue(broken, Rupiah.of(1)))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(
            () -> {
              try (JsonGenerator gen = BengkelJackson2.mapper().getFactory().createGenerator(broken)) {
                Jackson2Writer w = new Jackson2Writer(gen);
                w.string("x".repeat(100_000));
              }
            })
        .isInstanceOfAny(UncheckedIOException.class, IOException.class);
  }
}
