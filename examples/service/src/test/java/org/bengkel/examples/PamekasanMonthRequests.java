package org.bengkel.examples;

import static org.bengkel.examples.PamekasanData.*;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.Service;
import org.bengkel.facility.Officer;
import org.bengkel.material.BillOfMaterials;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.PricingItem;
import org.bengkel.proceeds.Contribution;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.production.BatchStage;
import org.bengkel.production.ProductionBatch;
import org.bengkel.production.WorkInterval;
import org.bengkel.programme.Attendance;
import org.bengkel.programme.Session;
import org.bengkel.programme.SkillProgramme;
import org.bengkel.sales.GoodsLine;
import org.bengkel.sales.OrderEvent;
import org.bengkel.sales.OrderLine;
import org.bengkel.sales.OrderStatus;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.ServiceJob;
import org.bengkel.trainee.RegistrationNumber;
import org.bengkel.trainee.Trainee;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Pamekasan month (October 2026) as the HTTP requests a facility's client would send the
 * reference service, each at the instant and by the officer of the scenario's own operation: the
 * scenario ({@link PamekasanWorkshop}) is run first, and every request is read off what it did (the
 * data it was given, its register, batches, orders, splits and allocations). Lives in the
 * scenario's package because the scenario's month is package-private.
 */
public final class PamekasanMonthRequests {

  /** What a request's answer must be. */
  public enum Expect {
    /** 2xx. */
    ACCEPTED,
    /** 422: bengkel refused it, as it refused the scenario's operation. */
    REFUSED,
    /** 2xx or 422: the scenario tried it and took either answer. */
    EITHER
  }

  /**
   * One request.
   *
   * @param at the instant the service's clock shows
   * @param officer the acting officer's NIP
   * @param method the HTTP method
   * @param path the path and query
   * @param body the JSON body, or null
   * @param expect the answer expected
   */
  public record Request(
      Instant at, String officer, String method, String path, String body, Expect expect) {}

  private final Month month;
  private final JsonMapper json;
  private final List<Request> requests = new ArrayList<>();

  private PamekasanMonthRequests(Month month, JsonMapper json) {
    this.month = month;
    this.json = json;
  }

  /**
   * Runs the scenario (its report to nowhere, its documents to a folder) and lists the requests
   * that replay its month, in the order of their instants.
   *
   * @param folder where the scenario writes its documents
   * @param json the mapper that writes the bodies
   * @return the requests and the scenario's results
   */
  public static PamekasanMonthRequests of(Path folder, JsonMapper json) {
    Month month =
        PamekasanWorkshop.run(new PrintStream(OutputStream.nullOutputStream(), true), folder);
    PamekasanMonthRequests r = new PamekasanMonthRequests(month, json);
    r.build();
    r.requests.sort(Comparator.comparing(Request::at));
    return r;
  }

  /** The requests, oldest first (a stable sort: requests of one instant keep their order). */
  public List<Request> requests() {
    return requests;
  }

  /** The scenario's period report, written by {@code json}. */
  public String report() {
    return json.writeValueAsString(month.report);
  }

