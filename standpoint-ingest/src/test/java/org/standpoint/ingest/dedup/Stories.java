package org.standpoint.ingest.dedup;

/** Two invented reports on river diplomacy, about 300 words each, for similarity tests. */
final class Stories {
    static final String BORDER_TALKS = """
            Envoys from Velmora and Ostrand agreed on Tuesday to resume talks on their disputed border after a pause \
            of two years, officials in both capitals said. The agreement came after three days of meetings hosted by \
            the regional council in the lakeside town of Dovren, where both delegations stayed in the same hotel. \
            Velmora's foreign minister, Anna Brisk, told reporters that the first round would focus on water rights \
            along the Seren river, which forms part of the frontier. Ostrand has long accused its neighbour of \
            diverting water upstream to irrigate new cotton farms, a charge that Velmora has always denied. Farmers \
            on the Ostrand side say their wells have fallen by several metres since the canals were opened. The \
            council's chair, Petr Kolan, called the deal a small but real step and thanked both sides for their \
            patience during the long nights of bargaining. He said mediators would visit the river valley next month \
            to measure the flow at four points agreed by engineers from both countries. The talks collapsed in the \
            spring of the previous year when a patrol boat was seized near the island of Mirn. The crew were released \
            after a week, but the two governments recalled their ambassadors and froze trade in grain and timber. \
            Diplomats in Dovren said the new agreement does not settle the status of the island, which both countries \
            claim. Instead, the island will be left to a separate working group that is expected to meet in the \
            autumn. Business groups in both countries welcomed the news, saying that the frozen trade had cost \
            exporters millions in lost orders. A spokesman for the Ostrand prime minister said the government would \
            present the agreement to parliament before the first round begins. Opposition leaders in Velmora \
            criticised the deal as a concession and said they would call for a vote of confidence. The first round \
            of talks is scheduled to open in Dovren on the fourteenth of next month.""";

    static final String DAM_TALKS = """
            Engineers from Ostrand and Kessa met in the border town of Lask on Friday to discuss a new dam on the \
            upper Seren, the first such meeting since the project was announced last winter. Kessa wants to build the \
            dam to supply power to its growing northern cities, while Ostrand fears that its farmers downstream will \
            lose water during the dry summer months. The two sides exchanged studies of the river flow but did not \
            agree on how much water should be released each season. A Kessan engineer said the reservoir would be \
            filled slowly over six years so that no harvest would be harmed. Ostrand's delegation asked for a joint \
            commission with the power to stop filling in a drought, a request the Kessan side said it would study. \
            The regional council has offered to host a second meeting in the spring if both governments ask for it. \
            Environmental groups have warned that the dam would flood a valley with several rare bird colonies and \
            two old villages. Residents of those villages marched to the town hall in Lask on Thursday evening, \
            carrying banners against the project. Kessa's energy minister said in a statement that the villagers \
            would be offered new homes and land on higher ground. Ostrand's government has not ruled out taking the \
            dispute to an international court if no agreement is reached by the end of the year.""";

    private Stories() {
    }

    /** The border report with four words changed, as a syndicating paper might edit it. */
    static String edited() {
        return BORDER_TALKS.replace("Tuesday", "Wednesday").replace("small but real", "modest but genuine")
                .replace("millions", "many millions");
    }
}
