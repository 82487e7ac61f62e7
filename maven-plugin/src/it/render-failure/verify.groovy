def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
assert lines.contains("[ERROR] com.example.Broken ('broken'): ERROR UNKNOWN_TARGET at /actions/0/outgoingActions/0: block 'say' (actions[0]): outgoingActions names 'nowhere', which is no block (known: say)")
assert lines.any { it.contains('1 error in 2 classes; nothing written') }
assert !new File(basedir, 'target/cortexflow').exists()
return true
