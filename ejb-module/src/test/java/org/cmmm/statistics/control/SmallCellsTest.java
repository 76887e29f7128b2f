package org.cmmm.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmallCellsTest {

    private final SmallCells cells = new SmallCells(SmallCells.DEFAULT_MINIMUM);

    @Test
    void theViewersOwnFigureIsAlwaysShownEvenOfOneEnterprise() {
        assertThat(cells.shownAlong(1)).containsExactly(true);
    }

    @Test
    void aFigureOfFewerThanKEnterprisesOutsideIsHidden() {
        // own county 2, its city 4, the province 40, the nation 400
        assertThat(cells.shownAlong(2, 4, 40, 400)).containsExactly(true, false, true, true);
    }

    @Test
    void aParentWhoseOtherEnterprisesAreFewerThanKIsHiddenSoTheyCannotBeDifferencedOut() {
        // own city 30, the province 33: the other 3 enterprises of the province would be its figure less ours
        assertThat(cells.shownAlong(30, 33, 500)).containsExactly(true, false, true);
        // exactly k others is enough; none at all (the city is the whole province) reveals nothing
        assertThat(cells.shownAlong(30, 35, 500)).containsExactly(true, true, true);
        assertThat(cells.shownAlong(30, 30, 500)).containsExactly(true, true, true);
    }

    @Test
    void theNationIsCheckedAgainstEveryFigureShownInsideIt() {
        // the province (100) is shown; the nation has only 2 more than the province: hidden
        assertThat(cells.shownAlong(10, 100, 102)).containsExactly(true, true, false);
        // the province hidden (3 more than the city), the nation compared with the city only: 90 more, shown
        assertThat(cells.shownAlong(10, 13, 100)).containsExactly(true, false, true);
    }

    @Test
    void aStandAloneFigureNeedsK() {
        assertThat(cells.shown(4)).isFalse();
        assertThat(cells.shown(5)).isTrue();
        assertThat(new SmallCells(1).shown(1)).isTrue();
        assertThatThrownBy(() -> new SmallCells(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