  /** The scenario's period report, written compactly by bengkel's Jackson 2 mapper. */
  public String reportByJackson2() {
    try {
      return org.bengkel.json.jackson2.BengkelJackson2.mapper().writeValueAsString(month.report);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The scenario's proceeds splits by the reference of their PNBP record, written by json. */
  public Map<String, String> splits() {
    Map<String, String> m = new LinkedHashMap<>();
    month.splits.forEach((s, split) -> m.put(pnbpReference(s), json.writeValueAsString(split)));
    return m;
  }

  /** The scenario's PNBP ledger, written by json. */
  public String pnbpLedger() {
    return json.writeValueAsString(month.pnbp);
  }

  private void build() {
    Officer kasi = KASI_GIATJA;
    // The facility's set-up, before the month.
    LocalDateTime setUp = LocalDateTime.of(2026, 9, 1, 8, 0);
    add(setUp, kasi, "PUT", "/facility", LAPAS, Expect.ACCEPTED);
    for (Officer o : OFFICERS) {
      add(setUp, kasi, "PUT", "/officers/" + o.nip(), o, Expect.ACCEPTED);
    }
    for (Trainee t : TRAINEES) {
      add(setUp, kasi, "POST", "/trainees", t, Expect.ACCEPTED);
    }
    for (Product p : PRODUCTS) {
      add(setUp, kasi, "PUT", "/catalogue/products/" + p.sku(), p, Expect.ACCEPTED);
    }
    for (Service s : SERVICES) {
      add(setUp, kasi, "PUT", "/catalogue/services/" + s.sku(), s, Expect.ACCEPTED);
    }
    add(setUp, kasi, "PUT", "/price-book", PRICE_BOOK, Expect.ACCEPTED);
    add(setUp, kasi, "PUT", "/tax-policy", TAX, Expect.ACCEPTED);
    add(setUp, kasi, "PUT", "/split-policies", SPLIT, Expect.ACCEPTED);
    add(setUp, kasi, "PUT", "/material-prices", MATERIAL_PRICES, Expect.ACCEPTED);
    for (BillOfMaterials b : BOMS.bills()) {
      add(setUp, kasi, "PUT", "/bills-of-materials/" + b.product(), b, Expect.ACCEPTED);
    }
    for (SkillProgramme p : PROGRAMMES) {
      add(setUp, kasi, "PUT", "/programmes/" + p.code(), p, Expect.ACCEPTED);
    }
    add(
        setUp,
        kasi,
        "PUT",
        "/pnbp/2026/target",
        Map.of("target", ProceedsChapter.PNBP_TARGET),
        Expect.ACCEPTED);
    training();
    for (ProductionBatch b : month.batches.values()) {
      batch(b);
    }
    for (SalesOrder o : month.orders) {
      order(o);
    }
    month.serviceMaterials.forEach(
        (day, cost) ->
            add(
                day.atTime(16, 5),
                WASH_SUPERVISOR,
                "PUT",
                "/service-materials/" + day,
                Map.of("cost", cost),
                Expect.ACCEPTED));
    proceeds();
  }

  /** Enrolment on the first of the month, the first week's sessions and attendance. */
  private void training() {
    for (SkillProgramme p : PROGRAMMES) {
      for (Trainee t : APPLICATIONS.get(p)) {
        add(
            MONTH_START.atTime(8, 0),
            KASI_GIATJA,
            "POST",
            "/programmes/" + p.code() + "/enrolments",
            Map.of("trainee", t.registrationNumber()),
            Expect.EITHER);
      }
    }
    LocalDateTime scheduled = TrainingChapter.WEEK_START.minusDays(3).atTime(9, 0);
    for (Session s : month.register.sessions()) {
      add(
          scheduled,
          KASI_GIATJA,
          "POST",
          "/programmes/" + s.programme() + "/sessions",
          s,
          Expect.ACCEPTED);
      SkillProgramme programme =
          PROGRAMMES.stream().filter(p -> p.code().equals(s.programme())).findFirst().orElseThrow();
      for (Trainee t : APPLICATIONS.get(programme)) {
        RegistrationNumber rn = t.registrationNumber();
        if (!month.register.isActivelyEnrolled(rn, s.programme(), s.date())) {
          continue;
        }
        Attendance a = Attendance.full(s, rn, true);
        // Attendance outside the walls the scenario was refused (no SAE eligibility) is refused
        // again by the service's clearance.
        add(
            s.date().atTime(s.end()),
            KASI_GIATJA,
            "POST",
            "/programmes/" + s.programme() + "/attendance",
            a,
            month.register.attendance().contains(a) ? Expect.ACCEPTED : Expect.REFUSED);
      }
    }
  }

  /** A batch's life, as ProductionChapter led it. */
  private void batch(ProductionBatch b) {
    String path = "/batches/" + b.lotCode();
    LocalDate day = b.productionDate();
    Officer supervisor = b.supervisor().orElseThrow();
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("lotCode", b.lotCode());
    plan.put("sku", b.product().sku());
    plan.put("plannedQuantity", b.plannedQuantity());
    plan.put("productionDate", day);
    add(day.minusDays(3).atTime(9, 0), KASI_GIATJA, "POST", "/batches", plan, Expect.ACCEPTED);
    add(
        day.minusDays(3).atTime(9, 5),
        KASI_GIATJA,
        "POST",
        path + "/supervisor",
        Map.of("nip", supervisor.nip()),
        Expect.ACCEPTED);
    add(
        day.atTime(7, 30),
        supervisor,
        "POST",
        path + "/start",
        Map.of("team", List.copyOf(b.team())),
        Expect.ACCEPTED);
    add(day.atTime(7, 45), supervisor, "POST", path + "/materials", null, Expect.ACCEPTED);
    Map<LocalDate, List<WorkInterval>> byDay = new TreeMap<>();
    for (WorkInterval w : b.work()) {
      byDay.computeIfAbsent(w.date(), d -> new ArrayList<>()).add(w);
    }
    LocalDate last = day;
    for (Map.Entry<LocalDate, List<WorkInterval>> e : byDay.entrySet()) {
      add(
          e.getKey().atTime(15, 5),
          supervisor,
          "POST",
          path + "/work",
          e.getValue(),
          Expect.ACCEPTED);
      last = e.getKey();
    }
    for (Map.Entry<RegistrationNumber, Long> p : b.pieces().entrySet()) {
      Map<String, Object> pieces = new LinkedHashMap<>();
      pieces.put("trainee", p.getKey());
      pieces.put("count", p.getValue());
      add(last.atTime(15, 10), supervisor, "POST", path + "/pieces", pieces, Expect.ACCEPTED);
    }
    add(
        last.atTime(15, 15),
        supervisor,
        "POST",
        path + "/packaging",
        Map.of("producedUnits", b.producedUnits().orElseThrow()),
        Expect.ACCEPTED);
    Map<String, Object> check = new LinkedHashMap<>();
    check.put("goodUnits", b.qualityCheck().orElseThrow().goodUnits());
    check.put("rejectedUnits", b.qualityCheck().orElseThrow().rejectedUnits());
    add(last.atTime(15, 45), KASI_GIATJA, "POST", path + "/quality-check", check, Expect.ACCEPTED);
    boolean released = b.stage() == BatchStage.RELEASED;
    add(
        last.atTime(16, 0),
        KASI_GIATJA,
        "POST",
        path + "/release",
        null,
        released ? Expect.ACCEPTED : Expect.REFUSED);
    if (!released) {
      add(
          last.atTime(16, 0),
          KASI_GIATJA,
          "POST",
          path + "/reject",
          Map.of("reason", "keputusan keamanan pangan"),
          Expect.ACCEPTED);
    }
  }

  /** An order's steps, each at the instant and by the officer of its history. */
  private void order(SalesOrder o) {
    String path = "/orders/" + o.number();
    List<PricingItem> items = new ArrayList<>();
    List<Map<String, Object>> jobs = new ArrayList<>();
    for (int i = 0; i < o.lines().size(); i++) {
      OrderLine line = o.lines().get(i);
      if (line instanceof ServiceJob j) {
        items.add(PricingItem.of(service(j.sku().value()), j.vehicleClass(), 1));
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("line", i + 1);
        job.put("date", j.date());
        job.put("trainees", j.trainees());
        jobs.add(job);
      } else {
        GoodsLine g = (GoodsLine) line;
        items.add(PricingItem.of(product(g.sku().value()), g.quantity()));
      }
    }
    Map<String, Object> quote = new LinkedHashMap<>();
    quote.put("channel", o.channel());
    quote.put("date", o.orderDate());
    quote.put("lines", items);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("customer", o.customer());
    body.put("quote", quote);
    if (!jobs.isEmpty()) {
      body.put("jobs", jobs);
    }
    for (OrderEvent e : o.history()) {
      String officer = e.stamp().actor().nip().orElseThrow().toString();
      Instant at = e.at();
      switch (e.status()) {
        case QUOTED ->
            requests.add(new Request(at, officer, "PUT", path, write(body), Expect.ACCEPTED));
        case CONFIRMED ->
            requests.add(
                new Request(at, officer, "POST", path + "/confirm", null, Expect.ACCEPTED));
        case PAID ->
            requests.add(new Request(at, officer, "POST", path + "/pay", null, Expect.ACCEPTED));
        case FULFILLED ->
            requests.add(new Request(at, officer, "POST", path + "/fulfil", null, Expect.ACCEPTED));
        default -> throw new IllegalStateException("no request for " + e.status());
      }
    }
    if (o.status() == OrderStatus.QUOTED) {
      // The scenario's confirmation was refused (not enough stock): so is the service's.
      OrderEvent quoted = o.history().get(0);
      requests.add(
          new Request(
              quoted.at().plusSeconds(60),
              quoted.stamp().actor().nip().orElseThrow().toString(),
              "POST",
              path + "/confirm",
              null,
              Expect.REFUSED));
    }
  }

  /** PNBP before October, then each stream's split with its PNBP share, and its premi. */
  private void proceeds() {
    LocalDate september = LocalDate.of(2026, 9, 30);
    add(
        september.atTime(15, 0),
        KASI_GIATJA,
        "POST",
        "/pnbp/2026/records",
        entry("PNBP-2026-01-09", ProceedsChapter.PNBP_BEFORE_OCTOBER),
        Expect.ACCEPTED);
    add(
        september.atTime(16, 0),
        KASI_GIATJA,
        "POST",
        "/pnbp/2026/deposits",
        entry("SSBP-2026-09", ProceedsChapter.PNBP_BEFORE_OCTOBER),
        Expect.ACCEPTED);
    for (Month.Stream s : Month.Stream.values()) {
      Map<String, Object> split = new LinkedHashMap<>();
      split.put("reference", pnbpReference(s));
      split.put("revenue", month.revenue.get(s));
      split.put("materialCost", month.materialCost.get(s).plus(month.writeOffs.get(s)));
      add(MONTH_END.atTime(17, 0), KASI_GIATJA, "POST", "/proceeds/splits", split, Expect.ACCEPTED);
    }
    for (Month.Stream s : Month.Stream.values()) {
      PremiAllocation a = month.allocations.get(s);
      Map<String, Object> allocation = new LinkedHashMap<>();
      allocation.put("reference", "PREMI-2026-10-" + s.name());
      allocation.put("pool", month.splits.get(s).premi());
      allocation.put("basis", a.basis());
      allocation.put(
          "contributions",
          a.shares().stream()
              .map(share -> Contribution.of(share.registrationNumber(), share.quantity()))
              .toList());
      add(
          MONTH_END.atTime(17, 5),
          KASI_GIATJA,
          "POST",
          "/premi/allocations",
          allocation,
          Expect.ACCEPTED);
    }
    // The trainee who wished to shop at the cooperative: each wish granted or refused as the
    // scenario's was (the balances are compared after the replay). The account is addressed by
    // the trainee's service id, which the client learnt when it registered the trainee.
    for (Rupiah wish : List.of(Rupiah.of(100_000), Rupiah.of(50_000))) {
      add(
          MONTH_END.atTime(17, 10),
          KASI_GIATJA,
          "POST",
          "/premi/accounts/" + traineeId(AHMAD.registrationNumber()) + "/spending",
          entry("Koperasi: sabun, kopi", wish),
          Expect.EITHER);
    }
    if (!month.pnbp.year().equals(Year.of(2026))) {
      throw new IllegalStateException("the scenario's PNBP year moved");
    }
  }

  /**
   * A path segment that stands for a trainee's service id, which the client learns from {@code POST
   * /trainees}: {@code {trainee:B.I-0412/2024}}.
   */
  public static String traineeId(RegistrationNumber number) {
    return "{trainee:" + number.value() + "}";
  }

  /** The scenario's premi accounts by registration number. */
  public Map<RegistrationNumber, org.bengkel.proceeds.PremiAccount> premiAccounts() {
    return month.accounts;
  }

  private static Map<String, Object> entry(String reference, Rupiah amount) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reference", reference);
    m.put("amount", amount);
    return m;
  }

  private static String pnbpReference(Month.Stream s) {
    return "PNBP-2026-10-" + s.name();
  }

  private void add(
      LocalDateTime local,
      Officer officer,
      String method,
      String path,
      Object body,
      Expect expect) {
    requests.add(
        new Request(
            stamp(officer, local).at(),
            officer.nip().toString(),
            method,
            path,
            body == null ? null : write(body),
            expect));
  }

  private String write(Object body) {
    return json.writeValueAsString(body);
  }
}
