package dev.cortexflow.dsl;

import static dev.cortexflow.dsl.Inputs.date;
import static dev.cortexflow.dsl.Inputs.entity;
import static dev.cortexflow.dsl.Inputs.multiSelect;
import static dev.cortexflow.dsl.Inputs.number;
import static dev.cortexflow.dsl.Inputs.secret;
import static dev.cortexflow.dsl.Inputs.select;
import static dev.cortexflow.dsl.Inputs.slackChannel;
import static dev.cortexflow.dsl.Inputs.text;
import static dev.cortexflow.dsl.Inputs.textarea;
import static dev.cortexflow.dsl.Inputs.toggle;
import static dev.cortexflow.dsl.Inputs.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.TypeFilter;
import dev.cortexflow.model.input.DateFormat;
import dev.cortexflow.model.input.DateInput;
import dev.cortexflow.model.input.EntityInput;
import dev.cortexflow.model.input.InputEntityFilter;
import dev.cortexflow.model.input.InputSlackFilter;
import dev.cortexflow.model.input.InputUserFilter;
import dev.cortexflow.model.input.MultiSelectInput;
import dev.cortexflow.model.input.NumberFormat;
import dev.cortexflow.model.input.NumberInput;
import dev.cortexflow.model.input.SecretInput;
import dev.cortexflow.model.input.SelectInput;
import dev.cortexflow.model.input.SlackInput;
import dev.cortexflow.model.input.TextInput;
import dev.cortexflow.model.input.TextareaInput;
import dev.cortexflow.model.input.ToggleInput;
import dev.cortexflow.model.input.UserPickerInput;
import dev.cortexflow.model.input.UserRef;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputsTest {

  @Test
  void text_and_textarea_set_common_and_text_fields() {
    assertThat(text("region", "Region").required().description("Cloud region").defaultValue("eu-west-1")
        .placeholder("e.g. us-east-1").validationRegex("[a-z0-9-]+").toField())
        .isEqualTo(TextInput.builder().key("region").name("Region").required(true).description("Cloud region")
            .defaultValue("eu-west-1").placeholder("e.g. us-east-1").validationRegex("[a-z0-9-]+").build());
    assertThat(textarea("notes", "Notes").placeholder("...").toField())
        .isEqualTo(TextareaInput.builder().key("notes").name("Notes").placeholder("...").build());
  }

  @Test
  void select_and_multi_select_set_options_labels_and_defaults() {
    assertThat(select("cloud", "Cloud", "gcp", "aws").optionsLabels("Google", "Amazon").allowAdditionalOptions()
        .defaultValue("aws").placeholder("pick").toField())
        .isEqualTo(SelectInput.builder().key("cloud").name("Cloud").addOption("gcp").addOption("aws")
            .optionsLabels(List.of("Google", "Amazon")).allowAdditionalOptions(true).defaultValue("aws")
            .placeholder("pick").build());
    assertThat(multiSelect("regions", "Regions", "eu", "us").defaultValue("eu").toField())
        .isEqualTo(MultiSelectInput.builder().key("regions").name("Regions").addOption("eu").addOption("us")
            .defaultValue(List.of("eu")).build());
  }

  @Test
  void toggle_sets_its_default() {
    assertThat(toggle("publish", "Publish").defaultValue(true).toField())
        .isEqualTo(ToggleInput.builder().key("publish").name("Publish").defaultValue(true).build());
  }

  @Test
  void entity_field_sets_filter_and_flags() {
    assertThat(entity("service", "Service").allowMultiple().displayAsHierarchy().types("service")
        .groups("payments").excludingGroups("legacy").ownedByTeams("team-1").defaultValue("api")
        .placeholder("pick").limitEntitiesToRunnerUserScope(true).toField())
        .isEqualTo(EntityInput.builder().key("service").name("Service").allowMultiple(true)
            .shouldDisplayOptionsAsHierarchy(true)
            .entityFilter(InputEntityFilter.builder().typeFilter(TypeFilter.of(List.of("service")))
                .groupTags(List.of("payments")).excludedGroupTags(List.of("legacy")).teamIds(List.of("team-1"))
                .build())
            .defaultValue(List.of("api")).placeholder("pick").limitEntitiesToRunnerUserScope(true).build());
    assertThat(((EntityInput) entity("e", "E").toField()).entityFilter()).isEmpty();
  }

  @Test
  void user_field_sets_filter_and_default_users() {
    assertThat(user("approver", "Approver").allowMultiple().teams("t1").emails("a@x.dev")
        .defaultUser("a@x.dev", "A").toField())
        .isEqualTo(UserPickerInput.builder().key("approver").name("Approver").allowMultiple(true)
            .filter(InputUserFilter.builder().teamCids(List.of("t1")).userEmails(List.of("a@x.dev")).build())
            .defaultValue(List.of(UserRef.of("a@x.dev", "A"))).build());
  }

  @Test
  void slack_field_sets_channels() {
    assertThat(slackChannel("channel", "Channel").allowMultiple().channels("ops", "dev").defaultValue("ops").toField())
        .isEqualTo(SlackInput.builder().key("channel").name("Channel").allowMultiple(true)
            .filter(InputSlackFilter.of(List.of("ops", "dev"))).defaultValue(List.of("ops")).build());
  }

  @Test
  void secret_number_and_date_set_format_and_limits() {
    assertThat(secret("token", "Token").disabled().validationRegex("ghp_.*").toField())
        .isEqualTo(SecretInput.builder().key("token").name("Token").disabled(true).validationRegex("ghp_.*").build());
    assertThat(number("replicas", "Replicas").min(1).max(10).defaultValue(3).toField())
        .isEqualTo(NumberInput.builder().key("replicas").name("Replicas").format(NumberFormat.INTEGER)
            .min(BigDecimal.ONE).max(BigDecimal.TEN).defaultValue(new BigDecimal(3)).build());
    assertThat(((NumberInput) number("ratio", "Ratio").decimal().toField()).format()).contains(NumberFormat.DECIMAL);
    assertThat(date("until", "Until").withTime().defaultValue("2026-01-01T00:00:00Z").toField())
        .isEqualTo(DateInput.builder().key("until").name("Until").format(DateFormat.DATETIME)
            .defaultValue("2026-01-01T00:00:00Z").build());
    assertThat(((DateInput) date("d", "D").toField()).format()).contains(DateFormat.DATE);
  }

  @Test
  void custom_field_goes_to_the_field_extensions() {
    assertThat(text("a", "A").customField("hint", "x").toField())
        .isEqualTo(TextInput.builder().key("a").name("A").putExtension("hint", JsonValue.of("x")).build());
  }

  @Test
  void rejects_min_above_max_and_settings_given_twice() {
    assertThatThrownBy(() -> number("n", "N").min(5).max(1).toField())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field 'n' has min 5 above max 1");
    assertThatThrownBy(() -> text("a", "A").required().required())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("required of field 'a' is already set");
  }
}
