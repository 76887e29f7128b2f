package org.cmmm.model.control;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Score bands must turn every possible total into exactly one maturity level: levels 0 (none) to 5 in order,
 * covering [0, 5] without gap or overlap (GB/T 39117; DOMAIN.md §2.6).
 */
final class ScoreBandCheck {

    private ScoreBandCheck() {
    }

    static void check(MaturityModel model, List<String> faults) {
        List<ScoreBand> bands = model.scoreBands();
        List<Integer> levels = bands.stream().map(ScoreBand::level).toList();
        List<Integer> expected = IntStream.rangeClosed(0, ModelValidator.LEVEL_COUNT).boxed().toList();
        if (!levels.equals(expected)) {
            faults.add("score bands are for levels " + levels + ", not 0..5 in order");
        }
        if (bands.isEmpty()) {
            faults.add("score bands do not cover [0, 5]: there are none");
            return;
        }
        if (!bands.get(0).from().isZero()) {
            faults.add("score bands do not cover [0, 5]: the first starts at " + bands.get(0).from().toDisplay());
        }
        Ratio top = Ratio.of(ModelValidator.LEVEL_COUNT);
        if (!bands.get(bands.size() - 1).to().equals(top)) {
            faults.add("score bands do not cover [0, 5]: the last ends at " + bands.get(bands.size() - 1).to().toDisplay());
        }
        for (ScoreBand band : bands) {
            if (band.from().compareTo(band.to()) >= 0) {
                faults.add("score band of level " + band.level() + " is empty: from " + band.from().toDisplay()
                        + " to " + band.to().toDisplay());
            }
        }
        for (int i = 1; i < bands.size(); i++) {
            Ratio end = bands.get(i - 1).to();
            Ratio start = bands.get(i).from();
            int order = end.compareTo(start);
            if (order < 0) {
                faults.add("score bands do not cover [0, 5]: gap between " + end.toDisplay() + " and " + start.toDisplay());
            } else if (order > 0) {
                faults.add("score bands overlap between " + start.toDisplay() + " and " + end.toDisplay());
            }
        }
    }
}
