// Runs after both builds of invoker.properties: the first must have failed in the check goal with the
// listing of what is uncovered, the second must have passed and written the three reports.
def log = new File(basedir, 'build.log').text

def failure = log.indexOf('sfn-testkit coverage check failed')
assert failure >= 0 : 'the first build did not fail in the coverage check'
def listing = log.substring(failure)
assert listing.contains('simple: states 2/3 (66.7%), required 100.0%. Not entered:')
assert listing.contains('    Big (Pass)')
assert listing.contains('simple: choice branches 1/2 (50.0%), required 100.0%. Not taken:')
assert listing.contains('    IsSmall -> Big [Default]')
assert log.contains('sfn-testkit coverage check passed: 3 thresholds met')
assert log.contains('BUILD SUCCESS')

// prepare's argLine reached Surefire through @{argLine}: the forked test JVM wrote coverage data
def data = new File(basedir, 'target/sfn-coverage').listFiles().findAll { it.name.endsWith('.sfn-coverage.json') }
assert data.size() == 1

def report = new File(basedir, 'target/sfn-coverage-report')
def html = new File(report, 'index.html')
assert html.isFile()
assert html.text.contains('data-machine="simple"')
def json = new groovy.json.JsonSlurper().parse(new File(report, 'sfn-coverage.json'))
assert json.toString().contains('IsSmall -> Big [Default]')
def cobertura = new File(report, 'cobertura.xml').text
assert cobertura.contains('filename="simple.asl.json"')
assert cobertura.contains('condition-coverage="50% (1/2)"')
def testResources = new File(basedir, 'src/test/resources').canonicalPath
assert cobertura.contains("<source>${testResources}</source>")

// every build output the CI examples of docs/coverage.md name exists
new File(basedir, 'ci').eachFile { ci ->
  def paths = (ci.text =~ /target\/[\w.\/*-]+/).collect { it }
  assert !paths.isEmpty() : "${ci.name} names no build output"
  paths.each { path ->
    def parent = new File(basedir, path.substring(0, path.lastIndexOf('/') + 1))
    def name = path.substring(path.lastIndexOf('/') + 1)
    if (name.isEmpty()) {
      assert parent.isDirectory() : "${ci.name}: ${path} is not a folder of the build"
    } else {
      def pattern = java.util.regex.Pattern.compile(name.replace('.', '\\.').replace('*', '.*'))
      assert parent.listFiles()?.any { pattern.matcher(it.name).matches() } : "${ci.name}: no ${path} in the build"
    }
  }
}
return true
