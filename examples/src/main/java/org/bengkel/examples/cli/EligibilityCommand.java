package org.bengkel.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.bengkel.trainee.ConditionResult;
import org.bengkel.trainee.EligibilityDecision;
import org.bengkel.trainee.EligibilityPolicy;
import org.bengkel.trainee.Entitlement;
import org.bengkel.trainee.Trainee;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bengkel eligibility TRAINEE.json --on DATE}: the decision for every entitlement, with each
 * condition's outcome and the earliest date. The trainee's name and registration number are shown
 * only with {@code --show-identity}; the crime category, sentence and discipline records never.
 */
@Command(
    name = "eligibility",
    mixinStandardHelpOptions = true,
    description = {
      "Decides every entitlement (asimilasi, SAE, PB, CB, CMB) for a trainee on a date, with each"
          + " condition's outcome and the earliest date the failing conditions will hold.",
      "The trainee's name and registration number are printed only with --show-identity."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:decisions printed (eligible or not)",
      "1:the trainee or policy document is invalid",
      "2:usage error (e.g. --on missing or not a date)",
      "3:a file cannot be read"
    })
final class EligibilityCommand extends BaseCommand {

  @Parameters(
      index = "0",
      paramLabel = "TRAINEE.json",
      descriptionKey = "TRAINEE.json",
      description = "The trainee (Trainee JSON).")
  Path trainee;

  @Option(
      names = "--on",
      required = true,
      paramLabel = "yyyy-MM-dd",
      description = "The date of the decision.")
  LocalDate on;

  @Option(
      names = "--policy",
      paramLabel = "POLICY.json",
      description =
          "An eligibility policy (EligibilityPolicy JSON); the defaults of docs/eligibility.md without it.")
  Path policy;

  @Option(
      names = "--show-identity",
      description = "Also print the trainee's name and registration number.")
  boolean showIdentity;

  @Override
  int run() {
    Trainee t = Inputs.document(trainee, Trainee.class);
    EligibilityPolicy rules =
        policy == null
            ? EligibilityPolicy.defaults()
            : Inputs.document(policy, EligibilityPolicy.class);
    Map<Entitlement, EligibilityDecision> decisions = rules.evaluateAll(t, on);
    PrintWriter out = out();
    out.println(lang.pick("Eligibility on ", "Kelayakan per ") + on);
    if (showIdentity) {
      out.println(
          lang.pick("Trainee: ", "Warga binaan: ")
              + t.name()
              + " ("
              + t.registrationNumber().value()
              + ")");
    } else {
      out.println(
          lang.pick(
              "Trainee: identity hidden (use --show-identity to print name and registration"
                  + " number)",
              "Warga binaan: identitas disembunyikan (--show-identity untuk menampilkan nama dan"
                  + " nomor register)"));
    }
    out.println(
        lang.pick("Facility: ", "UPT: ")
            + t.facilityCode()
            + ", status "
            + t.status().displayName(lang.locale()));
    for (EligibilityDecision d : decisions.values()) {
      out.println();
      out.println(heading(d));
      TextTable table =
          TextTable.of(
              lang.pick("condition", "syarat"),
              lang.pick("outcome", "hasil"),
              lang.pick("holds from", "terpenuhi sejak"),
              lang.pick("meaning", "arti"));
      for (ConditionResult c : d.conditions()) {
        table.row(
            c.code(),
            outcome(c),
            c.holdsFrom().map(LocalDate::toString).orElse(""),
            c.message(lang.locale()));
      }
      table.print(out, "  ");
    }
    return ExitCode.OK;
  }

  private String heading(EligibilityDecision d) {
    String name = name(d.entitlement());
    if (d.eligible()) {
      return name
          + ": "
          + lang.pick("ELIGIBLE", "LAYAK")
          + d.maximumLeaveDays()
              .map(
                  days ->
                      lang.pick(", at most ", ", paling lama ")
                          + days
                          + lang.pick(" days", " hari"))
              .orElse("");
    }
    return name
        + ": "
        + lang.pick("NOT ELIGIBLE", "TIDAK LAYAK")
        + (d.needsInput()
            ? lang.pick(" (awaiting an officer's assessment)", " (menunggu penilaian petugas)")
            : "")
        + d.earliestDate()
            .map(e -> lang.pick(", earliest ", ", paling cepat ") + e)
            .orElse(lang.pick(", no earliest date", ", tanpa tanggal paling cepat"));
  }

  private String outcome(ConditionResult c) {
    return switch (c.verdict()) {
      case MET -> lang.pick("MET", "TERPENUHI");
      case NOT_MET -> lang.pick("NOT MET", "TIDAK TERPENUHI");
      case NEEDS_INPUT -> lang.pick("NEEDS INPUT", "PERLU PENILAIAN");
    };
  }

  private static String name(Entitlement e) {
    return switch (e) {
      case ASIMILASI -> "Asimilasi";
      case SAE -> "SAE (Sarana Asimilasi dan Edukasi)";
      case PB -> "PB (Pembebasan Bersyarat)";
      case CB -> "CB (Cuti Bersyarat)";
      case CMB -> "CMB (Cuti Menjelang Bebas)";
    };
  }
}
