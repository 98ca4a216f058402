package io.github.pgtagger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders report.html in headless Chromium and checks that the spider web chart was drawn. Skipped when Chromium
 * is not installed (set -Dpgtagger.chromium=/path/to/chromium to use another binary).
 */
class ReportBrowserTest {
  static final Path CHROMIUM = Path.of(System.getProperty("pgtagger.chromium", "/usr/bin/chromium"));

  @TempDir
  Path dir;

  @Test
  void theChartIsVisibleInARenderedReport() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM);
    Path out = dir.resolve("report");
    CliRun run = CliRun.of("report", "-i", ReportCommandTest.SAMPLE.toString(), "-d", out.toString(),
        "--group-by", "group");
    assertThat(run.status()).as(run.err()).isZero();

    Path png = dir.resolve("shot.png");
    Path profile = Files.createDirectory(dir.resolve("profile"));
    Path log = dir.resolve("chromium.log");
    Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--no-first-run", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--screenshot=" + png, "--window-size=1200,1600",
        out.resolve("report.html").toUri().toString()))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium did not finish within 90 s; log: " + tail(log));
    }
    assertThat(png).as("screenshot written; exit %d; log: %s", p.exitValue(), tail(log)).exists();

    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(1200);
    assertThat(img.getHeight()).isEqualTo(1600);
    // The chart is the only coloured thing near the top of the page: text is black or grey, table shading pale.
    int top = 0;
    int bottom = 1000;
    int minX = Integer.MAX_VALUE;
    int maxX = -1;
    int minY = Integer.MAX_VALUE;
    int maxY = -1;
    int coloured = 0;
    for (int y = top; y < bottom; y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if (saturation(img.getRGB(x, y)) > 80) {
          coloured++;
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    }
    assertThat(coloured).as("coloured pixels of the polygons and the legend").isGreaterThan(300);
    assertThat(maxX - minX).as("width of the drawn chart").isGreaterThan(150);
    assertThat(maxY - minY).as("height of the drawn chart").isGreaterThan(150);
    int nonWhite = 0;
    for (int y = minY; y <= maxY; y++) {
      for (int x = minX; x <= maxX; x++) {
        int rgb = img.getRGB(x, y);
        if (((rgb >> 16) & 0xFF) < 235 || ((rgb >> 8) & 0xFF) < 235 || (rgb & 0xFF) < 235) {
          nonWhite++;
        }
      }
    }
    assertThat(nonWhite).as("non-white pixels in the chart area").isGreaterThan(2000);
    // the coloured area starts below the page title: it is the chart, not the page chrome
    assertThat(minY).isGreaterThan(100);
  }

  private static int saturation(int rgb) {
    int r = (rgb >> 16) & 0xFF;
    int g = (rgb >> 8) & 0xFF;
    int b = rgb & 0xFF;
    return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
  }

  private static String tail(Path log) throws IOException {
    if (!Files.exists(log)) {
      return "(no log)";
    }
    String s = Files.readString(log, StandardCharsets.UTF_8);
    return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
  }
}
