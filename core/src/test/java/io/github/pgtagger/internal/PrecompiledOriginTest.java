package io.github.pgtagger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resources read straight from the jar or directory of their class are the bytes {@link Class#getResourceAsStream}
 * gives, and a jar entry's recorded length and CRC-32 are those of its bytes.
 */
class PrecompiledOriginTest {

  @Test
  void aJarGivesItsEntriesAndTheirRecordedLengthAndCrc(@TempDir Path dir) throws IOException {
    byte[] json = "{\"entries\": [\"slaap\", \"geïnspireerd\"]}\n".repeat(200).getBytes(StandardCharsets.UTF_8);
    byte[] small = "rug\n".getBytes(StandardCharsets.UTF_8);
    Path jar = dir.resolve("data.jar");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new ZipEntry("io/github/pgtagger/x/"));
      out.closeEntry();
      out.putNextEntry(new ZipEntry("io/github/pgtagger/x/a.json")); // deflated
      out.write(json);
      out.closeEntry();
      ZipEntry stored = new ZipEntry("io/github/pgtagger/x/b.txt");
      stored.setMethod(ZipEntry.STORED);
      stored.setSize(small.length);
      stored.setCrc(crc(small));
      out.putNextEntry(stored);
      out.write(small);
      out.closeEntry();
    }
    Precompiled.Origin origin = Precompiled.Origin.open(jar.toUri().toURL());
    assertThat(origin.read("io/github/pgtagger/x/a.json")).isEqualTo(json);
    assertThat(origin.read("io/github/pgtagger/x/b.txt")).isEqualTo(small);
    assertThat(origin.lengthAndCrc("io/github/pgtagger/x/a.json")).containsExactly(json.length, crc(json));
    assertThat(origin.lengthAndCrc("io/github/pgtagger/x/b.txt")).containsExactly(small.length, crc(small));
    assertThat(origin.read("io/github/pgtagger/x/missing.json")).isNull();
    assertThat(origin.lengthAndCrc("io/github/pgtagger/x/missing.json")).isNull();
    assertThat(origin.read("io/github/pgtagger/x/")).as("a directory entry").isNull();
  }

  @Test
  void aDirectoryGivesItsFilesButNoRecordedCrc(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("io/github/pgtagger/x/a.json");
    Files.createDirectories(f.getParent());
    Files.writeString(f, "[1, 2]", StandardCharsets.UTF_8);
    Precompiled.Origin origin = Precompiled.Origin.open(dir.toUri().toURL());
    assertThat(origin.read("io/github/pgtagger/x/a.json")).isEqualTo("[1, 2]".getBytes(StandardCharsets.UTF_8));
    assertThat(origin.read("io/github/pgtagger/x/none.json")).isNull();
    assertThat(origin.lengthAndCrc("io/github/pgtagger/x/a.json")).as("read the file instead").isNull();
  }

  @Test
  void somethingElseIsNoOrigin(@TempDir Path dir) throws IOException {
    assertThat(Precompiled.Origin.open(dir.resolve("absent.jar").toUri().toURL())).isNull();
    Path notAZip = dir.resolve("broken.jar");
    Files.writeString(notAZip, "not a zip");
    assertThat(Precompiled.Origin.open(notAZip.toUri().toURL())).isNull();
  }

  @Test
  void bundledResourcesAreTheBytesTheClassLoaderGives() throws IOException {
    // Lucene's classes come from its jar, pgtagger's from the classes directory (or its jar, in the examples)
    assertThat(Precompiled.resource(SnowballFilter.class, "dutch_stop.txt"))
        .isEqualTo(viaClassLoader(SnowballFilter.class, "dutch_stop.txt")).isNotEmpty();
    String lexicon = "nl-dimensions.json";
    Class<?> anchor = io.github.pgtagger.lexicon.BundledLexicons.class;
    byte[] bytes = viaClassLoader(anchor, lexicon);
    assertThat(Precompiled.resource(anchor, lexicon)).isEqualTo(bytes);
    assertThat(Precompiled.lengthAndCrc(anchor, lexicon)).containsExactly(bytes.length, crc(bytes));
    assertThat(Precompiled.resource(anchor, "no-such-lexicon.json")).isNull();
    assertThat(Precompiled.lengthAndCrc(anchor, "no-such-lexicon.json")).isNull();
  }

  private static byte[] viaClassLoader(Class<?> anchor, String name) throws IOException {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static long crc(byte[] b) {
    CRC32 c = new CRC32();
    c.update(b);
    return c.getValue();
  }
}
