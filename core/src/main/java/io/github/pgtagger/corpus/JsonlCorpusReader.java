package io.github.pgtagger.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.pgtagger.internal.StrictJson;
import io.github.pgtagger.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads JSON Lines: one object per line with a required string {@code "text"}, an optional {@code "id"} (string or
 * number; default the line number) and an optional {@code "lang"} ({@code nl} or {@code en}); other fields are kept
 * as metadata. Every line yields one record; a line that is empty, not JSON, or lacks a string text yields a
 * {@link BadRecord} that says why.
 *
 * <p>Limits per line: its length (see {@link ReaderOptions#maxTextLength()}), {@value #MAX_NESTING_DEPTH} levels of
 * nesting and numbers of {@value #MAX_NUMBER_LENGTH} digits; a line over a limit gives a {@link BadRecord} naming
 * it. Lines are parsed as JSON trees, never bound to classes: no polymorphic typing.
 */
public final class JsonlCorpusReader extends LookaheadCorpusReader {
  /** Deepest nesting of arrays and objects accepted in one line. */
  public static final int MAX_NESTING_DEPTH = 32;
  /** Longest number accepted, in chars. */
  public static final int MAX_NUMBER_LENGTH = 1000;

  private final InputStream in;
  private final Utf8LineReader lines;
  private final ReaderOptions options;
  private final ObjectMapper mapper;

  /** Reads from a stream, which this reader closes. */
  public JsonlCorpusReader(InputStream in, ReaderOptions options) {
    this.in = in;
    this.options = options;
    this.lines = new Utf8LineReader(in, options.maxLineBytes(), "--max-text-length");
    this.mapper = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    // A string has at most as many chars as its line has bytes, so the string limit never fires before the line
    // limit or the text check below, which name --max-text-length.
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxStringLength(options.maxLineBytes())
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .build());
  }

  @Override
  protected CorpusRecord readNext() {
    Utf8LineReader.Line l = lines.next();
    return l == null ? null : parse(l);
  }

  private CorpusRecord parse(Utf8LineReader.Line l) {
    if (l.error() != null) {
      return new BadRecord(l.number(), null, l.error());
    }
    String s = l.text();
    if (s.isBlank()) {
      return new BadRecord(l.number(), null, "empty line; expected a JSON object with a \"text\" field");
    }
    JsonNode node;
    try {
      node = mapper.readTree(s);
    } catch (StreamConstraintsException e) {
      return new BadRecord(l.number(), null, StrictJson.limitMessage(e));
    } catch (JsonProcessingException e) {
      return new BadRecord(l.number(), null, "malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return new BadRecord(l.number(), null, "expected a JSON object with a \"text\" field");
    }
    JsonNode idNode = node.get(options.idColumn());
    String id = null;
    if (idNode != null && !idNode.isNull()) {
      if (idNode.isTextual() || idNode.isNumber()) {
        id = idNode.asText();
      } else {
        return new BadRecord(l.number(), null, "\"" + options.idColumn() + "\" must be a string or a number");
      }
    }
    JsonNode text = node.get(options.textColumn());
    if (text == null || text.isNull()) {
      return new BadRecord(l.number(), id, "missing \"" + options.textColumn() + "\"");
    }
    if (!text.isTextual()) {
      return new BadRecord(l.number(), id, "\"" + options.textColumn() + "\" must be a string but is "
          + text.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    String t = text.asText();
    if (t.length() > options.maxTextLength()) {
      return new BadRecord(l.number(), id, options.tooLong(t.length()));
    }
    Language lang = null;
    JsonNode langNode = node.get(options.langColumn());
    if (langNode != null && !langNode.isNull()) {
      try {
        lang = Language.fromCode(langNode.isTextual() ? langNode.asText() : langNode.toString());
      } catch (IllegalArgumentException e) {
        return new BadRecord(l.number(), id, "\"" + options.langColumn() + "\": " + e.getMessage());
      }
    }
    Map<String, String> meta = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String k = f.getKey();
      if (!k.equals(options.idColumn()) && !k.equals(options.textColumn()) && !k.equals(options.langColumn())) {
        meta.put(k, f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString());
      }
    }
    return new Reflection(l.number(), id == null ? Long.toString(l.number()) : id, t, lang, meta);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
