package org.standpoint.serve.events;

import org.standpoint.model.Event;
import org.standpoint.model.RecordDate;
import org.standpoint.model.cameo.CameoCode;
import org.standpoint.model.cameo.CameoCodes;
import org.standpoint.store.StoredEvent;

/**
 * An event as the API shows it: the stored event with where it was found and what its CAMEO code means
 * (label, quad class 1–4, Goldstein weight), so a client needs no CAMEO table of its own, and the date it is filed
 * under with that date's basis ({@code stated} in the text, else the article's {@code publication} date) and
 * precision ({@code day}, {@code month}, {@code year}), as the exports give them.
 */
public record EventView(String articleId, int seq, Event event, String label, Integer quadClass, Double goldstein,
                        String date, String dateBasis, String datePrecision) {
    private static final CameoCodes CAMEO = CameoCodes.standard();

    public static EventView of(String articleId, int seq, Event e, RecordDate when) {
        CameoCode code = CAMEO.find(e.cameo()).orElse(null);
        return new EventView(articleId, seq, e, code == null ? null : code.label(),
                code == null ? null : code.quadClass().number(), code == null ? null : code.goldstein(),
                when.date() == null ? null : when.date().toString(), when.basisLabel(), when.precisionLabel());
    }

    public static EventView of(StoredEvent s) {
        return of(s.articleId(), s.seq(), s.event(), s.when());
    }
}
