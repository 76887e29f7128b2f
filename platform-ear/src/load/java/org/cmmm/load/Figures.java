package org.cmmm.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints the figures of the newest Gatling run under the results folder (argument; target/gatling): per request
 * its count, errors, p50 / p95 / p99 and max, as BENCHMARKS.md records them, read from the run's HTML report.
 * Exits 1 when a request failed, so that a run with errors never reads as a pass.
 */
public final class Figures {

    /** A row of the report's statistics table: the name, then the cells col-2 … col-14. */
    private static final Pattern ROW = Pattern.compile("<tr id=\"[^\"]+\"[^>]*>.*?class=\"ellipsed-name\">([^<]*)</span>(.*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    private Figures() {
    }

    public static void main(String[] arguments) throws IOException {
        Path results = Path.of(arguments.length > 0 ? arguments[0] : "target/gatling");
        Path report = newestReport(results);
        String html = Files.readString(report);
        System.out.printf("%nFigures of %s%n", report.getParent().getFileName());
        System.out.printf("%-36s %8s %6s %8s %8s %8s %8s%n", "request", "count", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms");
        long errors = 0;
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            String[] cells = new String[15];
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells[Integer.parseInt(cell.group(1))] = cell.group(2).strip();
            }
            String name = row.group(1).equals("All Requests") ? "all requests" : row.group(1);
            System.out.printf("%-36s %8s %6s %8s %8s %8s %8s%n", name, cells[2], cells[4], cells[8], cells[10], cells[11], cells[12]);
            if (!name.equals("all requests")) {
                errors += Long.parseLong(cells[4].replace(",", ""));
            }
        }
        System.out.printf("Report: %s%n", report.toAbsolutePath());
        if (errors > 0) {
            System.out.printf("%d request(s) failed: see the report's Errors section%n", errors);
            System.exit(1);
        }
    }

    private static Path newestReport(Path results) throws IOException {
        try (Stream<Path> runs = Files.list(results)) {
            List<Path> reports = runs.map(run -> run.resolve("index.html")).filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(Figures::modified).reversed()).toList();
            if (reports.isEmpty()) {
                throw new IllegalStateException("no Gatling report under " + results.toAbsolutePath());
            }
            return reports.get(0);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
