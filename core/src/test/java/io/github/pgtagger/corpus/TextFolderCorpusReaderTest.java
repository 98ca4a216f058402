package io.github.pgtagger.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFolderCorpusReaderTest {
  @TempDir
  Path dir;

  private List<CorpusRecord> readAll(ReaderOptions options) throws IOException {
    List<CorpusRecord> out = new ArrayList<>();
    try (CorpusReader r = CorpusReaders.open(dir, options)) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void readsEveryTxtFileInNameOrderWithTheFileNameAsId() throws IOException {
    Files.writeString(dir.resolve("b-interview.txt"), "Tweede document.\r\n\r\nMet alinea.", StandardCharsets.UTF_8);
    Files.write(dir.resolve("a-verslag.TXT"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'o', 'i'});
    Files.writeString(dir.resolve("c-notes.md"), "not read");
    Files.writeString(dir.resolve(".hidden.txt"), "not read");
    Files.createDirectory(dir.resolve("d-sub.txt"));

    List<CorpusRecord> rs = readAll(ReaderOptions.DEFAULTS);
    assertThat(rs).extracting(CorpusRecord::id).containsExactly("a-verslag.TXT", "b-interview.txt");
    assertThat(rs).extracting(CorpusRecord::line).containsExactly(1L, 2L);
    assertThat(((Reflection) rs.get(0)).text()).as("byte order mark dropped").isEqualTo("Hoi");
    assertThat(((Reflection) rs.get(1)).text()).as("line breaks kept").isEqualTo("Tweede document.\r\n\r\nMet alinea.");
  }

  @Test
  void invalidUtf8AndTooLongFilesAreBadRecordsNamingTheFile() throws IOException {
    Files.write(dir.resolve("1.txt"), new byte[] {'o', 'k'});
    Files.write(dir.resolve("2.txt"), new byte[] {'a', 'b', (byte) 0xFF, 'c'});
    Files.writeString(dir.resolve("3.txt"), "x".repeat(50));
    Files.writeString(dir.resolve("4.txt"), "ook ok");

    List<CorpusRecord> rs = readAll(ReaderOptions.DEFAULTS.withMaxTextLength(20));
    assertThat(rs).hasSize(4);
    assertThat(rs.get(0)).isInstanceOf(Reflection.class);
    BadRecord utf = (BadRecord) rs.get(1);
    assertThat(utf.id()).isEqualTo("2.txt");
    assertThat(utf.error()).contains("2.txt").contains("invalid UTF-8 at byte 3");
    BadRecord big = (BadRecord) rs.get(2);
    assertThat(big.error()).contains("3.txt").contains("50 chars, more than the limit of 20 chars");
    assertThat(((Reflection) rs.get(3)).text()).isEqualTo("ook ok");
  }

  @Test
  void aFileIsNotAFolder() throws IOException {
    Path f = Files.writeString(dir.resolve("x.txt"), "x");
    assertThatThrownBy(() -> new TextFolderCorpusReader(f, ReaderOptions.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a folder");
    assertThat(CorpusReaders.Format.of(dir)).isEqualTo(CorpusReaders.Format.FOLDER);
  }
}
