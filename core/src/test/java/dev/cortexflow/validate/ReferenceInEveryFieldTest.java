package dev.cortexflow.validate;

import static dev.cortexflow.validate.Fixtures.block;
import static dev.cortexflow.validate.Fixtures.violations;
import static dev.cortexflow.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.Aws;
import dev.cortexflow.model.block.BlockField;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.BlockType;
import dev.cortexflow.model.block.BlockTypes;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.CustomBlock;
import dev.cortexflow.model.block.FallbackPath;
import dev.cortexflow.model.block.FieldKind;
import dev.cortexflow.model.block.GitIdentity;
import dev.cortexflow.model.block.GithubCreateOrUpdateFile;
import dev.cortexflow.model.block.HttpMethod;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.ImmutableGitIdentity;
import dev.cortexflow.model.block.ImmutableJavaScriptSource;
import dev.cortexflow.model.block.ImmutableReferenceSource;
import dev.cortexflow.model.block.ImmutableVariableAssignment;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.Presence;
import dev.cortexflow.model.block.Scaffolder;
import dev.cortexflow.model.block.SetVariables;
import dev.cortexflow.model.block.Urgency;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.block.VariableAssignment;
import dev.cortexflow.model.block.VariableSource;
import dev.cortexflow.model.input.CustomInput;
import dev.cortexflow.model.input.DateInput;
import dev.cortexflow.model.input.EntityInput;
import dev.cortexflow.model.input.ImmutableOptionOverride;
import dev.cortexflow.model.input.ImmutableValueOverride;
import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.InputOverride;
import dev.cortexflow.model.input.MultiSelectInput;
import dev.cortexflow.model.input.NumberInput;
import dev.cortexflow.model.input.SecretInput;
import dev.cortexflow.model.input.SelectInput;
import dev.cortexflow.model.input.SlackInput;
import dev.cortexflow.model.input.TextInput;
import dev.cortexflow.model.input.TextareaInput;
import dev.cortexflow.model.input.ToggleInput;
import dev.cortexflow.model.input.UserPickerInput;
import dev.cortexflow.model.input.UserRef;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every string field that can read run state, of every block type and every form field type, is checked: a
 * reference to a block that does not exist, put in that one field, is reported at that field's pointer. The table
 * below has one row per (model type, field); {@link #the_table_names_every_field_of_every_model_type} fails when
 * a model type gains a field that is neither in the table nor listed as not holding text, so a new field cannot be
 * forgotten by the validator without a test saying so.
 */
class ReferenceInEveryFieldTest {

  /** A Mustache reference to a block that does not exist. */
  private static final String REF = "{{actions.ghost.outputs.x}}";
  /** The same, as a state path (outputVariable, REFERENCE path). */
  private static final String STATE_PATH = "actions.ghost.outputs.x";

  /** One field: the model type and accessor it belongs to, where it sits below the block, and a block using it. */
  record Row(Class<?> owner, String accessor, String pointer, Function<String, Block> blockWith) {
    @Override
    public String toString() {
      return owner.getSimpleName() + "." + accessor + " at " + pointer;
    }
  }

  private static Row schema(Class<?> owner, String accessor, String pointer,
      Function<String, BlockSchema> schemaWith) {
    return new Row(owner, accessor, "/schema" + pointer, v -> reader(schemaWith.apply(v)));
  }

  private static Row input(Class<?> owner, String accessor, String pointer,
      Function<String, InputField> fieldWith) {
    return new Row(owner, accessor, "/schema/inputs/1" + pointer,
        v -> reader(UserInput.builder().addInputs(plainField(), fieldWith.apply(v)).build()));
  }

  private static Block reader(BlockSchema schema) {
    return block("reader", schema).withIsRootAction(true);
  }

  private static InputField plainField() {
    return TextInput.builder().key("plain").name("Plain").build();
  }

  private static Map<String, JsonValue> ext(String value) {
    return Map.of("note", JsonValue.of(value));
  }

  private static List<String> second(String value) {
    return List.of("plain", value);
  }

  private static ImmutableGitIdentity identity() {
    return ImmutableGitIdentity.builder().name("Bot").email("bot@example.com").build();
  }

  private static dev.cortexflow.model.block.ImmutableHttpRequest.Builder http() {
    return HttpRequest.builder().url("https://example.com").httpMethod(HttpMethod.GET);
  }

  private static dev.cortexflow.model.block.ImmutableAws.Builder aws() {
    return Aws.builder().accountId("123").region("eu-west-1").actionIdentifier("s3.listBuckets");
  }

  private static dev.cortexflow.model.block.ImmutableScaffolder.Builder scaffolder() {
    return Scaffolder.builder().scaffolderTemplateId("service");
  }

  private static dev.cortexflow.model.block.ImmutableGithubCreateOrUpdateFile.Builder github() {
    return GithubCreateOrUpdateFile.builder().repositoryName("org/repo").path("README.md").content("hi")
        .commitMessage("update");
  }

  private static dev.cortexflow.model.block.ImmutableBranchPath.Builder path() {
    return BranchPath.builder().name("p").slug("p").expression("true").type("CONDITIONAL");
  }

  private static dev.cortexflow.model.block.ImmutableFallbackPath.Builder fallback() {
    return FallbackPath.builder().name("f").slug("f").type("FALLBACK");
  }

  private static BlockSchema branchWith(BranchPath path) {
    return ConditionalBranch.builder().addBranches(path().build(), path).build();
  }

  private static BlockSchema assignment(VariableAssignment a) {
    return SetVariables.builder().addVariables(VariableAssignment.of("plain", VariableSource.javaScript("1")), a)
        .build();
  }

  private static BlockSchema form(InputOverride o) {
    return UserInput.builder().addInputs(plainField())
        .addInputOverrides(InputOverride.value("plain", "plain", false), o).build();
  }

  private static BlockSchema template(InputOverride o) {
    return scaffolder().addInputOverrides(InputOverride.value("plain", "plain", false), o).build();
  }

  /**
   * A value of one field kind: the plain value a block gets when the field is required and not under test, and the
   * value holding text at {@code pointer} (below the field's key).
   */
  record Sample(Object plain, Function<String, Object> holding, String pointer) {}

  /** Every kind of block field that can hold text, with a value that puts the text in one place of it. */
  private static final Map<FieldKind<?>, Sample> TEXT_KINDS = Map.ofEntries(
      Map.entry(FieldKind.TEXT, new Sample("plain", v -> v, "")),
      Map.entry(FieldKind.OPTIONAL_TEXT, new Sample(Optional.empty(), Optional::of, "")),
      Map.entry(FieldKind.TEXTS, new Sample(List.of(), ReferenceInEveryFieldTest::second, "/1")),
      Map.entry(FieldKind.TEXT_MAP, new Sample(Map.of(), v -> ordered("Accept", "text/plain", "X-Token", v),
          "/X-Token")),
      Map.entry(FieldKind.JSON_MAP, new Sample(Map.of(), v -> ordered("owner", JsonValue.of("org"), "query",
          JsonValue.array(List.of(JsonValue.of(1), JsonValue.object("q", v)))), "/query/1/q")),
      Map.entry(FieldKind.BRANCH_PATHS, new Sample(List.of(path().build()),
          v -> List.of(path().build(), path().slug("q").expression(v).build()), "/1/expression")),
      Map.entry(FieldKind.FALLBACK_PATH, new Sample(Optional.empty(),
          v -> Optional.of(fallback().name(v).build()), "/name")),
      Map.entry(FieldKind.GIT_IDENTITY, new Sample(Optional.empty(), v -> Optional.of(identity().withEmail(v)),
          "/email")),
      Map.entry(FieldKind.INPUT_FIELDS, new Sample(List.of(plainField()),
          v -> List.of(plainField(), TextInput.builder().key("k").name(v).build()), "/1/name")),
      Map.entry(FieldKind.INPUT_OVERRIDES, new Sample(List.of(),
          v -> List.of(InputOverride.value("plain", "plain", false), InputOverride.options("plain", v)),
          "/1/outputVariable")),
      Map.entry(FieldKind.VARIABLE_ASSIGNMENTS, new Sample(List.of(),
          v -> List.of(VariableAssignment.of("plain", VariableSource.javaScript("1")),
              VariableAssignment.of("env", VariableSource.javaScript(v))), "/1/source/script")));

  /** Kinds that hold no text that can read run state (numbers, flags, closed lists), with a plain value each. */
  private static final Map<FieldKind<?>, Object> NO_TEXT_KINDS = Map.of(
      FieldKind.OPTIONAL_BOOLEAN, Optional.empty(),
      FieldKind.OPTIONAL_INTEGER, Optional.empty(),
      FieldKind.HTTP_METHOD, HttpMethod.GET,
      FieldKind.URGENCY, Urgency.HIGH);

  /** Text fields of the descriptor table that name a block (graph edges), checked as edges, not as text. */
  private static final Set<String> BLOCK_NAMES = Set.of("CONDITIONAL_BRANCH.joiningAction");

  /** Whether a field of the descriptor table holds text that can read run state. */
  private static boolean holdsText(BlockType<?, ?> type, BlockField<?, ?, ?> field) {
    return TEXT_KINDS.containsKey(field.kind()) && !BLOCK_NAMES.contains(type.type() + "." + field.key());
  }

  private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }

  /**
   * A block of {@code type} whose required fields hold plain values and whose {@code target} field (when not
   * null) holds {@code value}; its unknown keys are {@code extensions}.
   */
  static <S extends BlockSchema, B> BlockSchema tableBlock(BlockType<S, B> type, String target,
      Object value, Map<String, JsonValue> extensions) {
    B builder = type.newBuilder();
    for (BlockField<S, B, ?> field : type.fields()) {
      if (field.key().equals(target)) {
        set(field, builder, value);
      } else if (field.presence() == Presence.REQUIRED) {
        set(field, builder, TEXT_KINDS.containsKey(field.kind()) ? TEXT_KINDS.get(field.kind()).plain()
            : NO_TEXT_KINDS.get(field.kind()));
      }
    }
    type.setExtensions(builder, extensions);
    return type.build(builder);
  }

  @SuppressWarnings("unchecked")
  private static <S extends BlockSchema, B, V> void set(BlockField<S, B, V> field, B builder, Object value) {
    field.setIn(builder, (V) value);
  }

  /**
   * One row per text field of every block type of the descriptor table, plus the unknown keys of each type: a
   * field added to the table is checked here without a new line.
   */
  static List<Row> tableRows() {
    List<Row> rows = new ArrayList<>();
    for (BlockType<?, ?> type : BlockTypes.ALL) {
      for (BlockField<?, ?, ?> field : type.fields()) {
        if (holdsText(type, field)) {
          Sample sample = TEXT_KINDS.get(field.kind());
          rows.add(schema(type.modelType(), field.key(), "/" + field.key() + sample.pointer(),
              v -> tableBlock(type, field.key(), sample.holding().apply(v), Map.of())));
        }
      }
      rows.add(schema(type.modelType(), "extensions", "/note", v -> tableBlock(type, null, null, ext(v))));
    }
    return rows;
  }

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>(tableRows());
    rows.add(new Row(Block.class, "name", "/name", v -> block("reader", Jq.of(".")).withName(v)
        .withIsRootAction(true)));
    rows.add(new Row(Block.class, "extensions", "/note", v -> block("reader", Jq.of("."))
        .withExtensions(ext(v)).withIsRootAction(true)));

    // a key with '/' and '~' is escaped in the pointer (RFC 6901)
    rows.add(schema(HttpRequest.class, "headers", "/headers/X~1Odd~0Name",
        v -> http().putHeader("X/Odd~Name", v).build()));
    rows.add(schema(HttpRequest.class, "headers", "/headers/~0lead", v -> http().putHeader("~lead", v).build()));
    rows.add(schema(HttpRequest.class, "headers", "/headers/~1lead", v -> http().putHeader("/lead", v).build()));
    rows.add(schema(Aws.class, "inputs", "/inputs/bucket~1name", v -> aws()
        .putInput("bucket/name", JsonValue.of(v)).build()));

    // the nested parts, whose mapping the descriptor table does not hold
    rows.add(schema(BranchPath.class, "name", "/branches/1/name", v -> branchWith(path().slug("q").name(v)
        .build())));
    rows.add(schema(BranchPath.class, "expression", "/branches/1/expression",
        v -> branchWith(path().slug("q").expression(v).build())));
    rows.add(schema(BranchPath.class, "extensions", "/branches/1/note",
        v -> branchWith(path().slug("q").extensions(ext(v)).build())));
    rows.add(schema(FallbackPath.class, "name", "/fallbackBranch/name",
        v -> ConditionalBranch.builder().addBranches(path().build()).fallbackBranch(fallback().name(v).build())
            .build()));
    rows.add(schema(FallbackPath.class, "extensions", "/fallbackBranch/note",
        v -> ConditionalBranch.builder().addBranches(path().build())
            .fallbackBranch(fallback().extensions(ext(v)).build()).build()));
    rows.add(schema(GitIdentity.class, "name", "/author/name", v -> github().author(identity().withName(v))
        .build()));
    rows.add(schema(GitIdentity.class, "email", "/committer/email",
        v -> github().committer(identity().withEmail(v)).build()));
    rows.add(schema(GitIdentity.class, "extensions", "/committer/note",
        v -> github().committer(identity().withExtensions(ext(v))).build()));
    rows.add(schema(VariableAssignment.class, "source", "/variables/1/source/path",
        v -> assignment(VariableAssignment.of("env", VariableSource.reference(v)))));
    rows.add(schema(VariableAssignment.class, "extensions", "/variables/1/note",
        v -> assignment(ImmutableVariableAssignment.builder().slug("env").source(VariableSource.javaScript("1"))
            .extensions(ext(v)).build())));
    rows.add(schema(VariableSource.ReferenceSource.class, "path", "/variables/1/source/path",
        v -> assignment(VariableAssignment.of("env", VariableSource.reference(v)))));
    rows.add(schema(VariableSource.ReferenceSource.class, "extensions", "/variables/1/source/note",
        v -> assignment(VariableAssignment.of("env", ImmutableReferenceSource.builder().path("plain")
            .extensions(ext(v)).build()))));
    rows.add(schema(VariableSource.JavaScriptSource.class, "script", "/variables/1/source/script",
        v -> assignment(VariableAssignment.of("env", VariableSource.javaScript(v)))));
    rows.add(schema(VariableSource.JavaScriptSource.class, "extensions", "/variables/1/source/note",
        v -> assignment(VariableAssignment.of("env", ImmutableJavaScriptSource.builder().script("1")
            .extensions(ext(v)).build()))));
    rows.add(schema(VariableSource.CustomSource.class, "extensions", "/variables/1/source/note",
        v -> assignment(VariableAssignment.of("env", VariableSource.custom("LATER", ext(v))))));
    rows.add(schema(CustomBlock.class, "extensions", "/note",
        v -> CustomBlock.builder().type("LATER").extensions(ext(v)).build()));

    // form fields: the field is the second input, so that its index shows in the pointer
    for (var type : List.<Function<Map<String, JsonValue>, InputField>>of(
        e -> TextInput.builder().key("k").name("n").extensions(e).build(),
        e -> TextareaInput.builder().key("k").name("n").extensions(e).build(),
        e -> SelectInput.builder().key("k").name("n").addOptions("a").extensions(e).build(),
        e -> MultiSelectInput.builder().key("k").name("n").addOptions("a").extensions(e).build(),
        e -> ToggleInput.builder().key("k").name("n").extensions(e).build(),
        e -> EntityInput.builder().key("k").name("n").extensions(e).build(),
        e -> UserPickerInput.builder().key("k").name("n").extensions(e).build(),
        e -> SlackInput.builder().key("k").name("n").extensions(e).build(),
        e -> SecretInput.builder().key("k").name("n").extensions(e).build(),
        e -> NumberInput.builder().key("k").name("n").extensions(e).build(),
        e -> DateInput.builder().key("k").name("n").extensions(e).build(),
        e -> CustomInput.builder().type("NESTED_FORM_FIELD").key("k").name("n").extensions(e).build())) {
      Class<? extends InputField> owner = modelType(type.apply(Map.of()).getClass(), InputField.class);
      rows.add(input(owner, "extensions", "/note", v -> type.apply(ext(v))));
    }
    rows.add(input(TextInput.class, "name", "/name", v -> TextInput.builder().key("k").name(v).build()));
    rows.add(input(TextInput.class, "description", "/description",
        v -> TextInput.builder().key("k").name("n").description(v).build()));
    rows.add(input(TextInput.class, "defaultValue", "/defaultValue",
        v -> TextInput.builder().key("k").name("n").defaultValue(v).build()));
    rows.add(input(TextInput.class, "placeholder", "/placeholder",
        v -> TextInput.builder().key("k").name("n").placeholder(v).build()));
    rows.add(input(TextInput.class, "validationRegex", "/validationRegex",
        v -> TextInput.builder().key("k").name("n").validationRegex(v).build()));
    rows.add(input(TextareaInput.class, "name", "/name", v -> TextareaInput.builder().key("k").name(v).build()));
    rows.add(input(TextareaInput.class, "description", "/description",
        v -> TextareaInput.builder().key("k").name("n").description(v).build()));
    rows.add(input(TextareaInput.class, "defaultValue", "/defaultValue",
        v -> TextareaInput.builder().key("k").name("n").defaultValue(v).build()));
    rows.add(input(TextareaInput.class, "placeholder", "/placeholder",
        v -> TextareaInput.builder().key("k").name("n").placeholder(v).build()));
    rows.add(input(TextareaInput.class, "validationRegex", "/validationRegex",
        v -> TextareaInput.builder().key("k").name("n").validationRegex(v).build()));
    rows.add(input(SelectInput.class, "name", "/name",
        v -> SelectInput.builder().key("k").name(v).addOptions("a").build()));
    rows.add(input(SelectInput.class, "description", "/description",
        v -> SelectInput.builder().key("k").name("n").addOptions("a").description(v).build()));
    rows.add(input(SelectInput.class, "options", "/options/1",
        v -> SelectInput.builder().key("k").name("n").addOptions("plain", v).build()));
    rows.add(input(SelectInput.class, "optionsLabels", "/optionsLabels/1",
        v -> SelectInput.builder().key("k").name("n").addOptions("a", "b").optionsLabels(second(v)).build()));
    rows.add(input(SelectInput.class, "defaultValue", "/defaultValue",
        v -> SelectInput.builder().key("k").name("n").addOptions("a").defaultValue(v).build()));
    rows.add(input(SelectInput.class, "placeholder", "/placeholder",
        v -> SelectInput.builder().key("k").name("n").addOptions("a").placeholder(v).build()));
    rows.add(input(MultiSelectInput.class, "name", "/name",
        v -> MultiSelectInput.builder().key("k").name(v).addOptions("a").build()));
    rows.add(input(MultiSelectInput.class, "description", "/description",
        v -> MultiSelectInput.builder().key("k").name("n").addOptions("a").description(v).build()));
    rows.add(input(MultiSelectInput.class, "options", "/options/1",
        v -> MultiSelectInput.builder().key("k").name("n").addOptions("plain", v).build()));
    rows.add(input(MultiSelectInput.class, "optionsLabels", "/optionsLabels/1",
        v -> MultiSelectInput.builder().key("k").name("n").addOptions("a", "b").optionsLabels(second(v)).build()));
    rows.add(input(MultiSelectInput.class, "defaultValue", "/defaultValue/1",
        v -> MultiSelectInput.builder().key("k").name("n").addOptions("a").defaultValue(second(v)).build()));
    rows.add(input(MultiSelectInput.class, "placeholder", "/placeholder",
        v -> MultiSelectInput.builder().key("k").name("n").addOptions("a").placeholder(v).build()));
    rows.add(input(ToggleInput.class, "name", "/name", v -> ToggleInput.builder().key("k").name(v).build()));
    rows.add(input(ToggleInput.class, "description", "/description",
        v -> ToggleInput.builder().key("k").name("n").description(v).build()));
    rows.add(input(EntityInput.class, "name", "/name", v -> EntityInput.builder().key("k").name(v).build()));
    rows.add(input(EntityInput.class, "description", "/description",
        v -> EntityInput.builder().key("k").name("n").description(v).build()));
    rows.add(input(EntityInput.class, "defaultValue", "/defaultValue/1",
        v -> EntityInput.builder().key("k").name("n").defaultValue(second(v)).build()));
    rows.add(input(EntityInput.class, "placeholder", "/placeholder",
        v -> EntityInput.builder().key("k").name("n").placeholder(v).build()));
    rows.add(input(UserPickerInput.class, "name", "/name", v -> UserPickerInput.builder().key("k").name(v).build()));
    rows.add(input(UserPickerInput.class, "description", "/description",
        v -> UserPickerInput.builder().key("k").name("n").description(v).build()));
    rows.add(input(UserPickerInput.class, "defaultValue", "/defaultValue/1/email",
        v -> UserPickerInput.builder().key("k").name("n").defaultValue(List.of(UserRef.of("a@example.com", "A"),
            UserRef.of(v, "B"))).build()));
    rows.add(input(UserPickerInput.class, "placeholder", "/placeholder",
        v -> UserPickerInput.builder().key("k").name("n").placeholder(v).build()));
    rows.add(input(UserRef.class, "email", "/defaultValue/1/email",
        v -> UserPickerInput.builder().key("k").name("n").defaultValue(List.of(UserRef.of("a@example.com", "A"),
            UserRef.of(v, "B"))).build()));
    rows.add(input(UserRef.class, "name", "/defaultValue/1/name",
        v -> UserPickerInput.builder().key("k").name("n").defaultValue(List.of(UserRef.of("a@example.com", "A"),
            UserRef.of("b@example.com", v))).build()));
    rows.add(input(UserRef.class, "extensions", "/defaultValue/1/note",
        v -> UserPickerInput.builder().key("k").name("n").defaultValue(List.of(UserRef.of("a@example.com", "A"),
            dev.cortexflow.model.input.ImmutableUserRef.builder().email("b@example.com").name("B")
                .extensions(ext(v)).build())).build()));
    rows.add(input(SlackInput.class, "name", "/name", v -> SlackInput.builder().key("k").name(v).build()));
    rows.add(input(SlackInput.class, "description", "/description",
        v -> SlackInput.builder().key("k").name("n").description(v).build()));
    rows.add(input(SlackInput.class, "defaultValue", "/defaultValue/1",
        v -> SlackInput.builder().key("k").name("n").defaultValue(second(v)).build()));
    rows.add(input(SlackInput.class, "placeholder", "/placeholder",
        v -> SlackInput.builder().key("k").name("n").placeholder(v).build()));
    rows.add(input(SecretInput.class, "name", "/name", v -> SecretInput.builder().key("k").name(v).build()));
    rows.add(input(SecretInput.class, "description", "/description",
        v -> SecretInput.builder().key("k").name("n").description(v).build()));
    rows.add(input(SecretInput.class, "placeholder", "/placeholder",
        v -> SecretInput.builder().key("k").name("n").placeholder(v).build()));
    rows.add(input(SecretInput.class, "validationRegex", "/validationRegex",
        v -> SecretInput.builder().key("k").name("n").validationRegex(v).build()));
    rows.add(input(NumberInput.class, "name", "/name", v -> NumberInput.builder().key("k").name(v).build()));
    rows.add(input(NumberInput.class, "description", "/description",
        v -> NumberInput.builder().key("k").name("n").description(v).build()));
    rows.add(input(NumberInput.class, "placeholder", "/placeholder",
        v -> NumberInput.builder().key("k").name("n").placeholder(v).build()));
    rows.add(input(DateInput.class, "name", "/name", v -> DateInput.builder().key("k").name(v).build()));
    rows.add(input(DateInput.class, "description", "/description",
        v -> DateInput.builder().key("k").name("n").description(v).build()));
    rows.add(input(DateInput.class, "defaultValue", "/defaultValue",
        v -> DateInput.builder().key("k").name("n").defaultValue(v).build()));
    rows.add(input(DateInput.class, "placeholder", "/placeholder",
        v -> DateInput.builder().key("k").name("n").placeholder(v).build()));
    rows.add(input(CustomInput.class, "name", "/name",
        v -> CustomInput.builder().type("NESTED_FORM_FIELD").key("k").name(v).build()));
    rows.add(input(CustomInput.class, "description", "/description",
        v -> CustomInput.builder().type("NESTED_FORM_FIELD").key("k").name("n").description(v).build()));

    // overrides, in a form and in a scaffolder template
    rows.add(schema(InputOverride.OptionOverride.class, "outputVariable", "/inputOverrides/1/outputVariable",
        v -> form(InputOverride.options("plain", v))));
    rows.add(schema(InputOverride.OptionOverride.class, "extensions", "/inputOverrides/1/note",
        v -> form(ImmutableOptionOverride.builder().inputKey("plain").outputVariable("plain")
            .extensions(ext(v)).build())));
    rows.add(schema(InputOverride.ValueOverride.class, "outputVariable", "/inputOverrides/1/outputVariable",
        v -> template(InputOverride.value("plain", v, true))));
    rows.add(schema(InputOverride.ValueOverride.class, "extensions", "/inputOverrides/1/note",
        v -> template(ImmutableValueOverride.builder().inputKey("plain").outputVariable("plain")
            .extensions(ext(v)).build())));
    rows.add(schema(InputOverride.CustomOverride.class, "extensions", "/inputOverrides/1/note",
        v -> form(dev.cortexflow.model.input.ImmutableCustomOverride.builder().type("LATER").inputKey("plain")
            .extensions(ext(v)).build())));
    return rows;
  }

  /**
   * Fields of the parts the descriptor table does not describe that hold no text that can read run state: names of
   * graph edges, slugs, discriminators, numbers.
   */
  private static final Map<Class<?>, Set<String>> NESTED_NOT_TEXT = Map.ofEntries(
      Map.entry(Block.class, Set.of("slug", "schema", "outgoingActions")),
      Map.entry(BranchPath.class, Set.of("slug", "outgoingAction", "type")),
      Map.entry(FallbackPath.class, Set.of("slug", "outgoingAction", "type")),
      Map.entry(GitIdentity.class, Set.of()),
      Map.entry(VariableAssignment.class, Set.of("slug")),
      Map.entry(VariableSource.ReferenceSource.class, Set.of("type")),
      Map.entry(VariableSource.JavaScriptSource.class, Set.of("type")),
      Map.entry(VariableSource.CustomSource.class, Set.of("type")),
      Map.entry(CustomBlock.class, Set.of("type")),
      Map.entry(TextInput.class, Set.of("type", "key")),
      Map.entry(TextareaInput.class, Set.of("type", "key")),
      Map.entry(SelectInput.class, Set.of("type", "key")),
      Map.entry(MultiSelectInput.class, Set.of("type", "key")),
      Map.entry(ToggleInput.class, Set.of("type", "key", "defaultValue")),
      // the entity filter holds tags, team ids and emails, matched literally by Cortex
      Map.entry(EntityInput.class, Set.of("type", "key", "entityFilter",
          "limitEntitiesToRunnerUserScope")),
      Map.entry(UserPickerInput.class, Set.of("type", "key", "filter")),
      Map.entry(SlackInput.class, Set.of("type", "key", "filter")),
      Map.entry(SecretInput.class, Set.of("type", "key")),
      Map.entry(NumberInput.class, Set.of("type", "key", "format", "min", "max", "defaultValue")),
      Map.entry(DateInput.class, Set.of("type", "key", "format")),
      Map.entry(CustomInput.class, Set.of("type", "key")),
      Map.entry(UserRef.class, Set.of()),
      Map.entry(InputOverride.OptionOverride.class, Set.of("type", "inputKey")),
      Map.entry(InputOverride.ValueOverride.class, Set.of("type", "inputKey")),
      Map.entry(InputOverride.CustomOverride.class, Set.of("type", "inputKey")));

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void a_reference_in_this_field_is_found_and_checked(Row row) {
    String value = isStatePath(row) ? STATE_PATH : REF;
    Block reader = row.blockWith().apply(value);
    String pointer = "/actions/0" + row.pointer();

    assertThat(violations(workflow(reader), ViolationCode.UNKNOWN_ACTION_REFERENCE)).containsExactly(
        Violation.error(ViolationCode.UNKNOWN_ACTION_REFERENCE, pointer, "block 'reader' (actions[0]): "
            + ValidationContext.field(pointer, true) + " reads actions.ghost.outputs.x, but no block has the slug"
            + " 'ghost' (known: reader)"));
    assertThat(ReferenceScanner.scan(workflow(reader).build())).singleElement().satisfies(found -> {
      assertThat(found.pointer()).isEqualTo(pointer);
      assertThat(found.blockIndex()).hasValue(0);
      assertThat(found.reference().syntax()).isEqualTo(isStatePath(row) ? FoundReference.Syntax.STATE_PATH
          : FoundReference.Syntax.MUSTACHE);
    });
  }

  private static boolean isStatePath(Row row) {
    return row.pointer().endsWith("/outputVariable") || row.pointer().endsWith("/source/path");
  }

  @Test
  void a_reference_in_either_response_template_is_checked_without_a_block_owner() {
    var wf = workflow(reader(Jq.of("."))).runResponseTemplate("ok " + REF).failedRunResponseTemplate(REF);

    assertThat(violations(wf, ViolationCode.UNKNOWN_ACTION_REFERENCE)).containsExactly(
        Violation.error(ViolationCode.UNKNOWN_ACTION_REFERENCE, "/runResponseTemplate", "runResponseTemplate reads"
            + " actions.ghost.outputs.x, but no block has the slug 'ghost' (known: reader)"),
        Violation.error(ViolationCode.UNKNOWN_ACTION_REFERENCE, "/failedRunResponseTemplate",
            "failedRunResponseTemplate reads actions.ghost.outputs.x, but no block has the slug 'ghost'"
                + " (known: reader)"));
    assertThat(ReferenceScanner.scan(wf.build())).extracting(LocatedReference::pointer,
        r -> r.blockIndex().isPresent()).containsExactly(
            org.assertj.core.groups.Tuple.tuple("/runResponseTemplate", false),
            org.assertj.core.groups.Tuple.tuple("/failedRunResponseTemplate", false));
  }

  @Test
  void references_come_in_descriptor_order_within_a_block_and_through_nested_data() {
    var call = http().url("{{actions.a.outputs.x}}").putHeader("H1", "{{actions.b.outputs.x}}")
        .putHeader("H2", "{{actions.c.outputs.x}}").payload("{{actions.d.outputs.x}}")
        .putExtension("later", JsonValue.object("first", JsonValue.array(List.of(
            JsonValue.of("{{actions.e.outputs.x}}"), JsonValue.of("{{actions.f.outputs.x}}"))),
            "second", JsonValue.object("deep", "{{actions.g.outputs.x}}"), "third", "{{actions.h.outputs.x}}"))
        .build();
    Workflow wf = workflow(reader(call)).build();

    assertThat(ReferenceScanner.scan(wf)).extracting(r -> r.reference().name() + " " + r.pointer())
        .containsExactly("a /actions/0/schema/url", "b /actions/0/schema/headers/H1",
            "c /actions/0/schema/headers/H2", "d /actions/0/schema/payload",
            "e /actions/0/schema/later/first/0", "f /actions/0/schema/later/first/1",
            "g /actions/0/schema/later/second/deep", "h /actions/0/schema/later/third");
  }

  @Test
  void every_block_type_and_every_form_field_type_has_rows() {
    Set<Class<?>> owners = rows().stream().map(Row::owner).collect(Collectors.toSet());

    assertThat(owners).containsAll(Arrays.asList(BlockSchema.class.getPermittedSubclasses()))
        .containsAll(Arrays.asList(InputField.class.getPermittedSubclasses()))
        .containsAll(Arrays.asList(InputOverride.class.getPermittedSubclasses()))
        .containsAll(Arrays.asList(VariableSource.class.getPermittedSubclasses()));
  }

  @Test
  void the_table_names_every_field_of_every_model_type() {
    Map<Class<?>, Set<String>> covered = rows().stream().collect(Collectors.groupingBy(Row::owner,
        Collectors.mapping(Row::accessor, Collectors.toCollection(TreeSet::new))));
    List<String> unclassified = new ArrayList<>();
    Map<Class<?>, Set<String>> notText = notText();
    for (Class<?> owner : notText.keySet()) {
      for (String accessor : accessors(owner)) {
        if (!covered.getOrDefault(owner, Set.of()).contains(accessor) && !notText.get(owner).contains(accessor)) {
          unclassified.add(owner.getSimpleName() + "." + accessor);
        }
      }
    }
    assertThat(unclassified).as("fields neither checked for references nor listed as holding no text").isEmpty();
    assertThat(covered.keySet()).allMatch(notText::containsKey);
  }

  /**
   * The fields that hold no text: of each block type, its discriminator and the table's fields that are not text
   * (see {@link #holdsText}); of the nested parts, {@link #NESTED_NOT_TEXT}.
   */
  private static Map<Class<?>, Set<String>> notText() {
    Map<Class<?>, Set<String>> notText = new HashMap<>(NESTED_NOT_TEXT);
    for (BlockType<?, ?> type : BlockTypes.ALL) {
      Set<String> keys = new TreeSet<>(Set.of("type"));
      type.fields().stream().filter(f -> !holdsText(type, f)).forEach(f -> keys.add(f.key()));
      notText.put(type.modelType(), keys);
    }
    return notText;
  }

  @Test
  void every_field_kind_of_the_descriptor_table_is_either_text_or_listed_as_holding_none() {
    assertThat(FieldKind.ALL).allMatch(k -> TEXT_KINDS.containsKey(k) ^ NO_TEXT_KINDS.containsKey(k));
  }

  @Test
  void every_text_field_of_every_block_type_of_the_descriptor_table_has_a_row() {
    List<String> rows = tableRows().stream().map(Row::toString).toList();

    assertThat(rows).hasSize(BlockTypes.ALL.size() + (int) BlockTypes.ALL.stream()
        .flatMap(t -> t.fields().stream().filter(f -> holdsText(t, f))).count());
    assertThat(rows).contains("HttpRequest.url at /schema/url", "HttpRequest.headers at /schema/headers/X-Token",
        "AdvancedHttpRequest.inputs at /schema/inputs/query/1/q", "ManualApproval.approvingTeamIds at"
            + " /schema/approvingTeamIds/1", "ConditionalBranch.branches at /schema/branches/1/expression",
        "GithubCreateOrUpdateFile.committer at /schema/committer/email",
        "UserInput.inputOverrides at /schema/inputOverrides/1/outputVariable",
        "SetVariables.variables at /schema/variables/1/source/script", "JiraCreateIssue.priority at /schema/priority",
        "JiraCreateIssue.extensions at /schema/note")
        .doesNotContain("ConditionalBranch.joiningAction at /schema/joiningAction");
  }

  /** The descriptor fields of a model type that are not flags: its no-argument, non-primitive accessors. */
  private static Set<String> accessors(Class<?> type) {
    return Stream.of(type.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0)
        .filter(m -> !m.getReturnType().isPrimitive() && !m.getName().equals("toBuilder"))
        .filter(m -> m.getDeclaringClass().getPackageName().startsWith("dev.cortexflow.model"))
        .map(Method::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The model interface an Immutables class implements. */
  private static <T> Class<? extends T> modelType(Class<?> implementation, Class<T> root) {
    for (Class<?> i : implementation.getInterfaces()) {
      if (root.isAssignableFrom(i)) {
        return i.asSubclass(root);
      }
    }
    throw new IllegalArgumentException(implementation.getName());
  }
}
