package org.standpoint.serve;

import static org.standpoint.model.Modality.ASSERTED;
import static org.standpoint.model.Modality.PROMISED;
import static org.standpoint.model.Polarity.OPPOSE;
import static org.standpoint.model.Polarity.SUPPORT;
import static org.standpoint.model.Polarity.UNDECIDED;

import java.nio.file.Path;
import java.util.List;
import org.standpoint.model.Annotation;
import org.standpoint.model.Article;
import org.standpoint.model.ArticleMetadata;
import org.standpoint.model.Extraction;
import org.standpoint.model.PartialDate;
import org.standpoint.serve.ArticleText.Who;
import org.standpoint.store.ArticleStore;
import org.standpoint.store.Database;
import org.standpoint.store.ExtractionStore;
import org.standpoint.store.StoredArticle;

/**
 * A database of four invented reports on Syria, 2011–2012, with the extraction a pipeline could have made of
 * them: 9 events between 10 actor codes, 7 stances on two policies (Russia's on {@code leader_exit} turns
 * twice), 4 quotes and 4 figures from two claimants. The API tests expect exact values from it.
 */
public final class SampleStore {
    public static final String MOSCOW = "moscow-2011-08";
    public static final String COUNCIL = "council-2011-10";
    public static final String GENEVA = "geneva-2012-07";
    public static final String LAVROV = "lavrov-2012-12";

    private static final Who RUSSIA = new Who("RUSGOV", "Russia");
    private static final Who SERGEI_LAVROV = new Who("RUSGOV", "Sergei Lavrov");
    private static final Who CHINA = new Who("CHNGOV", "China");
    private static final Who LI_BAODONG = new Who("CHNGOV", "Li Baodong");
    private static final Who FRANCE = new Who("FRAGOV", "France");
    private static final Who BRAZIL = new Who("BRAGOV", "Brazil");
    private static final Who INDIA = new Who("INDGOV", "India");
    private static final Who UN = new Who("IGOUNO", "United Nations");
    private static final Who SECURITY_COUNCIL = new Who("IGOUNO", "Security Council");
    private static final Who KOFI_ANNAN = new Who("IGOUNO", "Kofi Annan");
    private static final Who SYRIA = new Who("SYRGOV", "Syria");
    private static final Who ASSAD = new Who("SYRGOV", "Bashar al-Assad");
    private static final Who SYRIAN_FORCES = new Who("SYRMIL", "Syrian forces");
    private static final Who SYRIANS = new Who("SYRCVL", "Syrian civilians");
    private static final Who REBELS = new Who("SYRREB", "Syrian rebels");

    static final ArticleText MOSCOW_TEXT = new ArticleText(
            "Russia on Friday rejected a French call for President Bashar al-Assad to step down.",
            "France had urged the Syrian leader to leave power within days.",
            "Foreign Minister Sergei Lavrov said that \"only Syrians can decide who governs their country\".",
            "Brazil said it had not yet decided whether to back a Council condemnation of Damascus.",
            "The United Nations says at least 2,000 people have been killed since March, while the Syrian government"
                    + " puts the toll at 500.",
            "The Élysée said the call still stood.");
    static final ArticleText COUNCIL_TEXT = new ArticleText(
            "Russia and China on Tuesday vetoed a Security Council draft that warned Syria of targeted measures.",
            "Chinese envoy Li Baodong said the text \"would only complicate matters\" and that China opposed any"
                    + " condemnation.",
            "India said it was still weighing its position on condemning Damascus.",
            "Syrian forces shelled the town of Rastan during the month, residents said.");
    static final ArticleText GENEVA_TEXT = new ArticleText(
            "Russia on Saturday agreed to talks under United Nations auspices on a transition in Syria that could see"
                    + " Assad hand over power, diplomats said.",
            "Moscow also promised to send humanitarian supplies to Syrian cities.",
            "Kofi Annan told the meeting that \"the time for talk is running out\".",
            "The United Nations now says more than 10,000 people have died, and about 400 observers remain in Syria.");
    static final ArticleText LAVROV_TEXT = new ArticleText(
            "Sergei Lavrov said on Thursday that Russia would not ask Assad to leave and opposed any plan that forced"
                    + " him out.",
            "\"Nobody should expect us to change course,\" Lavrov told reporters after meeting his French counterpart"
                    + " in Moscow.",
            "A poll found 40% of Syrians abroad backed talks, while the hashtag #assad_must_go trended online.",
            "Syrian forces clashed with rebels near Aleppo on Wednesday.");

