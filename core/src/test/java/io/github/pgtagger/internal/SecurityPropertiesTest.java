package io.github.pgtagger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Backs the "never does" list of docs/security.md by scanning the main sources of core (comments removed): no
 * network, process, scripting or Java-serialisation APIs, no polymorphic Jackson typing, no reflection chosen by
 * data, no file writing outside the export package, and every regular expression a constant of the code.
 */
class SecurityPropertiesTest {
  private static final Path SOURCES = Path.of("src/main/java");

  /** Fragments that must not occur anywhere in core's code. */
  private static final List<String> FORBIDDEN = List.of(
      "java.net.", "HttpClient", "Socket", "URLConnection",                         // network
      "ProcessBuilder", "Runtime.getRuntime", "javax.script", "ScriptEngine",         // processes, scripts
      "ObjectInputStream", "readObject(", "XMLDecoder",                             // Java deserialisation
      "activateDefaultTyping", "enableDefaultTyping", "JsonTypeInfo", "PolymorphicTypeValidator", // Jackson typing
      "Class.forName", ".forName(", "setAccessible", "getDeclaredMethod", "getDeclaredField", ".getMethod(",
      "java.lang.reflect", "MethodHandles",                                          // reflection
      "System.exit", "System.load", "InitialContext");                               // other side doors

  /** The file that reads bundled resources straight from the jar or directory of their class. */
  private static final Path CODE_SOURCE_READER = SOURCES.resolve("io/github/pgtagger/internal/Precompiled.java");
  /** The java.net types it may name (a class's code source location is a URL). */
  private static final List<String> CODE_SOURCE_TYPES = List.of("java.net.URL;", "java.net.URISyntaxException;");

  /** File-writing APIs: allowed only in the export package, which writes where its caller says. */
  private static final List<String> FILE_WRITING = List.of(
      "Files.write", "Files.newOutputStream", "Files.newBufferedWriter", "FileOutputStream", "FileWriter",
      "RandomAccessFile", "FileChannel", "Files.createTemp", "Files.delete", "Files.move", "Files.copy",
      "Files.createDirector");

  /** A regex-taking call whose argument is not a string literal, a lambda or empty. */
  private static final Pattern REGEX_CALL = Pattern.compile(
      "(\\w+)?\\s*\\.\\s*(compile|split|replaceAll|replaceFirst|matches)\\s*\\(\\s*([^\"\\s)(])");

  static String withoutComments(String src) {
    return src.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", "");
  }

  static List<Path> sources() throws IOException {
    try (Stream<Path> s = Files.walk(SOURCES)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  @Test
  void sourcesAreThere() throws IOException {
    assertThat(sources()).hasSizeGreaterThan(30);
  }

  @Test
  void noNetworkProcessScriptSerialisationOrReflectionApis() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path p : sources()) {
      String code = withoutComments(Files.readString(p, StandardCharsets.UTF_8));
      if (p.equals(CODE_SOURCE_READER)) {
        // the one use of java.net: the location of the jar or directory a class came from, as a file path
        for (String allowed : CODE_SOURCE_TYPES) {
          code = code.replace(allowed, "");
        }
        assertThat(code).as("the code source is never opened as a URL")
            .doesNotContain("openStream", "openConnection", "getContent", "URLConnection")
            .contains("\"file\".equals(location.getProtocol())");
      }
      for (String f : FORBIDDEN) {
        if (code.contains(f)) {
          found.add(SOURCES.relativize(p) + ": " + f);
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void filesAreWrittenOnlyByTheExportPackage() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path p : sources()) {
      if (p.startsWith(SOURCES.resolve("io/github/pgtagger/export"))) {
        continue;
      }
      String code = withoutComments(Files.readString(p, StandardCharsets.UTF_8));
      for (String f : FILE_WRITING) {
        if (code.contains(f)) {
          found.add(SOURCES.relativize(p) + ": " + f);
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void everyRegularExpressionIsAConstantOfTheCode() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path p : sources()) {
      String code = withoutComments(Files.readString(p, StandardCharsets.UTF_8));
      Matcher m = REGEX_CALL.matcher(code);
      while (m.find()) {
        String receiver = m.group(1) == null ? "" : m.group(1);
        if (m.group(2).equals("compile") && !receiver.equals("Pattern")) {
          continue; // another class's compile(), e.g. CompiledScheme.compile
        }
        // a receiver in CONSTANT_CASE is a precompiled Pattern constant (SPACE.split(text))
        if (receiver.matches("[A-Z][A-Z0-9_]*") && !receiver.equals("Pattern")) {
          continue;
        }
        found.add(SOURCES.relativize(p) + ": " + m.group().strip());
      }
    }
    assertThat(found).as("regex calls whose pattern is not a string literal").isEmpty();
  }

  @Test
  void theScannerItselfCatchesWhatItLooksFor() {
    assertThat(REGEX_CALL.matcher("Pattern.compile(userText)").find()).isTrue();
    assertThat(REGEX_CALL.matcher("text.split(separator)").find()).isTrue();
    assertThat(REGEX_CALL.matcher("s.replaceAll(from, to)").find()).isTrue();
    assertThat(REGEX_CALL.matcher("Pattern.compile(\"[a-z]+\")").find()).isFalse();
    assertThat(REGEX_CALL.matcher("m.matches()").find()).isFalse();
    assertThat(REGEX_CALL.matcher("map.replaceAll((k, v) -> v)").find()).isFalse();
    assertThat(REGEX_CALL.matcher("Pattern.matches(userText, s)").find()).isTrue();
    assertThat(withoutComments("a /* java.net.URL */ b // Socket\nc")).doesNotContain("java.net").doesNotContain("Socket");
  }
}
