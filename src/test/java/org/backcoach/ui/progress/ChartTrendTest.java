package org.backcoach.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.backcoach.insights.ChartSeries;
import org.backcoach.insights.ChartSeries.Point;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.Test;

/** The words that stand for a chart (visible under its title and read by screen readers). */
class ChartTrendTest {

    private static final Messages MESSAGES = UiTestSupport.english();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    @Test
    void painThatFellIsSaidFromFirstToLastPointOverTheDaysBetween() {
        ChartSeries pain = new ChartSeries("pain-now", List.of(
                List.of(new Point(DAY, 7), new Point(DAY.plusDays(1), 6)),
                List.of(new Point(DAY.plusDays(5), 5), new Point(DAY.plusDays(12), 3))));
        assertThat(ChartLines.trend(MESSAGES, pain)).isEqualTo("Pain now fell from 7 to 3 over 12 days.");
    }

    @Test
    void aRiseMeansAndOneDayAreWorded() {
        ChartSeries walk = new ChartSeries("walk-minutes", List.of(List.of(new Point(DAY, 5), new Point(DAY.plusDays(1), 12.5))));
        assertThat(ChartLines.trend(MESSAGES, walk)).isEqualTo("Minutes walked rose from 5 to 12.5 over 1 day.");
        ChartSeries weekly = new ChartSeries("pain-now", List.of(List.of(new Point(DAY, 4.33), new Point(DAY.plusDays(21), 4.34))));
        assertThat(ChartLines.trend(MESSAGES, weekly)).isEqualTo("Pain now stayed at about 4.3 over 21 days.");
    }

    @Test
    void aSinglePointOrNoneAtAll() {
        assertThat(ChartLines.trend(MESSAGES, new ChartSeries("spasms", List.of(List.of(new Point(DAY, 2))))))
                .isEqualTo("Spasms: 2, on one day only so far.");
        assertThat(ChartLines.trend(MESSAGES, new ChartSeries("spasms", List.of()))).isEmpty();
    }
}
