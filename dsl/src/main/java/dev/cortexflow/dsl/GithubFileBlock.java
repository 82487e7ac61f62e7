package dev.cortexflow.dsl;

import dev.cortexflow.model.block.BlockSchema;
import dev.cortexflow.model.block.GitIdentity;
import dev.cortexflow.model.block.GithubCreateOrUpdateFile;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code GITHUB_CREATE_OR_UPDATE_FILE} block: commits a file to a GitHub repository. Create it with
 * {@link Blocks#githubCreateOrUpdateFile(String, String, CharSequence, CharSequence, CharSequence, CharSequence)}.
 */
public final class GithubFileBlock extends BlockSpec<GithubFileBlock> {

  private final String repositoryName;
  private final String path;
  private final String content;
  private final String commitMessage;
  private Optional<String> alias = Optional.empty();
  private Optional<String> branch = Optional.empty();
  private Optional<GitIdentity> author = Optional.empty();
  private Optional<GitIdentity> committer = Optional.empty();

  GithubFileBlock(String slug, String name, CharSequence repositoryName, CharSequence path, CharSequence content,
      CharSequence commitMessage) {
    super(slug, name);
    this.repositoryName = Objects.requireNonNull(repositoryName, "repositoryName").toString();
    this.path = Objects.requireNonNull(path, "path").toString();
    this.content = Objects.requireNonNull(content, "content").toString();
    this.commitMessage = Objects.requireNonNull(commitMessage, "commitMessage").toString();
  }

  /** Sets the GitHub integration alias ({@code alias}); absent means the default one. Must be literal. */
  public GithubFileBlock alias(String alias) {
    this.alias = Optional.of(set("alias", alias));
    return self();
  }

  /** Sets the branch ({@code branch}); absent means the repository's default branch. */
  public GithubFileBlock branch(CharSequence branch) {
    this.branch = Optional.of(set("branch", branch));
    return self();
  }

  /** Sets the commit author ({@code author: {name, email}}). */
  public GithubFileBlock author(String name, String email) {
    once("author");
    author = Optional.of(GitIdentity.of(name, email));
    return self();
  }

  /** Sets the committer ({@code committer: {name, email}}). */
  public GithubFileBlock committer(String name, String email) {
    once("committer");
    committer = Optional.of(GitIdentity.of(name, email));
    return self();
  }

  @Override
  BlockSchema toSchema() {
    return GithubCreateOrUpdateFile.builder().alias(alias).repositoryName(repositoryName).path(path).content(content)
        .commitMessage(commitMessage).branch(branch).author(author).committer(committer)
        .putAllExtensions(customFields()).build();
  }
}
