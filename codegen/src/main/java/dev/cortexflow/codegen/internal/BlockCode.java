package dev.cortexflow.codegen.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.cortexflow.codegen.internal.TextCode.Syntax;
import dev.cortexflow.dsl.Blocks;
import dev.cortexflow.model.Block;
import dev.cortexflow.model.Extensible;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.block.AdvancedHttpRequest;
import dev.cortexflow.model.block.Aws;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.GithubCreateOrUpdateFile;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.HttpRequestAsync;
import dev.cortexflow.model.block.JavaScript;
import dev.cortexflow.model.block.JiraCreateIssue;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.ManualApproval;
import dev.cortexflow.model.block.MsTeamsSendMessage;
import dev.cortexflow.model.block.PagerDutyCreateIncident;
import dev.cortexflow.model.block.SetVariables;
import dev.cortexflow.model.block.Slack;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.block.VariableAssignment;
import dev.cortexflow.model.block.VariableSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DSL code of one block (a {@code BlockSpec} expression): the typed factory of {@code Blocks} for the block
 * types the DSL covers (every one but the branch, which the flow writes, and custom types), the generated binding for a catalogued integration action, and the
 * {@code block(slug, name, schema)} escape hatch with the model schema for anything else.
 */
final class BlockCode {

  private final Emission emission;
  private final TextCode texts;
  private final Map<String, Dual> variables;

  BlockCode(Emission emission, TextCode texts, Map<String, Dual> variables) {
    this.emission = emission;
    this.texts = texts;
    this.variables = variables;
  }

  /** The block as a typed spec, or as the escape hatch when {@code raw} is set or no typed form exists. */
  Dual spec(Block block, boolean raw) {
    Optional<Dual> typed = raw ? Optional.empty() : typed(block);
    Dual spec = typed.orElseGet(() -> escapeHatch(block, emission.model().modelValue(block.schema()),
        block.schema()));
    if (block.extensions().isEmpty()) {
      return spec;
    }
    Dual.Chain chain = Dual.chain(spec);
    blockFields(chain, block);
    return chain.build();
  }

  /** Keys on the block itself, beside {@code schema}, through {@code customBlockField}. */
  void blockFields(Dual.Chain chain, Block block) {
    block.extensions().forEach((k, v) -> chain.then("customBlockField", str(k), json(v)));
  }

  private Dual escapeHatch(Block block, CodeBlock schemaCode, BlockSchema schema) {
    return Dual.call(emission, Blocks.class, "block", str(block.slug()), str(block.name()),
        Dual.of(schemaCode, schema));
  }

  private Optional<Dual> typed(Block block) {
    BlockSchema schema = block.schema();
    Dual slug = str(block.slug());
    Dual name = str(block.name());
    Dual.Chain chain;
    if (schema instanceof HttpRequest http) {
      chain = Dual.chain(Dual.call(emission, Blocks.class, "httpRequest", slug, name, model(http.httpMethod()),
          text(http.url(), Syntax.MUSTACHE)));
      http(chain, http.headers(), http.payload(), http.integrationAlias(), http.targetHost(), http.integration());
    } else if (schema instanceof HttpRequestAsync http) {
      chain = Dual.chain(Dual.call(emission, Blocks.class, "asyncHttpRequest", slug, name,
          model(http.httpMethod()), text(http.url(), Syntax.MUSTACHE)));
      http(chain, http.headers(), http.payload(), http.integrationAlias(), http.targetHost(), http.integration());
      http.timeoutInSeconds().ifPresent(t -> chain.then("timeoutInSeconds", model(t)));
    } else if (schema instanceof AdvancedHttpRequest action) {
      Optional<Dual> binding = new BindingCode(emission, texts).binding(action);
      if (binding.isPresent() && action.extensions().isEmpty()) {
        return Optional.of(escapeHatch(block, binding.get().code(), action));
      }
      chain = Dual.chain(Dual.call(emission, Blocks.class, "integrationAction", slug, name,
          str(action.actionIdentifier())));
      action.inputs().forEach((k, v) -> chain.then("input", str(k), new BindingCode(emission, texts).json(v)));
      action.integrationAlias().ifPresent(a -> chain.then("integrationAlias", str(a)));
    } else if (schema instanceof UserInput form) {
      chain = new FormCode(emission, texts).form(slug, name, form);
    } else if (schema instanceof Jq jq) {
      chain = Dual.chain(jq.expression().equals(".")
          ? Dual.call(emission, Blocks.class, "passThrough", slug, name)
          : Dual.call(emission, Blocks.class, "jq", slug, name, text(jq.expression(), Syntax.JQ)));
    } else if (schema instanceof Slack slack) {
      chain = Dual.chain(Dual.call(emission, Blocks.class, "slack", slug, name, str(slack.channel()),
          text(slack.message(), Syntax.MUSTACHE)));
    } else if (schema instanceof JavaScript js) {
      chain = Dual.chain(Dual.call(emission, Blocks.class, "javaScript", slug, name, text(js.script(), Syntax.JS)));
    } else if (schema instanceof ManualApproval approval) {
      List<Dual> args = new ArrayList<>(List.of(slug, name));
      approval.approvingTeamIds().forEach(id -> args.add(str(id)));
      chain = Dual.chain(Dual.call(emission, Blocks.class, "manualApproval", args.toArray(Dual[]::new)));
      approval.approverDescription().ifPresent(d -> chain.then("approverDescription", text(d, Syntax.MUSTACHE)));
    } else if (schema instanceof MsTeamsSendMessage teams) {
      chain = Dual.chain(Dual.call(emission, Blocks.class, "msTeams", slug, name, str(teams.teamId()),
          str(teams.channelId()), text(teams.message(), Syntax.MUSTACHE)));
    } else if (schema instanceof GithubCreateOrUpdateFile file) {
      chain = githubFile(slug, name, file);
    } else if (schema instanceof Aws aws) {
      chain = Dual.chain(Dual.call(emission, Blocks.class, "aws", slug, name, str(aws.accountId()),
          str(aws.region()), str(aws.actionIdentifier())));
      aws.inputs().forEach((k, v) -> chain.then("input", str(k), new BindingCode(emission, texts).json(v)));
    } else if (schema instanceof PagerDutyCreateIncident incident) {
      chain = Dual.chain(Dual.call(emission, Blocks.class, "pagerDuty", slug, name, str(incident.serviceId()),
          text(incident.title(), Syntax.MUSTACHE), text(incident.body(), Syntax.MUSTACHE),
          str(incident.fromEmail()), model(incident.urgency())));
      incident.incidentTypeName().ifPresent(t -> chain.then("incidentTypeName", str(t)));
    } else if (schema instanceof JiraCreateIssue issue) {
      chain = jira(slug, name, issue);
    } else if (schema instanceof SetVariables set) {
      chain = Dual.chain(Dual.call(emission, Blocks.class, "setVariables", slug, name));
      set.variables().forEach(assignment -> assign(chain, assignment));
    } else {
      return Optional.empty();
    }
    customFields(chain, schema);
    return Optional.of(chain.build());
  }

