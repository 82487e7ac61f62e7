package dev.cortexflow.validate;

import dev.cortexflow.model.Block;
import dev.cortexflow.model.Extensible;
import dev.cortexflow.model.JsonValue;
import dev.cortexflow.model.Workflow;
import dev.cortexflow.model.block.AdvancedHttpRequest;
import dev.cortexflow.model.block.Aws;
import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.BranchPath;
import dev.cortexflow.model.block.ConditionalBranch;
import dev.cortexflow.model.block.CustomBlock;
import dev.cortexflow.model.block.GitIdentity;
import dev.cortexflow.model.block.GithubCreateOrUpdateFile;
import dev.cortexflow.model.block.HttpRequest;
import dev.cortexflow.model.block.HttpRequestAsync;
import dev.cortexflow.model.block.JavaScript;
import dev.cortexflow.model.block.JiraCreateIssue;
import dev.cortexflow.model.block.Jq;
import dev.cortexflow.model.block.ManualApproval;
import dev.cortexflow.model.block.MsTeamsSendMessage;
import dev.cortexflow.model.block.PagerDutyCreateIncident;
import dev.cortexflow.model.block.Scaffolder;
import dev.cortexflow.model.block.SetVariables;
import dev.cortexflow.model.block.Slack;
import dev.cortexflow.model.block.UserInput;
import dev.cortexflow.model.block.VariableAssignment;
import dev.cortexflow.model.block.VariableSource;
import dev.cortexflow.model.input.InputField;
import dev.cortexflow.model.input.InputOverride;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Visits every string a block can hold (and the two response templates), in descriptor key order, with its JSON
 * pointer. Graph edges (outgoingActions, branch targets, joiningAction), slugs and type discriminators are not
 * visited: they are names, not text that can read run state.
 */
final class ModelStrings {

  /**
   * Receives the strings of one block or of the response templates. The JSON pointer of a string is
   * {@code parent + key}, given in two parts so that it is only built when needed.
   */
  interface Visitor {
    /** Free text, a template, an expression or a script. */
    void text(String parent, String key, String value);

    /** A dotted state path ({@code outputVariable}, REFERENCE {@code path}). */
    void statePath(String parent, String key, String value);
  }

  private final Visitor visitor;

  private ModelStrings(Visitor visitor) {
    this.visitor = visitor;
  }

  /** Visits {@code runResponseTemplate} and {@code failedRunResponseTemplate}. */
  static void visitTemplates(Workflow workflow, Visitor visitor) {
    workflow.runResponseTemplate().ifPresent(t -> visitor.text("", "/runResponseTemplate", t));
    workflow.failedRunResponseTemplate().ifPresent(t -> visitor.text("", "/failedRunResponseTemplate", t));
  }

  /** Visits the strings of the block at {@code index} in {@code actions}. */
  static void visitBlock(Block block, int index, Visitor visitor) {
    new ModelStrings(visitor).block(block, "/actions/" + index);
  }

