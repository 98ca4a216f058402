package io.github.pgtagger.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = PgTaggerCommand.class.getPackage().getImplementationVersion();
    return new String[] {"pgtagger " + (v == null ? "(development build)" : v)};
  }
}
