package dev.cortexflow.model.block;

import dev.cortexflow.model.Extensible;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Where a SET_VARIABLES assignment takes its value ({@code source}): a state path ({@code REFERENCE}), a script
 * ({@code JAVASCRIPT}) or a source type cortexflow does not know.
 */
public sealed interface VariableSource extends Extensible {

  /** The discriminator ({@code source.type}). */
  String type();

  /** Returns a {@code REFERENCE} source reading a state path such as {@code actions.parse.outputs.result}. */
  static VariableSource reference(String path) {
    return ImmutableReferenceSource.builder().path(path).build();
  }

  /** Returns a {@code JAVASCRIPT} source. */
  static VariableSource javaScript(String script) {
    return ImmutableJavaScriptSource.builder().script(script).build();
  }

  /** Returns a source of an unknown type with the given fields. */
  static VariableSource custom(String type, Map<String, ? extends dev.cortexflow.model.JsonValue> fields) {
    return ImmutableCustomSource.builder().type(type).extensions(fields).build();
  }

  /** {@code {type: REFERENCE, path: ...}}. */
  @Value.Immutable
  non-sealed interface ReferenceSource extends VariableSource {
    @Override
    default String type() {
      return "REFERENCE";
    }

    /** State path without a leading dot ({@code path}). */
    String path();
  }

  /** {@code {type: JAVASCRIPT, script: ...}}. */
  @Value.Immutable
  non-sealed interface JavaScriptSource extends VariableSource {
    @Override
    default String type() {
      return "JAVASCRIPT";
    }

    /** The script ({@code script}). */
    String script();
  }

  /** A source type cortexflow does not know; its fields are in {@link #extensions()}. */
  @Value.Immutable
  non-sealed interface CustomSource extends VariableSource {
    @Override
    String type();
  }
}
