// Starts the sandbox the build pushes to as a process of its own (the standalone command-line jar), on the port the
// outer build reserved, accepting only the token that settings.xml holds encrypted; then seeds a workflow inside the
// prune prefix that no descriptor defines.
import dev.cortexflow.client.CortexClient
import dev.cortexflow.model.Block
import dev.cortexflow.model.GlobalFilter
import dev.cortexflow.model.Workflow
import dev.cortexflow.model.block.Slack
import java.util.concurrent.TimeUnit

def token = 'it-token-7f3a'
def tokenFile = new File(basedir, 'sandbox-token.txt')
tokenFile.text = token
def java = new File(System.getProperty('java.home'), 'bin/java').path
def process = new ProcessBuilder(java, '-jar', cliJar, 'sandbox', '--port', sandboxPort, '--token-file', tokenFile.path)
    .redirectErrorStream(true).start()
context.put('sandbox', process)
def firstLine = new BufferedReader(new InputStreamReader(process.inputStream, 'UTF-8')).readLine()
assert firstLine != null && firstLine.startsWith("sandbox listening on http://127.0.0.1:${sandboxPort}") : firstLine
def client = CortexClient.builder().baseUrl("http://127.0.0.1:${sandboxPort}").token({ token }).build()
client.createOrUpdate(Workflow.builder().name('Retired').tag('it-retired').filter(GlobalFilter.of())
    .addActions(Block.builder().name('Say').slug('say')
        .schema(Slack.builder().channel('deploys').message('bye').build())
        .isRootAction(true).build())
    .build())
return true
