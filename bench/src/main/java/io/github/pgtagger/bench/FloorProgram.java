package io.github.pgtagger.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

/**
 * The floor of the whole-process comparison: the least a tagger of JSON Lines must do. Reads each line with
 * Jackson, runs Lucene's stock {@link DutchAnalyzer} or {@link EnglishAnalyzer} (by the line's {@code "lang"}, Dutch
 * when absent) once over the text, and writes one JSON line {@code {"id", "language", "tokens"}} per input line.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.pgtagger.bench.FloorProgram IN.jsonl OUT.jsonl}
 */
public final class FloorProgram {
  private FloorProgram() {}

  /** Reads {@code IN}, writes {@code OUT}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: FloorProgram IN.jsonl OUT.jsonl");
      System.exit(2);
    }
    ObjectMapper mapper = new ObjectMapper();
    long lines = 0;
    try (Analyzer nl = new DutchAnalyzer();
        Analyzer en = new EnglishAnalyzer();
        BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16);
        JsonGenerator out = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
      out.setRootValueSeparator(new SerializedString("\n"));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode node = mapper.readTree(line);
        String text = node.get("text").asText();
        JsonNode lang = node.get("lang");
        boolean english = lang != null && "en".equals(lang.asText());
        int tokens = countTokens(english ? en : nl, text);
        out.writeStartObject();
        out.writeStringField("id", node.get("id").asText());
        out.writeStringField("language", english ? "en" : "nl");
        out.writeNumberField("tokens", tokens);
        out.writeEndObject();
        lines++;
      }
      out.writeRaw('\n');
    }
    System.err.println("floor: " + lines + " lines");
  }

  /** Runs the analyzer over the text once and counts its tokens. */
  static int countTokens(Analyzer analyzer, String text) throws IOException {
    int n = 0;
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      ts.reset();
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
    }
    return n;
  }
}
