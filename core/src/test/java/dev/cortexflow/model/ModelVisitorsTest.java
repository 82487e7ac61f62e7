package dev.cortexflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.input.InputField;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The visitors of the model's sealed hierarchies: one method per permitted type, and each type calls its own. */
class ModelVisitorsTest {

  /** A sealed hierarchy of the model and its visitor interface. */
  record Hierarchy(Class<?> root, Class<?> visitor) {
    @Override
    public String toString() {
      return root.getSimpleName();
    }
  }

  static final List<Hierarchy> HIERARCHIES = List.of(
      new Hierarchy(BlockSchema.class, BlockSchema.Visitor.class),
      new Hierarchy(InputField.class, InputField.Visitor.class));

  static Stream<Hierarchy> hierarchies() {
    return HIERARCHIES.stream();
  }

  static Stream<Arguments> types() {
    return hierarchies().flatMap(h -> Arrays.stream(h.root().getPermittedSubclasses())
        .map(type -> Arguments.of(h, type.getSimpleName(), type)));
  }

  @ParameterizedTest(name = "the {0} visitor has one method per type, named after it and taking it")
  @MethodSource("hierarchies")
  void the_visitor_has_one_method_per_type_named_after_it_and_taking_it(Hierarchy h) {
    List<String> methods = new ArrayList<>();
    for (Method m : h.visitor().getDeclaredMethods()) {
      assertThat(m.getParameterTypes()).hasSize(1);
      assertThat(m.isDefault()).as("%s is a default method", m.getName()).isFalse();
      methods.add(m.getName() + "(" + m.getParameterTypes()[0].getSimpleName() + ")");
    }
    assertThat(methods).containsExactlyInAnyOrderElementsOf(Arrays.stream(h.root().getPermittedSubclasses())
        .map(t -> visitorMethodName(t) + "(" + t.getSimpleName() + ")").toList());
  }

  @ParameterizedTest(name = "a {1} calls the {0} visitor's method for its own type")
  @MethodSource("types")
  void a_value_calls_the_visitor_method_for_its_own_type(Hierarchy h, String name, Class<?> type) throws Exception {
    Object value = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, callingDefaults());
    List<String> calls = new ArrayList<>();
    Object visitor = Proxy.newProxyInstance(h.visitor().getClassLoader(), new Class<?>[] {h.visitor()},
        (proxy, method, args) -> {
          calls.add(method.getName() + (args[0] == value ? " with the value" : " with another value"));
          return "answer of " + method.getName();
        });

    Object answer = h.root().getMethod("accept", h.visitor()).invoke(value, visitor);

    assertThat(calls).containsExactly(visitorMethodName(type) + " with the value");
    assertThat(answer).isEqualTo("answer of " + visitorMethodName(type));
  }

  @ParameterizedTest(name = "the hierarchies have 17 block types and 12 form field types")
  @MethodSource("hierarchies")
  void the_hierarchies_have_the_types_the_model_describes(Hierarchy h) {
    assertThat(h.root().getPermittedSubclasses()).hasSize(h.root() == BlockSchema.class ? 17 : 12);
  }

  private static InvocationHandler callingDefaults() {
    return (proxy, method, args) -> {
      if (method.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, method, args);
      }
      throw new AssertionError("only accept(...) is called, not " + method.getName());
    };
  }

  private static String visitorMethodName(Class<?> type) {
    String name = type.getSimpleName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
