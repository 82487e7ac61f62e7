package dev.cortexflow.model.block;

import java.util.Optional;
import org.immutables.value.Value;

/** Creates or updates a file in a GitHub repository. Descriptor {@code type: GITHUB_CREATE_OR_UPDATE_FILE}. */
@Value.Immutable
public non-sealed interface GithubCreateOrUpdateFile extends BlockSchema {

  /** Returns {@code GITHUB_CREATE_OR_UPDATE_FILE}. */
  @Override
  default String type() {
    return "GITHUB_CREATE_OR_UPDATE_FILE";
  }

  /** GitHub integration alias ({@code alias}); absent means the default one (written as {@code null}). */
  Optional<String> alias();

  /** Repository as {@code owner/repo} ({@code repositoryName}). */
  String repositoryName();

  /** File path ({@code path}). */
  String path();

  /** File content as plain text ({@code content}). */
  String content();

  /** Commit message ({@code commitMessage}). */
  String commitMessage();

  /** Branch ({@code branch}); absent means the default branch. */
  Optional<String> branch();

  /** Commit author ({@code author}). */
  Optional<GitIdentity> author();

  /** Committer ({@code committer}). */
  Optional<GitIdentity> committer();

  /** Returns a new builder. */
  static ImmutableGithubCreateOrUpdateFile.Builder builder() {
    return ImmutableGithubCreateOrUpdateFile.builder();
  }

  /** Calls the visitor's {@link BlockSchema.Visitor#githubCreateOrUpdateFile githubCreateOrUpdateFile} with this block. */
  @Override
  default <R> R accept(BlockSchema.Visitor<R> visitor) {
    return visitor.githubCreateOrUpdateFile(this);
  }
}
