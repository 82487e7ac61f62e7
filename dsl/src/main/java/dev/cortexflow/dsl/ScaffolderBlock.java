package dev.cortexflow.dsl;

import dev.cortexflow.expr.HasRef;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.Scaffolder;
import dev.cortexflow.model.input.InputOverride;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code SCAFFOLDER} block: runs a registered Scaffolder template. Create it with
 * {@link Blocks#scaffolder(String, String, String)}; bind the template's inputs to run state with
 * {@link #inputFrom(String, HasRef, boolean)}.
 */
public final class ScaffolderBlock extends BlockSpec<ScaffolderBlock> {

  private final String templateId;
  private final Overrides overrides = new Overrides();
  private Optional<Boolean> createNewRepository = Optional.empty();
  private Optional<Boolean> createService = Optional.empty();

  ScaffolderBlock(String slug, String name, String templateId) {
    super(slug, name);
    this.templateId = Objects.requireNonNull(templateId, "templateId");
  }

  /**
   * Binds a template input to a value of run state: an {@code inputOverrides} entry of {@code type: VALUE} with
   * {@code inputKey}, {@code outputVariable} (the reference's state path) and {@code editable}.
   */
  public ScaffolderBlock inputFrom(String inputKey, HasRef source, boolean editable) {
    overrides.value(inputKey, source, editable);
    return self();
  }

  /** Supplies a template input's options from run state ({@code inputOverrides} entry of {@code type: OPTION}). */
  public ScaffolderBlock optionsFrom(String inputKey, HasRef source) {
    overrides.options(inputKey, source);
    return self();
  }

  /** Adds an {@code inputOverrides} entry given as a model value. */
  public ScaffolderBlock override(InputOverride override) {
    overrides.list.add(Objects.requireNonNull(override, "override"));
    return self();
  }

  /** Sets whether a repository is created ({@code createNewRepository}; Cortex's default is {@code true}). */
  public ScaffolderBlock createNewRepository(boolean create) {
    once("createNewRepository");
    createNewRepository = Optional.of(create);
    return self();
  }

  /** Sets whether the Cortex entity is created ({@code createService}). */
  public ScaffolderBlock createService(boolean create) {
    once("createService");
    createService = Optional.of(create);
    return self();
  }

  @Override
  BlockSchema toSchema() {
    return Scaffolder.builder().scaffolderTemplateId(templateId).inputOverrides(overrides.list)
        .createNewRepository(createNewRepository).createService(createService).putAllExtensions(customFields())
        .build();
  }
}
