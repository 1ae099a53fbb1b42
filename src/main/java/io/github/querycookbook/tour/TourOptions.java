package io.github.querycookbook.tour;

/**
 * The tour's command line: {@code [--url JDBC_URL] [--user USER] [--password PASSWORD]}, or {@code --help}.
 *
 * @param url      where to run; an in-memory H2 database by default
 * @param user     the database user, or {@code null}
 * @param password the password, or {@code null}
 * @param help     whether to print the help and do nothing else
 */
record TourOptions(String url, String user, String password, boolean help) {

    static final String DEFAULT_URL = "jdbc:h2:mem:tour;DB_CLOSE_DELAY=-1";
    static final String USAGE = "usage: tour [--url JDBC_URL] [--user USER] [--password PASSWORD] | --help";
    static final String HELP = USAGE + """

            Walks through every recipe: its jOOQ code, the SQL jOOQ renders, its plain-SQL twin, and its result
            with jOOQ, marked with a check when the twin gives the same.

            Without --url it runs on an in-memory H2 database with a small demo dataset. With --url, use a scratch
            database: the tour creates the tables users, posts and post_likes (and cookbook_schema_history), adds the
            demo data when users is empty, and stops if tables of those names exist that the cookbook did not create.

            Exit status: 0 when jOOQ and every twin agree, 1 when one differs, 2 when the tour cannot run.""";

    /** @throws IllegalArgumentException naming the bad argument */
    static TourOptions parse(String... args) {
        String url = DEFAULT_URL;
        String user = null;
        String password = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return new TourOptions(url, user, password, true);
            }
            if (!option.equals("--url") && !option.equals("--user") && !option.equals("--password")) {
                throw new IllegalArgumentException("unknown argument " + option);
            }
            if (i + 1 == args.length || args[i + 1].isBlank()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--url" -> url = value;
                case "--user" -> user = value;
                default -> password = value;
            }
        }
        return new TourOptions(url, user, password, false);
    }
}