    private SampleStore() {
    }

    /** Creates the sample database at {@code file}. */
    public static void create(String location) {
        try (Database db = Database.open(location)) {
            ArticleStore articles = new ArticleStore(db, "test");
            ExtractionStore extractions = new ExtractionStore(db);
            save(articles, MOSCOW, "2011-08-20", "Example Wire", "Moscow rejects calls for Assad to go", MOSCOW_TEXT);
            save(articles, COUNCIL, "2011-10-05", "Example Wire", "Russia and China veto Council draft on Syria",
                    COUNCIL_TEXT);
            save(articles, GENEVA, "2012-07", "Other Herald", "Powers agree on a path to transition in Syria", GENEVA_TEXT);
            save(articles, LAVROV, "2012-12-20", "Other Herald", "Lavrov: Moscow will not ask Assad to go", LAVROV_TEXT);
            extractions.replace(MOSCOW, moscow());
            extractions.replace(COUNCIL, council());
            extractions.replace(GENEVA, geneva());
            extractions.replace(LAVROV, lavrov());
        }
    }

    private static void save(ArticleStore store, String id, String published, String publisher, String title,
                             ArticleText text) {
        ArticleMetadata meta = new ArticleMetadata(id + ".txt", null, title, publisher,
                PartialDate.parse(published).orElseThrow(), "https://example.org/" + id);
        String hash = String.format("%064x", id.hashCode() & 0xffffffffL);
        store.save(new StoredArticle(new Article(id, meta, text.body, List.of(), hash, null), Annotation.empty(), "test",
                null, null));
    }

    private static Extraction moscow() {
        ArticleText t = MOSCOW_TEXT;
        return new Extraction(
                List.of(t.mention(0, "Russia", RUSSIA, null), t.mention(0, "French", FRANCE, null),
                        t.mention(0, "Bashar al-Assad", ASSAD, "President"), t.mention(1, "France", FRANCE, null),
                        t.mention(1, "Syrian leader", ASSAD, "President"),
                        t.mention(2, "Sergei Lavrov", SERGEI_LAVROV, "Foreign Minister"),
                        t.mention(2, "Syrians", SYRIANS, null), t.mention(3, "Brazil", BRAZIL, null),
                        t.mention(3, "Damascus", SYRIA, null), t.mention(4, "The United Nations", UN, null),
                        t.mention(4, "the Syrian government", SYRIA, null)),
                List.of(t.event(0, RUSSIA, FRANCE, "120", "2011-08-19", ASSERTED),
                        t.event(1, FRANCE, ASSAD, "1041", "2011-08", ASSERTED)),
                List.of(t.quote(2, "only Syrians can decide who governs their country", SERGEI_LAVROV)),
                List.of(t.figure(4, "at least 2,000 people have been killed", "killed", 2000, UN, "2011-08"),
                        t.figure(4, "the toll at 500", "killed", 500, SYRIA, "2011-08")),
                List.of(t.stance(0, "rejected a French call for President Bashar al-Assad to step down", RUSSIA,
                                "leader_exit", OPPOSE, "2011-08"),
                        t.stance(1, "urged the Syrian leader to leave power", FRANCE, "leader_exit", SUPPORT, "2011-08"),
                        t.stance(3, "had not yet decided whether to back a Council condemnation of Damascus", BRAZIL,
                                "un_condemnation", UNDECIDED, "2011-08-19")));
    }

