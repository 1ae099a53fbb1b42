// The consumer ran every recipe and the README's quick start, and inherited from the cookbook only what the README
// says it brings: jOOQ and Flyway with its PostgreSQL and MariaDB modules, and what those bring themselves.
def log = new File(basedir, 'build.log').text.replace('\r\n', '\n')
assert log.contains('consumer: every recipe answered correctly, and getPost(404) threw NotFoundException')

// The README shows this output below the program; ReadmeTest checks it there.
def quickStart = new File(basedir, 'quick-start-output.txt').text.replace('\r\n', '\n')
assert log.contains(quickStart) : "the README's quick start printed something else:\n${log}"

def tree = new File(basedir, 'target/dependency-tree.txt').readLines()
def cookbook = tree.findIndexOf { it.contains('io.github.querycookbook:jooq-query-cookbook:jar:') }
assert cookbook > 0 : "the cookbook is missing from the dependency tree:\n${tree.join('\n')}"

def inherited = []
for (line in tree.drop(cookbook + 1)) {
    if (!line.startsWith('|  ') && !line.startsWith('   ')) break
    def dependency = line =~ /[+\\]- ([^:]+):([^:]+):/
    if (dependency) inherited << "${dependency[0][1]}:${dependency[0][2]}"
}
def expected = ['org.jooq:jooq', 'io.r2dbc:r2dbc-spi', 'org.reactivestreams:reactive-streams',
                'org.flywaydb:flyway-core', 'org.flywaydb:flyway-database-postgresql',
                'org.flywaydb:flyway-database-cockroachdb', 'org.flywaydb:flyway-mysql']
assert inherited.sort() == expected.sort() : "the cookbook passes on ${inherited}, expected only ${expected}"

// The README's dependency section names each of them: what a consumer inherits is documented, not discovered.
def readme = new File(basedir, '../../../README.md').text
def section = readme.substring(readme.indexOf('## Use it as a dependency'))
inherited.each { coordinates ->
    def artifact = coordinates.split(':')[1]
    assert section.contains("`${artifact}`") : "the README's dependency section does not name ${artifact}"
}
println "verify.groovy: consumer inherits ${inherited}"
return true
