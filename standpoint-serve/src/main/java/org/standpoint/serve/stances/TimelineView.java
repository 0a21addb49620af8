package org.standpoint.serve.stances;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.standpoint.model.PartialDate;
import org.standpoint.model.Polarity;
import org.standpoint.model.Stance;
import org.standpoint.store.ActorKey;
import org.standpoint.store.StanceQueries.StoredStance;
import org.standpoint.store.StanceTimeline;

/**
 * One actor's position on one policy towards one target over time: the steps in date order, each with its
 * evidence and whether it changed the position.
 */
public record TimelineView(String holder, String policy, String target, List<Step> steps) {
    /** A dated position with the article it was reported in. */
    public record Step(PartialDate date, Polarity polarity, boolean change, Polarity before, String articleId,
                       PartialDate published, Stance stance) {
    }

    public static List<TimelineView> of(List<StoredStance> stances) {
        List<TimelineView> out = new ArrayList<>();
        for (Map.Entry<String, List<StanceTimeline.Step>> t : StanceTimeline.of(stances).entrySet()) {
            List<Step> steps = new ArrayList<>();
            for (StanceTimeline.Step s : t.getValue()) {
                StoredStance st = s.stance();
                steps.add(new Step(st.when(), st.stance().polarity(), s.change(), s.before(), st.articleId(),
                        st.published(), st.stance()));
            }
            Stance first = t.getValue().get(0).stance().stance();
            out.add(new TimelineView(ActorKey.of(first.holder()), first.policy(), first.target(), steps));
        }
        return out;
    }
}
