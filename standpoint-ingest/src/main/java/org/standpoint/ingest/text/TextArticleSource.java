package org.standpoint.ingest.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.standpoint.ingest.ArticleSource;
import org.standpoint.ingest.IngestLimits;
import org.standpoint.ingest.RawDocument;
import org.standpoint.ingest.SourceFailure;
import org.standpoint.ingest.SourceRecord;
import org.standpoint.ingest.Utf8;
import org.standpoint.model.ArticleMetadata;

/**
 * Reads {@code .txt} files, one article each. The headline is left for the cleaner to find, since pages
 * saved as text often start with site banners rather than the headline.
 */
public final class TextArticleSource implements ArticleSource {
    private final IngestLimits limits;

    public TextArticleSource(IngestLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    @Override
    public void read(Path file, Consumer<SourceRecord> sink) {
        String name = file.getFileName().toString();
        try {
            String text = Utf8.decode(limits.read(file));
            if (text.isBlank()) {
                sink.accept(new SourceFailure(name, null, "empty file"));
                return;
            }
            ArticleMetadata meta = new ArticleMetadata(name, null, null, null, null, null);
            sink.accept(new RawDocument(meta, blocks(text), List.of(), false, text));
        } catch (Utf8.InvalidUtf8Exception e) {
            sink.accept(new SourceFailure(name, "line " + e.line(), e.getMessage()));
        } catch (IngestLimits.TooLarge e) {
            sink.accept(new SourceFailure(name, null, e.getMessage()));
        } catch (IOException e) {
            sink.accept(new SourceFailure(name, null, "cannot read: " + e));
        }
    }

    /**
     * Splits text into blocks: chunks separated by blank lines, and within a chunk each line is a block unless
     * the chunk is hard-wrapped prose, whose lines are joined back into one paragraph.
     */
    public static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        for (String chunk : text.replace("\r\n", "\n").replace('\r', '\n').split("\n[ \t\u00a0]*\n")) {
            List<String> lines = chunk.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (isHardWrapped(lines)) {
                blocks.add(String.join(" ", lines));
            } else {
                blocks.addAll(lines);
            }
        }
        return blocks;
    }

    /**
     * Lines of a wrapped paragraph break mid-sentence near one wrap width: most breaks follow a line with no
     * closing punctuation and precede a lower-case word or come at nearly the full width. A headline over a
     * caption, or a list of short lines, does not look like that.
     */
    private static boolean isHardWrapped(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        int wrapped = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            String line = lines.get(i);
            boolean open = ".!?:\"”'".indexOf(line.charAt(line.length() - 1)) < 0;
            boolean continues = Character.isLowerCase(lines.get(i + 1).charAt(0));
            boolean fullWidth = width >= 50 && line.length() >= width * 0.8;
            if (open && (continues || fullWidth)) {
                wrapped++;
            }
        }
        return wrapped * 2 > lines.size() - 1;
    }
}
