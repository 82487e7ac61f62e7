import dev.cortexflow.client.CortexClient
import dev.cortexflow.client.WorkflowQuery

def process = context.get('sandbox')
try {
  def log = new File(basedir, 'build.log').getText('UTF-8')
  def lines = log.readLines()
  // validate, with its SARIF log
  assert lines.contains('[INFO] 0 errors, 0 warnings in 2 files')
  assert new File(basedir, 'target/cortexflow.sarif').getText('UTF-8').contains('"version" : "2.1.0"')
  // the dry run changes nothing, then the push creates both and deletes the one inside the prefix
  assert lines.contains('[INFO] dry run: nothing changed')
  assert lines.any { it ==~ /\[INFO\] \[\d\/3\] created it-escalate/ }
  assert lines.any { it ==~ /\[INFO\] \[\d\/3\] created it-notify/ }
  assert lines.any { it ==~ /\[INFO\] \[\d\/3\] pruned it-retired/ }
  def client = CortexClient.builder().baseUrl("http://127.0.0.1:${sandboxPort}").token({ 'it-token-7f3a' }).build()
  assert client.listWorkflows(WorkflowQuery.all()).collect { it.tag() }.sort() == ['it-escalate', 'it-notify']
  // the token never reaches the log
  assert !log.contains('it-token-7f3a')
  assert log.contains('BUILD SUCCESS')
  return true
} finally {
  process?.destroy()
  process?.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)
}
