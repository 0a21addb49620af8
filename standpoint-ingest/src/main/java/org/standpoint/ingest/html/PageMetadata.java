package org.standpoint.ingest.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.standpoint.model.PartialDate;

/**
 * What a page says about itself: title, publication date, publisher and canonical address, each taken from the
 * most specific declaration present (Open Graph and article meta tags, then schema.org markup, then the page's
 * visible structure), and the article text its schema.org markup declares, if any ({@code declaredBody}). Read
 * from the page as served, before clutter is removed, since the declarations live in the head and in scripts.
 */
record PageMetadata(String title, PartialDate published, String publisher, String url, String declaredBody) {
    /** Meta names (or properties, or itemprops) that carry a publication date, most specific first. */
    private static final List<String> DATE_KEYS = List.of("article:published_time", "og:published_time",
            "datepublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "sailthru.date");
    private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " \u2013 ", " \u2014 ");

    static PageMetadata read(Document doc, String baseUrl) {
        Map<String, String> meta = metaTags(doc);
        JsonLd jsonLd = JsonLd.read(doc);
        String siteName = meta.get("og:site_name");
        String title = stripSiteName(firstOf(meta.get("og:title"), meta.get("twitter:title"), headline(doc),
                HtmlContentExtractor.normalizeSpace(doc.title())), siteName);
        String publisher = firstOf(siteName, jsonLd.publisher(), meta.get("publisher"), meta.get("application-name"));
        return new PageMetadata(title, published(doc, meta, jsonLd), publisher, url(doc, baseUrl), jsonLd.articleBody());
    }

    /** Meta content keyed by lower-cased name, property or itemprop; the first declaration of a key wins. */
    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> meta = new HashMap<>();
        for (Element el : doc.select("meta[content]")) {
            String content = HtmlContentExtractor.normalizeSpace(el.attr("content"));
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : List.of("property", "name", "itemprop")) {
                String key = el.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    meta.putIfAbsent(key, content);
                }
            }
        }
        return meta;
    }

    /** The first h1 of the article, not the site logo many pages put in an h1 in their header. */
    private static String headline(Document doc) {
        Element h1 = doc.selectFirst("article h1, main h1");
        if (h1 == null) {
            h1 = doc.select("h1").stream().filter(el -> el.closest("header, nav, footer, aside") == null)
                    .findFirst().orElse(doc.selectFirst("h1"));
        }
        return h1 == null ? null : h1.text();
    }

    private static PartialDate published(Document doc, Map<String, String> meta, JsonLd jsonLd) {
        for (String key : DATE_KEYS) {
            PartialDate date = PartialDate.parse(meta.get(key)).orElse(null);
            if (date != null) {
                return date;
            }
        }
        for (Element el : doc.select("[itemprop=datePublished], article time[datetime]")) {
            String value = firstOf(el.attr("datetime"), el.attr("content"), el.text());
            PartialDate date = PartialDate.parse(value).orElse(null);
            if (date != null) {
                return date;
            }
        }
        return jsonLd.published();
    }

    private static String url(Document doc, String baseUrl) {
        Element og = doc.selectFirst("meta[property=og:url], meta[name=og:url]");
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        return firstOf(og == null ? null : absolute(og, "content"), canonical == null ? null : absolute(canonical, "href"),
                baseUrl);
    }

    private static String absolute(Element el, String attr) {
        String abs = el.absUrl(attr);
        return abs.isEmpty() ? el.attr(attr).strip() : abs;
    }

    /** Removes a trailing " | Site Name" when it repeats the site's declared name. */
    private static String stripSiteName(String title, String siteName) {
        if (title == null || siteName == null) {
            return title;
        }
        for (String separator : TITLE_SEPARATORS) {
            int at = title.lastIndexOf(separator);
            if (at > 0 && title.substring(at + separator.length()).strip().equalsIgnoreCase(siteName)) {
                return title.substring(0, at).strip();
            }
        }
        return title;
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
