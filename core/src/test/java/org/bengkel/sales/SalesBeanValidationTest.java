package org.bengkel.sales;

import static org.bengkel.sales.Fixture.DAY;
import static org.bengkel.sales.Fixture.KUE;
import static org.bengkel.sales.Fixture.T0;
import static org.bengkel.sales.Fixture.at;
import static org.bengkel.sales.Fixture.rp;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bengkel.internal.BeanValidationAgreement;
import org.bengkel.pricing.Channel;
import org.bengkel.production.LotCode;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.api.Test;

/**
 * The Bean Validation annotations on the sales values' accessors agree with their builders' checks,
 * shown by running Hibernate Validator on candidate values of each property.
 */
class SalesBeanValidationTest {

  @Test
  void validValuesHaveNoViolations() {
    SalesOrder order = Fixture.order();
    BeanValidationAgreement.assertNoViolations(order);
    BeanValidationAgreement.assertNoViolations(Fixture.kue(3));
    BeanValidationAgreement.assertNoViolations(Fixture.carWash());
    BeanValidationAgreement.assertNoViolations(Customer.government("007123", "Dinas"));
    BeanValidationAgreement.assertNoViolations(returnOf(1));
    BeanValidationAgreement.assertNoViolations(InvoiceTax.added("PPN", rp(1)));
    BeanValidationAgreement.assertNoViolations(InvoiceLine.of(KUE, "Kue", 1, rp(1)));
  }

  @Test
  void orderLineAnnotationsAgreeWithTheChecks() {
    BeanValidationAgreement.assertAgreement(
        GoodsLine.class,
        "quantity",
        Arrays.asList(-1L, 0L, 1L, 1_000_000_000L, 1_000_000_001L),
        q -> GoodsLine.of(KUE, "Kue", q, rp(90_000)));
    BeanValidationAgreement.assertAgreement(
        GoodsLine.class,
        "description",
        Arrays.asList(null, "", " ", "Kue", "x".repeat(200), "x".repeat(201)),
        d -> GoodsLine.builder().sku(KUE).description(d).quantity(1).unitPrice(rp(1)).build());
    BeanValidationAgreement.assertAgreement(
        ServiceJob.class,
        "trainees",
        Arrays.asList(Set.<RegistrationNumber>of(), Set.of(Fixture.ANDI)),
        t -> ServiceJob.builder().from(Fixture.carWash()).trainees(t).build());
    BeanValidationAgreement.assertAgreement(
        ServiceJob.class,
        "description",
        Arrays.asList("", "Cuci", "x".repeat(201)),
        d -> ServiceJob.builder().from(Fixture.carWash()).description(d).build());
  }

  @Test
  void orderAnnotationsAgreeWithTheChecks() {
    BeanValidationAgreement.assertAgreement(
        SalesOrder.class,
        "number",
        Arrays.asList(null, "", "SO-1", "so-1", "SO--1", "S".repeat(30), "S".repeat(31)),
        n ->
            SalesOrder.quoted(
                n, Channel.GALLERY, Customer.walkIn(), DAY, List.of(Fixture.kue(1)), T0));
    BeanValidationAgreement.assertAgreement(
        SalesOrder.class,
        "lines",
        Arrays.asList(List.<OrderLine>of(), List.<OrderLine>of(Fixture.kue(1))),
        l -> SalesOrder.quoted("SO-1", Channel.GALLERY, Customer.walkIn(), DAY, l, T0));
  }

  @Test
  void customerAnnotationsAgreeWithTheChecks() {
    BeanValidationAgreement.assertAgreement(
        Customer.class,
        "satkerCode",
        Arrays.asList(
            Optional.of("1"),
            Optional.of("007123"),
            Optional.of("12A"),
            Optional.of(""),
            Optional.of("1".repeat(20)),
            Optional.of("1".repeat(21))),
        c ->
            Customer.builder()
                .kind(CustomerKind.GOVERNMENT)
                .organisation("Dinas")
                .satkerCode(c)
                .build());
    BeanValidationAgreement.assertAgreement(
        Customer.class,
        "organisation",
        Arrays.asList(Optional.of("Dinas"), Optional.of(" "), Optional.of("x".repeat(201))),
        o ->
            Customer.builder()
                .kind(CustomerKind.PARTNER)
                .partnerCode("P-1")
                .organisation(o)
                .build());
    BeanValidationAgreement.assertAgreement(
        Customer.class,
        "partnerCode",
        Arrays.asList(Optional.of("P-1"), Optional.of("p-1"), Optional.of("P".repeat(41))),
        c ->
            Customer.builder()
                .kind(CustomerKind.PARTNER)
                .organisation("CV")
                .partnerCode(c)
                .build());
    BeanValidationAgreement.assertAgreement(
        Customer.class,
        "name",
        Arrays.asList(Optional.of("Siti"), Optional.of(""), Optional.of("x".repeat(201))),
        n -> Customer.builder().kind(CustomerKind.INDIVIDUAL).name(n).build());
  }

  @Test
  void invoiceAndReturnAnnotationsAgreeWithTheChecks() {
    BeanValidationAgreement.assertAgreement(
        GoodsReturn.class,
        "creditNoteNumber",
        Arrays.asList(null, "CN-1", "cn-1", "C".repeat(40), "C".repeat(41)),
        n -> GoodsReturn.builder().from(returnOf(1)).creditNoteNumber(n).build());
    BeanValidationAgreement.assertAgreement(
        GoodsReturn.class, "line", Arrays.asList(-1, 0, 1, 2), l -> returnOf(l));
    BeanValidationAgreement.assertAgreement(
        GoodsReturn.class,
        "quantity",
        Arrays.asList(0L, 1L, 1_000_000_001L),
        q -> GoodsReturn.builder().from(returnOf(1)).quantity(q).build());
    BeanValidationAgreement.assertAgreement(
        InvoiceTax.class,
        "label",
        Arrays.asList("", "PPN", "x".repeat(60), "x".repeat(61)),
        l -> InvoiceTax.added(l, rp(1)));
    BeanValidationAgreement.assertAgreement(
        InvoiceLine.class,
        "quantity",
        Arrays.asList(-5L, 0L, 1L, 7L),
        q -> InvoiceLine.of(KUE, "Kue", q, rp(1)));
    BeanValidationAgreement.assertAgreement(
        InvoiceLine.class,
        "description",
        Arrays.asList("", "Kue", "x".repeat(201)),
        d -> InvoiceLine.of(KUE, d, 1, rp(1)));
  }

  private static GoodsReturn returnOf(int line) {
    return GoodsReturn.of(line, LotCode.of("KK-A"), 1, ReturnDisposition.RESTOCK, at(1), "CN-1");
  }
}
