import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pgtagger.model.DimensionTag;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.model.TaggingResult;
import io.github.pgtagger.tagging.Tagger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Adds to each line of a gold JSONL file the stems of Lucene's stock analyzer ("toks") and the tagger's raw
 * dimension scores with every threshold at 0.0001 ("scores"), for learned_classifier.py.
 *
 * <p>Usage: {@code java -cp examples/target/pgtagger.jar DumpFeatures.java GOLD.jsonl > OUT.jsonl}
 */
public class DumpFeatures {
  public static void main(String[] args) throws Exception {
    Tagger.Builder builder = Tagger.builder();
    for (String code : new String[] {"BODILY_FUNCTIONS", "MENTAL_WELLBEING", "MEANINGFULNESS", "QUALITY_OF_LIFE",
        "PARTICIPATION", "DAILY_FUNCTIONING"}) {
      builder.labelThreshold(code, 0.0001);
    }
    Tagger tagger = builder.build();
    Analyzer nl = new DutchAnalyzer();
    Analyzer en = new EnglishAnalyzer();
    ObjectMapper mapper = new ObjectMapper();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      ObjectNode node = (ObjectNode) mapper.readTree(line);
      String text = node.get("text").asText();
      boolean dutch = node.get("lang").asText().equals("nl");
      ArrayNode toks = node.putArray("toks");
      try (TokenStream ts = (dutch ? nl : en).tokenStream("f", text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          toks.add(term.toString());
        }
        ts.end();
      }
      TaggingResult result = tagger.tag(text, dutch ? Language.NL : Language.EN);
      ObjectNode scores = node.putObject("scores");
      for (DimensionTag tag : result.dimensions()) {
        scores.put(tag.code(), tag.score());
      }
      System.out.println(mapper.writeValueAsString(node));
    }
  }
}
