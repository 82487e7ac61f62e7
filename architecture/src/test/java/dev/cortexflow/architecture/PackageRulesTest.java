package dev.cortexflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Package rules: internals stay private to their area, no cycles, open vocabularies are not enums. */
class PackageRulesTest {

  private static final Pattern INTERNAL = Pattern.compile("dev\\.cortexflow\\.([a-z]+)(\\..*)?\\.internal(\\..*)?");

  static JavaClasses classes;

  @BeforeAll
  static void import_production_classes() {
    classes = ProductionClasses.get();
  }

  /** The areas that have an internal package, found in the classes rather than listed by hand. */
  static Stream<String> areasWithAnInternalPackage() {
    TreeSet<String> areas = new TreeSet<>();
    for (JavaClass type : ProductionClasses.get()) {
      Matcher matcher = INTERNAL.matcher(type.getPackageName());
      if (matcher.matches()) {
        areas.add(matcher.group(1));
      }
    }
    return areas.stream();
  }

  @Test
  void the_internal_packages_are_found_where_they_are() {
    assertThat(areasWithAnInternalPackage()).containsAll(
        List.of("cli", "client", "cloudflare", "codegen", "model", "sandbox", "testing", "withcortex", "codec"));
  }

  @ParameterizedTest(name = "dev.cortexflow.{0}..internal is used only inside dev.cortexflow.{0}")
  @MethodSource("areasWithAnInternalPackage")
  void internal_packages_are_used_only_inside_their_area(String area) {
    ArchitectureRules.internalPackageIsUsedOnlyInsideItsArea(area).check(classes);
  }

  @Test
  void areas_have_no_dependency_cycles() {
    ArchitectureRules.areasHaveNoDependencyCycles().check(classes);
  }

  @Test
  void the_model_holds_no_cortex_vocabulary_as_an_enum_because_they_are_open() {
    ArchitectureRules.modelHoldsNoVocabularyAsAnEnum().check(classes);
  }

  @Test
  void model_values_are_interfaces_records_or_generated_immutables() {
    ArchitectureRules.modelValuesAreInterfacesRecordsOrFinal().check(classes);
  }
}
