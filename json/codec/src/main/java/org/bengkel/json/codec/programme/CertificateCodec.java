package org.bengkel.json.codec.programme;

import static org.bengkel.json.codec.programme.ProgrammeValues.opt;
import static org.bengkel.json.codec.programme.ProgrammeValues.req;
import static org.bengkel.json.codec.programme.ProgrammeValues.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.programme.Certificate;

/** {@link org.bengkel.programme.Certificate} as {@code {"issuerType","issuerName","bnspLicensed","number","scheme","issuedOn","expiresOn"}}, {@code expiresOn} optional. */
final class CertificateCodec implements Codec<Certificate> {

  @Override
  public Class<Certificate> type() {
    return Certificate.class;
  }

  @Override
  public void write(Certificate value, JsonWriter out) {
    out.beginObject();
    out.name("issuerType").value(ProgrammeCodecs.CERTIFICATE_ISSUER, value.issuerType());
    out.name("issuerName").string(value.issuerName());
    out.name("bnspLicensed").bool(value.bnspLicensed());
    out.name("number").string(value.number());
    out.name("scheme").string(value.scheme());
    out.name("issuedOn").date(value.issuedOn());
    value.expiresOn().ifPresent(d -> out.name("expiresOn").date(d));
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("A certificate (sertifikat)",
            req("issuerType", ref(ProgrammeCodecs.CERTIFICATE_ISSUER)),
            req("issuerName", JsonSchema.string()),
            req("bnspLicensed", JsonSchema.bool()),
            req("number", JsonSchema.string()),
            req("scheme", JsonSchema.string()),
            req("issuedOn", JsonSchema.date()),
            opt("expiresOn", JsonSchema.date())));
  }
  @Override
  public Certificate read(JsonReader in) {
    Certificate.Builder b = Certificate.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "issuerType" -> b.issuerType(in.read(ProgrammeCodecs.CERTIFICATE_ISSUER));
        case "issuerName" -> b.issuerName(in.nextString());
        case "bnspLicensed" -> b.bnspLicensed(in.nextBoolean());
        case "number" -> b.number(in.nextString());
        case "scheme" -> b.scheme(in.nextString());
        case "issuedOn" -> b.issuedOn(in.nextDate());
        case "expiresOn" -> {
          if (!in.nextIfNull()) {
            b.expiresOn(in.nextDate());
          }
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return ProgrammeValues.build(in, b::build);
  }
}
