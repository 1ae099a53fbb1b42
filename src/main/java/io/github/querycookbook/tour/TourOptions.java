package io.github.querycookbook.tour;

/**
 * The tour's command line: {@code [--url JDBC_URL] [--user USER] [--password PASSWORD]}.
 *
 * @param url      where to run; an in-memory H2 database by default
 * @param user     the database user, or {@code null}
 * @param password the password, or {@code null}
 */
record TourOptions(String url, String user, String password) {

    static final String DEFAULT_URL = "jdbc:h2:mem:tour;DB_CLOSE_DELAY=-1";
    static final String USAGE = "usage: tour [--url JDBC_URL] [--user USER] [--password PASSWORD]";

    /** @throws IllegalArgumentException naming the bad argument */
    static TourOptions parse(String... args) {
        String url = DEFAULT_URL;
        String user = null;
        String password = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
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
        return new TourOptions(url, user, password);
    }
}
