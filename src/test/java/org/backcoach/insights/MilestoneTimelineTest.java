package org.backcoach.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.util.List;
import java.util.Set;
import org.backcoach.content.Bundle;
import org.backcoach.content.BundleFixtures;
import org.backcoach.journal.CheckIn;
import org.junit.jupiter.api.Test;

class MilestoneTimelineTest {

    private static final Bundle BUNDLE = BundleFixtures.builtIn();

    @Test
    void firstsComeFromTickedMilestonesAndFromTheNumbers() {
        List<CheckIn> days = List.of(
                CheckIn.on(TODAY.minusDays(5), 8).spasms(6).walkMinutes(5).build(),
                CheckIn.on(TODAY.minusDays(4), 6).spasms(2).walkMinutes(10).milestones(Set.of("walked-10-min")).build(),
                CheckIn.on(TODAY.minusDays(3), 4).spasms(0).milestones(Set.of("walked-10-min", "slept-through")).build(),
                CheckIn.on(TODAY.minusDays(1), 2).spasms(0).walkMinutes(35).build(),
                CheckIn.on(TODAY, 1).walkMinutes(40).milestones(Set.of("slept-through")).build());
        List<MilestoneTimeline.Entry> timeline = MilestoneTimeline.of(days, BUNDLE.milestones(), BUNDLE.progress().firsts());
        assertThat(timeline).containsExactly(
                new MilestoneTimeline.Entry(TODAY.minusDays(4), "walked-10-min", "First 10-minute walk"),
                new MilestoneTimeline.Entry(TODAY.minusDays(3), "slept-through", "First night without spasms"),
                new MilestoneTimeline.Entry(TODAY.minusDays(3), "spasm-free", "First day without a spasm"),
                new MilestoneTimeline.Entry(TODAY.minusDays(1), "low-pain", "First day with pain at 2 or less"),
                new MilestoneTimeline.Entry(TODAY.minusDays(1), "walk-30-min", "First day with 30 minutes of walking"));
    }

    @Test
    void aDerivedFirstNeedsAnEarlierDayThatDidNotReachIt() {
        List<CheckIn> startsWell = List.of(CheckIn.on(TODAY.minusDays(2), 1).build(),
                CheckIn.on(TODAY.minusDays(1), 2).build(), CheckIn.on(TODAY, 1).build());
        assertThat(MilestoneTimeline.of(startsWell, BUNDLE.milestones(), BUNDLE.progress().firsts())).isEmpty();
        List<CheckIn> dipsThenRecovers = List.of(CheckIn.on(TODAY.minusDays(2), 1).build(),
                CheckIn.on(TODAY.minusDays(1), 5).build(), CheckIn.on(TODAY, 2).build());
        assertThat(MilestoneTimeline.of(dipsThenRecovers, BUNDLE.milestones(), BUNDLE.progress().firsts()))
                .extracting(MilestoneTimeline.Entry::date).containsExactly(TODAY);
    }
}
