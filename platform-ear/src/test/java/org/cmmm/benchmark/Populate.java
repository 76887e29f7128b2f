package org.cmmm.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The data generator as a command ({@code config/bin/platform populate [N]}, README "Data at national scale"): adds
 * N generated enterprises (default 1,000,000) with their accounts and diagnoses to the platform's database, named by
 * CMMM_DB_URL, CMMM_DB_USER and CMMM_DB_PASSWORD, and prints its progress.
 */
public final class Populate {

    private Populate() {
    }

    public static void main(String[] arguments) throws Exception {
        int enterprises = arguments.length > 0 ? Integer.parseInt(arguments[0].replace("_", "").replace(",", "")) : 1_000_000;
        MariaDbDataSource database = new MariaDbDataSource(System.getenv("CMMM_DB_URL"));
        database.setUser(System.getenv("CMMM_DB_USER"));
        database.setPassword(System.getenv("CMMM_DB_PASSWORD"));
        Instant started = Instant.now();
        Population.Generated generated = new Population(database).generate(new Population.Shape(enterprises,
                Population.NATIONAL, LocalDateTime.now().minusDays(1), 42L, "基准"),
                (done, of) -> System.out.printf("generating %s %,d of %,d enterprises, %.0f s%n", Population.bar(done, of),
                        done, of, Duration.between(started, Instant.now()).toMillis() / 1000.0));
        System.out.printf("generated %,d enterprises (ids %d to %d) with an account each (gen<id>, password %s),"
                        + " %,d diagnoses (%,d completed), %,d capability scores, %,d latest-valid rows in %.1f s%n",
                generated.enterprises(), generated.firstEnterpriseId(), generated.lastEnterpriseId(), Population.PASSWORD,
                generated.diagnoses(), generated.completed(), generated.capabilities(), generated.latestValid(),
                Duration.between(started, Instant.now()).toMillis() / 1000.0);
    }
}