  /** Escapes a key for use as one JSON pointer segment (RFC 6901). */
  static String escape(String key) {
    if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
      return key;
    }
    return key.replace("~", "~0").replace("/", "~1");
  }

  private void block(Block b, String at) {
    text(at, "/name", b.name());
    schema(b.schema(), at + "/schema");
    extensions(b, at);
  }

  private void schema(BlockSchema s, String at) {
    s.accept(new SchemaStrings(at));
    extensions(s, at); // CustomBlock keeps all its fields here
  }

  /** The strings of each block type's {@code schema}, at {@code at}. */
  private final class SchemaStrings implements BlockSchema.Visitor<Void> {
    private final String at;

    SchemaStrings(String at) {
      this.at = at;
    }

    @Override
    public Void httpRequest(HttpRequest h) {
      http(at, h.url(), h.headers(), h.payload(), h.integrationAlias(), h.targetHost(), h.integration());
      return null;
    }

    @Override
    public Void httpRequestAsync(HttpRequestAsync h) {
      http(at, h.url(), h.headers(), h.payload(), h.integrationAlias(), h.targetHost(), h.integration());
      return null;
    }

    @Override
    public Void advancedHttpRequest(AdvancedHttpRequest a) {
      text(at, "/actionIdentifier", a.actionIdentifier());
      json(at + "/inputs", a.inputs());
      optional(at, "/integrationAlias", a.integrationAlias());
      return null;
    }

    @Override
    public Void aws(Aws a) {
      text(at, "/accountId", a.accountId());
      text(at, "/region", a.region());
      text(at, "/actionIdentifier", a.actionIdentifier());
      json(at + "/inputs", a.inputs());
      return null;
    }

    @Override
    public Void scaffolder(Scaffolder sc) {
      text(at, "/scaffolderTemplateId", sc.scaffolderTemplateId());
      overrides(at + "/inputOverrides", sc.inputOverrides());
      return null;
    }

    @Override
    public Void userInput(UserInput u) {
      ModelStrings.this.userInput(u, at);
      return null;
    }

    @Override
    public Void jq(Jq j) {
      text(at, "/expression", j.expression());
      return null;
    }

    @Override
    public Void slack(Slack sl) {
      text(at, "/channel", sl.channel());
      text(at, "/message", sl.message());
      return null;
    }

    @Override
    public Void manualApproval(ManualApproval m) {
      list(at + "/approvingTeamIds", m.approvingTeamIds());
      optional(at, "/approverDescription", m.approverDescription());
      return null;
    }

    @Override
    public Void conditionalBranch(ConditionalBranch c) {
      branch(c, at);
      return null;
    }

    @Override
    public Void githubCreateOrUpdateFile(GithubCreateOrUpdateFile g) {
      github(g, at);
      return null;
    }

    @Override
    public Void msTeamsSendMessage(MsTeamsSendMessage t) {
      text(at, "/teamId", t.teamId());
      text(at, "/channelId", t.channelId());
      text(at, "/message", t.message());
      return null;
    }

    @Override
    public Void javaScript(JavaScript js) {
      text(at, "/script", js.script());
      return null;
    }

    @Override
    public Void setVariables(SetVariables sv) {
      ModelStrings.this.setVariables(sv, at);
      return null;
    }

    @Override
    public Void pagerDutyCreateIncident(PagerDutyCreateIncident p) {
      text(at, "/serviceId", p.serviceId());
      text(at, "/title", p.title());
      text(at, "/body", p.body());
      text(at, "/fromEmail", p.fromEmail());
      optional(at, "/incidentTypeName", p.incidentTypeName());
      return null;
    }

    @Override
    public Void jiraCreateIssue(JiraCreateIssue j) {
      jira(j, at);
      return null;
    }

    @Override
    public Void customBlock(CustomBlock block) {
      return null; // every field of an unknown type is an extension, visited with the schema's
    }
  }

  private void http(String at, String url, Map<String, String> headers, Optional<String> payload,
      Optional<String> alias, Optional<String> targetHost, Optional<String> integration) {
    text(at, "/url", url);
    headers.forEach((k, v) -> text(at + "/headers/", escape(k), v));
    optional(at, "/payload", payload);
    optional(at, "/integrationAlias", alias);
    optional(at, "/targetHost", targetHost);
    optional(at, "/integration", integration);
  }

  private void userInput(UserInput u, String at) {
    List<InputField> inputs = u.inputs();
    for (int i = 0; i < inputs.size(); i++) {
      InputField f = inputs.get(i);
      String p = at + "/inputs/" + i;
      text(p, "/name", f.name());
      optional(p, "/description", f.description());
      InputStrings.visit(f, p, this::text, (pointer, value) -> extensions(value, pointer));
      extensions(f, p);
    }
    overrides(at + "/inputOverrides", u.inputOverrides());
    optional(at, "/jsValidatorScript", u.jsValidatorScript());
  }

  private void overrides(String at, List<InputOverride> overrides) {
    for (int i = 0; i < overrides.size(); i++) {
      InputOverride o = overrides.get(i);
      String p = at + "/" + i;
      if (o instanceof InputOverride.OptionOverride opt) {
        visitor.statePath(p, "/outputVariable", opt.outputVariable());
      } else if (o instanceof InputOverride.ValueOverride val) {
        visitor.statePath(p, "/outputVariable", val.outputVariable());
      }
      extensions(o, p);
    }
  }

  private void branch(ConditionalBranch c, String at) {
    List<BranchPath> paths = c.branches();
    for (int i = 0; i < paths.size(); i++) {
      BranchPath path = paths.get(i);
      String p = at + "/branches/" + i;
      text(p, "/name", path.name());
      text(p, "/expression", path.expression());
      extensions(path, p);
    }
    c.fallbackBranch().ifPresent(f -> {
      text(at, "/fallbackBranch/name", f.name());
      extensions(f, at + "/fallbackBranch");
    });
  }

  private void github(GithubCreateOrUpdateFile g, String at) {
    optional(at, "/alias", g.alias());
    text(at, "/repositoryName", g.repositoryName());
    text(at, "/path", g.path());
    text(at, "/content", g.content());
    text(at, "/commitMessage", g.commitMessage());
    optional(at, "/branch", g.branch());
    g.author().ifPresent(a -> identity(a, at + "/author"));
    g.committer().ifPresent(a -> identity(a, at + "/committer"));
  }

  private void identity(GitIdentity id, String at) {
    text(at, "/name", id.name());
    text(at, "/email", id.email());
    extensions(id, at);
  }

  private void setVariables(SetVariables sv, String at) {
    List<VariableAssignment> assignments = sv.variables();
    for (int i = 0; i < assignments.size(); i++) {
      VariableAssignment a = assignments.get(i);
      String p = at + "/variables/" + i;
      VariableSource src = a.source();
      if (src instanceof VariableSource.ReferenceSource ref) {
        visitor.statePath(p, "/source/path", ref.path());
      } else if (src instanceof VariableSource.JavaScriptSource js) {
        text(p, "/source/script", js.script());
      }
      extensions(src, p + "/source");
      extensions(a, p);
    }
  }

  private void jira(JiraCreateIssue j, String at) {
    optional(at, "/alias", j.alias());
    text(at, "/projectKey", j.projectKey());
    text(at, "/issueType", j.issueType());
    text(at, "/issueSummary", j.issueSummary());
    text(at, "/description", j.description());
    list(at + "/labels", j.labels());
    list(at + "/components", j.components());
    json(at + "/fields", j.fields());
    optional(at, "/assignee", j.assignee());
    optional(at, "/reporter", j.reporter());
    optional(at, "/priority", j.priority());
  }

  void text(String pointer, String value) {
    visitor.text(pointer, "", value);
  }

  private void text(String parent, String key, String value) {
    visitor.text(parent, key, value);
  }

  private void optional(String parent, String key, Optional<String> value) {
    if (value.isPresent()) {
      visitor.text(parent, key, value.get());
    }
  }

  private void list(String pointer, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      visitor.text(pointer + "/", Integer.toString(i), values.get(i));
    }
  }

  private void extensions(Extensible value, String at) {
    json(at, value.extensions());
  }

  /** Walks JSON members without recursion, so that deeply nested data cannot overflow the stack. */
  private void json(String at, Map<String, JsonValue> members) {
    if (members.isEmpty()) {
      return;
    }
    Deque<Object[]> stack = new ArrayDeque<>();
    pushMembers(stack, at, members);
    while (!stack.isEmpty()) {
      Object[] top = stack.pop();
      String pointer = (String) top[0];
      JsonValue value = (JsonValue) top[1];
      if (value instanceof JsonValue.JsonString s) {
        text(pointer, s.value());
      } else if (value instanceof JsonValue.JsonObject o) {
        pushMembers(stack, pointer, o.members());
      } else if (value instanceof JsonValue.JsonArray a) {
        List<JsonValue> items = a.values();
        for (int i = items.size() - 1; i >= 0; i--) {
          stack.push(new Object[] {pointer + "/" + i, items.get(i)});
        }
      }
    }
  }

  private static void pushMembers(Deque<Object[]> stack, String at, Map<String, JsonValue> members) {
    Object[][] entries = new Object[members.size()][];
    int i = 0;
    for (Map.Entry<String, JsonValue> e : members.entrySet()) {
      entries[i++] = new Object[] {at + "/" + escape(e.getKey()), e.getValue()};
    }
    for (int j = entries.length - 1; j >= 0; j--) {
      stack.push(entries[j]);
    }
  }
}
