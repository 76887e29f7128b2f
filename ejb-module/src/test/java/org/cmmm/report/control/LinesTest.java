package org.cmmm.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class LinesTest {

    /** Every character one unit wide. */
    private static final ToDoubleFunction<String> CHARACTERS = String::length;

    @Test
    void chineseBreaksBetweenAnyTwoCharactersAndPunctuationStaysWithTheOneBefore() {
        assertThat(Lines.wrap("智能制造能力成熟度", 4, CHARACTERS)).containsExactly("智能制造", "能力成熟", "度");
        assertThat(Lines.wrap("制造能力。成熟度", 4, CHARACTERS)).containsExactly("制造能力。", "成熟度");
    }

    @Test
    void englishBreaksBetweenWordsAndCutsOnlyAWordWiderThanTheLine() {
        assertThat(Lines.wrap("maturity of the plant", 12, CHARACTERS)).containsExactly("maturity of", "the plant");
        assertThat(Lines.wrap("manufacturing plant", 6, CHARACTERS)).containsExactly("manufa", "cturin", "g", "plant");
    }

    @Test
    void mixedTextNewlinesAndEmptyText() {
        assertThat(Lines.wrap("MES 系统覆盖率 80%，达标", 8, CHARACTERS)).containsExactly("MES 系统覆盖", "率 80%，达标");
        assertThat(Lines.wrap("一\n二", 10, CHARACTERS)).containsExactly("一", "二");
        assertThat(Lines.wrap("", 10, CHARACTERS)).containsExactly("");
        assertThat(Lines.wrap(null, 10, CHARACTERS)).containsExactly("");
    }
}
