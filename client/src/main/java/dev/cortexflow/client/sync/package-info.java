/**
 * Sync engine: {@link dev.cortexflow.client.sync.SyncEngine#plan plan} what pushing local workflows would change
 * in a workspace (create / update / unchanged / prune candidate, with a unified diff per update) from one paged
 * list call, then {@link dev.cortexflow.client.sync.SyncEngine#apply apply} it after validating everything.
 */
package dev.cortexflow.client.sync;
