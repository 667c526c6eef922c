package org.bengkel.json.privacy;

import static org.bengkel.json.schema.JsonSchema.arrayOf;
import static org.bengkel.json.schema.JsonSchema.optional;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.proceeds.ProceedsCodecs;
import org.bengkel.json.codec.production.ProductionCodecs;
import org.bengkel.json.codec.programme.ProgrammeCodecs;
import org.bengkel.json.codec.trainee.TraineeCodecs;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.production.LotCode;
import org.bengkel.production.TeamHours;
import org.bengkel.production.WorkInterval;
import org.bengkel.programme.Attendance;
import org.bengkel.programme.CompetencyAssessment;
import org.bengkel.programme.Enrolment;
import org.bengkel.programme.SkillsPassport;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.proceeds.PremiShare;
import org.bengkel.trainee.Trainee;

/**
 * {@link SubjectAccessExport} as {@code {"asOf","trainee","enrolments","attendance","assessments",
 * "skillsPassport","production","serviceJobs","premiShares","premiAccount"}}, each production
 * entry {@code {"lotCode","productionDate","work","hours"}}, each service job
 * {@code {"orderNumber","sku","description","vehicleClass","date","teamSize"}}.
 */
final class SubjectAccessExportCodec implements Codec<SubjectAccessExport> {

  static final Codec<SubjectAccessExport.ProductionWork> PRODUCTION_WORK = new Codec<>() {
    @Override
    public Class<SubjectAccessExport.ProductionWork> type() {
      return SubjectAccessExport.ProductionWork.class;
    }

    @Override
    public void write(SubjectAccessExport.ProductionWork value, JsonWriter out) {
      out.beginObject();
      out.name("lotCode").value(ProductionCodecs.LOT_CODE, value.lotCode());
      out.name("productionDate").date(value.productionDate());
      out.name("work").beginArray();
      value.work().forEach(w -> out.value(ProductionCodecs.WORK_INTERVAL, w));
      out.endArray();
      value.hours().ifPresent(h -> out.name("hours").value(ProductionCodecs.TEAM_HOURS, h));
      out.endObject();
    }

    @Override
    public SubjectAccessExport.ProductionWork read(JsonReader in) {
      LotCode lot = null;
      LocalDate date = null;
      List<WorkInterval> work = null;
      TeamHours hours = null;
      in.beginObject();
      while (in.hasNext()) {
        switch (in.nextName()) {
          case "lotCode" -> lot = in.read(ProductionCodecs.LOT_CODE);
          case "productionDate" -> date = in.nextDate();
          case "work" -> work = in.readList(ProductionCodecs.WORK_INTERVAL);
          case "hours" -> hours = in.nextIfNull() ? null : in.read(ProductionCodecs.TEAM_HOURS);
          default -> in.unknownProperty();
        }
      }
      in.endObject();
      LotCode l = lot;
      LocalDate d = date;
      List<WorkInterval> w = work;
      TeamHours h = hours;
      return in.build(
          () -> new SubjectAccessExport.ProductionWork(
              JsonReader.required(l, "lotCode"), JsonReader.required(d, "productionDate"),
              JsonReader.required(w, "work"), Optional.ofNullable(h)));
    }

    @Override
    public Optional<JsonSchema> schema() {
      return Optional.of(
          JsonSchema.object(
                  required("lotCode", ref(ProductionCodecs.LOT_CODE)),
                  required("productionDate", JsonSchema.date()),
                  required("work", arrayOf(ref(ProductionCodecs.WORK_INTERVAL))),
                  optional("hours", ref(ProductionCodecs.TEAM_HOURS)))
              .describedAs("The subject's work in one production batch"));
    }
  };

  static final Codec<SubjectAccessExport.ServiceWork> SERVICE_WORK = new Codec<>() {
    @Override
    public Class<SubjectAccessExport.ServiceWork> type() {
      return SubjectAccessExport.ServiceWork.class;
    }

    @Override
    public void write(SubjectAccessExport.ServiceWork value, JsonWriter out) {
      out.beginObject();
      out.name("orderNumber").string(value.orderNumber());
      out.name("sku").value(CatalogCodecs.SKU, value.sku());
      out.name("description").string(value.description());
      out.name("vehicleClass").value(CatalogCodecs.VEHICLE_CLASS, value.vehicleClass());
      out.name("date").date(value.date());
      out.name("teamSize").number(value.teamSize());
      out.endObject();
    }

    @Override
    public SubjectAccessExport.ServiceWork read(JsonReader in) {
      String order = null;
      Sku sku = null;
      String description = null;
      VehicleClass vehicle = null;
      LocalDate date = null;
      Long team = null;
      in.beginObject();
      while (in.hasNext()) {
        switch (in.nextName()) {
          case "orderNumber" -> order = in.nextString();
          case "sku" -> sku = in.read(CatalogCodecs.SKU);
          case "description" -> description = in.nextString();
          case "vehicleClass" -> vehicle = in.read(CatalogCodecs.VEHICLE_CLASS);
          case "date" -> date = in.nextDate();
          case "teamSize" -> {
            team = in.nextLong();
            if (team < 1 || team > Integer.MAX_VALUE) {
              throw in.error(JsonRule.AMOUNT_OUT_OF_RANGE, 1, Integer.MAX_VALUE);
            }
          }
          default -> in.unknownProperty();
        }
      }
      in.endObject();
      String o = order;
      Sku s = sku;
      String t = description;
      VehicleClass v = vehicle;
      LocalDate d = date;
      Long n = team;
      return in.build(
          () -> new SubjectAccessExport.ServiceWork(
              JsonReader.required(o, "orderNumber"), JsonReader.required(s, "sku"),
              JsonReader.required(t, "description"), JsonReader.required(v, "vehicleClass"),
              JsonReader.required(d, "date"), JsonReader.required(n, "teamSize").intValue()));
    }

    @Override
    public Optional<JsonSchema> schema() {
      return Optional.of(
          JsonSchema.object(
                  required("orderNumber", JsonSchema.string()),
                  required("sku", ref(CatalogCodecs.SKU)),
                  required("description", JsonSchema.string()),
                  required("vehicleClass", ref(CatalogCodecs.VEHICLE_CLASS)),
                  required("date", JsonSchema.date()),
                  required("teamSize", JsonSchema.integer(1, Integer.MAX_VALUE)))
              .describedAs("A service job the subject worked on, without the team's registration numbers"));
    }
  };