  private void http(Dual.Chain chain, Map<String, String> headers, Optional<String> payload,
      Optional<String> alias, Optional<String> targetHost, Optional<String> integration) {
    headers.forEach((k, v) -> chain.then("header", str(k), text(v, Syntax.MUSTACHE)));
    payload.ifPresent(p -> chain.then("payload", text(p, Syntax.MUSTACHE)));
    alias.ifPresent(a -> chain.then("integrationAlias", str(a)));
    targetHost.ifPresent(h -> chain.then("targetHost", str(h)));
    integration.ifPresent(i -> chain.then("integration", str(i)));
  }

  private Dual.Chain jira(Dual slug, Dual name, JiraCreateIssue issue) {
    Dual.Chain chain = Dual.chain(Dual.call(emission, Blocks.class, "jira", slug, name, str(issue.projectKey()),
        str(issue.issueType()), text(issue.issueSummary(), Syntax.MUSTACHE),
        text(issue.description(), Syntax.MUSTACHE)));
    issue.alias().ifPresent(a -> chain.then("alias", str(a)));
    if (!issue.labels().isEmpty()) {
      chain.then("labels", issue.labels().stream().map(this::str).toArray(Dual[]::new));
    }
    if (!issue.components().isEmpty()) {
      chain.then("components", issue.components().stream().map(this::str).toArray(Dual[]::new));
    }
    issue.fields().forEach((k, v) -> chain.then("field", str(k), new BindingCode(emission, texts).json(v)));
    issue.assignee().ifPresent(a -> chain.then("assignee", text(a, Syntax.MUSTACHE)));
    issue.reporter().ifPresent(r -> chain.then("reporter", text(r, Syntax.MUSTACHE)));
    issue.priority().ifPresent(p -> chain.then("priority", str(p)));
    return chain;
  }

  private Dual.Chain githubFile(Dual slug, Dual name, GithubCreateOrUpdateFile file) {
    Dual.Chain chain = Dual.chain(Dual.call(emission, Blocks.class, "githubCreateOrUpdateFile", slug, name,
        text(file.repositoryName(), Syntax.MUSTACHE), text(file.path(), Syntax.MUSTACHE),
        text(file.content(), Syntax.MUSTACHE), text(file.commitMessage(), Syntax.MUSTACHE)));
    file.alias().ifPresent(a -> chain.then("alias", str(a)));
    file.branch().ifPresent(b -> chain.then("branch", text(b, Syntax.MUSTACHE)));
    file.author().ifPresent(a -> chain.then("author", str(a.name()), str(a.email())));
    file.committer().ifPresent(c -> chain.then("committer", str(c.name()), str(c.email())));
    return chain;
  }

  private void assign(Dual.Chain chain, VariableAssignment assignment) {
    Dual variable = variables.get(assignment.slug());
    VariableSource source = assignment.source();
    if (variable != null && assignment.extensions().isEmpty() && source.extensions().isEmpty()) {
      if (source instanceof VariableSource.ReferenceSource reference) {
        Optional<RefResolver.Resolved> ref = texts.path(reference.path());
        if (ref.isPresent()) {
          chain.then("set", variable, Dual.of(ref.get().hasRef() != null ? ref.get().hasRef() : ref.get().ref(),
              ref.get().value()));
          return;
        }
      } else if (source instanceof VariableSource.JavaScriptSource script) {
        chain.then("setByScript", variable, text(script.script(), Syntax.JS));
        return;
      }
    }
    if (!assignment.extensions().isEmpty()) {
      throw new UnsupportedOperationException("assignment with unknown keys");
    }
    chain.then("assign", str(assignment.slug()), Dual.of(emission.model().modelValue(source), source));
  }

  /** Schema keys the model does not know, through the spec's {@code customField}. */
  void customFields(Dual.Chain chain, Extensible value) {
    value.extensions().forEach((k, v) -> chain.then("customField", str(k), json(v)));
  }

  Dual str(String value) {
    return Dual.of(emission.literals().string(value), value);
  }

  Dual text(String value, Syntax syntax) {
    return texts.text(value, syntax);
  }

  Dual model(Object value) {
    return Dual.of(emission.model().value(value), value);
  }

  Dual json(JsonValue value) {
    return Dual.of(emission.model().json(value), value);
  }

  static ClassName blocks() {
    return ClassName.get(Blocks.class);
  }
}
