def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
assert lines.contains('[ERROR] src/main/cortexflow/escalate.yaml: missing')
assert lines.contains('[ERROR] src/main/cortexflow/notify.yaml: changed')
assert lines.contains('[ERROR] src/main/cortexflow/stray.yaml: not rendered from any workflow')
assert lines.any { it.contains('3 differences in src/main/cortexflow (to update it: mvn compile cortexflow:render '
    + '-Dcortexflow.outputDirectory=src/main/cortexflow)') }
assert !new File(basedir, 'target/cortexflow').exists()
return true
