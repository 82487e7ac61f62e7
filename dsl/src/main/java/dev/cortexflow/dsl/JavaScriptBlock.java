package dev.cortexflow.dsl;

import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.JavaScript;
import java.util.Objects;

/**
 * A {@code JAVASCRIPT} block: a script reading {@code actions}, {@code variables} and {@code context}; the returned
 * object's keys are at {@code actions.<slug>.outputs.<key>}. Create it with
 * {@link Blocks#javaScript(String, String, CharSequence)}; {@code Ref.js()} renders references for scripts.
 */
public final class JavaScriptBlock extends BlockSpec<JavaScriptBlock> {

  private final String script;

  JavaScriptBlock(String slug, String name, CharSequence script) {
    super(slug, name);
    this.script = Objects.requireNonNull(script, "script").toString();
  }

  @Override
  BlockSchema toSchema() {
    return JavaScript.builder().script(script).putAllExtensions(customFields()).build();
  }
}
