package io.github.pgtagger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreeCommandTest {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

  @TempDir
  Path dir;

  private Path csv(String content) throws Exception {
    Path p = dir.resolve("codes.csv");
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void twoCodersAgainstHandComputedValues() throws Exception {
    // ann/bob per text (codes A = BODILY_FUNCTIONS, B = PARTICIPATION):
    //   1: {A} {A}   2: {A,B} {A}   3: {} {B}   4: {B} {B}
    // BODILY_FUNCTIONS: identical -> alpha 1, kappa 1
    // PARTICIPATION: ann F,T,F,T; bob F,F,T,T -> kappa 0; alpha 1/8
    // pooled over the 6 dimensions (24 decisions): the 4 other dimensions add 16 (F,F) pairs.
    //   agreements 4 (BF) + 2 (PA) + 16 = 22 of 24; each coder T on 4 of 24
    //   p_o = 22/24, p_e = (4/24)^2 + (20/24)^2 = 416/576, kappa = (22/24 - 416/576) / (1 - 416/576)
    //       = (528/576 - 416/576) / (160/576) = 112/160 = 0.7
    //   alpha: n = 48 values; o_TT = 2*(2 + 1) = 6, o_FF = 2*(2 + 1 + 16) = 38, o_TF + o_FT = 4;
    //          n_T = 8, n_F = 40; D_o = 4/48; D_e = 2*8*40 / (48*47) = 640/2256
    //          alpha = 1 - (4/48) / (640/2256) = 1 - 9024/30720 = 0.70625 -> 0.7063 (half up)
    // MASI alpha over the sets: 5/12 (see AgreementTest)
    Path in = csv("id,text,ann,bob\n"
        + "1,Ik heb pijn.,BODILY_FUNCTIONS,BODILY_FUNCTIONS\n"
        + "2,Pijn en eenzaam.,bodily_functions; PARTICIPATION,BODILY_FUNCTIONS\n"
        + "3,Niets.,,PARTICIPATION\n"
        + "4,Eenzaam.,PARTICIPATION,PARTICIPATION\n");
    Path out = dir.resolve("agree.json");
    CliRun r = CliRun.run("agree", "--input", in.toString(), "--coders", "ann,bob", "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode root = MAPPER.readTree(Files.readString(out));
    assertThat(root.get("units").asInt()).isEqualTo(4);
    assertThat(root.get("labels").size()).isEqualTo(6);
    assertThat(root.get("labels").get("BODILY_FUNCTIONS").get("alpha").asText()).isEqualTo("1.0000");
    assertThat(root.get("labels").get("PARTICIPATION").get("alpha").asText()).isEqualTo("0.1250");
    assertThat(root.get("labels").get("PARTICIPATION").get("kappa").get(0).get("kappa").asText())
        .isEqualTo("0.0000");
    assertThat(root.get("labels").get("MEANINGFULNESS").get("alpha").isNull()).isTrue();
    assertThat(root.get("overall").get("kappa").get(0).get("kappa").asText()).isEqualTo("0.7000");
    assertThat(root.get("overall").get("alphaMasi").asText()).isEqualTo("0.4167");
    assertThat(root.get("overall").get("alphaBinary").asText()).isEqualTo("0.7063");
    assertThat(r.err()).contains("4 units, coders ann, bob").contains("PARTICIPATION");
  }

  @Test
  void theTaggerJoinsAsACoder() throws Exception {
    Path[] lex = CliRun.testLexicons(dir);
    Path in = csv("id,text,ann\n"
        + "1,Ik heb pijn.,BODILY_FUNCTIONS\n"
        + "2,Ik voel me eenzaam.,PARTICIPATION\n"
        + "3,Een gewone dag.,\n"
        + "4,Ik heb geen klachten.,BODILY_FUNCTIONS\n");
    CliRun r = CliRun.run("agree", "--input", in.toString(), "--coders", "ann", "--with-tagger",
        "--no-bundled-lexicons", "--lexicon", lex[0].toString(), "--lexicon", lex[1].toString(), "--lang", "nl");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode root = MAPPER.readTree(r.out());
    assertThat(root.get("coders").toString()).isEqualTo("[\"ann\",\"pgtagger\"]");
    // tagger: 1 {BF}, 2 {PA}, 3 {}, 4 {} -> BF: ann T,F,F,T vs tagger T,F,F,F
    // p_o = 3/4, ann T 2/4, tagger T 1/4 -> p_e = .5*.25 + .5*.75 = .5 -> kappa .5
    JsonNode bf = root.get("labels").get("BODILY_FUNCTIONS");
    assertThat(bf.get("positives").get("pgtagger").asInt()).isEqualTo(1);
    assertThat(bf.get("kappa").get(0).get("kappa").asText()).isEqualTo("0.5000");
  }

  @Test
  void interpretationCodesSelectTheInterpretationScheme() throws Exception {
    Path in = csv("ann,bob\nMOVEMENT,MOVEMENT\nBROAD_VIEW,MOVEMENT\n,\n");
    CliRun r = CliRun.run("agree", "--input", in.toString(), "--coders", "ann,bob");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode labels = MAPPER.readTree(r.out()).get("labels");
    assertThat(labels.size()).isEqualTo(5);
    assertThat(labels.has("MOVEMENT")).isTrue();
  }

  @Test
  void aMissingColumnIsNamedWithTheColumnsPresent() throws Exception {
    Path in = csv("id,ann,carol\n1,BODILY_FUNCTIONS,BODILY_FUNCTIONS\n");
    CliRun r = CliRun.run("agree", "--input", in.toString(), "--coders", "ann,bob");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("coder column \"bob\" not found; columns present: [id, ann, carol]");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unknownCodesAndRaggedRowsNameTheRow() throws Exception {
    Path in = csv("id,ann,bob\n1,BODILY_FUNCTIONS,BODILY_FUNCTIONS\n2,SLEEP,BODILY_FUNCTIONS\n");
    CliRun r = CliRun.run("agree", "--input", in.toString(), "--coders", "ann,bob");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("data row 2 (line 3), column \"ann\"").contains("unknown code \"SLEEP\"");
    Path ragged = csv("id,ann,bob\n1,BODILY_FUNCTIONS,BODILY_FUNCTIONS\n2,PARTICIPATION\n");
    CliRun r2 = CliRun.run("agree", "--input", ragged.toString(), "--coders", "ann,bob");
    assertThat(r2.exitCode()).isEqualTo(2);
    assertThat(r2.err()).contains("data row 2 (line 3)").contains("has 2 cells but the header has 3 columns");
  }

  @Test
  void usageErrors() throws Exception {
    Path in = csv("id,ann,bob\n1,BODILY_FUNCTIONS,BODILY_FUNCTIONS\n");
    CliRun one = CliRun.run("agree", "--input", in.toString(), "--coders", "ann");
    assertThat(one.exitCode()).isEqualTo(2);
    assertThat(one.err()).contains("at least two coders");
    CliRun noText = CliRun.run("agree", "--input", in.toString(), "--coders", "ann", "--with-tagger");
    assertThat(noText.exitCode()).isEqualTo(2);
    assertThat(noText.err()).contains("--with-tagger needs the text column \"text\"; columns present: [id, ann, bob]");
    CliRun scheme = CliRun.run("agree", "--input", in.toString(), "--coders", "ann,bob", "--scheme",
        "interpretations");
    assertThat(scheme.exitCode()).isEqualTo(2);
    assertThat(scheme.err()).contains("BODILY_FUNCTIONS is not in --scheme interpretations");
    CliRun missingFile = CliRun.run("agree", "--input", dir.resolve("none.csv").toString(), "--coders", "a,b");
    assertThat(missingFile.exitCode()).isEqualTo(2);
    assertThat(missingFile.err()).contains("none.csv: no such file");
  }
}