    private static Extraction council() {
        ArticleText t = COUNCIL_TEXT;
        return new Extraction(
                List.of(t.mention(0, "Russia", RUSSIA, null), t.mention(0, "China", CHINA, null),
                        t.mention(0, "Security Council", UN, null), t.mention(0, "Syria", SYRIA, null),
                        t.mention(1, "Li Baodong", LI_BAODONG, "Ambassador"), t.mention(1, "China", CHINA, null),
                        t.mention(2, "India", INDIA, null), t.mention(2, "Damascus", SYRIA, null),
                        t.mention(3, "Syrian forces", SYRIAN_FORCES, null)),
                List.of(t.event(0, RUSSIA, SECURITY_COUNCIL, "129", "2011-10-04", ASSERTED),
                        t.event(0, CHINA, SECURITY_COUNCIL, "129", "2011-10-04", ASSERTED),
                        t.event(3, SYRIAN_FORCES, SYRIANS, "194", "2011-10", ASSERTED)),
                List.of(t.quote(1, "would only complicate matters", LI_BAODONG)),
                List.of(),
                List.of(t.stance(1, "China opposed any condemnation", CHINA, "un_condemnation", OPPOSE, "2011-10-04"),
                        t.stance(2, "was still weighing its position on condemning Damascus", INDIA, "un_condemnation",
                                UNDECIDED, "2011-10-04")));
    }

    private static Extraction geneva() {
        ArticleText t = GENEVA_TEXT;
        return new Extraction(
                List.of(t.mention(0, "Russia", RUSSIA, null), t.mention(0, "United Nations", UN, null),
                        t.mention(0, "Syria", SYRIA, null), t.mention(0, "Assad", ASSAD, null),
                        t.mention(1, "Moscow", RUSSIA, null), t.mention(2, "Kofi Annan", KOFI_ANNAN, "Joint Special Envoy"),
                        t.mention(3, "The United Nations", UN, null), t.mention(3, "Syria", SYRIA, null)),
                List.of(t.event(0, RUSSIA, UN, "036", "2012-06-30", ASSERTED),
                        t.event(1, RUSSIA, SYRIA, "073", "2012-06", PROMISED)),
                List.of(t.quote(2, "the time for talk is running out", KOFI_ANNAN)),
                List.of(t.figure(3, "more than 10,000 people have died", "killed", 10_000, UN, "2012-06"),
                        t.figure(3, "about 400 observers", "observers", 400, UN, "2012-06")),
                List.of(t.stance(0, "a transition in Syria that could see Assad hand over power", RUSSIA, "leader_exit",
                        SUPPORT, "2012-06-30")));
    }

    private static Extraction lavrov() {
        ArticleText t = LAVROV_TEXT;
        return new Extraction(
                List.of(t.mention(0, "Sergei Lavrov", SERGEI_LAVROV, "Foreign Minister"), t.mention(0, "Russia", RUSSIA, null),
                        t.mention(0, "Assad", ASSAD, null), t.mention(1, "Lavrov", SERGEI_LAVROV, "Foreign Minister"),
                        t.mention(1, "French counterpart", FRANCE, null), t.mention(1, "Moscow", RUSSIA, null),
                        t.mention(2, "Syrians", SYRIANS, null), t.mention(3, "Syrian forces", SYRIAN_FORCES, null),
                        t.mention(3, "rebels", REBELS, null)),
                List.of(t.event(1, FRANCE, RUSSIA, "042", "2012-12-20", ASSERTED),
                        t.event(3, SYRIAN_FORCES, REBELS, "190", "2012-12-19", ASSERTED)),
                List.of(t.quote(1, "Nobody should expect us to change course", SERGEI_LAVROV)),
                List.of(),
                List.of(t.stance(0, "opposed any plan that forced him out", RUSSIA, "leader_exit", OPPOSE, "2012-12-20")));
    }
}