  @Override
  public Class<SubjectAccessExport> type() {
    return SubjectAccessExport.class;
  }

  @Override
  public void write(SubjectAccessExport value, JsonWriter out) {
    out.beginObject();
    out.name("asOf").date(value.asOf());
    out.name("trainee").value(TraineeCodecs.TRAINEE, value.trainee());
    out.name("enrolments").beginArray();
    value.enrolments().forEach(e -> out.value(ProgrammeCodecs.ENROLMENT, e));
    out.endArray();
    out.name("attendance").beginArray();
    value.attendance().forEach(a -> out.value(ProgrammeCodecs.ATTENDANCE, a));
    out.endArray();
    out.name("assessments").beginArray();
    value.assessments().forEach(a -> out.value(ProgrammeCodecs.COMPETENCY_ASSESSMENT, a));
    out.endArray();
    out.name("skillsPassport").value(ProgrammeCodecs.SKILLS_PASSPORT, value.skillsPassport());
    out.name("production").beginArray();
    value.production().forEach(p -> out.value(PRODUCTION_WORK, p));
    out.endArray();
    out.name("serviceJobs").beginArray();
    value.serviceJobs().forEach(s -> out.value(SERVICE_WORK, s));
    out.endArray();
    out.name("premiShares").beginArray();
    value.premiShares().forEach(s -> out.value(ProceedsCodecs.PREMI_SHARE, s));
    out.endArray();
    value.premiAccount().ifPresent(a -> out.name("premiAccount").value(ProceedsCodecs.PREMI_ACCOUNT, a));
    out.endObject();
  }

  @Override
  public SubjectAccessExport read(JsonReader in) {
    LocalDate asOf = null;
    Trainee trainee = null;
    List<Enrolment> enrolments = null;
    List<Attendance> attendance = null;
    List<CompetencyAssessment> assessments = null;
    SkillsPassport passport = null;
    List<SubjectAccessExport.ProductionWork> production = null;
    List<SubjectAccessExport.ServiceWork> jobs = null;
    List<PremiShare> shares = null;
    PremiAccount account = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "asOf" -> asOf = in.nextDate();
        case "trainee" -> trainee = in.read(TraineeCodecs.TRAINEE);
        case "enrolments" -> enrolments = in.readList(ProgrammeCodecs.ENROLMENT);
        case "attendance" -> attendance = in.readList(ProgrammeCodecs.ATTENDANCE);
        case "assessments" -> assessments = in.readList(ProgrammeCodecs.COMPETENCY_ASSESSMENT);
        case "skillsPassport" -> passport = in.read(ProgrammeCodecs.SKILLS_PASSPORT);
        case "production" -> production = in.readList(PRODUCTION_WORK);
        case "serviceJobs" -> jobs = in.readList(SERVICE_WORK);
        case "premiShares" -> shares = in.readList(ProceedsCodecs.PREMI_SHARE);
        case "premiAccount" -> account = in.nextIfNull() ? null : in.read(ProceedsCodecs.PREMI_ACCOUNT);
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    LocalDate a = asOf;
    Trainee t = trainee;
    List<Enrolment> e = enrolments;
    List<Attendance> at = attendance;
    List<CompetencyAssessment> as = assessments;
    SkillsPassport p = passport;
    List<SubjectAccessExport.ProductionWork> pr = production;
    List<SubjectAccessExport.ServiceWork> j = jobs;
    List<PremiShare> s = shares;
    PremiAccount acc = account;
    return in.build(
        () -> new SubjectAccessExport(
            JsonReader.required(a, "asOf"), JsonReader.required(t, "trainee"),
            JsonReader.required(e, "enrolments"), JsonReader.required(at, "attendance"),
            JsonReader.required(as, "assessments"), JsonReader.required(p, "skillsPassport"),
            JsonReader.required(pr, "production"), JsonReader.required(j, "serviceJobs"),
            JsonReader.required(s, "premiShares"), Optional.ofNullable(acc)));
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("asOf", JsonSchema.date()),
                required("trainee", ref(TraineeCodecs.TRAINEE)),
                required("enrolments", arrayOf(ref(ProgrammeCodecs.ENROLMENT))),
                required("attendance", arrayOf(ref(ProgrammeCodecs.ATTENDANCE))),
                required("assessments", arrayOf(ref(ProgrammeCodecs.COMPETENCY_ASSESSMENT))),
                required("skillsPassport", ref(ProgrammeCodecs.SKILLS_PASSPORT)),
                required("production", arrayOf(ref(PRODUCTION_WORK))),
                required("serviceJobs", arrayOf(ref(SERVICE_WORK))),
                required("premiShares", arrayOf(ref(ProceedsCodecs.PREMI_SHARE))),
                optional("premiAccount", ref(ProceedsCodecs.PREMI_ACCOUNT)))
            .describedAs(
                "Everything held about one trainee, for the trainee's right of access (UU 27/2022);"
                    + " every part is the subject's own"));
  }
}
