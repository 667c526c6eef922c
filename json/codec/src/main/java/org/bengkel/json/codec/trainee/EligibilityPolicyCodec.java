package org.bengkel.json.codec.trainee;

import static org.bengkel.json.codec.trainee.TraineeValues.many;
import static org.bengkel.json.codec.trainee.TraineeValues.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.trainee.EligibilityPolicy;

/**
 * {@link EligibilityPolicy} as an object of its twelve settings, fractions as {@code Rate} strings,
 * months or years as integers and {@code saeNeedsOwnApproval} as a boolean. Every setting is
 * written; an absent setting reads as its default (so a document written before
 * {@code saeNeedsOwnApproval} existed reads with the asimilasi approval covering SAE work).
 */
final class EligibilityPolicyCodec implements Codec<EligibilityPolicy> {

  @Override
  public Class<EligibilityPolicy> type() {
    return EligibilityPolicy.class;
  }

  @Override
  public void write(EligibilityPolicy value, JsonWriter out) {
    out.beginObject();
    out.name("asimilasiFraction").value(MoneyCodecs.RATE, value.asimilasiFraction());
    out.name("specialAsimilasiFraction").value(MoneyCodecs.RATE, value.specialAsimilasiFraction());
    out.name("integrationFraction").value(MoneyCodecs.RATE, value.integrationFraction());
    out.name("generalCleanMonths").number(value.generalCleanMonths());
    out.name("specialCleanMonths").number(value.specialCleanMonths());
    out.name("integrationCleanMonths").number(value.integrationCleanMonths());
    out.name("minimumMonths").number(value.minimumMonths());
    out.name("cbSentenceCapMonths").number(value.cbSentenceCapMonths());
    out.name("cbMaximumLeaveMonths").number(value.cbMaximumLeaveMonths());
    out.name("cmbMaximumMonths").number(value.cmbMaximumMonths());
    out.name("narcoticsSpecialFromYears").number(value.narcoticsSpecialFromYears());
    out.name("saeNeedsOwnApproval").bool(value.saeNeedsOwnApproval());
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("The eligibility settings (kebijakan kelayakan); an absent setting reads as its default",
            many("asimilasiFraction", ref(MoneyCodecs.RATE)),
            many("specialAsimilasiFraction", ref(MoneyCodecs.RATE)),
            many("integrationFraction", ref(MoneyCodecs.RATE)),
            many("generalCleanMonths", JsonSchema.integer(0, 240)),
            many("specialCleanMonths", JsonSchema.integer(0, 240)),
            many("integrationCleanMonths", JsonSchema.integer(0, 240)),
            many("minimumMonths", JsonSchema.integer(0, 240)),
            many("cbSentenceCapMonths", JsonSchema.integer(1, 240)),
            many("cbMaximumLeaveMonths", JsonSchema.integer(1, 240)),
            many("cmbMaximumMonths", JsonSchema.integer(1, 240)),
            many("narcoticsSpecialFromYears", JsonSchema.integer(0, 20)),
            many("saeNeedsOwnApproval", JsonSchema.bool())));
  }
  @Override
  public EligibilityPolicy read(JsonReader in) {
    EligibilityPolicy.Builder b = EligibilityPolicy.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "asimilasiFraction" -> b.asimilasiFraction(in.read(MoneyCodecs.RATE));
        case "specialAsimilasiFraction" -> b.specialAsimilasiFraction(in.read(MoneyCodecs.RATE));
        case "integrationFraction" -> b.integrationFraction(in.read(MoneyCodecs.RATE));
        case "generalCleanMonths" -> b.generalCleanMonths(TraineeValues.nextInt(in));
        case "specialCleanMonths" -> b.specialCleanMonths(TraineeValues.nextInt(in));
        case "integrationCleanMonths" -> b.integrationCleanMonths(TraineeValues.nextInt(in));
        case "minimumMonths" -> b.minimumMonths(TraineeValues.nextInt(in));
        case "cbSentenceCapMonths" -> b.cbSentenceCapMonths(TraineeValues.nextInt(in));
        case "cbMaximumLeaveMonths" -> b.cbMaximumLeaveMonths(TraineeValues.nextInt(in));
        case "cmbMaximumMonths" -> b.cmbMaximumMonths(TraineeValues.nextInt(in));
        case "narcoticsSpecialFromYears" -> b.narcoticsSpecialFromYears(TraineeValues.nextInt(in));
        case "saeNeedsOwnApproval" -> b.saeNeedsOwnApproval(in.nextBoolean());
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return TraineeValues.build(in, b::build);
  }
}
