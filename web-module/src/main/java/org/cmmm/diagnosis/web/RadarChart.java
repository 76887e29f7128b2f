package org.cmmm.diagnosis.web;

import java.math.BigDecimal;
import java.util.List;
import org.cmmm.platform.web.Charts;

/**
 * The radar chart of a result's sub-domain scores ({@link Charts#radar}), on the range of a sub-domain score, 0–1.
 */
public final class RadarChart {

    private RadarChart() {
    }

    public static String json(String datasetLabel, List<String> labels, List<BigDecimal> values) {
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + values.size() + " values");
        }
        return Charts.radar(labels, List.of(new Charts.Series(datasetLabel, values, Charts.COLOURS.get(0))), 1, false);
    }
}
