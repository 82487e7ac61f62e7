package dev.cortexflow.model.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BlockSchemaVisitorTest {

  static Stream<Class<?>> blockTypes() {
    return Arrays.stream(BlockSchema.class.getPermittedSubclasses());
  }

  @Test
  void the_visitor_has_one_method_per_block_type_named_after_it_and_taking_it() {
    List<String> methods = new ArrayList<>();
    for (Method m : BlockSchema.Visitor.class.getDeclaredMethods()) {
      assertThat(m.getParameterTypes()).hasSize(1);
      methods.add(m.getName() + "(" + m.getParameterTypes()[0].getSimpleName() + ")");
    }
    assertThat(methods).containsExactlyInAnyOrderElementsOf(
        blockTypes().map(t -> visitorMethodName(t) + "(" + t.getSimpleName() + ")").toList());
    assertThat(methods).hasSize(17);
  }

  @ParameterizedTest(name = "a {0} block calls the visitor's method for its own type")
  @MethodSource("blockTypes")
  void a_block_calls_the_visitor_method_for_its_own_type(Class<?> type) {
    Object block = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, callingDefaults());
    List<String> calls = new ArrayList<>();
    @SuppressWarnings("unchecked")
    BlockSchema.Visitor<String> visitor = (BlockSchema.Visitor<String>) Proxy.newProxyInstance(
        BlockSchema.Visitor.class.getClassLoader(), new Class<?>[] {BlockSchema.Visitor.class},
        (proxy, method, args) -> {
          calls.add(method.getName() + (args[0] == block ? " with the block" : " with another value"));
          return "answer of " + method.getName();
        });

    String answer = ((BlockSchema) block).accept(visitor);

    assertThat(calls).containsExactly(visitorMethodName(type) + " with the block");
    assertThat(answer).isEqualTo("answer of " + visitorMethodName(type));
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
