package io.github.pgtagger.tagging;

import io.github.pgtagger.internal.Precompiled;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The per-label thresholds calibrated on the development set, bundled as {@code calibrated-thresholds.properties}. */
final class CalibratedThresholds {
  private static final Map<String, Double> DEFAULTS = load();

  private CalibratedThresholds() {}

  static Map<String, Double> defaults() {
    return DEFAULTS;
  }

  private static Map<String, Double> load() {
    Properties p = new Properties();
    byte[] bytes = Precompiled.resource(CalibratedThresholds.class, "calibrated-thresholds.properties");
    if (bytes == null) {
      return Map.of();
    }
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Double> m = new LinkedHashMap<>();
    for (String k : p.stringPropertyNames()) {
      m.put(k, Double.parseDouble(p.getProperty(k)));
    }
    return Collections.unmodifiableMap(m);
  }
}
