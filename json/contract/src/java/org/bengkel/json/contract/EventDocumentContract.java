package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.bengkel.audit.DomainEvent;
import org.bengkel.inventory.StockEvent;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.document.Document;
import org.bengkel.json.document.DocumentKind;
import org.bengkel.json.document.DocumentKinds;
import org.bengkel.json.schema.JsonSchemas;
import org.bengkel.outcome.Outcome;
import org.bengkel.sales.OrderChange;
import org.bengkel.sales.SalesOrder;
import org.bengkel.testkit.InventoryGen;
import org.bengkel.testkit.Property;
import org.bengkel.testkit.SalesGen;
import org.junit.jupiter.api.Test;

/**
 * Domain events as documents (docs/audit.md): every event record of core is a document kind named
 * by its type, and events made by random operation sequences are written and read back equal, on
 * every binding.
 */
public abstract class EventDocumentContract {

  /** The binding under test, reading with the given options. */
  protected abstract JsonBinding binding(BengkelJsonOptions options);

  private JsonBinding strict() {
    return binding(BengkelJsonOptions.strict());
  }

  @Test
  void everyEventRecordOfCoreIsADocumentKindOfItsOwn() {
    Set<String> missing = new TreeSet<>();
    for (Class<?> event : eventRecordsOfCore()) {
      List<DocumentKind<?>> kinds =
          DocumentKinds.all().stream().filter(k -> k.type() == event).toList();
      if (kinds.size() != 1) {
        missing.add(event.getName() + " has " + kinds.size() + " kinds");
      }
    }
    assertThat(missing).as("event records without exactly one document kind").isEmpty();
    assertThat(eventRecordsOfCore()).hasSizeGreaterThanOrEqualTo(12);
  }

  @Test
  void everyEventKindHasASchemaNamingEveryProperty() {
    for (DocumentKind<?> kind : DocumentKinds.all()) {
      if (DomainEvent.class.isAssignableFrom(kind.type())) {
        String schema = JsonSchemas.forKind(kind);
        for (var component : kind.type().getRecordComponents()) {
          String name = component.getName().equals("stamp") ? "actor" : component.getName();
          assertThat(schema).as("schema of %s", kind.name()).contains("\"" + name + "\"");
        }
      }
    }
  }

  @Test
  void eventsOfRandomOperationSequencesRoundTripAsDocumentsOfTheirType() {
    Property.check(
        "every event is written as the kind of its type and read back equal",
        Property.seed(),
        100,
        SalesGen.scenarios(),
        scenario -> {
          for (DomainEvent event : events(scenario)) {
            DocumentKind<?> kind = DocumentKinds.find(event.type()).orElseThrow();
            assertThat(kind.type()).isEqualTo(event.getClass());
            Document document = Document.ofEvent(event);
            assertThat(document.kind()).isSameAs(kind);
            String written = strict().write(document);
            assertThat(written)
                .startsWith("{\"kind\":\"" + event.type() + "\",\"schemaVersion\":1");
            Document read = strict().read(written, Document.class);
            assertThat(read.payload()).isEqualTo(event);
            assertThat(strict().write(read)).isEqualTo(written);
          }
        });
  }

  @Test
  void anEventThatCoreRefusesIsRefusedWithBengkelsErrorAtItsPath() {
    String json =
        "{\"kind\":\"sales.order-paid\",\"schemaVersion\":1,\"data\":{\"order\":\"SO-1\","
            + "\"version\":0,\"at\":\"2026-10-12T02:14:00Z\",\"zone\":\"WIB\","
            + "\"actor\":\"system:import\"}}";
    assertThatThrownBy(() -> strict().read(json, Document.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class, e -> assertThat(e.path()).isEqualTo("$.data.version"));
    String noActor = json.replace(",\"actor\":\"system:import\"", "").replace("0,", "1,");
    assertThatThrownBy(() -> strict().read(noActor, Document.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class, e -> assertThat(e.getMessage()).contains("actor"));
  }

  /** The events of a generated ledger and its orders, as ReplayLawsTest makes them. */
  private static List<DomainEvent> events(SalesGen.Scenario scenario) {
    List<DomainEvent> events = new ArrayList<>();
    StockLedger ledger = StockLedger.empty(InventoryGen.LEDGER);
    for (StockLot lot : scenario.lots()) {
      Outcome<StockLedger> r = ledger.receive(lot, InventoryGen.receipt(lot));
      events.addAll(r.events(StockEvent.class));
      ledger = r.orElseThrow();
    }
    List<SalesOrder> orders = new ArrayList<>(scenario.orders());
    orders.forEach(o -> events.addAll(o.events()));
    for (SalesGen.OrderOperation op : scenario.operations()) {
      Outcome<OrderChange> r = op.applyTo(orders.get(op.order()), ledger);
      if (r.isAccepted()) {
        r.events().forEach(e -> events.add((DomainEvent) e));
        orders.set(op.order(), r.orElseThrow().order());
        ledger = r.orElseThrow().ledger();
      }
    }
    return events;
  }

  /** Every record of bengkel-core that is a domain event, found in core's classes. */
  static List<Class<?>> eventRecordsOfCore() {
    try {
      Path root =
          Path.of(DomainEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<String> names;
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          names = files.map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        }
      } else {
        try (var jar = new java.util.jar.JarFile(root.toFile())) {
          names = jar.stream().map(java.util.zip.ZipEntry::getName).toList();
        }
      }
      List<Class<?>> events = new ArrayList<>();
      for (String name : names) {
        if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
          Class<?> c =
              Class.forName(
                  name.substring(0, name.length() - 6).replace('/', '.'),
                  false,
                  DomainEvent.class.getClassLoader());
          if (c.isRecord() && DomainEvent.class.isAssignableFrom(c)) {
            events.add(c);
          }
        }
      }
      return events;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
