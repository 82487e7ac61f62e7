package dev.cortexflow.codec.internal;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.block.ImmutableCustomSource;
import dev.cortexflow.model.block.ImmutableJavaScriptSource;
import dev.cortexflow.model.block.ImmutableReferenceSource;
import dev.cortexflow.model.block.VariableSource;

/** Maps the {@code source} of a SET_VARIABLES assignment: REFERENCE, JAVASCRIPT or an unknown type. */
final class VariableSources {
  private VariableSources() {}

  static VariableSource read(Fields f) {
    String type = f.string("type", Need.REQUIRED);
    switch (type) {
      case "REFERENCE":
        return ImmutableReferenceSource.builder().path(f.string("path", Need.REQUIRED))
            .extensions(f.extensions()).build();
      case "JAVASCRIPT":
        return ImmutableJavaScriptSource.builder().script(f.string("script", Need.REQUIRED))
            .extensions(f.extensions()).build();
      default:
        if (!type.isEmpty()) {
          f.issues().unknownType(f.pointer("type"), f.where() + ": unknown source type '"
              + type + "'; use REFERENCE or JAVASCRIPT");
        }
        return ImmutableCustomSource.builder().type(type).extensions(f.extensions()).build();
    }
  }

  static JsonValue write(VariableSource source) {
    Out out = Out.object().put("type", source.type());
    if (source instanceof VariableSource.ReferenceSource r) {
      out.put("path", r.path());
    } else if (source instanceof VariableSource.JavaScriptSource j) {
      out.put("script", j.script());
    }
    return out.extensions(source.extensions()).build();
  }
}
