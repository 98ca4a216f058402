package io.github.pgtagger.export;

import io.github.pgtagger.corpus.Reflection;
import io.github.pgtagger.internal.XmlChars;
import io.github.pgtagger.model.DimensionTag;
import io.github.pgtagger.model.Evidence;
import io.github.pgtagger.model.InterpretationTag;
import io.github.pgtagger.model.Language;
import io.github.pgtagger.model.TaggingResult;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a REFI-QDA project ({@code .qdpx}): a zip holding {@code project.qde} (XML in namespace {@code
 * urn:QDA-XML:project:1.0}, valid against the REFI-QDA 1.0 {@code Project.xsd}) and one UTF-8 plain-text file per
 * text under {@code sources/}. ATLAS.ti, NVivo, MAXQDA and other QDA tools import it with their REFI-QDA project
 * import. Not thread-safe.
 *
 * <p>What it holds: the code tree of a {@link QdaCodebook}; one user "pgtagger"; per text a {@code TextSource}
 * named after the record id, its text in {@code sources/<guid>.txt} ({@code plainTextPath="internal://<guid>.txt"}),
 * one {@code PlainTextSelection} per evidence span with one {@code Coding} per code the span supports (the aspect
 * code when the matching lexicon entry has an aspect, else the dimension code; the interpretation code for
 * interpretation evidence), and variables {@code id}, {@code line}, {@code language} plus the record's metadata.
 * Spans that support several codes become one selection with several codings.
 *
 * <p><strong>Positions</strong> ({@code startPosition}, {@code endPosition}) count Unicode code points from 0 in the
 * exported plain text, end exclusive; {@link Evidence} offsets count UTF-16 chars and are converted (an emoji is
 * two chars but one code point). Chars that XML 1.0 and UTF-8 cannot carry are replaced one for one in the plain
 * text (control chars and U+FFFE/U+FFFF by a space, unpaired surrogates by U+FFFD), so positions stay valid.
 *
 * <p><strong>Streaming</strong>: each text is written to the zip as soon as it is added; its sources XML goes to a
 * temporary file, and {@code project.qde} is assembled from it at {@link #finish()}. Memory does not hold the texts;
 * it grows only by the zip's directory entry per text (as with any zip writer).
 *
 * <p><strong>Determinism</strong>: all GUIDs are name-based ({@link QdaGuids}): codes from their keys, a source from
 * its line, id and text, a selection from its source and span, a coding from its selection and code. The same
 * input and {@link Builder#clock(Clock) clock} give the same bytes.
 */
public final class QdpxWriter implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(QdpxWriter.class);

  /** Name of the project XML inside the zip. */
  public static final String PROJECT_ENTRY = "project.qde";
  /** Folder of the plain-text sources inside the zip. */
  public static final String SOURCES_FOLDER = "sources/";
  /** Most metadata fields turned into variables; further field names are dropped with a warning. */
  public static final int MAX_METADATA_VARIABLES = 100;
  /** GUID of the user "pgtagger" that creates every source, selection and coding. */
  public static final UUID USER_GUID = QdaGuids.of("user", "pgtagger");

  private static final String VAR_ID = "id";
  private static final String VAR_LINE = "line";
  private static final String VAR_LANGUAGE = "language";

  private final QdaCodebook codebook;
  private final String projectName;
  private final String origin;
  private final String description;
  private final Instant now;
  private final ZipOutputStream zip;
  private final Path fragmentFile;
  private final OutputStream fragmentStream;
  private final RefiXml fragment;
  private final Map<String, Variable> variables = new LinkedHashMap<>();
  private int metadataVariables;
  private boolean droppedVariableWarned;
  private long sources;
  private long selections;
  private boolean finished;
  private boolean closed;

  private record Variable(String name, UUID guid, String type) {}

  private record Coding(QdaCode code, String note) {}

  private static final class Selection {
    final int start;
    final int end;
    final String text;
    final Map<UUID, Coding> codings = new LinkedHashMap<>();

    Selection(int start, int end, String text) {
      this.start = start;
      this.end = end;
      this.text = text;
    }
  }

  private QdpxWriter(Builder b, OutputStream out) throws IOException {
    this.codebook = b.codebook;
    this.projectName = b.projectName;
    this.origin = b.origin;
    this.description = b.description != null ? b.description : defaultDescription(b.codebook);
    this.now = b.clock.instant().truncatedTo(ChronoUnit.SECONDS);
    this.fragmentFile = b.tempDirectory == null
        ? Files.createTempFile("pgtagger-qdpx-", ".xml")
        : Files.createTempFile(b.tempDirectory, "pgtagger-qdpx-", ".xml");
    OutputStream fs = null;
    try {
      fs = new BufferedOutputStream(Files.newOutputStream(fragmentFile), 1 << 16);
      this.fragmentStream = fs;
      this.fragment = RefiXml.fragment(fs, 1);
      this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
      zip.putNextEntry(entry(SOURCES_FOLDER));
      zip.closeEntry();
    } catch (IOException | XMLStreamException | RuntimeException e) {
      if (fs != null) {
        fs.close();
      }
      Files.deleteIfExists(fragmentFile);
      throw e instanceof IOException io ? io : new IOException("cannot start the QDPX export: " + e.getMessage(), e);
    }
    variable(VAR_ID, "Text");
    variable(VAR_LINE, "Integer");
    variable(VAR_LANGUAGE, "Text");
  }

  private static String defaultDescription(QdaCodebook codebook) {
    String aspects = codebook.aspectSet().id();
    String interpretations = codebook.codebook().id();
    if (codebook.language() == Language.NL) {
      return "Automatische codering door pgtagger, een tagger op basis van lexicons: dimensies en aspecten van "
          + "Positieve Gezondheid (aspectset " + aspects + ") en interpretaties van Positieve Gezondheid (codeboek "
          + interpretations + "). Elk gecodeerd segment is bewijs dat de tagger vond, geen menselijke codering: "
          + "controleer het voor de analyse.";
    }
    return "Automatic coding by pgtagger, a lexicon-based tagger: dimensions and aspects of Positive Health (aspect "
        + "set " + aspects + ") and interpretations of Positive Health (codebook " + interpretations + "). Each coded "
        + "segment is evidence the tagger found, not a human coding: review it before analysis.";
  }

  /** A builder for a writer that uses the given code tree. */
  public static Builder builder(QdaCodebook codebook) {
    return new Builder(codebook);
  }

  private ZipEntry entry(String name) {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
    return e;
  }

  private Variable variable(String name, String type) {
    return variables.computeIfAbsent(name, n -> new Variable(n, QdaGuids.of("variable", n), type));
  }

  /** Adds a reflection from a corpus with its tagging result: name = id, plus its line and metadata. */
  public void add(Reflection reflection, TaggingResult result) throws IOException {
    add(reflection.id(), reflection.line(), reflection.text(), result, reflection.metadata());
  }

  /**
   * Adds one text: writes its plain text to the zip and records its selections.
   *
   * @param name the source's name, normally the record id
   * @param line the line or row of the text in the input (part of the source GUID, exported as a variable)
   * @param text the text exactly as tagged
   * @param result the tagging result of that text
   * @param metadata further fields to export as text variables, in order (may be empty)
   * @throws IllegalArgumentException when an evidence span does not slice {@code text} to its own text, or when the
   *     same line, name and text were added before
   * @throws IllegalStateException after {@link #finish()} or {@link #close()}
   */
  public void add(String name, long line, String text, TaggingResult result, Map<String, String> metadata)
      throws IOException {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(result, "result");
    if (finished || closed) {
      throw new IllegalStateException("the QDPX writer is finished; add texts before finish() or close()");
    }
    TreeMap<Long, Selection> spans = selections(name, text, result);
    UUID sourceGuid = QdaGuids.of("source", Long.toString(line), name, text);
    String fileName = QdaGuids.format(sourceGuid) + ".txt";
    try {
      zip.putNextEntry(entry(SOURCES_FOLDER + fileName));
    } catch (ZipException e) {
      throw new IllegalArgumentException("text \"" + name + "\" at line " + line
          + " was added twice (same line, name and text give the same source GUID)", e);
    }
    zip.write(XmlChars.forPlainText(text).getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    try {
      writeSource(sourceGuid, fileName, name, line, result, spans, metadata == null ? Map.of() : metadata);
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the sources XML to " + fragmentFile + ": " + e.getMessage(), e);
    }
    sources++;
    selections += spans.size();
  }

  private TreeMap<Long, Selection> selections(String name, String text, TaggingResult result) {
    CodePointIndex cp = CodePointIndex.of(text);
    TreeMap<Long, Selection> spans = new TreeMap<>();
    Language lang = result.language();
    for (DimensionTag t : result.dimensions()) {
      for (Evidence e : t.evidence()) {
        QdaCode code = codebook.codeOf(lang, t, e);
        addSpan(spans, cp, name, text, e, code, note(code, t.score(), e));
      }
    }
    for (InterpretationTag t : result.interpretations()) {
      QdaCode code = codebook.codeOf(t);
      for (Evidence e : t.evidence()) {
        addSpan(spans, cp, name, text, e, code, note(code, t.score(), e));
      }
    }
    return spans;
  }

  private static String note(QdaCode code, double score, Evidence e) {
    return code.name() + " (score " + String.format(Locale.ROOT, "%.2f", score) + "; entry " + e.entry()
        + "; term \"" + e.term() + "\"" + (e.negated() ? "; negated" : "") + ")";
  }

  private static void addSpan(TreeMap<Long, Selection> spans, CodePointIndex cp, String name, String text,
      Evidence e, QdaCode code, String note) {
    if (e.end() > text.length() || !text.regionMatches(e.start(), e.text(), 0, e.text().length())) {
      throw new IllegalArgumentException("evidence [" + e.start() + ", " + e.end() + ") \"" + e.text()
          + "\" does not match the text of \"" + name + "\" (" + text.length() + " chars): result and text differ");
    }
    if (e.start() == e.end()) {
      return;
    }
    int start = cp.at(e.start());
    int end = cp.at(e.end());
    Selection s = spans.computeIfAbsent(((long) start << 32) | end, k -> new Selection(start, end, e.text()));
    s.codings.putIfAbsent(code.guid(), new Coding(code, note));
  }

  private void writeSource(UUID guid, String fileName, String name, long line, TaggingResult result,
      TreeMap<Long, Selection> spans, Map<String, String> metadata) throws XMLStreamException {
    RefiXml x = fragment;
    if (sources == 0) {
      x.start("Sources");
    }
    x.start("TextSource").attr("guid", guid).attr("name", name).attr("plainTextPath", "internal://" + fileName)
        .attr("creatingUser", USER_GUID).attr("creationDateTime", now);
    x.textElement("Description", sourceDescription(name, line, result));
    for (Selection s : spans.values()) {
      UUID sg = QdaGuids.of("selection", QdaGuids.format(guid), Integer.toString(s.start), Integer.toString(s.end));
      x.start("PlainTextSelection").attr("guid", sg).attr("name", s.text).attr("startPosition", s.start)
          .attr("endPosition", s.end).attr("creatingUser", USER_GUID).attr("creationDateTime", now);
      List<String> notes = new ArrayList<>();
      s.codings.values().forEach(c -> notes.add(c.note()));
      x.textElement("Description", String.join("\n", notes));
      for (Coding c : s.codings.values()) {
        x.start("Coding").attr("guid", QdaGuids.of("coding", QdaGuids.format(sg), QdaGuids.format(c.code().guid())))
            .attr("creatingUser", USER_GUID).attr("creationDateTime", now);
        x.empty("CodeRef").attr("targetGUID", c.code().guid());
        x.end();
      }
      x.end();
    }
    textValue(x, variables.get(VAR_ID), name);
    x.start("VariableValue");
    x.empty("VariableRef").attr("targetGUID", variables.get(VAR_LINE).guid());
    x.textElement("IntegerValue", Long.toString(line));
    x.end();
    textValue(x, variables.get(VAR_LANGUAGE), result.language().code());
    for (Map.Entry<String, String> m : metadata.entrySet()) {
      if (m.getKey() == null || m.getValue() == null || m.getValue().isEmpty()) {
        continue;
      }
      Variable v = metadataVariable(m.getKey());
      if (v != null) {
        textValue(x, v, m.getValue());
      }
    }
    x.end();
  }

  private String sourceDescription(String name, long line, TaggingResult result) {
    String lang = result.language().code();
    if (codebook.language() == Language.NL) {
      return "Record " + name + ", regel " + line + " van de invoer; getagd als " + lang
          + (result.languageDetected() ? " (taal herkend)" : " (taal gegeven)") + " door pgtagger.";
    }
    return "Record " + name + ", line " + line + " of the input; tagged as " + lang
        + (result.languageDetected() ? " (language detected)" : " (language given)") + " by pgtagger.";
  }

  private Variable metadataVariable(String key) {
    String name = Set.of(VAR_ID, VAR_LINE, VAR_LANGUAGE).contains(key) ? "metadata:" + key : key;
    Variable v = variables.get(name);
    if (v != null) {
      return v;
    }
    if (metadataVariables >= MAX_METADATA_VARIABLES) {
      if (!droppedVariableWarned) {
        droppedVariableWarned = true;
        LOG.warn("more than {} metadata fields; field \"{}\" and later new fields are not exported as variables",
            MAX_METADATA_VARIABLES, key);
      }
      return null;
    }
    metadataVariables++;
    return variable(name, "Text");
  }

  private static void textValue(RefiXml x, Variable v, String value) throws XMLStreamException {
    x.start("VariableValue");
    x.empty("VariableRef").attr("targetGUID", v.guid());
    x.textElement("TextValue", value);
    x.end();
  }

  /** The number of texts added. */
  public long sources() {
    return sources;
  }

  /** The number of selections written (one per distinct evidence span of a text). */
  public long selections() {
    return selections;
  }

  /**
   * Writes {@code project.qde} and the zip's directory. The stream stays open; {@link #close()} closes it. Calling
   * it again has no effect.
   */
  public void finish() throws IOException {
    if (finished) {
      return;
    }
    if (closed) {
      throw new IllegalStateException("the QDPX writer is closed");
    }
    finished = true;
    try {
      if (sources > 0) {
        fragment.end();
      }
      fragment.close();
      fragmentStream.close();
      zip.putNextEntry(entry(PROJECT_ENTRY));
      OutputStream entryOut = new FilterOutputStream(zip) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      };
      writeProject(entryOut);
      zip.closeEntry();
      zip.finish();
      zip.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + PROJECT_ENTRY + ": " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(fragmentFile);
    }
  }

  private void writeProject(OutputStream out) throws XMLStreamException, IOException {
    RefiXml x = RefiXml.document(out);
    x.start("Project").namespace(RefiXml.PROJECT_NS).attr("name", projectName).attr("origin", origin)
        .attr("creatingUserGUID", USER_GUID).attr("creationDateTime", now).attr("modifyingUserGUID", USER_GUID)
        .attr("modifiedDateTime", now);
    x.start("Users");
    x.empty("User").attr("guid", USER_GUID).attr("name", "pgtagger");
    x.end();
    x.start("CodeBook");
    x.start("Codes");
    x.codes(codebook.codes());
    x.end();
    x.end();
    if (sources > 0) {
      x.start("Variables");
      for (Variable v : variables.values()) {
        x.empty("Variable").attr("guid", v.guid()).attr("name", v.name()).attr("typeOfVariable", v.type());
      }
      x.end();
      x.flush();
      Files.copy(fragmentFile, out);
      x.markChildren();
    }
    x.textElement("Description", description);
    x.end();
    x.finishDocument();
    out.flush();
  }

  /**
   * Finishes the project (see {@link #finish()}) if that was not done, removes the temporary file and closes the
   * stream.
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    try {
      if (!finished) {
        finish();
      }
    } finally {
      closed = true;
      try {
        fragmentStream.close();
        Files.deleteIfExists(fragmentFile);
      } finally {
        zip.close();
      }
    }
  }

  /**
   * Configures a {@link QdpxWriter}. Not thread-safe.
   */
  public static final class Builder {
    private final QdaCodebook codebook;
    private String projectName = "pgtagger export";
    private String origin = "pgtagger";
    private String description;
    private Clock clock = Clock.systemUTC();
    private Path tempDirectory;

    private Builder(QdaCodebook codebook) {
      this.codebook = Objects.requireNonNull(codebook, "codebook");
    }

    /** The project's name (default "pgtagger export"). */
    public Builder projectName(String name) {
      this.projectName = Objects.requireNonNull(name, "name");
      return this;
    }

    /** The {@code origin} attribute, the producing software (default "pgtagger"). */
    public Builder origin(String origin) {
      this.origin = Objects.requireNonNull(origin, "origin");
      return this;
    }

    /** The project description (default: a sentence saying the codings are automatic and need review). */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /** The clock for the creation dates and zip entry times (default the system clock, UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Where the temporary sources XML goes (default the system temporary directory). */
    public Builder tempDirectory(Path dir) {
      this.tempDirectory = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** Opens a writer on a stream, which the writer's {@link QdpxWriter#close()} closes. */
    public QdpxWriter open(OutputStream out) throws IOException {
      return new QdpxWriter(this, Objects.requireNonNull(out, "out"));
    }
  }

  /** Converts UTF-16 offsets of one text into code-point offsets. */
  private static final class CodePointIndex {
    private static final CodePointIndex IDENTITY = new CodePointIndex(null);
    /** Code points before each UTF-16 offset, or null when the text has no surrogates (offsets are equal). */
    private final int[] before;

    private CodePointIndex(int[] before) {
      this.before = before;
    }

    static CodePointIndex of(String text) {
      int n = text.length();
      int first = -1;
      for (int i = 0; i < n; i++) {
        if (Character.isSurrogate(text.charAt(i))) {
          first = i;
          break;
        }
      }
      if (first < 0) {
        return IDENTITY;
      }
      int[] before = new int[n + 1];
      int cp = 0;
      for (int i = 0; i < n; i++) {
        before[i] = cp;
        boolean pairStart = Character.isHighSurrogate(text.charAt(i)) && i + 1 < n
            && Character.isLowSurrogate(text.charAt(i + 1));
        if (pairStart) {
          before[i + 1] = cp;
          i++;
        }
        cp++;
      }
      before[n] = cp;
      return new CodePointIndex(before);
    }

    int at(int utf16Offset) {
      return before == null ? utf16Offset : before[utf16Offset];
    }
  }
}
