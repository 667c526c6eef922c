package org.bengkel.examples;

import static org.bengkel.examples.PamekasanData.*;

import java.io.PrintStream;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bengkel.catalog.Service;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.material.MaterialPrice;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.TaxBreakdown;
import org.bengkel.sales.Customer;
import org.bengkel.sales.Invoice;
import org.bengkel.sales.OrderLine;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.ServiceJob;
import org.bengkel.trainee.EligibilityPolicy;
import org.bengkel.trainee.Entitlement;
import org.bengkel.trainee.RegistrationNumber;
import org.bengkel.trainee.Trainee;

/**
 * A week of car and motorcycle washes at the SAE outside the walls (19 to 24 October): each day's
 * jobs quoted at the tariff of the catalogue and made into an order from that quote, each job with
 * the trainees who did it. Only trainees actively enrolled in the wash programme and eligible for
 * SAE on the day are put on a job.
 */
final class ServiceChapter {

  static final LocalDate WEEK = LocalDate.of(2026, 10, 19);

  /** Cars and motorcycles washed per day, Monday to Saturday. */
  static final int[] CARS = {4, 5, 3, 6, 5, 8};

  static final int[] MOTORCYCLES = {9, 11, 8, 10, 12, 15};

  /** Shampoo per job, in millilitres. */
  static final long CAR_ML = 100;

  static final long MOTORCYCLE_ML = 40;

  void run(PrintStream out, Month month) {
    Table.heading(out, "6. Jasa cuci mobil dan motor SAE, " + WEEK + " s.d. " + WEEK.plusDays(5));
    Service car = service("CUCI-MOBIL");
    Service motor = service("CUCI-MOTOR");
    EligibilityPolicy policy = EligibilityPolicy.defaults();
    Table days =
        new Table("Tanggal", "Kuitansi", ">Mobil", ">Motor", ">Jumlah", ">PPN", ">Sampo", "Tim");
    for (int d = 0; d < 6; d++) {
      LocalDate day = WEEK.plusDays(d);
      List<RegistrationNumber> crew = new ArrayList<>();
      for (Trainee t : APPLICATIONS.get(WASH)) {
        if (month.register.isActivelyEnrolled(t.registrationNumber(), WASH.code(), day)
            && policy.evaluate(Entitlement.SAE, t, day).eligible()) {
          crew.add(t.registrationNumber());
        }
      }
      // One quoted line per job, at the catalogue tariff of its vehicle class, and who did it.
      List<PricingItem> items = new ArrayList<>();
      List<Set<RegistrationNumber>> crews = new ArrayList<>();
      int n = 0;
      for (int i = 0; i < CARS[d]; i++, n++) {
        items.add(PricingItem.of(car, VehicleClass.CAR, 1));
        crews.add(pair(crew, n));
      }
      for (int i = 0; i < MOTORCYCLES[d]; i++, n++) {
        items.add(PricingItem.of(motor, VehicleClass.MOTORCYCLE, 1));
        crews.add(Set.of(crew.get(n % crew.size())));
      }
      Quote quote = PRICE_BOOK.quote(Channel.GALLERY, day, items, TAX);
      List<OrderLine> jobs = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        jobs.add(ServiceJob.of(quote.lines().get(i), day, crews.get(i)));
      }
      for (OrderLine job : jobs) {
        for (RegistrationNumber rn : ((ServiceJob) job).trainees()) {
          month.washJobs.merge(rn, 1L, Long::sum);
        }
      }
      String number = String.format("SO-2026-10-1%02d", d + 1);
      org.bengkel.audit.Stamp close =
          PamekasanData.stamp(PamekasanData.WASH_SUPERVISOR, day.atTime(16, 0));
      SalesOrder order = SalesOrder.fromQuote(number, Customer.walkIn(), quote, jobs, close);
      month.events.addAll(order.events());
      order =
          month
              .accept(
                  order
                      .confirm(month.ledger, close)
                      .flatMap(c -> c.order().pay(c.ledger(), close.plusMinutes(1)))
                      .flatMap(c -> c.order().fulfil(c.ledger(), close.plusMinutes(2))))
              .order();
      month.orders.add(order);
      TaxBreakdown tax = quote.tax();
      Invoice receipt =
          Invoice.receiptWithQuotedTax(
              order, String.format("KW-2026-10-1%02d", d + 1), day, SalesChapter.PPN_LABEL);
      month.invoices.add(receipt);
      month.addRevenue(Month.Stream.WASH, tax.priceExcludingTax());
      month.ppn = month.ppn.plus(tax.ppn());
      MaterialPrice shampoo = MATERIAL_PRICES.priceOn("SAMPO-KENDARAAN", day).orElseThrow();
      Rupiah shampooCost =
          shampoo
              .price()
              .times(
                  Rate.of(CARS[d] * CAR_ML + MOTORCYCLES[d] * MOTORCYCLE_ML, 1000),
                  RoundingMode.HALF_UP);
      month.addMaterialCost(Month.Stream.WASH, shampooCost);
      month.serviceMaterials.put(day, shampooCost);
      days.row(
          day,
          receipt.number(),
          CARS[d],
          MOTORCYCLES[d],
          order.total(),
          tax.ppn(),
          shampooCost,
          String.join(", ", crew.stream().map(rn -> BY_NUMBER.get(rn).name()).toList()));
    }
    days.print(out);
    Table perTrainee = new Table("Warga binaan", ">Pekerjaan");
    month.washJobs.forEach((rn, jobs) -> perTrainee.row(BY_NUMBER.get(rn).name(), jobs));
    perTrainee.print(out);
    for (Trainee t : APPLICATIONS.get(WASH)) {
      if (!month.washJobs.containsKey(t.registrationNumber())) {
        out.println(
            t.name()
                + " tidak ditugaskan di SAE: tidak aktif di program cuci atau belum layak SAE"
                + " (lihat bagian 1 dan 2).");
      }
    }
    out.println();
  }

  /** Two trainees for a car, rotating through the crew. */
  private static Set<RegistrationNumber> pair(List<RegistrationNumber> crew, int n) {
    Set<RegistrationNumber> s = new LinkedHashSet<>();
    s.add(crew.get(n % crew.size()));
    s.add(crew.get((n + 1) % crew.size()));
    return s;
  }
}
