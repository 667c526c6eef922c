package org.bengkel.testkit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bengkel.audit.AuditTrail;
import org.bengkel.audit.Disclosure;
import org.bengkel.outcome.Outcome;
import org.bengkel.pricing.PriceBook;
import org.bengkel.pricing.PriceBookEvent;
import org.bengkel.proceeds.PnbpEvent;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.proceeds.PremiEvent;
import org.bengkel.testkit.PricingGen;
import org.bengkel.testkit.ProceedsGen;
import org.bengkel.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * Replay laws of proceeds and pricing (docs/audit.md), as {@link ReplayLawsTest} states them for
 * stock and orders: for random operation sequences of the testkit's generators (1,000 by default,
 * {@link Property#SAMPLES_PROPERTY}), the events of the accepted operations rebuild the same premi
 * account, PNBP ledger or price book at the same version; a refused operation yields no event and
 * leaves the version as it was; each accepted change's one event carries the next version.
 */
class ProceedsReplayLawsTest {

  @Test
  void aPremiAccountReplayedFromItsEventsEqualsTheLiveOne() {
    Property.check(
        "replaying a premi account's events gives the same account and version",
        ProceedsGen.premiScenarios(),
        scenario -> {
          PremiAccount account = scenario.account();
          List<PremiEvent> events = new ArrayList<>();
          for (ProceedsGen.PremiOperation op : scenario.operations()) {
            PremiAccount before = account;
            Outcome<PremiAccount> r = op.applyTo(before);
            if (r.isRefused()) {
              assertThat(r.events()).as("a refused %s yields no event", op).isEmpty();
              assertThat(before.version()).isEqualTo(events.size());
              continue;
            }
            account = r.orElseThrow();
            List<PremiEvent> own = r.events(PremiEvent.class);
            assertThat(own).as("events of %s", op).hasSize(1).isEqualTo(r.events());
            PremiEvent e = own.get(0);
            assertThat(e.version()).isEqualTo(before.version() + 1).isEqualTo(account.version());
            assertThat(e.aggregateId()).isEqualTo(account.registrationNumber().value());
            assertThat(e.entry()).isEqualTo(account.entries().get(account.entries().size() - 1));
            // the holder's number never shows in an event's text
            assertThat(e.toString()).doesNotContain(account.registrationNumber().value());
            events.add(e);
          }
          PremiAccount replayed =
              PremiAccount.replay(
                  account.registrationNumber(), account.spendingCap(), List.copyOf(events));
          assertThat(replayed).isEqualTo(account);
          assertThat(replayed.version()).isEqualTo(account.version()).isEqualTo(events.size());
          assertThat(account.events()).isEqualTo(events);
          // an audit trail without disclosure never names the holder
          String holder = account.registrationNumber().value();
          assertThat(AuditTrail.of(events).lines(Locale.ENGLISH, List.of(), Disclosure.NO_TRAINEES))
              .hasSize(events.size())
              .noneMatch(l -> l.contains(holder));
        });
  }

  @Test
  void aPnbpLedgerReplayedFromItsEventsEqualsTheLiveOne() {
    Property.check(
        "replaying a PNBP ledger's events gives the same ledger and version",
        ProceedsGen.pnbpScenarios(),
        scenario -> {
          PnbpLedger ledger = scenario.ledger();
          List<PnbpEvent> events = new ArrayList<>();
          for (ProceedsGen.PnbpOperation op : scenario.operations()) {
            PnbpLedger before = ledger;
            Outcome<PnbpLedger> r = op.applyTo(before);
            if (r.isRefused()) {
              assertThat(r.events()).as("a refused %s yields no event", op).isEmpty();
              assertThat(before.version()).isEqualTo(events.size());
              continue;
            }
            ledger = r.orElseThrow();
            List<PnbpEvent> own = r.events(PnbpEvent.class);
            assertThat(own).as("events of %s", op).hasSize(1).isEqualTo(r.events());
            PnbpEvent e = own.get(0);
            assertThat(e.version()).isEqualTo(before.version() + 1).isEqualTo(ledger.version());
            assertThat(e.aggregateId()).isEqualTo(ledger.id());
            events.add(e);
          }
          PnbpLedger replayed =
              PnbpLedger.replay(ledger.facilityCode(), ledger.year(), ledger.target(), events);
          assertThat(replayed).isEqualTo(ledger);
          assertThat(replayed.version()).isEqualTo(ledger.version()).isEqualTo(events.size());
        });
  }

  @Test
  void aPriceBookReplayedFromItsEventsEqualsTheLiveOne() {
    Property.check(
        "replaying a price book's events gives the same book and version",
        PricingGen.priceBookScenarios(),
        scenario -> {
          PriceBook book = PriceBook.of(List.of());
          List<PriceBookEvent> events = new ArrayList<>();
          for (PricingGen.PriceBookOperation op : scenario.operations()) {
            PriceBook before = book;
            Outcome<PriceBook> r = op.applyTo(before);
            if (r.isRefused()) {
              assertThat(r.events()).as("a refused %s yields no event", op).isEmpty();
              assertThat(before.version()).isEqualTo(events.size());
              continue;
            }
            book = r.orElseThrow();
            List<PriceBookEvent> own = r.events(PriceBookEvent.class);
            assertThat(own).as("events of %s", op).hasSize(1).isEqualTo(r.events());
            PriceBookEvent e = own.get(0);
            assertThat(e.version()).isEqualTo(before.version() + 1).isEqualTo(book.version());
            events.add(e);
          }
          PriceBook replayed = PriceBook.replay(events);
          assertThat(replayed).isEqualTo(book);
          assertThat(replayed.version()).isEqualTo(book.version()).isEqualTo(events.size());
        });
  }
}
