// The consumer ran every recipe, and inherited from the cookbook only jOOQ, Flyway core and Flyway's PostgreSQL and
// MariaDB modules: no JDBC driver, no test library.
def log = new File(basedir, 'build.log').text
assert log.contains('consumer: every recipe answered correctly, and getPost(404) threw NotFoundException')

def tree = new File(basedir, 'target/dependency-tree.txt').readLines()
def cookbook = tree.findIndexOf { it.contains('io.github.querycookbook:jooq-query-cookbook:jar:') }
assert cookbook > 0 : "the cookbook is missing from the dependency tree:\n${tree.join('\n')}"

def inherited = []
for (line in tree.drop(cookbook + 1)) {
    if (!line.startsWith('|  ') && !line.startsWith('   ')) break
    def direct = line =~ /^[|\s] {2}[+\\]- ([^:]+):([^:]+):/
    if (direct) inherited << "${direct[0][1]}:${direct[0][2]}"
}
def expected = ['org.jooq:jooq', 'org.flywaydb:flyway-core', 'org.flywaydb:flyway-database-postgresql',
                'org.flywaydb:flyway-mysql']
assert inherited.sort() == expected.sort() : "the cookbook passes on ${inherited}, expected only ${expected}"

def forbidden = ['org.postgresql:', 'org.mariadb.jdbc:', 'org.junit', 'org.assertj:']
def leaked = tree.findAll { line -> forbidden.any { line.contains(it) } }
assert leaked.isEmpty() : "a consumer inherits what it should not: ${leaked}"
println "verify.groovy: consumer inherits ${inherited}"
return true
