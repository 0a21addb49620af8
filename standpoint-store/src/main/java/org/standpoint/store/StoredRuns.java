package org.standpoint.store;

import java.util.Map;
import org.standpoint.ingest.prepare.PriorRuns;

/**
 * What a database holds of earlier runs, as batch preparation asks for it: stored inputs' content hashes,
 * the block history and the articles' signatures. Reads through the database's connection, so it is used
 * from one thread, like the database.
 */
public final class StoredRuns implements PriorRuns {
    private final ArticleStore articles;
    private final BlockHistory blocks;

    public StoredRuns(Database db) {
        this.articles = new ArticleStore(db, "");
        this.blocks = new BlockHistory(db);
    }

    @Override
    public boolean holds(String contentHash) {
        return articles.containsContentHash(contentHash);
    }

    @Override
    public void forEachBlock(BlockVisitor visitor) {
        blocks.forEach(visitor);
    }

    @Override
    public Map<String, int[]> signatures() {
        return articles.signatures();
    }
}
