package org.standpoint.serve.stances;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Polarity;
import org.standpoint.model.Stance;
import org.standpoint.serve.ActorGroups;
import org.standpoint.store.StanceQueries.StoredStance;
import org.standpoint.store.StanceTimeline;

/**
 * One actor's position on one policy towards one target over time: the steps in date order, each with its
 * evidence and whether it changed the position. The actor is an {@link ActorGroups actor group}: a government's
 * stances and its opposition's are two timelines, never one whose "changes" are two sides speaking.
 */
public record TimelineView(String holder, String policy, String target, List<Step> steps) {
    /** The policy in words ({@link PolicyLabels}). */
    @JsonProperty
    public String label() {
        return PolicyLabels.of(policy);
    }

    /** A dated position with the article it was reported in. */
    public record Step(PartialDate date, Polarity polarity, boolean change, Polarity before, String articleId,
                       PartialDate published, Stance stance) {
    }

    public static List<TimelineView> of(List<StoredStance> stances) {
        Map<String, List<StoredStance>> byGroup = new LinkedHashMap<>();
        stances.forEach(s -> byGroup.computeIfAbsent(ActorGroups.of(s.stance().holder()), k -> new ArrayList<>()).add(s));
        List<TimelineView> out = new ArrayList<>();
        byGroup.forEach((group, held) -> out.addAll(of(group, held)));
        return out;
    }

    private static List<TimelineView> of(String group, List<StoredStance> stances) {
        List<TimelineView> out = new ArrayList<>();
        for (Map.Entry<String, List<StanceTimeline.Step>> t : StanceTimeline.of(stances).entrySet()) {
            List<Step> steps = new ArrayList<>();
            for (StanceTimeline.Step s : t.getValue()) {
                StoredStance st = s.stance();
                steps.add(new Step(st.when(), st.stance().polarity(), s.change(), s.before(), st.articleId(),
                        st.published(), st.stance()));
            }
            Stance first = t.getValue().get(0).stance().stance();
            out.add(new TimelineView(group, first.policy(), first.target(), steps));
        }
        return out;
    }
}
