package org.cmmm.report.control;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.cmmm.diagnosis.control.DiagnosisReport;
import org.cmmm.model.control.Ratio;

/**
 * What a self-diagnosis report says, gathered by its boundary: the diagnosis explained with its model version, the
 * enterprise as registered (names in the report's language), the enterprise's earlier results, the peer averages a
 * snapshot allows to show, and how the report is verified.
 */
public record ReportContent(Locale locale, String number, Enterprise enterprise, DiagnosisReport diagnosis,
                            List<HistoryPoint> history, Peers peers, String verificationCode, String verificationUrl) {

    /** The enterprise as the cover names it. */
    public record Enterprise(String name, String uscc, String region, String industry, String size) {
    }

    /** A completed diagnosis of the enterprise, this one included, oldest first. */
    public record HistoryPoint(LocalDateTime completedAt, Ratio total, int maturityLevel) {
    }

    /**
     * The averages of the enterprise's province, industry division and size class in the newest snapshot of the same
     * model version ({@code asOf} null when there is none yet); {@code null} figures are suppressed ("样本不足").
     */
    public record Peers(LocalDateTime asOf, int minimumCell, List<Peer> scopes) {

        public static Peers none(int minimumCell) {
            return new Peers(null, minimumCell, List.of());
        }
    }

    /** One scope compared with: its name, its average total and its average per sub-domain in navigation order. */
    public record Peer(String scope, BigDecimal averageTotal, List<BigDecimal> bySubDomain) {
    }
}
