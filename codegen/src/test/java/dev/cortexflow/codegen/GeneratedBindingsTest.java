package dev.cortexflow.codegen;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class GeneratedBindingsTest {

  static final String HOW_TO_UPDATE = "regenerate them with `mvn -B -q -pl codegen -am test"
      + " -Dtest=GeneratedBindingsTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true`"
      + " and commit the result";

  @Test
  void committed_bindings_match_the_catalogue() {
    // given
    Map<String, String> expected = new TreeMap<>();
    BindingGenerator.bundled().generate().forEach(source ->
        expected.put(source.relativePath().toString().replace('\\', '/'), source.text()));

    // then
    Golden.assertMatches(expected,
        Golden.repositoryRoot().resolve(BindingGenerator.OUTPUT_FOLDER), ".java", HOW_TO_UPDATE);
  }
}
